//! A small language client for tests and benchmarks: real Content-Length framing over
//! in-process pipes to `attest::lsp::serve`.
#![allow(dead_code)]

use std::collections::VecDeque;
use std::path::Path;
use std::time::Duration;

use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};

/// How long to wait for any one message before failing.
pub const TIMEOUT: Duration = Duration::from_secs(60);

/// Writes one framed message.
pub async fn write_message<W: AsyncWriteExt + Unpin>(out: &mut W, message: &Value) {
    let body = serde_json::to_vec(message).unwrap();
    out.write_all(format!("Content-Length: {}\r\n\r\n", body.len()).as_bytes()).await.unwrap();
    out.write_all(&body).await.unwrap();
    out.flush().await.unwrap();
}

/// Reads one framed message; `None` at the end of the stream.
pub async fn read_message<R: AsyncBufReadExt + Unpin>(input: &mut R) -> Option<Value> {
    let body = read_frame(input).await?;
    Some(serde_json::from_slice(&body).expect("a JSON message"))
}

/// Reads the body of one framed message; `None` at the end of the stream.
pub async fn read_frame<R: AsyncBufReadExt + Unpin>(input: &mut R) -> Option<Vec<u8>> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if input.read_line(&mut line).await.ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(value) = line.strip_prefix("Content-Length:") {
            length = value.trim().parse::<usize>().ok();
        }
    }
    let mut body = vec![0; length.expect("a Content-Length header")];
    input.read_exact(&mut body).await.ok()?;
    Some(body)
}

/// A diagnostics publication, read without building its findings: they are checked to be
/// well-formed JSON and counted.
#[derive(serde::Deserialize)]
struct Publication<'a> {
    method: &'a str,
    params: PublicationParams<'a>,
}

#[derive(serde::Deserialize)]
struct PublicationParams<'a> {
    uri: &'a str,
    version: Option<i64>,
    diagnostics: Vec<serde::de::IgnoredAny>,
}

pub fn file_uri(path: &Path) -> String {
    let path = std::path::absolute(path).unwrap();
    let mut uri = String::from("file://");
    for c in path.to_string_lossy().chars() {
        match c {
            ' ' => uri.push_str("%20"),
            '#' => uri.push_str("%23"),
            '?' => uri.push_str("%3F"),
            '%' => uri.push_str("%25"),
            c => uri.push(c),
        }
    }
    uri
}

/// The server a client talks to.
enum Server {
    /// `attest::lsp::serve` on this runtime; its result is whether it shut down cleanly.
    InProcess(tokio::task::JoinHandle<bool>),
    /// The `attest server` binary.
    Process(tokio::process::Child),
}

/// A client connected to a server.
pub struct Client {
    to_server: Box<dyn AsyncWrite + Unpin + Send>,
    from_server: BufReader<Box<dyn AsyncRead + Unpin + Send>>,
    next_id: i64,
    /// Notifications from the server not yet looked at.
    pub notifications: VecDeque<Value>,
    responses: VecDeque<Value>,
    /// Requests the server sent (answered with `null`, or nulls for `workspace/configuration`
    /// unless `configuration` is set).
    pub server_requests: Vec<Value>,
    /// The answer to `workspace/configuration` items.
    pub configuration: Option<Value>,
    server: Server,
    pub initialize_result: Value,
}

/// Capabilities of a client that takes everything the server offers, with the given
/// position encodings.
pub fn capabilities(encodings: &[&str]) -> Value {
    json!({
        "general": { "positionEncodings": encodings },
        "textDocument": {
            "documentSymbol": { "hierarchicalDocumentSymbolSupport": true },
            "publishDiagnostics": { "relatedInformation": true, "versionSupport": true, "tagSupport": { "valueSet": [1, 2] } },
            "rename": { "prepareSupport": true }
        },
        "workspace": { "workspaceEdit": { "documentChanges": true } }
    })
}

impl Client {
    /// Starts a server in-process and initializes it.
    pub async fn start(
        capabilities: Value,
        initialization_options: Option<Value>,
        root: Option<&Path>,
    ) -> Client {
        let (client_out, server_in) = tokio::io::duplex(1 << 16);
        let (server_out, client_in) = tokio::io::duplex(1 << 16);
        let server = Server::InProcess(tokio::spawn(attest::lsp::serve(server_in, server_out)));
        Client::connect(
            Box::new(client_out),
            Box::new(client_in),
            server,
            capabilities,
            initialization_options,
            root,
        )
        .await
    }

    /// Starts `BINARY server` and initializes it.
    pub async fn spawn(binary: &str, capabilities: Value) -> Client {
        let mut child = tokio::process::Command::new(binary)
            .arg("server")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("the server starts");
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        Client::connect(Box::new(stdin), Box::new(stdout), Server::Process(child), capabilities, None, None)
            .await
    }

    /// The server's process id, when it is a process.
    pub fn pid(&self) -> Option<u32> {
        match &self.server {
            Server::Process(child) => child.id(),
            Server::InProcess(_) => None,
        }
    }

    async fn connect(
        to_server: Box<dyn AsyncWrite + Unpin + Send>,
        from_server: Box<dyn AsyncRead + Unpin + Send>,
        server: Server,
        capabilities: Value,
        initialization_options: Option<Value>,
        root: Option<&Path>,
    ) -> Client {
        let mut client = Client {
            to_server,
            from_server: BufReader::new(from_server),
            next_id: 1,
            notifications: VecDeque::new(),
            responses: VecDeque::new(),
            server_requests: Vec::new(),
            configuration: None,
            server,
            initialize_result: Value::Null,
        };
        let folders = root.map(|r| json!([{ "uri": file_uri(r), "name": "root" }])).unwrap_or(Value::Null);
        let mut params =
            json!({ "processId": null, "capabilities": capabilities, "workspaceFolders": folders });
        if let Some(options) = initialization_options {
            params["initializationOptions"] = options;
        }
        client.initialize_result = client.request("initialize", params).await.expect("initialize succeeds");
        client.notify("initialized", json!({})).await;
        client
    }

    pub async fn send(&mut self, message: &Value) {
        write_message(&mut self.to_server, message).await;
    }

    /// Sends bytes as they are, framed or not.
    pub async fn send_raw(&mut self, bytes: &[u8]) {
        self.to_server.write_all(bytes).await.unwrap();
        self.to_server.flush().await.unwrap();
    }

    /// The error responses without an id (to messages the server could not read) received so
    /// far, taken out of the queue.
    pub fn errors_without_id(&mut self) -> Vec<Value> {
        let (errors, rest): (Vec<Value>, Vec<Value>) =
            self.responses.drain(..).partition(|m| m["id"].is_null() && m.get("error").is_some());
        self.responses.extend(rest);
        errors.into_iter().map(|m| m["error"].clone()).collect()
    }

    pub async fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({ "jsonrpc": "2.0", "method": method, "params": params })).await;
    }

    /// Sends a request without waiting; returns its id.
    pub async fn send_request(&mut self, method: &str, params: Value) -> i64 {
        let id = self.next_id;
        self.next_id += 1;
        self.send(&json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params })).await;
        id
    }

    /// Reads one message: answers the server's requests, queues notifications and
    /// responses.
    async fn pump(&mut self) {
        let message = tokio::time::timeout(TIMEOUT, read_message(&mut self.from_server))
            .await
            .expect("the server answers in time")
            .expect("the server is running");
        self.take(message).await;
    }

    /// Waits for the diagnostics of `uri` at `version` and returns how many findings they
    /// hold, without building them (as a benchmark's client: the time to build a JSON tree of
    /// thousands of findings is the client's, not the server's). Earlier publications of
    /// `uri` are dropped; other messages are handled as usual.
    pub async fn diagnostics_count(&mut self, uri: &str, version: i64) -> usize {
        let is_publication =
            |m: &Value| m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri;
        if let Some(i) =
            self.notifications.iter().position(|m| is_publication(m) && m["params"]["version"] == version)
        {
            let message = self.notifications.remove(i).unwrap();
            return message["params"]["diagnostics"].as_array().map_or(0, Vec::len);
        }
        loop {
            let body = tokio::time::timeout(TIMEOUT, read_frame(&mut self.from_server))
                .await
                .expect("the server answers in time")
                .expect("the server is running");
            if let Ok(p) = serde_json::from_slice::<Publication>(&body)
                && p.method == "textDocument/publishDiagnostics"
                && p.params.uri == uri
            {
                if p.params.version == Some(version) {
                    return p.params.diagnostics.len();
                }
                continue;
            }
            self.take(serde_json::from_slice(&body).expect("a JSON message")).await;
        }
    }

    /// Handles one message from the server.
    async fn take(&mut self, message: Value) {
        match (message.get("id"), message.get("method")) {
            (Some(id), Some(method)) => {
                let n = message["params"]["items"].as_array().map_or(1, Vec::len);
                let result = match method.as_str() {
                    Some("workspace/configuration") => {
                        Value::Array(vec![self.configuration.clone().unwrap_or(Value::Null); n])
                    }
                    _ => Value::Null,
                };
                let id = id.clone();
                self.server_requests.push(message);
                self.send(&json!({ "jsonrpc": "2.0", "id": id, "result": result })).await;
            }
            (Some(_), None) => self.responses.push_back(message),
            _ => self.notifications.push_back(message),
        }
    }

    /// Waits for the response to request `id`.
    pub async fn response(&mut self, id: i64) -> Result<Value, Value> {
        loop {
            if let Some(i) = self.responses.iter().position(|m| m["id"] == json!(id)) {
                let message = self.responses.remove(i).unwrap();
                return match message.get("error") {
                    Some(error) => Err(error.clone()),
                    None => Ok(message.get("result").cloned().unwrap_or(Value::Null)),
                };
            }
            self.pump().await;
        }
    }

    /// Sends a request and waits for its result (`Err` with the error object).
    pub async fn request(&mut self, method: &str, params: Value) -> Result<Value, Value> {
        let id = self.send_request(method, params).await;
        self.response(id).await
    }

    /// Waits for a request from the server named `method` (looking at those already answered
    /// first): the server may send it after the diagnostics a test waits for.
    pub async fn server_request(&mut self, method: &str) -> Value {
        loop {
            if let Some(request) = self.server_requests.iter().find(|r| r["method"] == method) {
                return request.clone();
            }
            self.pump().await;
        }
    }

    /// Waits for a notification that `matches` (looking at queued ones first).
    pub async fn notification(&mut self, matches: impl Fn(&Value) -> bool) -> Value {
        loop {
            if let Some(i) = self.notifications.iter().position(&matches) {
                return self.notifications.remove(i).unwrap();
            }
            self.pump().await;
        }
    }

    /// Waits for the diagnostics of `uri` at `version` (earlier publications are dropped).
    pub async fn diagnostics(&mut self, uri: &str, version: i64) -> Vec<Value> {
        let uri = uri.to_string();
        let mut message = self
            .notification(|m| {
                m["method"] == "textDocument/publishDiagnostics"
                    && m["params"]["uri"] == uri.as_str()
                    && m["params"]["version"] == version
            })
            .await;
        match message["params"]["diagnostics"].take() {
            Value::Array(diagnostics) => diagnostics,
            _ => Vec::new(),
        }
    }

    /// Every diagnostics publication received so far.
    pub fn publications(&self) -> Vec<&Value> {
        self.notifications.iter().filter(|m| m["method"] == "textDocument/publishDiagnostics").collect()
    }

    pub async fn open(&mut self, uri: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": uri, "languageId": "markdown", "version": 1, "text": text } }),
        )
        .await;
    }

    /// Shuts down and exits; returns whether the server saw a clean shutdown.
    pub async fn shutdown(mut self) -> bool {
        self.request("shutdown", Value::Null).await.expect("shutdown succeeds");
        self.notify("exit", Value::Null).await;
        self.wait().await
    }

    /// Waits for the server to end; returns whether it saw a clean shutdown (for the binary:
    /// whether it exited with status 0).
    pub async fn wait(self) -> bool {
        match self.server {
            Server::InProcess(task) => tokio::time::timeout(TIMEOUT, task)
                .await
                .expect("the server exits")
                .expect("the server task ends"),
            Server::Process(mut child) => {
                let status = tokio::time::timeout(TIMEOUT, child.wait())
                    .await
                    .expect("the server exits")
                    .expect("a status");
                status.success()
            }
        }
    }
}

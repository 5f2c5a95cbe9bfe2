//! The server's input: each frame the client sends is checked before the protocol library
//! reads it.
//!
//! The library stops reading for good after one frame it cannot decode (its framed reader
//! ends the stream on the first error), so a single stray byte sequence from an editor
//! plugin would end the session. Here a well-formed message passes through unchanged, and
//! anything else (a header block without `Content-Length`, a body that is not JSON, JSON
//! that is no JSON-RPC message) is answered as the protocol asks, with an error response
//! whose `id` is null (`-32700` parse error, `-32600` invalid request), and dropped.

use std::borrow::Cow;

use serde::Deserialize;
use serde::de::IgnoredAny;
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};

use super::outlet::{self, Outlet};

/// The largest body read (larger ones are refused as invalid requests and skipped).
const MAX_BODY: usize = 1 << 30;

/// What a JSON-RPC message must look like to the protocol library: `"jsonrpc": "2.0"`, and a
/// method name, or an id with a result or an error. Unknown fields and any params are allowed.
#[derive(Deserialize)]
struct Probe<'a> {
    #[serde(borrow)]
    jsonrpc: Cow<'a, str>,
    #[serde(borrow, default)]
    method: Option<Cow<'a, str>>,
    #[serde(default)]
    id: Option<Id<'a>>,
    #[serde(default)]
    result: Present,
    #[serde(default)]
    error: Present,
    #[serde(default)]
    #[allow(dead_code)]
    params: Option<IgnoredAny>,
}

/// Whether a field is there, whatever its value (`"result": null` is a result).
#[derive(Default)]
struct Present(bool);

impl<'de> Deserialize<'de> for Present {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Present, D::Error> {
        IgnoredAny::deserialize(deserializer).map(|_| Present(true))
    }
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Id<'a> {
    Number(#[allow(dead_code)] i64),
    String(
        #[serde(borrow)]
        #[allow(dead_code)]
        Cow<'a, str>,
    ),
}

/// How a frame's body reads: a message, or the error code to answer it with.
fn check(body: &[u8]) -> Result<(), i64> {
    // (The library reads the body as UTF-8 first; JSON skipped over here is not checked.)
    if std::str::from_utf8(body).is_err() {
        return Err(-32700);
    }
    match serde_json::from_slice::<Probe<'_>>(body) {
        Ok(p)
            if p.jsonrpc == "2.0" && (p.method.is_some() || p.id.is_some() && (p.result.0 || p.error.0)) =>
        {
            Ok(())
        }
        Ok(_) => Err(-32600),
        // Valid JSON of another shape (`[]`, `{"method": 5}`) is an invalid request.
        Err(_) if serde_json::from_slice::<IgnoredAny>(body).is_ok() => Err(-32600),
        Err(_) => Err(-32700),
    }
}

/// Copies the frames of `input` that are messages to `library`, answering the others through
/// `outlet`, until `input` ends (then `library` is shut, which ends the library's input too).
pub async fn pump<I, L>(input: I, mut library: L, outlet: Outlet)
where
    I: AsyncRead + Unpin,
    L: AsyncWrite + Unpin,
{
    let mut input = BufReader::new(input);
    let mut line = Vec::new();
    loop {
        // The header block: lines up to an empty one. Bytes before a `Content-Length` line
        // (what is left of a frame that had none) are skipped.
        let mut length: Option<usize> = None;
        let mut headers = 0;
        loop {
            line.clear();
            match input.read_until(b'\n', &mut line).await {
                Ok(0) | Err(_) => {
                    let _ = library.shutdown().await;
                    return;
                }
                Ok(_) => {}
            }
            let text = String::from_utf8_lossy(&line);
            let text = match text.find("Content-Length:") {
                Some(at) => &text[at..],
                None => &text[..],
            };
            let text = text.trim_end_matches(['\r', '\n']);
            if text.is_empty() {
                if headers > 0 {
                    break;
                }
                continue;
            }
            headers += 1;
            if let Some((name, value)) = text.split_once(':')
                && name.trim().eq_ignore_ascii_case("content-length")
            {
                length = value.trim().parse().ok();
            }
        }
        let Some(length) = length.filter(|&l| l <= MAX_BODY) else {
            outlet
                .send(outlet::error_response(-32700, "Parse error: a frame without a valid Content-Length"));
            continue;
        };
        let mut body = vec![0; length];
        if input.read_exact(&mut body).await.is_err() {
            let _ = library.shutdown().await;
            return;
        }
        match check(&body) {
            Ok(()) => {
                let head = format!("Content-Length: {length}\r\n\r\n");
                if library.write_all(head.as_bytes()).await.is_err()
                    || library.write_all(&body).await.is_err()
                {
                    return;
                }
            }
            Err(code) => {
                let message = if code == -32700 { "Parse error" } else { "Invalid request" };
                outlet.send(outlet::error_response(code, message));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::check;

    #[test]
    fn frames_the_library_could_not_decode_are_refused() {
        assert_eq!(check(br#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#), Ok(()));
        assert_eq!(check(br#"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"#), Ok(()));
        assert_eq!(check(br#"{"jsonrpc":"2.0","id":"a","result":null}"#), Ok(()));
        assert_eq!(check(br#"{"jsonrpc":"2.0","id":1,"error":{"code":1,"message":"x"}}"#), Ok(()));
        assert_eq!(check(br#"{"jsonrpc":"2.0","method":"x","params":{"text":"a\"b\u00e9"}}"#), Ok(()));
        assert_eq!(check(b"{bad}"), Err(-32700));
        assert_eq!(check(b"\xff\xfe"), Err(-32700));
        assert_eq!(check(b"{\"jsonrpc\":\"2.0\",\"method\":\"$/x\",\"params\":\"\xff\"}"), Err(-32700));
        assert_eq!(check(b"[]"), Err(-32600));
        assert_eq!(check(br#"{"jsonrpc":"2.0","method":5}"#), Err(-32600));
        assert_eq!(check(br#"{"jsonrpc":"1.0","method":"x"}"#), Err(-32600));
        assert_eq!(check(br#"{"jsonrpc":"2.0","id":1}"#), Err(-32600));
    }
}

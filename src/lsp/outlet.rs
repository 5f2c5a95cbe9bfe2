//! The server's output: one queue of whole frames, written to the client in order.
//!
//! Two producers share it. The protocol library writes its responses, requests and
//! notifications through [`Outlet::library`], an `AsyncWrite` that cuts its bytes into frames.
//! The server writes diagnostics publications itself ([`Outlet::publish`]), serialized straight
//! from the protocol types: the library would turn each one into a `serde_json::Value` tree
//! first, which for a report with thousands of findings costs more than re-checking it.
//!
//! A publication replaces a queued, not yet written publication for the same document: a
//! client that reads slowly gets the newest findings, not a backlog of stale ones. The
//! library's writes wait while more than [`LIMIT`] bytes are queued, so a client that stops
//! reading slows the server down rather than growing its memory.

use std::collections::VecDeque;
use std::io;
use std::pin::Pin;
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll, Waker};

use serde::Serialize;
use tokio::io::{AsyncWrite, AsyncWriteExt};
use tokio::sync::Notify;
use tower_lsp_server::ls_types::{self as lsp, Uri};

/// Queued bytes beyond which the library's writes wait.
const LIMIT: usize = 16 << 20;

/// A message ready to write: its `Content-Length` header and its body, kept apart so that a
/// body of megabytes is not copied behind its header.
pub struct Message {
    head: Vec<u8>,
    body: Vec<u8>,
}

impl Message {
    /// Bytes that are already a whole frame, header included (or whatever the protocol
    /// library wrote).
    fn raw(bytes: Vec<u8>) -> Message {
        Message { head: Vec::new(), body: bytes }
    }

    fn len(&self) -> usize {
        self.head.len() + self.body.len()
    }
}

/// One queued message.
struct Frame {
    message: Message,
    /// The document a publication is for; `None` for the library's messages.
    publication: Option<Uri>,
}

#[derive(Default)]
struct Queue {
    frames: VecDeque<Frame>,
    bytes: usize,
    /// No more frames will come: write what is queued and stop.
    closed: bool,
    /// Writing failed (the client is gone): drop everything.
    broken: bool,
    /// The library's writer, waiting for room.
    waiting: Option<Waker>,
}

#[derive(Default)]
struct Inner {
    queue: Mutex<Queue>,
    /// Wakes the writer.
    ready: Notify,
}

/// The producers' handle on the output queue.
#[derive(Clone, Default)]
pub struct Outlet {
    inner: Arc<Inner>,
}

/// A notification, with borrowed parameters.
#[derive(Serialize)]
struct Notification<'a, P> {
    jsonrpc: &'static str,
    method: &'a str,
    params: &'a P,
}

/// The parameters of `textDocument/publishDiagnostics`, borrowed.
#[derive(Serialize)]
struct Publication<'a> {
    uri: &'a Uri,
    diagnostics: &'a [lsp::Diagnostic],
    #[serde(skip_serializing_if = "Option::is_none")]
    version: Option<i32>,
}

/// A notification.
pub fn notification<P: Serialize>(method: &str, params: &P) -> Message {
    // Serializing protocol types into memory cannot fail: they hold no maps with non-string
    // keys and no floats that are not finite.
    let body = serde_json::to_vec(&Notification { jsonrpc: "2.0", method, params }).unwrap_or_default();
    let head = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    Message { head, body }
}

/// An error response to a message that could not be read, so has no id.
pub fn error_response(code: i64, message: &str) -> Message {
    let body =
        serde_json::json!({ "jsonrpc": "2.0", "id": null, "error": { "code": code, "message": message } });
    let body = serde_json::to_vec(&body).unwrap_or_default();
    let head = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    Message { head, body }
}

/// A `textDocument/publishDiagnostics` notification.
pub fn publication(uri: &Uri, diagnostics: &[lsp::Diagnostic], version: Option<i32>) -> Message {
    notification("textDocument/publishDiagnostics", &Publication { uri, diagnostics, version })
}

impl Outlet {
    fn queue(&self) -> MutexGuard<'_, Queue> {
        self.inner.queue.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Queues a publication (see [`publication`]) for `uri`, replacing one for the same
    /// document that is still waiting.
    pub fn publish(&self, uri: &Uri, message: Message) {
        let mut queue = self.queue();
        if queue.closed || queue.broken {
            return;
        }
        if let Some(i) = queue.frames.iter().position(|f| f.publication.as_ref() == Some(uri)) {
            let old = queue.frames.remove(i).map_or(0, |f| f.message.len());
            queue.bytes -= old;
        }
        queue.bytes += message.len();
        queue.frames.push_back(Frame { message, publication: Some(uri.clone()) });
        drop(queue);
        self.inner.ready.notify_one();
    }

    /// The output the protocol library writes to.
    pub fn library(&self) -> Library {
        Library { outlet: self.clone(), partial: Vec::new() }
    }

    /// Ends the output once what is queued is written.
    pub fn close(&self) {
        self.queue().closed = true;
        self.inner.ready.notify_one();
    }

    /// Queues a message.
    pub fn send(&self, message: Message) {
        let mut queue = self.queue();
        queue.bytes += message.len();
        queue.frames.push_back(Frame { message, publication: None });
        drop(queue);
        self.inner.ready.notify_one();
    }

    /// Writes queued frames to `output` until the outlet is closed and empty, or writing
    /// fails.
    pub async fn write_to<O: AsyncWrite>(&self, output: O) {
        let mut output = std::pin::pin!(output);
        loop {
            let next = {
                let mut queue = self.queue();
                let next = queue.frames.pop_front();
                if let Some(frame) = &next {
                    queue.bytes -= frame.message.len();
                    if let Some(waker) = queue.waiting.take() {
                        waker.wake();
                    }
                }
                (next, queue.closed, queue.frames.is_empty())
            };
            match next {
                (Some(frame), _, last) => {
                    let Message { head, body } = &frame.message;
                    let mut written = output.write_all(head).await;
                    if written.is_ok() {
                        written = output.write_all(body).await;
                    }
                    if written.is_ok() && last {
                        written = output.flush().await;
                    }
                    if written.is_err() {
                        let mut queue = self.queue();
                        queue.broken = true;
                        queue.frames.clear();
                        queue.bytes = 0;
                        if let Some(waker) = queue.waiting.take() {
                            waker.wake();
                        }
                        return;
                    }
                }
                (None, true, _) => {
                    let _ = output.flush().await;
                    return;
                }
                (None, false, _) => self.inner.ready.notified().await,
            }
        }
    }
}

/// The protocol library's output: its bytes, cut into frames and queued.
pub struct Library {
    outlet: Outlet,
    /// Bytes of a frame not yet complete.
    partial: Vec<u8>,
}

/// The length of the first frame in `bytes`, header included, once it is complete.
fn frame_length(bytes: &[u8]) -> Option<usize> {
    let end = memchr::memmem::find(bytes, b"\r\n\r\n")? + 4;
    let header = std::str::from_utf8(&bytes[..end]).ok()?;
    let length = header.lines().find_map(|line| {
        let (name, value) = line.split_once(':')?;
        name.trim().eq_ignore_ascii_case("content-length").then(|| value.trim().parse::<usize>().ok())?
    })?;
    (bytes.len() >= end + length).then_some(end + length)
}

impl AsyncWrite for Library {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        {
            let mut queue = self.outlet.queue();
            if queue.broken {
                return Poll::Ready(Err(io::ErrorKind::BrokenPipe.into()));
            }
            if queue.bytes > LIMIT {
                queue.waiting = Some(cx.waker().clone());
                return Poll::Pending;
            }
        }
        self.partial.extend_from_slice(buf);
        while let Some(length) = frame_length(&self.partial) {
            let rest = self.partial.split_off(length);
            let frame = std::mem::replace(&mut self.partial, rest);
            self.outlet.send(Message::raw(frame));
        }
        Poll::Ready(Ok(buf.len()))
    }

    fn poll_flush(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
        // What does not parse as a frame is passed on as it is.
        if !self.partial.is_empty() {
            let rest = std::mem::take(&mut self.partial);
            self.outlet.send(Message::raw(rest));
        }
        Poll::Ready(Ok(()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(body: &str) -> Vec<u8> {
        format!("Content-Length: {}\r\n\r\n{body}", body.len()).into_bytes()
    }

    async fn written(outlet: Outlet) -> Vec<u8> {
        let mut out = Vec::new();
        outlet.write_to(&mut out).await;
        out
    }

    #[tokio::test]
    async fn library_bytes_are_cut_into_frames_whatever_the_chunks() {
        let outlet = Outlet::default();
        let mut library = outlet.library();
        let stream = [frame("{\"id\":1}"), frame("{\"id\":22}"), frame("{}")].concat();
        for chunk in stream.chunks(5) {
            library.write_all(chunk).await.unwrap();
        }
        assert_eq!(outlet.queue().frames.len(), 3);
        library.shutdown().await.unwrap();
        outlet.close();
        assert_eq!(written(outlet).await, stream);
    }

    #[tokio::test]
    async fn a_queued_publication_is_replaced_by_a_newer_one_for_the_same_document() {
        let outlet = Outlet::default();
        let a: Uri = "file:///a.md".parse().unwrap();
        let b: Uri = "file:///b.md".parse().unwrap();
        outlet.publish(&a, publication(&a, &[], Some(1)));
        outlet.send(Message::raw(frame("{\"id\":1}")));
        outlet.publish(&b, publication(&b, &[], Some(1)));
        outlet.publish(&a, publication(&a, &[], Some(2)));
        outlet.close();
        let out = String::from_utf8(written(outlet).await).unwrap();
        let versions: Vec<&str> =
            out.match_indices("\"version\":").map(|(i, _)| &out[i + 10..i + 11]).collect();
        assert_eq!(versions, ["1", "2"], "{out}");
        assert!(out.find("\"id\":1").unwrap() < out.find("b.md").unwrap());
        assert!(out.find("b.md").unwrap() < out.find("a.md").unwrap());
    }

    #[tokio::test]
    async fn the_librarys_writes_wait_while_too_much_is_queued() {
        let outlet = Outlet::default();
        let uri: Uri = "file:///big.md".parse().unwrap();
        outlet.publish(&uri, Message::raw(vec![b' '; LIMIT + 1]));
        let mut library = outlet.library();
        let message = frame("{\"id\":1}");
        let write = library.write_all(&message);
        tokio::pin!(write);
        assert!(poll_once(write.as_mut()).is_pending(), "more than the limit is queued");
        // The writer takes the big frame: the library's write goes through.
        let (mut sink, mut source) = tokio::io::duplex(1 << 16);
        let writer = tokio::spawn({
            let outlet = outlet.clone();
            async move { outlet.write_to(&mut sink).await }
        });
        let mut drained = Vec::new();
        let reader = tokio::spawn(async move {
            tokio::io::AsyncReadExt::read_to_end(&mut source, &mut drained).await.unwrap();
            drained
        });
        write.await.unwrap();
        outlet.close();
        writer.await.unwrap();
        let out = reader.await.unwrap();
        assert_eq!(out.len(), LIMIT + 1 + message.len());
        assert!(out.ends_with(&message));
    }

    /// Polls a future once.
    fn poll_once<F: std::future::Future>(f: Pin<&mut F>) -> Poll<F::Output> {
        let waker = std::task::Waker::noop();
        f.poll(&mut Context::from_waker(waker))
    }

    #[test]
    fn a_publication_is_what_the_protocol_types_serialize_to() {
        let uri: Uri = "file:///r%C3%A9port.md".parse().unwrap();
        let diagnostics = vec![lsp::Diagnostic {
            range: lsp::Range::new(lsp::Position::new(1, 2), lsp::Position::new(1, 5)),
            message: "a \"figure\"".to_string(),
            source: Some("attest".to_string()),
            ..Default::default()
        }];
        let message = publication(&uri, &diagnostics, Some(7));
        let frame = [message.head, message.body].concat();
        assert_eq!(frame_length(&frame), Some(frame.len()));
        let body = &frame[memchr::memmem::find(&frame, b"\r\n\r\n").unwrap() + 4..];
        let message: serde_json::Value = serde_json::from_slice(body).unwrap();
        let expected = serde_json::json!({
            "jsonrpc": "2.0",
            "method": "textDocument/publishDiagnostics",
            "params": lsp::PublishDiagnosticsParams::new(uri, diagnostics, Some(7)),
        });
        assert_eq!(message, expected);
    }
}

//! Message order. tower-lsp runs handlers concurrently, so a `didChange` handler may run
//! after a request that the client sent later. [`Ordered`] wraps the service and, as each
//! message arrives and before it is handed on, applies `didOpen`, `didChange` and `didClose`
//! to the document store and negotiates the position encoding from `initialize`. Handlers
//! never change text.
//!
//! A request about a document is pinned to the version the document had when the request
//! arrived (a task-local value the handlers read with [`pinned`]), so it is answered from the
//! analysis of that version, or with `ContentModified` when a later version overtook it.
//!
//! The wrapper also turns a panic anywhere in a handler into an error response and a log
//! message, and marks snippet edits in code actions for clients that take them.

use std::any::Any;
use std::future::Future;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use serde_json::Value as Json;
use tower_lsp_server::jsonrpc::{Error, ErrorCode, Id, Request, Response};
use tower_lsp_server::ls_types as lsp;
use tower_lsp_server::ls_types::Uri;
use tower_lsp_server::{ExitedError, LspService};
use tower_service::Service;

use super::server::{Backend, Shared};

type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send + 'static>>;

/// The document version a request was pinned to at ingress.
#[derive(Clone, Debug)]
pub struct Pinned {
    pub uri: Uri,
    pub version: i32,
}

tokio::task_local! {
    static PINNED: Pinned;
}

/// The version of `uri` when the request being handled arrived, if it was open then.
pub fn pinned(uri: &Uri) -> Option<i32> {
    PINNED.try_with(|p| (p.uri == *uri).then_some(p.version)).ok().flatten()
}

/// The language service with document changes applied at ingress.
pub struct Ordered<S = LspService<Backend>> {
    inner: S,
    shared: Arc<Shared>,
}

impl<S> Ordered<S> {
    pub fn new(inner: S, shared: Arc<Shared>) -> Self {
        Ordered { inner, shared }
    }
}

/// Deserializes a message's params.
fn params<T: serde::de::DeserializeOwned>(req: &Request) -> Option<T> {
    serde_json::from_value(req.params()?.clone()).ok()
}

/// `params.textDocument.uri`, which every request about one document has.
fn document_uri(req: &Request) -> Option<Uri> {
    let uri = req.params()?.get("textDocument")?.get("uri")?.as_str()?;
    uri.parse().ok()
}

/// Applies what must happen in message order, before the message is handed on.
fn ingress(shared: &Shared, req: &Request) {
    match req.method() {
        "initialize" => {
            if let Some(p) = params::<lsp::InitializeParams>(req) {
                shared.negotiate(&p);
            }
        }
        "textDocument/didOpen" => {
            if let Some(p) = params::<lsp::DidOpenTextDocumentParams>(req) {
                shared.docs.open(p.text_document);
            }
        }
        "textDocument/didChange" => {
            if let Some(p) = params::<lsp::DidChangeTextDocumentParams>(req) {
                shared.docs.change(&p, shared.encoding());
            }
        }
        "$/setTrace" => {
            if let Some(p) = params::<lsp::SetTraceParams>(req) {
                shared.set_trace(p.value);
            }
        }
        "$/cancelRequest" => {
            if let Some(p) = params::<lsp::CancelParams>(req) {
                let id = match p.id {
                    lsp::NumberOrString::Number(n) => Id::Number(n.into()),
                    lsp::NumberOrString::String(s) => Id::String(s),
                };
                shared.cancel(&id);
            }
        }
        "textDocument/didClose" => {
            if let Some(p) = params::<lsp::DidCloseTextDocumentParams>(req) {
                shared.docs.close(&p.text_document.uri);
            }
        }
        _ => {}
    }
}

impl<S> Service<Request> for Ordered<S>
where
    S: Service<Request, Response = Option<Response>, Error = ExitedError>,
    S::Future: Send + 'static,
{
    type Response = Option<Response>;
    type Error = ExitedError;
    type Future = BoxFuture<Result<Option<Response>, ExitedError>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), ExitedError>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, req: Request) -> Self::Future {
        let shared = self.shared.clone();
        let id = req.id().cloned();
        let method = req.method().to_string();
        if catch_unwind(AssertUnwindSafe(|| ingress(&shared, &req))).is_err() {
            shared.log_error(format!("attest failed to apply `{method}`; the document may be out of date"));
        }
        let pinned = id.as_ref().and_then(|_| {
            let uri = document_uri(&req)?;
            let version = shared.docs.version(&uri)?;
            Some(Pinned { uri, version })
        });
        let inner = self.inner.call(req);
        let inner: BoxFuture<_> = match pinned {
            Some(p) => Box::pin(PINNED.scope(p, inner)),
            None => Box::pin(inner),
        };
        let cancelled = id.as_ref().map(|id| shared.track(id));
        let snippets = method == "textDocument/codeAction" && shared.flags().snippet_edits;
        Box::pin(async move {
            let outcome = match (&cancelled, &id) {
                (Some(cancelled), Some(id)) => {
                    let outcome = tokio::select! {
                        outcome = CatchUnwind(inner) => Some(outcome),
                        () = cancelled.notified() => None,
                    };
                    shared.untrack(id);
                    match outcome {
                        Some(outcome) => outcome,
                        None => {
                            return Ok(Some(Response::from_error(id.clone(), Error::request_cancelled())));
                        }
                    }
                }
                _ => CatchUnwind(inner).await,
            };
            match outcome {
                Ok(Ok(Some(response))) if snippets => Ok(Some(mark_snippets(response))),
                Ok(result) => result,
                Err(panic) => {
                    let message = format!("attest failed handling `{method}`: {}", panic_message(&*panic));
                    shared.log_error(message.clone());
                    Ok(id.map(|id| {
                        Response::from_error(
                            id,
                            Error { code: ErrorCode::InternalError, message: message.into(), data: None },
                        )
                    }))
                }
            }
        })
    }
}

/// A future that turns a panic while polling into an error value.
struct CatchUnwind<F>(F);

impl<F: Future + Unpin> Future for CatchUnwind<F> {
    type Output = Result<F::Output, Box<dyn Any + Send>>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let inner = &mut self.0;
        match catch_unwind(AssertUnwindSafe(|| Pin::new(inner).poll(cx))) {
            Ok(Poll::Pending) => Poll::Pending,
            Ok(Poll::Ready(value)) => Poll::Ready(Ok(value)),
            Err(panic) => Poll::Ready(Err(panic)),
        }
    }
}

/// The message a panic carried.
pub fn panic_message(panic: &(dyn Any + Send)) -> String {
    if let Some(s) = panic.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = panic.downcast_ref::<String>() {
        s.clone()
    } else {
        "panic".to_string()
    }
}

/// The key in a code action's `data` that marks its edits as snippets.
pub const SNIPPET: &str = "attest.snippet";

/// Code actions whose `data` carries [`SNIPPET`] get `insertTextFormat: 2` on their edits
/// (the `SnippetTextEdit` of the `experimental.snippetTextEdit` client capability), which the
/// typed protocol structs cannot express.
fn mark_snippets(response: Response) -> Response {
    let (id, result) = response.into_parts();
    let result = result.map(|mut value| {
        if let Json::Array(actions) = &mut value {
            for action in actions {
                let Some(object) = action.as_object_mut() else { continue };
                let marked =
                    object.get("data").and_then(|d| d.get(SNIPPET)).and_then(Json::as_bool) == Some(true);
                if !marked {
                    continue;
                }
                object.remove("data");
                let changes = object
                    .get_mut("edit")
                    .and_then(|e| e.get_mut("documentChanges"))
                    .and_then(Json::as_array_mut);
                for change in changes.into_iter().flatten() {
                    for edit in change.get_mut("edits").and_then(Json::as_array_mut).into_iter().flatten() {
                        if let Some(edit) = edit.as_object_mut() {
                            edit.insert("insertTextFormat".to_string(), Json::from(2));
                        }
                    }
                }
            }
        }
        value
    });
    Response::from_parts(id, result)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A service whose every call panics.
    struct Panics;

    impl Service<Request> for Panics {
        type Response = Option<Response>;
        type Error = ExitedError;
        type Future = BoxFuture<Result<Option<Response>, ExitedError>>;

        fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), ExitedError>> {
            Poll::Ready(Ok(()))
        }

        fn call(&mut self, _: Request) -> Self::Future {
            Box::pin(async { panic!("boom") })
        }
    }

    #[tokio::test(flavor = "current_thread")]
    async fn a_panicking_handler_becomes_an_error_response() {
        let mut service = Ordered::new(Panics, Arc::new(Shared::default()));
        let req = Request::build("textDocument/hover").id(7).params(serde_json::json!({})).finish();
        let response = service.call(req).await.unwrap().unwrap();
        assert_eq!(response.id(), &Id::Number(7));
        let error = response.error().unwrap();
        assert_eq!(error.code, ErrorCode::InternalError);
        assert!(error.message.contains("boom"), "{}", error.message);
    }

    #[test]
    fn snippet_actions_get_an_insert_text_format() {
        let response = Response::from_ok(
            Id::Number(1),
            serde_json::json!([{
                "title": "t",
                "data": { SNIPPET: true },
                "edit": { "documentChanges": [{ "textDocument": { "uri": "file:///r.md", "version": 1 }, "edits": [{ "range": {}, "newText": " [@$0]" }] }] }
            }, { "title": "plain" }]),
        );
        let marked = mark_snippets(response);
        let value = marked.result().unwrap();
        assert_eq!(value[0]["edit"]["documentChanges"][0]["edits"][0]["insertTextFormat"], 2);
        assert!(value[0].get("data").is_none());
        assert_eq!(value[1], serde_json::json!({ "title": "plain" }));
    }
}

//! The language server: `attest server` speaks the Language Server Protocol over stdio.
//!
//! The only part of attest that knows tokio, tower-lsp, ropey and the protocol types. The
//! editor features are the pure functions of `crate::ide`; this module keeps the open
//! documents, applies their changes in message order (`ordering`), checks them off the async
//! runtime (`server`), reads settings and bibliography files from the workspace
//! (`workspace`), converts positions and types at its edge (`convert`, `positions`), checks
//! every frame it reads before the protocol library sees it (`inlet`), and writes everything
//! it sends through one queue (`outlet`).

pub mod convert;
mod documents;
mod inlet;
mod ordering;
mod outlet;
pub mod positions;
mod server;
mod workspace;

use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use tokio::io::{AsyncRead, AsyncWrite};
use tower_lsp_server::{LspService, Server};

use ordering::Ordered;
use server::{Backend, Shared};

/// How many messages are handled at once. Requests may wait for a check of their version,
/// so there are more slots than tower-lsp's default of four.
const CONCURRENCY: usize = 16;

/// Serves the protocol on stdin and stdout until `exit`. Blocks; builds its own runtime.
/// Exits with 0 when `shutdown` came before `exit`, else 1 (as the protocol asks).
pub fn run() -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(_) => return ExitCode::from(2),
    };
    let clean = runtime.block_on(serve(tokio::io::stdin(), tokio::io::stdout()));
    // Reading stdin blocks a thread that only returns on input: do not wait for it.
    runtime.shutdown_background();
    if clean { ExitCode::SUCCESS } else { ExitCode::from(1) }
}

/// Serves the protocol on a pair of streams (with Content-Length framing) until `exit` or
/// the end of input. Returns whether `shutdown` was received first.
pub async fn serve<I, O>(input: I, output: O) -> bool
where
    I: AsyncRead + Unpin,
    O: AsyncWrite,
{
    let shared = Arc::new(Shared::default());
    let (service, socket) = LspService::build(|client| {
        let _ = shared.client.set(client.clone());
        Backend::new(shared.clone(), client)
    })
    .custom_method("attest/ruleDocumentation", Backend::rule_documentation)
    .finish();
    let service = Ordered::new(service, shared.clone());
    let outlet = shared.outlet.clone();
    // The client's frames reach the library through a pipe, checked on the way (`inlet`).
    let (library_input, pump_output) = tokio::io::duplex(1 << 16);
    let served = tokio::sync::Notify::new();
    let serve = async {
        Server::new(library_input, outlet.library(), socket)
            .concurrency_level(CONCURRENCY)
            .serve(service)
            .await;
        outlet.close();
        served.notify_one();
    };
    // (After `exit` the input may never end: stop reading it then.)
    let pump = async {
        tokio::select! {
            () = inlet::pump(input, pump_output, outlet.clone()) => {}
            () = served.notified() => {}
        }
    };
    tokio::join!(serve, outlet.write_to(output), pump);
    shared.shutdown.load(Ordering::SeqCst)
}

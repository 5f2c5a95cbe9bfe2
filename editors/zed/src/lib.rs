//! Zed extension: runs `attest server` for Markdown files.
//!
//! The binary is `lsp.attest.binary.path` from Zed's settings, else `attest` on `PATH`.
//! `lsp.attest.settings` (the keys of attest.toml) go to the server as its settings and, unless
//! `lsp.attest.initialization_options` says otherwise, as initialization options.

use zed_extension_api::{self as zed, serde_json, settings::LspSettings, LanguageServerId, Result};

struct Attest;

fn settings(worktree: &zed::Worktree) -> LspSettings {
    LspSettings::for_worktree("attest", worktree).unwrap_or_default()
}

impl zed::Extension for Attest {
    fn new() -> Self {
        Attest
    }

    fn language_server_command(
        &mut self,
        _id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<zed::Command> {
        let binary = settings(worktree).binary;
        let path = binary
            .as_ref()
            .and_then(|b| b.path.clone())
            .or_else(|| worktree.which("attest"))
            .ok_or_else(|| {
                "attest is not on PATH: install it with `cargo install --path .` in the attest repository, \
             or set lsp.attest.binary.path in Zed's settings"
                    .to_string()
            })?;
        let args =
            binary.as_ref().and_then(|b| b.arguments.clone()).unwrap_or_else(|| vec!["server".to_string()]);
        let env = binary.and_then(|b| b.env).map(|e| e.into_iter().collect()).unwrap_or_default();
        Ok(zed::Command { command: path, args, env })
    }

    fn language_server_initialization_options(
        &mut self,
        _id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<Option<serde_json::Value>> {
        let s = settings(worktree);
        Ok(s.initialization_options.or(s.settings))
    }

    fn language_server_workspace_configuration(
        &mut self,
        _id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<Option<serde_json::Value>> {
        let attest = settings(worktree).settings.unwrap_or_else(|| serde_json::json!({}));
        Ok(Some(serde_json::json!({ "attest": attest })))
    }
}

zed::register_extension!(Attest);

-- attest for Neovim 0.11+: `vim.lsp.enable('attest')` with this plugin on 'runtimepath'.
-- The client attaches to Markdown reports only (front matter with `references`,
-- `bibliography` or `attest`); plain Markdown files are left alone.
--
-- Override with vim.lsp.config('attest', { cmd = { '/path/to/attest', 'server' }, settings = {
-- attest = { scale = 'phia' } } }); the `attest` settings are sent as the server's settings.

local root_markers = { 'attest.toml', '.git' }

---@type vim.lsp.Config
return {
  cmd = { 'attest', 'server' },
  filetypes = { 'markdown' },
  root_markers = root_markers,
  -- A function, so that the client is started only for reports (root_markers then only
  -- document the rule: a function root_dir takes precedence).
  root_dir = function(bufnr, on_dir)
    if not require('attest.detect').is_report(bufnr) then
      return
    end
    local name = vim.api.nvim_buf_get_name(bufnr)
    on_dir(vim.fs.root(bufnr, root_markers) or vim.fs.dirname(vim.fs.normalize(name)))
  end,
  settings = { attest = vim.empty_dict() },
  before_init = function(params, config)
    -- The `attest` settings double as initialization options.
    local settings = config.settings and config.settings.attest
    if settings and next(settings) and params.initializationOptions == nil then
      params.initializationOptions = settings
    end
  end,
}

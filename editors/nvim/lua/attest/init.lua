-- attest for Neovim: starts `attest server` for Markdown reports.
--
--   require('attest').setup({
--     cmd = { 'attest', 'server' },
--     settings = { scale = 'phia', rules = { ['unsourced-figure'] = 'error' } },
--   })
--
-- Works on Neovim 0.10 and later with vim.lsp.start. On 0.11+ the plugin's lsp/attest.lua also
-- serves `vim.lsp.enable('attest')`; use one or the other.

local detect = require('attest.detect')

local M = {}

M.defaults = {
  --- The server command.
  cmd = { 'attest', 'server' },
  filetypes = { 'markdown', 'pandoc', 'quarto', 'rmd' },
  --- The root is the nearest folder holding one of these, else the report's own folder.
  root_markers = { 'attest.toml', '.git' },
  --- Settings with the keys of attest.toml (`scale`, `rules`, `tolerance`, …), sent as
  --- initialization options and as the `attest` section of workspace/configuration.
  settings = {},
  --- Passed to vim.lsp.start.
  capabilities = nil,
  on_attach = nil,
  --- Start for buffers that are not reports too (the server then ignores them).
  all_markdown = false,
}

M.config = vim.deepcopy(M.defaults)

local warned = false

--- The root folder for a buffer.
---@param bufnr integer
---@param markers string[]?
---@return string?
function M.root(bufnr, markers)
  local name = vim.api.nvim_buf_get_name(bufnr)
  if name == '' then
    return nil
  end
  local root = vim.fs.root(bufnr, markers or M.config.root_markers)
  return root or vim.fs.dirname(vim.fs.normalize(name))
end

--- The client configuration for vim.lsp.start.
---@param bufnr integer
function M.client_config(bufnr)
  local c = M.config
  local settings = vim.deepcopy(c.settings or {})
  return {
    name = 'attest',
    cmd = c.cmd,
    root_dir = M.root(bufnr),
    init_options = next(settings) and settings or vim.empty_dict(),
    settings = { attest = settings },
    capabilities = c.capabilities,
    on_attach = c.on_attach,
  }
end

local function executable(cmd)
  return type(cmd) ~= 'table' or vim.fn.executable(cmd[1]) == 1
end

--- Starts (or reuses) the client for a buffer when it is a report.
---@param bufnr integer?
---@return integer? client_id
function M.start(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  if not M.config.all_markdown and not detect.is_report(bufnr) then
    return nil
  end
  if not executable(M.config.cmd) then
    if not warned then
      warned = true
      vim.notify(
        ('attest: `%s` was not found. Install it with `cargo install --path .` in the attest repository, '
          .. 'or pass setup({ cmd = { "/path/to/attest", "server" } }).'):format(M.config.cmd[1]),
        vim.log.levels.WARN
      )
    end
    return nil
  end
  return vim.lsp.start(M.client_config(bufnr), { bufnr = bufnr })
end

--- Sends changed settings to the running clients.
---@param settings table
function M.set_settings(settings)
  M.config.settings = settings
  for _, client in ipairs(vim.lsp.get_clients({ name = 'attest' })) do
    client.settings = { attest = settings }
    client:notify('workspace/didChangeConfiguration', { settings = { attest = settings } })
  end
end

--- The server command in use: a running client's, else setup()'s, else the one of
--- vim.lsp.config('attest') (lsp/attest.lua), else `attest server`.
---@return string[]|fun(...)
function M.server_cmd()
  local client = vim.lsp.get_clients({ name = 'attest' })[1]
  if client and client.config.cmd then
    return client.config.cmd
  end
  if M.did_setup then
    return M.config.cmd
  end
  local ok, config = pcall(function()
    return vim.lsp.config and vim.lsp.config.attest
  end)
  if ok and config and config.cmd then
    return config.cmd
  end
  return M.defaults.cmd
end

--- `attest figures` for the current file, in a scratch buffer.
function M.figures()
  local file = vim.api.nvim_buf_get_name(0)
  if file == '' then
    vim.notify('attest: save the report first', vim.log.levels.WARN)
    return
  end
  if vim.bo.modified then
    vim.cmd('silent write')
  end
  local cmd = M.server_cmd()
  local exe = type(cmd) == 'table' and cmd[1] or 'attest'
  local out = vim.fn.systemlist({ exe, 'figures', '--format', 'table', vim.fn.fnamemodify(file, ':.') })
  vim.cmd('botright new')
  vim.bo.buftype, vim.bo.bufhidden, vim.bo.swapfile = 'nofile', 'wipe', false
  vim.api.nvim_buf_set_lines(0, 0, -1, false, out)
  vim.bo.modifiable = false
end

---@param opts table?
function M.setup(opts)
  M.config = vim.tbl_deep_extend('force', vim.deepcopy(M.defaults), opts or {})
  -- Lists replace, not merge.
  for _, key in ipairs({ 'cmd', 'filetypes', 'root_markers' }) do
    if opts and opts[key] then
      M.config[key] = opts[key]
    end
  end
  M.did_setup = true
  local group = vim.api.nvim_create_augroup('attest', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = M.config.filetypes,
    callback = function(ev)
      M.start(ev.buf)
    end,
  })
  -- A file that becomes a report when its front matter is written.
  vim.api.nvim_create_autocmd('BufWritePost', {
    group = group,
    callback = function(ev)
      if vim.tbl_contains(M.config.filetypes, vim.bo[ev.buf].filetype)
        and #vim.lsp.get_clients({ bufnr = ev.buf, name = 'attest' }) == 0
      then
        M.start(ev.buf)
      end
    end,
  })
  -- Buffers already open.
  for _, buf in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(buf) and vim.tbl_contains(M.config.filetypes, vim.bo[buf].filetype) then
      M.start(buf)
    end
  end
end

return M

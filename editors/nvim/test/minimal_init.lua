-- The init for the end-to-end test: this plugin from the repository, the freshly built server,
-- nothing else. ATTEST_E2E_MODE picks the way the client is set up:
--   setup  -- require('attest').setup() (vim.lsp.start, Neovim 0.10+)
--   enable -- lsp/attest.lua through vim.lsp.config / vim.lsp.enable (Neovim 0.11+)

local here = debug.getinfo(1, 'S').source:sub(2)
local plugin = vim.fn.fnamemodify(here, ':p:h:h')
vim.opt.runtimepath:prepend(plugin)
vim.opt.swapfile = false
vim.opt.shadafile = 'NONE'
vim.cmd('filetype on')

local log = vim.lsp.log
if log and log.set_level then
  log.set_level('debug')
else
  vim.lsp.set_log_level('debug')
end

local cmd = { vim.env.ATTEST_BIN or 'attest', 'server' }
-- ATTEST_E2E_OFF names a rule to turn off through the editor settings (e2e.sh compares with
-- `attest check --ignore RULE`, so the settings must reach the server).
local settings = vim.empty_dict()
if vim.env.ATTEST_E2E_OFF and vim.env.ATTEST_E2E_OFF ~= '' then
  settings = { rules = { [vim.env.ATTEST_E2E_OFF] = 'off' } }
end

if vim.env.ATTEST_E2E_MODE == 'enable' then
  vim.lsp.config('attest', { cmd = cmd, settings = { attest = settings } })
  vim.lsp.enable('attest')
else
  require('attest').setup({ cmd = cmd, settings = settings })
end

-- :checkhealth attest

local M = {}

function M.check()
  local health = vim.health
  health.start('attest')
  if vim.fn.has('nvim-0.10') == 1 then
    health.ok('Neovim ' .. tostring(vim.version()))
  else
    health.error('Neovim 0.10 or later is needed')
  end
  local cmd = require('attest').server_cmd()
  local exe = type(cmd) == 'table' and cmd[1] or nil
  if exe == nil then
    health.info('the server command is a function')
  elseif vim.fn.executable(exe) == 1 then
    local version = vim.fn.system({ exe, '--version' })
    health.ok(('%s: %s'):format(vim.fn.exepath(exe), vim.trim(version)))
  else
    health.error(('`%s` was not found'):format(exe), {
      'Install attest: `cargo install --path .` in the attest repository',
      'or set the command: require("attest").setup({ cmd = { "/path/to/attest", "server" } })',
    })
  end
  -- :checkhealth opens its own buffer: look at the Markdown buffers that are loaded.
  local detect = require('attest.detect')
  for _, buf in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(buf) and vim.bo[buf].filetype == 'markdown' then
      local name = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(buf), ':~:.')
      if detect.is_report(buf) then
        local attached = #vim.lsp.get_clients({ bufnr = buf, name = 'attest' }) > 0
        local report = attached and health.ok or health.warn
        report(('%s is a report; the attest client is %s'):format(name, attached and 'attached' or 'not attached'))
      else
        health.info(('%s is plain Markdown (no `references`, `bibliography` or `attest` in its front matter)'):format(name))
      end
    end
  end
end

return M

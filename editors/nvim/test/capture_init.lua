-- The init for capture.sh: the e2e setup, diagnostics shown as signs and virtual text, then a
-- hover (opening upwards) on the first sourced figure of examples/flawed.md and the location
-- list of findings.
-- Writes the file named by ATTEST_CAPTURE_READY when the screen is ready.

dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h') .. '/minimal_init.lua')

vim.o.number = true
vim.o.signcolumn = 'yes'
vim.o.laststatus = 2
vim.o.termguicolors = true
vim.o.showmode = false
vim.cmd.colorscheme('default')
vim.diagnostic.config({ virtual_text = { spacing = 1 }, signs = true, severity_sort = true, float = false })

local line, column = tonumber(vim.env.ATTEST_CAPTURE_LINE), tonumber(vim.env.ATTEST_CAPTURE_COLUMN)
local topline = tonumber(vim.env.ATTEST_CAPTURE_TOP)

local function ready()
  return #vim.tbl_filter(function(d)
    return d.source == 'attest'
  end, vim.diagnostic.get(0)) > 0
end

local timer = assert(vim.uv.new_timer())
local waited = 0
timer:start(200, 200, vim.schedule_wrap(function()
  waited = waited + 200
  if not ready() and waited < 20000 then
    return
  end
  timer:stop()
  vim.diagnostic.setloclist({ open = true })
  vim.cmd('resize 9 | wincmd p')
  vim.fn.winrestview({ topline = topline })
  vim.api.nvim_win_set_cursor(0, { line, column })
  vim.lsp.buf.hover({ border = 'rounded', max_width = 88, max_height = 16, anchor_bias = 'above' })
  vim.defer_fn(function()
    vim.fn.writefile({ 'ready' }, vim.env.ATTEST_CAPTURE_READY)
  end, 800)
end))

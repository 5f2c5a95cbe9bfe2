-- :AttestFigures, whichever way the client is set up (setup() or vim.lsp.enable('attest')).
if vim.g.loaded_attest then
  return
end
vim.g.loaded_attest = true

vim.api.nvim_create_user_command('AttestFigures', function()
  require('attest').figures()
end, { desc = 'attest figures --format table for the current report' })

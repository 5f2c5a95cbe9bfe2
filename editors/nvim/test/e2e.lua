-- End-to-end test of the attest language server with Neovim's own LSP client: report
-- detection, diagnostics against `attest check --format json`, hover, :AttestFigures and
-- :checkhealth, the swap fix, citation completion and semantic tokens. Run by e2e.sh; reads:
--   ATTEST_REPO           the repository root
--   ATTEST_CHECK_JSON     `attest check --format json --ignore RULE examples/flawed.md`
--   ATTEST_FIGURES_JSON   `attest figures --format json examples/flawed.md`
--   ATTEST_E2E_MODE       setup | enable (see minimal_init.lua)
--   ATTEST_E2E_OFF        RULE, turned off through the editor settings (minimal_init.lua)
-- Exits 0 when every check passes, 1 otherwise (printing the Neovim LSP log).

local repo = assert(vim.env.ATTEST_REPO, 'ATTEST_REPO is not set')
local mode = vim.env.ATTEST_E2E_MODE or 'setup'
local report_rel = 'examples/flawed.md'
local report = repo .. '/' .. report_rel

local passed, failed = 0, 0

local function say(...)
  io.stdout:write(table.concat({ ... }, ' '), '\n')
  io.stdout:flush()
end

local function log_path()
  if vim.lsp.log and vim.lsp.log.get_filename then
    return vim.lsp.log.get_filename()
  end
  return vim.lsp.get_log_path()
end

local function print_log(lines)
  local path = log_path()
  say(('--- Neovim LSP log (%s), last %d lines:'):format(path, lines))
  local ok, content = pcall(vim.fn.readfile, path)
  if not ok or #content == 0 then
    say('(empty or missing)')
  else
    for i = math.max(1, #content - lines + 1), #content do
      say(content[i])
    end
  end
  say('--- end of log')
end

--- Stops the run: the server is not there or did not answer, nothing else can be checked.
local function abort(message)
  say(('FAIL [%s] %s'):format(mode, message))
  print_log(400)
  say(('e2e (%s): %d passed, %d failed'):format(mode, passed, failed + 1))
  os.exit(1)
end

local function check(name, fn)
  local ok, err = xpcall(fn, debug.traceback)
  if ok then
    passed = passed + 1
    say(('ok   [%s] %s'):format(mode, name))
  else
    failed = failed + 1
    say(('FAIL [%s] %s\n%s'):format(mode, name, err))
  end
end

local function eq(actual, expected, what)
  if not vim.deep_equal(actual, expected) then
    error(('%s:\n  expected %s\n  actual   %s'):format(what or 'values differ', vim.inspect(expected), vim.inspect(actual)), 2)
  end
end

local function read_json(var)
  local path = assert(vim.env[var], var .. ' is not set')
  return vim.json.decode(table.concat(vim.fn.readfile(path), '\n'))
end

--- A 1-based character column of `line` as a 0-based byte column.
local function byte_col(line, column)
  return vim.str_byteindex(line, 'utf-32', column - 1, false)
end

local function attest_client(bufnr)
  return vim.lsp.get_clients({ bufnr = bufnr, name = 'attest' })[1]
end

--- A request that must answer within `ms`.
local function request(client, bufnr, method, params, ms)
  local response, err = client:request_sync(method, params, ms or 10000, bufnr)
  if response == nil then
    error(('%s: no answer (%s)'):format(method, tostring(err)), 2)
  end
  if response.err then
    error(('%s: %s'):format(method, vim.inspect(response.err)), 2)
  end
  return response.result
end

-- 1. Report detection, as a function of the text (no server involved).
local detect = require('attest.detect')
check('report detection follows the front matter rule', function()
  local cases = {
    { { '---', 'references: []', '---', 'text' }, true },
    { { '---', 'title: x', 'bibliography: refs.bib', '...' }, true },
    { { '---', 'attest:', '  scale: phia', '---' }, true },
    { { '\239\187\191---', 'references:', '  - id: a', '---' }, true },
    { { '---  ', 'references: []\r', '---\r' }, true },
    { { '---', '"references": []', '---' }, true },
    { { '---', 'title: x', '---' }, false },
    { { '---', '', 'references: []', '---' }, false },
    { { '---', 'references: []' }, false },
    { { '', '---', 'references: []', '---' }, false },
    { { '# Title', '', 'references: []' }, false },
    { { '---', 'title: x', '  references: []', '---' }, false },
    { { '---', 'title: x', '---', 'references: []' }, false },
    { { '----', 'references: []', '----' }, false },
    { {}, false },
  }
  for i, case in ipairs(cases) do
    eq(detect.is_report_lines(case[1]), case[2], ('case %d: %s'):format(i, table.concat(case[1], '|')))
  end
end)

-- 2. A plain Markdown file gets no client.
check('plain Markdown files are left alone', function()
  vim.cmd.edit(vim.fn.fnameescape(repo .. '/README.md'))
  local buf = vim.api.nvim_get_current_buf()
  eq(vim.bo[buf].filetype, 'markdown', 'filetype of README.md')
  eq(detect.is_report(buf), false, 'README.md is a report')
  vim.wait(500, function()
    return attest_client(buf) ~= nil
  end, 50)
  eq(attest_client(buf), nil, 'a client attached to README.md')
end)

-- 3. The report: the client starts and attaches.
vim.cmd.edit(vim.fn.fnameescape(report))
local buf = vim.api.nvim_get_current_buf()
local original = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
if vim.bo[buf].filetype ~= 'markdown' then
  abort('examples/flawed.md has filetype ' .. vim.bo[buf].filetype)
end
if not detect.is_report(buf) then
  abort('examples/flawed.md is not detected as a report')
end
if not vim.wait(15000, function()
  local c = attest_client(buf)
  return c ~= nil and c.initialized == true
end, 50) then
  abort('the attest server did not start or attach within 15 s (cmd: ' .. tostring(vim.env.ATTEST_BIN) .. ')')
end
local client = attest_client(buf)
local uri = vim.uri_from_bufnr(buf)
local encoding = client.offset_encoding
say(('     [%s] server %s %s, position encoding %s'):format(
  mode,
  client.server_info and client.server_info.name or '?',
  client.server_info and client.server_info.version or '?',
  encoding
))

-- 4. Diagnostics: the same findings, at the same places, as the command line.
local expected_diags = {}
for _, file in ipairs(read_json('ATTEST_CHECK_JSON').files) do
  if file.file == report_rel then
    for _, d in ipairs(file.diagnostics) do
      table.insert(expected_diags, d)
    end
  end
end
if #expected_diags == 0 then
  abort('attest check --format json found nothing in examples/flawed.md')
end

local severities = { error = 1, warning = 2, info = 3, hint = 4 }
local function key_of(rule, lnum, col, end_lnum, end_col, severity)
  return ('%s %d:%d-%d:%d %s'):format(rule, lnum, col, end_lnum, end_col, severity)
end

local expected_keys = {}
for _, d in ipairs(expected_diags) do
  local start_line = original[d.line]
  local end_line = original[d.end_line]
  table.insert(expected_keys, key_of(
    d.rule,
    d.line - 1,
    byte_col(start_line, d.column),
    d.end_line - 1,
    byte_col(end_line, d.end_column),
    severities[d.severity]
  ))
end
table.sort(expected_keys)

--- The attest diagnostics of the buffer, pushed (publishDiagnostics) or pulled
--- (textDocument/diagnostic): each lives in its own namespace.
local function actual_diagnostics()
  return vim.tbl_filter(function(d)
    return d.source == 'attest'
  end, vim.diagnostic.get(buf))
end

if not vim.wait(20000, function()
  return #actual_diagnostics() >= #expected_keys
end, 50) then
  abort(('expected %d diagnostics within 20 s, got %d'):format(#expected_keys, #actual_diagnostics()))
end

check('diagnostics match attest check --format json (rule, range, severity; settings applied)', function()
  -- Let a late second publication settle.
  vim.wait(300)
  local keys = {}
  for _, d in ipairs(actual_diagnostics()) do
    table.insert(keys, key_of(tostring(d.code), d.lnum, d.col, d.end_lnum, d.end_col, d.severity))
  end
  table.sort(keys)
  eq(keys, expected_keys, 'diagnostics')
end)

check('diagnostics carry the message of the command line', function()
  local by_rule = {}
  for _, d in ipairs(actual_diagnostics()) do
    by_rule[tostring(d.code) .. d.lnum] = d.message
  end
  for _, d in ipairs(expected_diags) do
    local message = by_rule[d.rule .. (d.line - 1)]
    assert(message and message:find(d.message, 1, true), ('%s at line %d: %s ~= %s'):format(
      d.rule, d.line, tostring(message), d.message))
  end
end)

-- 5. Hover on a sourced figure shows its source's title.
local function source_title(id)
  local in_item = false
  for i, line in ipairs(original) do
    if i > 1 and line:match('^%-%-%-%s*$') then
      break
    end
    local item_id = line:match('^%s*%-%s+id:%s*(%S+)%s*$')
    if item_id then
      in_item = item_id == id
    elseif in_item then
      local title = line:match('^%s+title:%s*(.-)%s*$')
      if title then
        return (title:gsub('^"(.*)"$', '%1'))
      end
    end
  end
end

check('hover on a sourced figure shows the source title', function()
  local figure
  for _, f in ipairs(read_json('ATTEST_FIGURES_JSON').figures) do
    if f.file == report_rel and f.sourced and #f.sources > 0 and source_title(f.sources[1].id) then
      figure = f
      break
    end
  end
  assert(figure, 'no sourced figure with a titled source in attest figures --format json')
  local title = source_title(figure.sources[1].id)
  local line = original[figure.line]
  local character = vim.str_utfindex(line, encoding, byte_col(line, figure.column) + 1, false)
  local result = request(client, buf, 'textDocument/hover', {
    textDocument = { uri = uri },
    position = { line = figure.line - 1, character = character },
  })
  assert(result and result.contents, 'no hover at ' .. figure.line .. ':' .. figure.column)
  local contents = result.contents
  local text = type(contents) == 'string' and contents or contents.value or vim.inspect(contents)
  local plain = text:gsub('\\(%p)', '%1')
  assert(plain:find(title, 1, true), ('hover on %q lacks the title %q:\n%s'):format(figure.text, title, text))
  assert(plain:find(figure.text, 1, true), 'hover does not name the figure:\n' .. text)
end)

-- :AttestFigures (the buffer is still as on disk, so nothing is written) and :checkhealth.
check(':AttestFigures lists the figures; :checkhealth attest is happy', function()
  local figures = read_json('ATTEST_FIGURES_JSON').figures
  vim.cmd('AttestFigures')
  local lines = vim.api.nvim_buf_get_lines(0, 0, -1, false)
  vim.cmd('close')
  assert(lines[1]:match('^location%s+figure'), 'first line: ' .. tostring(lines[1]))
  eq(#lines - 1, #figures, 'figure rows')
  assert(lines[2]:find(figures[1].text, 1, true), 'second line: ' .. lines[2])
  vim.cmd('silent checkhealth attest')
  local report = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\n')
  vim.cmd('tabclose')
  assert(not report:find('ERROR'), report)
  assert(report:find('flawed.md is a report; the attest client is attached', 1, true), report)
  eq(vim.api.nvim_get_current_buf(), buf, 'back in the report')
end)

-- 6. The swap fix for the inverted range, through a code action.
check('the swap code action fixes the inverted range', function()
  local json_diag
  for _, d in ipairs(expected_diags) do
    if d.rule == 'inverted-range' then
      json_diag = d
    end
  end
  assert(json_diag and json_diag.fix, 'attest check found no inverted-range with a fix')
  local target
  for _, d in ipairs(actual_diagnostics()) do
    if d.code == 'inverted-range' then
      target = d
    end
  end
  assert(target, 'no inverted-range diagnostic in the buffer')
  local lsp_diag = target.user_data and target.user_data.lsp
  assert(lsp_diag, 'the diagnostic keeps no LSP original')
  local actions = request(client, buf, 'textDocument/codeAction', {
    textDocument = { uri = uri },
    range = lsp_diag.range,
    context = { diagnostics = { lsp_diag }, triggerKind = 1 },
  })
  assert(actions and #actions > 0, 'no code actions at the inverted range')
  local swap
  for _, a in ipairs(actions) do
    if a.title and a.title:match('^[Ss]wap') then
      swap = a
    end
  end
  assert(swap, 'no action titled "swap…" among: ' .. table.concat(vim.tbl_map(function(a)
    return a.title
  end, actions), ' | '))
  if swap.edit == nil and swap.data ~= nil then
    swap = request(client, buf, 'codeAction/resolve', swap)
  end
  assert(swap.edit, 'the swap action has no edit')
  vim.lsp.util.apply_workspace_edit(swap.edit, encoding)

  -- The expected text: the command line's fix applied to the original lines.
  local expected = vim.deepcopy(original)
  local edits = vim.deepcopy(json_diag.fix.edits)
  table.sort(edits, function(a, b)
    return a.start > b.start
  end)
  for _, e in ipairs(edits) do
    assert(e.line == e.end_line, 'a multi-line fix edit')
    local line = expected[e.line]
    local s, t = byte_col(line, e.column), byte_col(line, e.end_column)
    expected[e.line] = line:sub(1, s) .. e.replacement .. line:sub(t + 1)
  end
  eq(vim.api.nvim_buf_get_lines(buf, 0, -1, false), expected, 'buffer after the swap')
  local fixed = expected[json_diag.line]
  say(('     [%s] line %d now reads: %s'):format(mode, json_diag.line, fixed))

  -- And the server agrees: the inverted range is gone.
  assert(vim.wait(10000, function()
    for _, d in ipairs(actual_diagnostics()) do
      if d.code == 'inverted-range' then
        return false
      end
    end
    return true
  end, 50), 'inverted-range is still reported after the fix')
end)

-- 7. Completion after `[@` offers the report's sources.
check('completion after [@ offers source ids', function()
  local ids = {}
  for _, line in ipairs(original) do
    local id = line:match('^%s*%-%s+id:%s*(%S+)%s*$')
    if id then
      ids[id] = true
    end
  end
  local count = vim.api.nvim_buf_line_count(buf)
  vim.api.nvim_buf_set_lines(buf, count, count, false, { '', 'Some 40 fighters [@' })
  local line = count + 1
  local text = vim.api.nvim_buf_get_lines(buf, line, line + 1, false)[1]
  local character = vim.str_utfindex(text, encoding, #text, false)
  local result = request(client, buf, 'textDocument/completion', {
    textDocument = { uri = uri },
    position = { line = line, character = character },
    context = { triggerKind = 2, triggerCharacter = '@' },
  })
  assert(result, 'no completion result')
  local items = result.items or result
  local offered = {}
  for _, item in ipairs(items) do
    local label = item.filterText or item.label
    offered[label] = true
    offered[item.label] = true
  end
  assert(offered['mfa-2026'], 'mfa-2026 not offered; offered: ' .. table.concat(vim.tbl_keys(offered), ', '))
  local known = 0
  for id in pairs(ids) do
    if offered[id] then
      known = known + 1
    end
  end
  assert(known >= 3, ('only %d of the report sources offered: %s'):format(known, table.concat(vim.tbl_keys(offered), ', ')))
  vim.api.nvim_buf_set_lines(buf, count, count + 2, false, {})
end)

-- 8. Semantic tokens with the documented legend.
check('semantic tokens use the attest legend', function()
  local provider = client.server_capabilities.semanticTokensProvider
  assert(provider, 'no semanticTokensProvider')
  eq(provider.legend.tokenTypes, { 'figure', 'citation', 'quantity', 'likelihood' }, 'token types')
  eq(provider.legend.tokenModifiers, { 'sourced', 'unsourced', 'assessment', 'contested' }, 'token modifiers')
  local result = request(client, buf, 'textDocument/semanticTokens/full', { textDocument = { uri = uri } })
  assert(result and result.data and #result.data > 0 and #result.data % 5 == 0, 'no tokens')
  -- Every token type of the legend that the report has: figures (0) and citations (1).
  local seen = {}
  for i = 4, #result.data, 5 do
    seen[result.data[i]] = true
  end
  assert(seen[0] and seen[1], 'no figure or citation tokens: ' .. vim.inspect(seen))
end)

-- Leave the file on disk as it was.
vim.cmd('silent! %bwipeout!')

say(('e2e (%s): %d passed, %d failed'):format(mode, passed, failed))
if failed > 0 then
  print_log(200)
  os.exit(1)
end
os.exit(0)

-- Whether a Markdown buffer is an attest report, by the rule the server and the command line
-- use: front matter that opens on the first line with `---` (not followed by a blank line),
-- closes with `---` or `...`, and has a top-level key `references`, `bibliography` or
-- `attest`. Plain Markdown files are left alone.

local M = {}

--- The keys that make a Markdown file a report.
M.keys = { 'references', 'bibliography', 'attest' }

--- How many lines of front matter are read at most.
M.max_lines = 20000

local function delimiter(line, closing)
  line = line:gsub('[ \t]+$', '')
  return line == '---' or (closing and line == '...')
end

local function top_level_key(line)
  -- `key:` at column 0, plain or quoted, followed by a space, a tab or the end of the line.
  local key = line:match('^([%w_-]+)%s*:%s') or line:match('^([%w_-]+)%s*:$')
  if not key then
    key = line:match('^"([^"]+)"%s*:') or line:match("^'([^']+)'%s*:")
  end
  return key
end

--- Whether the lines (a list of strings, or a function returning the i-th line or nil)
--- start with report front matter.
---@param get_line string[]|fun(i: integer): string?
---@return boolean
function M.is_report_lines(get_line)
  if type(get_line) == 'table' then
    local lines = get_line
    get_line = function(i)
      return lines[i]
    end
  end
  local function line_at(i)
    local line = get_line(i)
    if line == nil then
      return nil
    end
    line = line:gsub('\r$', '')
    if i == 1 then
      line = line:gsub('^\239\187\191', '') -- a byte order mark
    end
    return line
  end
  local first = line_at(1)
  if first == nil or not delimiter(first, false) then
    return false
  end
  local second = line_at(2)
  if second == nil or second:match('^%s*$') then
    return false
  end
  local found = false
  local i = 2
  while i <= M.max_lines do
    local line = line_at(i)
    if line == nil then
      return false -- never closed
    end
    if delimiter(line, true) then
      return found
    end
    local key = top_level_key(line)
    if key and vim.tbl_contains(M.keys, key) then
      found = true
    end
    i = i + 1
  end
  return false
end

--- Whether the buffer is a report.
---@param bufnr integer?
---@return boolean
function M.is_report(bufnr)
  bufnr = bufnr or 0
  if bufnr == 0 then
    bufnr = vim.api.nvim_get_current_buf()
  end
  if not vim.api.nvim_buf_is_valid(bufnr) then
    return false
  end
  if not vim.api.nvim_buf_is_loaded(bufnr) then
    -- Not read yet: read the file itself.
    local name = vim.api.nvim_buf_get_name(bufnr)
    local ok, lines = pcall(vim.fn.readfile, name, '', M.max_lines)
    return ok and M.is_report_lines(lines) or false
  end
  local count = vim.api.nvim_buf_line_count(bufnr)
  local chunk, from = {}, 0
  return M.is_report_lines(function(i)
    if i > count then
      return nil
    end
    if i > from + #chunk then
      from = i - 1
      chunk = vim.api.nvim_buf_get_lines(bufnr, from, math.min(from + 200, count), false)
    end
    return chunk[i - from]
  end)
end

return M

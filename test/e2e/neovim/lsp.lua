-- Drives Neovim's built-in LSP client (Neovim 0.7+, headless) against the nianbao server over stdio:
-- opens one report, records the diagnostics the server pushes, asks for code actions on the first
-- error, applies its fix in the buffer (never written to disk), and records what the server says
-- then. Everything goes to the JSON file $NIANBAO_OUT; neovim.test.mjs asserts on it.
-- Inputs: $NIANBAO_SERVER (dist/server.js), $NIANBAO_FILE (the report), $NIANBAO_OUT.
local server = assert(os.getenv('NIANBAO_SERVER'), 'NIANBAO_SERVER not set')
local file = assert(os.getenv('NIANBAO_FILE'), 'NIANBAO_FILE not set')
local out = assert(os.getenv('NIANBAO_OUT'), 'NIANBAO_OUT not set')
local node = os.getenv('NIANBAO_NODE') or 'node'

local result = { steps = {}, published = {}, errors = {} }

local function step(name) table.insert(result.steps, name) end

local function finish()
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  -- Stops the server (shutdown + exit) before leaving; the test kills it by pid if it lingers.
  vim.lsp.stop_client(vim.lsp.get_active_clients(), false)
  vim.wait(2000, function() return #vim.lsp.get_active_clients() == 0 end, 50)
  vim.cmd('qa!')
end

local function fail(message)
  table.insert(result.errors, message)
  finish()
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  result.uri = vim.uri_from_bufnr(bufnr)

  -- Every publishDiagnostics the server sends, raw (UTF-16 LSP ranges), in order.
  local handlers = {
    ['textDocument/publishDiagnostics'] = function(e, params, ctx, config)
      table.insert(result.published, { version = params.version, diagnostics = params.diagnostics })
      return vim.lsp.diagnostic.on_publish_diagnostics(e, params, ctx, config)
    end,
  }
  local client_id = vim.lsp.start_client({
    name = 'nianbao',
    cmd = { node, server, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
    handlers = handlers,
    on_init = function(_, initialize_result)
      result.server_name = initialize_result.serverInfo and initialize_result.serverInfo.name
    end,
    on_exit = function(code, signal) result.server_exit = { code = code, signal = signal } end,
  })
  if not client_id then return fail('start_client failed') end
  step('started')
  local client = vim.lsp.get_client_by_id(client_id)
  result.server_pid = client.rpc.pid
  vim.lsp.buf_attach_client(bufnr, client_id)

  if not vim.wait(30000, function() return #result.published > 0 end, 50) then
    return fail('no diagnostics published within 30 s')
  end
  step('diagnostics')
  result.neovim_diagnostics = #vim.diagnostic.get(bufnr)

  -- The first error and the code actions for it.
  local first
  for _, d in ipairs(result.published[#result.published].diagnostics) do
    if d.severity == 1 then first = d break end
  end
  if not first then return fail('no error among the diagnostics') end
  local response = client.request_sync('textDocument/codeAction', {
    textDocument = { uri = result.uri },
    range = first.range,
    context = { diagnostics = { first } },
  }, 15000, bufnr)
  if not response or response.err then
    return fail('codeAction request failed: ' .. vim.inspect(response and response.err))
  end
  result.actions = response.result or {}
  step('codeActions')

  -- Apply the first quick fix that carries an edit, as a user choosing it would.
  local fix
  for _, a in ipairs(result.actions) do
    if a.edit and (a.kind == nil or a.kind:match('^quickfix')) then fix = a break end
  end
  if not fix then return fail('no quick fix with an edit') end
  local before = #result.published
  vim.lsp.util.apply_workspace_edit(fix.edit, client.offset_encoding)
  result.fixed_line = vim.api.nvim_buf_get_lines(bufnr, first.range.start.line, first.range.start.line + 1, false)[1]
  step('applied')
  if not vim.wait(30000, function() return #result.published > before end, 50) then
    return fail('no diagnostics after the fix within 30 s')
  end
  step('republished')
  finish()
end)
if not ok then fail('lua error: ' .. tostring(err)) end

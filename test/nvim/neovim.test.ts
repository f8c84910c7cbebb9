// A second, real editor: Debian's neovim (0.7, headless) with its built-in LSP client starts the
// bundled server over stdio and gets the same diagnostics and hover as the protocol client.
import { strict as assert } from 'node:assert';
import { execFile, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HoverRequest, type Diagnostic, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { fileUri, LspClient, sampleWorkspace, serverJs } from '../lsp/lsp-client';

const INIT_LUA = `
local out = {}
local function finish(code)
  local f = io.open(vim.env.BITEXT_OUT, 'w')
  f:write(vim.fn.json_encode(out))
  f:close()
  vim.cmd(code == 0 and 'qa!' or 'cq!')
end
local function main()
local id = vim.lsp.start_client({
  name = 'bitext',
  cmd = { vim.env.BITEXT_NODE, vim.env.BITEXT_SERVER, '--stdio' },
  root_dir = vim.env.BITEXT_ROOT,
  init_options = { settings = { debounceMs = 0 } },
})
if not id then out.error = 'start_client failed'; finish(1) return end
local buf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buf, id)
local ok = vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 20)
if not ok then out.error = 'no diagnostics within 20 s'; finish(1) return end
out.diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local lsp = d.user_data and d.user_data.lsp or {}
  local related = lsp.relatedInformation and lsp.relatedInformation[1] and lsp.relatedInformation[1].location.uri or vim.NIL
  table.insert(out.diagnostics, { lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col, message = d.message, severity = d.severity, code = d.code or lsp.code or vim.NIL, related = related })
end
local pos = { line = tonumber(vim.env.BITEXT_LINE), character = tonumber(vim.env.BITEXT_CHAR) }
local res = vim.lsp.buf_request_sync(buf, 'textDocument/hover', { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = pos }, 10000)
local r = res and res[id] and res[id].result
out.hover = r and r.contents and r.contents.value or vim.NIL
finish(0)
end
-- The file named on the command line is loaded after init.lua runs.
vim.api.nvim_create_autocmd('VimEnter', { callback = main })
`;

interface NvimOut {
  error?: string;
  diagnostics: { lnum: number; col: number; end_lnum: number; end_col: number; message: string; severity: number; code: string | null; related: string | null }[];
  hover: string | null;
}

function runNvim(root: string, file: string, line: number, character: number): Promise<NvimOut> {
  const init = join(root, 'init.lua');
  const outFile = join(root, 'nvim-out.json');
  writeFileSync(init, INIT_LUA);
  const env = { ...process.env, BITEXT_NODE: process.execPath, BITEXT_SERVER: serverJs, BITEXT_ROOT: root, BITEXT_OUT: outFile, BITEXT_LINE: String(line), BITEXT_CHAR: String(character) };
  return new Promise((res, rej) => {
    execFile('nvim', ['--headless', '--clean', '-u', init, file], { env, timeout: 40000 }, (err, stdout, stderr) => {
      let out: NvimOut | undefined;
      try {
        out = JSON.parse(readFileSync(outFile, 'utf8'));
      } catch {
        /* reported below */
      }
      if (!out || out.error) rej(new Error(`neovim failed: ${out?.error ?? err?.message} ${stdout} ${stderr}`));
      else res(out);
    });
  });
}

/** LSP positions are UTF-16; neovim 0.7's diagnostics count bytes. */
function byteCol(text: string, line: number, character: number): number {
  const l = text.split('\n')[line] ?? '';
  return Buffer.byteLength(l.slice(0, character), 'utf8');
}

describe('neovim (headless, built-in LSP client)', function () {
  this.timeout(90000);
  let ws: ReturnType<typeof sampleWorkspace>;
  let client: LspClient;

  before(async function () {
    const probe = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    if (probe.error || probe.status !== 0) {
      throw new Error('nvim is not installed: install Debian\'s neovim (apt-get install -y neovim; scripts/setup-test-deps.sh does) to run the second-editor test');
    }
    ws = sampleWorkspace();
    client = await LspClient.start(ws.root);
  });
  after(async () => {
    await client?.stop();
    ws?.dispose();
  });

  for (const prefix of ['003', '000']) {
    it(`gets the same diagnostics and hover on ${prefix} as the protocol client`, async () => {
      const name = readdirSync(ws.root).find((n) => n.startsWith(prefix + '_'))!;
      const path = join(ws.root, name);
      const text = readFileSync(path, 'utf8');
      await client.open(fileUri(path), text);
      const expected: Diagnostic[] = await client.diagnostics(fileUri(path), (d) => d.length > 0);
      const probe = prefix === '000' ? text.indexOf('Hội nghị thượng đỉnh') + 5 : text.indexOf('Kim_là') + 1;
      const before = text.slice(0, probe);
      const line = before.split('\n').length - 1;
      const character = probe - (before.lastIndexOf('\n') + 1);
      const hover = await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: fileUri(path) }, position: { line, character } });

      const got = await runNvim(ws.root, path, line, character);
      const key = (lnum: number, col: number, msg: string) => `${lnum}:${col}:${msg}`;
      const want = expected.map((d) => key(d.range.start.line, byteCol(text, d.range.start.line, d.range.start.character), d.message)).sort();
      assert.deepEqual(got.diagnostics.map((d) => key(d.lnum, d.col, d.message)).sort(), want);
      assert.ok(hover, 'the protocol client got no hover');
      assert.equal(got.hover, (hover!.contents as MarkupContent).value);
      assert.match(got.hover!, prefix === '000' ? /The summit between President Vladimir V\. Putin/ : /Kim/);
      // neovim shows the markdown source: no backslash that the text itself does not have.
      assert.doesNotMatch(got.hover!, /\\/, 'stray backslashes in the hover');
    });
  }

  it('gets a pair finding in whichever file of a sibling pair it opens, pointing at the other', async () => {
    const examples = join(__dirname, '..', '..', 'examples');
    const vi = readFileSync(join(examples, 'library.vi.txt'), 'utf8').replace('Hơn 1.200 bạn đọc', 'Hơn 1.300 bạn đọc');
    writeFileSync(join(ws.root, 'library.vi.txt'), vi);
    writeFileSync(join(ws.root, 'library.en.txt'), readFileSync(join(examples, 'library.en.txt'), 'utf8'));
    for (const [name, other, number] of [['library.vi.txt', 'library.en.txt', '1.300'], ['library.en.txt', 'library.vi.txt', '1,200']]) {
      const got = await runNvim(ws.root, join(ws.root, name), 0, 0);
      const numbers = got.diagnostics.filter((d) => d.code === 'number-mismatch');
      assert.equal(numbers.length, 1, `${name}: ${JSON.stringify(got.diagnostics)}`);
      assert.ok(numbers[0].message.startsWith(number), numbers[0].message);
      assert.equal(numbers[0].related, fileUri(join(ws.root, other)));
    }
  });

  it('shows a counterpart with `_`-joined words and other punctuation as it is, without backslashes', async () => {
    const vi = 'Ông Kim_Jong_Un nói rằng (hội nghị) đã thành công - 100% ! Hai bên ký thỏa_thuận #1 .\n';
    const en = 'Mr Kim Jong Un said  the (summit) was a success - 100%! The two sides signed agreement #1.\n';
    writeFileSync(join(ws.root, 'talks.vi.txt'), vi);
    const path = join(ws.root, 'talks.en.txt');
    writeFileSync(path, en);
    // (a doubled space on the English side, so that neovim has a diagnostic to wait for)
    const got = await runNvim(ws.root, path, 0, 5);
    assert.ok(got.hover, 'no hover');
    assert.ok(got.hover!.includes('Kim_Jong_Un nói rằng (hội nghị)'), got.hover!);
    assert.ok(got.hover!.includes('thỏa_thuận #1'), got.hover!);
    assert.doesNotMatch(got.hover!, /\\/, 'stray backslashes in the hover');
  });
});

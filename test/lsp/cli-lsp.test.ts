// `bitext lsp --stdio` starts the same server as the editor's; without a transport it says how to run it.
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createProtocolConnection, InitializeRequest } from 'vscode-languageserver-protocol/node';
import { repoRoot } from '../support/shared';

const cli = join(repoRoot, 'bin', 'bitext.js');

describe('bitext lsp', () => {
  it('speaks LSP over stdio', async () => {
    const child = spawn(process.execPath, [cli, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createProtocolConnection(child.stdout, child.stdin);
    conn.listen();
    try {
      const r = await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
      assert.equal(r.serverInfo?.name, 'bitext');
      assert.equal(r.capabilities.hoverProvider, true);
      assert.equal(r.capabilities.definitionProvider, true);
      await conn.sendRequest('shutdown');
      const exited = new Promise<number | null>((res) => child.on('exit', res));
      await conn.sendNotification('exit');
      assert.equal(await exited, 0);
    } finally {
      conn.dispose();
      child.kill();
    }
  });

  it('refuses to start without a transport, with a clear message', () => {
    const r = spawnSync(process.execPath, [cli, 'lsp'], { encoding: 'utf8', timeout: 10000 });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--stdio/);
  });
});

// The built CLI as a shell user runs it: output piped into a reader that stops early (`| head`).
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, sampleText } from '../support/shared';

describe('cli: output piped into a reader that stops early', () => {
  it('bitext fix | head ends quietly, with no stack trace', async () => {
    // 003 forty times, one copy a line: a diff of about 1 MB, far more than a pipe buffer holds
    const path = join(mkdtempSync(join(tmpdir(), 'bitext-pipe-')), 'big.vi.txt');
    writeFileSync(path, Array(40).fill(sampleText('003').text).join('\n\n'));
    const child = spawn(process.execPath, [join(repoRoot, 'bin', 'bitext.js'), 'fix', '--diff', path], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    // read the first chunk, then close the pipe as `head -c 100` does
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    assert.equal(code, 0, `exit ${code}, stderr: ${err}`);
    assert.doesNotMatch(err, /EPIPE|Error|at /);
  });
});

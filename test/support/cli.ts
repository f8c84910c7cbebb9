// Runs a `bitext` command in-process through runCli, with stdout and stderr captured.
import { PassThrough } from 'node:stream';
import { runCli } from '../../server/src/cli/dispatch';

export async function cli(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const code = await runCli({ argv, stdout, stderr, stdin: new PassThrough(), cwd });
  return { code, out, err };
}

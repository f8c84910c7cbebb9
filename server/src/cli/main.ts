// The `bitext` command line: a tiny dispatcher over one module per sub-command.
import { runCli } from './dispatch';

// `bitext fix | head`: a reader that stops early is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

runCli({
  argv: process.argv.slice(2),
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`bitext: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);

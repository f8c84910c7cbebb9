// The `bitext` command line: a tiny dispatcher over one module per sub-command.
import { runCli } from './dispatch';

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

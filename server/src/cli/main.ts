// The `bitext` command line: a tiny dispatcher over one module per sub-command.
import { runCli } from './dispatch';
import { reasonOf } from './safe-output';

// `bitext fix | head`: a reader that stops early is not an error. Any other failure to write the
// output (`> /dev/full`, a full disk) is: one line on stderr, exit 2 (never 1, "findings").
const outputLost = (err: unknown): never => {
  try {
    process.stderr.write(`bitext: cannot write the standard output: ${reasonOf(err)}\n`);
  } catch {
    /* stderr is gone too */
  }
  process.exit(2);
};
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    if (stream === process.stdout) outputLost(err);
    process.exit(2);
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
    if ((err as NodeJS.ErrnoException)?.syscall === 'write') outputLost(err);
    process.stderr.write(`bitext: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);

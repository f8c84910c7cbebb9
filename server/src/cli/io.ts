// What a CLI command gets from the outside: arguments, streams and the working directory.
// Commands return an exit code: 0 clean, 1 findings at error level, 2 could not run.
export interface CliIO {
  argv: string[];
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  cwd: string;
}

export type Command = (invocation: CliIO) => Promise<number>;

export class UsageError extends Error {}

import type { CliIO, Command } from './io';
import { UsageError } from './io';
import { alignCommand } from './align';

const COMMANDS: Record<string, { run: Command; summary: string }> = {
  align: { run: alignCommand, summary: 'align a file with its counterpart (paragraphs or sentences)' },
};

export function usage(): string {
  const lines = ['Usage: bitext <command> [options]', '', 'Commands:'];
  for (const [name, c] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(8)} ${c.summary}`);
  lines.push('', "Run 'bitext <command> --help' for a command's options.");
  return lines.join('\n') + '\n';
}

export async function runCli(io: CliIO): Promise<number> {
  const [name, ...rest] = io.argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage());
    return name ? 0 : 2;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    io.stderr.write(`bitext: unknown command '${name}'\n\n${usage()}`);
    return 2;
  }
  try {
    return await cmd.run({ ...io, argv: rest });
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`bitext ${name}: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

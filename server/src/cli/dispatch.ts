import type { CliIO, Command } from './io';
import { UsageError } from './io';
import { OutputError } from './safe-output';
// Each command's code is loaded only when it runs, so `bitext align` does not pay for the language
// server, the corpus runner or the rules at start-up.
// (`require`, not `import()`: esbuild turns it into a lazy module init inside the one bundle, and it
// resolves TypeScript sources when the tests run them through tsx.)
const lazy =
  <K extends string>(load: () => Record<K, Command>, name: K): Command =>
  async (io) =>
    load()[name](io);

const alignCommand = lazy(() => require('./align') as typeof import('./align'), 'alignCommand');
const corpusCommand = lazy(() => require('./corpus/index') as typeof import('./corpus/index'), 'corpusCommand');
const filterCommand = lazy(() => require('./filter') as typeof import('./filter'), 'filterCommand');
const exportCommand = lazy(() => require('./export') as typeof import('./export'), 'exportCommand');
const importCommand = lazy(() => require('./import') as typeof import('./import'), 'importCommand');
const checkCommand = lazy(() => require('./check') as typeof import('./check'), 'checkCommand');
const fixCommand = lazy(() => require('./fix') as typeof import('./fix'), 'fixCommand');
const rulesCommand = lazy(() => require('./rules') as typeof import('./rules'), 'rulesCommand');
const lspCommand = lazy(() => require('./lsp') as typeof import('./lsp'), 'lspCommand');

const COMMANDS: Record<string, { run: Command; summary: string }> = {
  check: { run: checkCommand, summary: 'check files or folders (pairs found automatically); --format text|json|sarif' },
  fix: { run: fixCommand, summary: 'apply safe fixes: prints a diff, --write to write; --segmentation keep|remove' },
  align: { run: alignCommand, summary: 'align a file with its counterpart (paragraphs or sentences)' },
  rules: { run: rulesCommand, summary: 'list the rules: id, default severity, description' },
  corpus: { run: corpusCommand, summary: 'check a line-aligned corpus: corpus check A B, corpus check --stdin' },
  filter: { run: filterCommand, summary: 'split a line-aligned corpus into clean and rejected pairs' },
  export: { run: exportCommand, summary: 'export a pair as TMX 1.4b: a line-aligned corpus or an aligned document' },
  import: { run: importCommand, summary: 'import a TMX file as a line-aligned pair (IN.tmx --out A,B)' },
  lsp: { run: lspCommand, summary: 'start the language server (--stdio) for any LSP editor' },
};

export function usage(): string {
  const lines = ['Usage: bitext <command> [options]', '', 'Commands:'];
  for (const [name, command] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(8)} ${command.summary}`);
  lines.push('', "Run 'bitext <command> --help' for a command's options.");
  return lines.join('\n') + '\n';
}

export async function runCli(invocation: CliIO): Promise<number> {
  const [name, ...rest] = invocation.argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    invocation.stdout.write(usage());
    return name ? 0 : 2;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    invocation.stderr.write(`bitext: unknown command '${name}'\n\n${usage()}`);
    return 2;
  }
  try {
    return await cmd.run({ ...invocation, argv: rest });
  } catch (error) {
    if (error instanceof UsageError || error instanceof OutputError) {
      invocation.stderr.write(`bitext ${name}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

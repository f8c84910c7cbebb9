import type { CliIO } from './io';
// Placeholder until the aligner lands.
export async function alignCommand(io: CliIO): Promise<number> {
  io.stderr.write('bitext align: not built yet\n');
  return 2;
}

// Locates the project's shared data folder (`../shared` beside the repository, or $BITEXT_SHARED).
// A test that needs it fails with a clear message when it is missing; it never passes silently.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '..', '..');

export function sharedPath(...parts: string[]): string {
  const base = process.env.BITEXT_SHARED ? resolve(process.env.BITEXT_SHARED) : resolve(repoRoot, '..', 'shared');
  const p = join(base, ...parts);
  if (!existsSync(p)) {
    throw new Error(
      `shared data missing: ${p} not found. These tests need the project's shared folder beside the repository ` +
        `(../shared) or its path in BITEXT_SHARED.`,
    );
  }
  return p;
}

export function sampleText(prefix: '000' | '003'): { path: string; text: string } {
  const dir = sharedPath('samples');
  const { readdirSync } = require('node:fs') as typeof import('node:fs');
  const name = readdirSync(dir).find((f: string) => f.startsWith(prefix + '_'));
  if (!name) throw new Error(`shared data missing: no ${prefix}_*.txt in ${dir}`);
  const path = join(dir, name);
  return { path, text: readFileSync(path, 'utf8') };
}

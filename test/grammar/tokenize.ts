// Loads syntaxes/bitext.tmLanguage.json into the engine VS Code itself uses (vscode-textmate over
// vscode-oniguruma's wasm, read from the installed package: nothing is downloaded) and tokenizes lines.
// The two packages are dev dependencies; when they are missing this throws a message saying so.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { repoRoot } from '../support/shared';

export const INSTALL_HINT = 'npm install --save-exact --save-dev vscode-textmate@9.3.2 vscode-oniguruma@2.0.1';

export interface Tok {
  text: string;
  start: number;
  end: number;
  /** Outermost first: always `text.bitext`, then the scopes of the patterns around the token. */
  scopes: string[];
}

/** Tokenizes lines in order (state carried from line to line, as the editor does). */
export type Tokenize = (lines: string[], timeLimitMs?: number) => { tokens: Tok[][]; stoppedEarly: boolean };

function need(name: string): any {
  try {
    return require(name);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw e;
    throw new Error(`${name} is not installed: the grammar test needs vscode-textmate and vscode-oniguruma. Run: ${INSTALL_HINT}`);
  }
}

export async function loadBitextGrammar(): Promise<Tokenize> {
  const tm = need('vscode-textmate');
  const onig = need('vscode-oniguruma');
  const wasm = readFileSync(join(dirname(require.resolve('vscode-oniguruma/package.json')), 'release', 'onig.wasm'));
  await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const grammarPath = join(repoRoot, 'syntaxes', 'bitext.tmLanguage.json');
  const registry = new tm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new onig.OnigScanner(sources),
      createOnigString: (s: string) => new onig.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) =>
      scopeName === 'text.bitext' ? tm.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath) : null,
  });
  const grammar = await registry.loadGrammar('text.bitext');
  if (!grammar) throw new Error(`vscode-textmate could not load ${grammarPath}`);
  return (lines, timeLimitMs = 0) => {
    let state = tm.INITIAL;
    let stoppedEarly = false;
    const tokens = lines.map((line) => {
      const r = grammar.tokenizeLine(line, state, timeLimitMs);
      state = r.ruleStack;
      stoppedEarly ||= r.stoppedEarly;
      return (r.tokens as { startIndex: number; endIndex: number; scopes: string[] }[]).map((t) => ({
        // the engine reports the last token as ending one past the line (it tokenizes line + '\n')
        text: line.slice(t.startIndex, Math.min(t.endIndex, line.length)),
        start: t.startIndex,
        end: Math.min(t.endIndex, line.length),
        scopes: t.scopes,
      }));
    });
    return { tokens, stoppedEarly };
  };
}

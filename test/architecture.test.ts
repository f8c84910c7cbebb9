// The invariants of ARCHITECTURE.md, checked on the source itself: what each layer may import, and
// that every rule is one registered file. Imports are read with TypeScript's own pre-processor, so
// `import`, `import type`, `export … from`, `require()` and `import()` all count.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import * as ts from 'typescript';
import { allRules } from '../server/src/core/rules';
import type { Rule } from '../server/src/core/rules/rule';

const repoRoot = resolve(__dirname, '..');

function sourceFiles(folder: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) found.push(...sourceFiles(path));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) found.push(path);
  }
  return found;
}

/** Repository-relative path with forward slashes. */
function repoPath(path: string): string {
  return relative(repoRoot, path).split(sep).join('/');
}

interface Import {
  file: string;
  /** What the source names: 'node:fs', 'vscode-languageserver/node', '../types'. */
  specifier: string;
  /** For a relative import: the repository path it points at (no extension). */
  target?: string;
}

function importsOf(file: string): Import[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles.map(({ fileName: specifier }) => ({
    file: repoPath(file),
    specifier,
    target: specifier.startsWith('.') ? repoPath(resolve(dirname(file), specifier)) : undefined,
  }));
}

function importsUnder(folder: string): Import[] {
  return sourceFiles(join(repoRoot, folder)).flatMap(importsOf);
}

const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const packageName = (specifier: string): string =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
const isLsp = (specifier: string) => /^vscode-languageserver/.test(packageName(specifier));
const isVscode = (specifier: string) => packageName(specifier) === 'vscode';

function describeImports(imports: Import[]): string {
  return imports.map((entry) => `${entry.file} imports '${entry.specifier}'`).join('\n');
}

describe('architecture invariants', () => {
  it('the scanner sees every kind of import (so the checks below can fail)', () => {
    const sample = ts.preProcessFile(
      "import a from 'node:fs';\nimport type { B } from 'vscode-languageserver';\nexport * from './x';\n" +
        "const c = require('child_process');\nconst d = import('worker_threads');\n",
      true,
      true,
    );
    assert.deepEqual(
      sample.importedFiles.map((entry) => entry.fileName),
      ['node:fs', 'vscode-languageserver', './x', 'child_process', 'worker_threads'],
    );
    assert.ok(importsUnder('server/src/lsp').some((entry) => isLsp(entry.specifier)), 'lsp/ does import LSP');
  });

  it('core imports no Node module, no vscode, no LSP, and of packages only the pure ones it is allowed', () => {
    // pure libraries (no I/O, no platform): the language identifier (issue 15), loaded lazily by lang.ts
    const allowedPackages = new Set(['eld/small', 'eld/ngrams-small', 'eld/dictionary', 'eld/avg-score']);
    const imports = importsUnder('server/src/core').filter((entry) => !allowedPackages.has(entry.specifier));
    assert.ok(imports.length > 100, `read the imports of core (${imports.length})`);
    const forbidden = imports.filter(
      (entry) =>
        nodeBuiltins.has(entry.specifier) ||
        entry.specifier.startsWith('node:') ||
        isVscode(entry.specifier) ||
        isLsp(entry.specifier) ||
        (entry.target === undefined ? true : !entry.target.startsWith('server/src/core/')),
    );
    assert.equal(forbidden.length, 0, describeImports(forbidden));
  });

  it('only lsp/, server.ts and `bitext lsp` know LSP; only the client knows vscode', () => {
    const lspAllowed = (file: string) =>
      file.startsWith('server/src/lsp/') || file === 'server/src/server.ts' || file === 'server/src/cli/lsp.ts';
    const imports = [...importsUnder('server/src'), ...importsUnder('client/src')];
    const misplacedLsp = imports.filter((entry) => isLsp(entry.specifier) && !lspAllowed(entry.file));
    assert.equal(misplacedLsp.length, 0, describeImports(misplacedLsp));
    const misplacedVscode = imports.filter(
      (entry) => (isVscode(entry.specifier) || entry.specifier.startsWith('vscode-languageclient')) && !entry.file.startsWith('client/src/'),
    );
    assert.equal(misplacedVscode.length, 0, describeImports(misplacedVscode));
  });

  it('node/ (the disk adapters) imports neither the CLI nor the LSP layer', () => {
    const wrong = importsUnder('server/src/node').filter(
      (entry) => isLsp(entry.specifier) || /^server\/src\/(cli|lsp)\//.test(entry.target ?? ''),
    );
    assert.equal(wrong.length, 0, describeImports(wrong));
  });

  it('the core does not depend on a front end, and lsp/ and cli/ do not import each other', () => {
    const cliToLsp = importsUnder('server/src/cli').filter(
      (entry) => entry.target?.startsWith('server/src/lsp/') && entry.file !== 'server/src/cli/lsp.ts',
    );
    assert.equal(cliToLsp.length, 0, describeImports(cliToLsp));
    const lspToCli = importsUnder('server/src/lsp').filter((entry) => entry.target?.startsWith('server/src/cli/'));
    assert.equal(lspToCli.length, 0, describeImports(lspToCli));
  });

  it('the client holds no language logic: from the server it takes only the protocol (and the manifest generator the registry)', () => {
    const serverImports = importsUnder('client/src').filter((entry) => entry.target?.startsWith('server/'));
    assert.ok(serverImports.length > 0);
    const wrong = serverImports.filter(
      (entry) =>
        entry.target !== 'server/src/lsp/protocol' &&
        !(entry.file === 'client/src/manifest.ts' && entry.target === 'server/src/core/rules'),
    );
    assert.equal(wrong.length, 0, describeImports(wrong));
  });

  it('the corpus wing is layered: primitives below the rules, the engine above them', () => {
    // The corpus primitives: plain data types, length statistics, hashing, language profiles, sentence
    // counting and the bounded consistency table. Rules use them; they use no rule.
    const primitives = ['types', 'stats', 'hash', 'profile', 'sentences', 'consistency'].map((name) => `server/src/core/corpus/${name}`);
    const primitiveImports = primitives.flatMap((path) => importsOf(join(repoRoot, `${path}.ts`)));
    const upward = primitiveImports.filter((entry) => entry.target?.startsWith('server/src/core/rules/') || (entry.target?.startsWith('server/src/core/corpus/') && !primitives.includes(entry.target)));
    assert.equal(upward.length, 0, describeImports(upward));
    const fromRules = importsUnder('server/src/core/rules').filter((entry) => entry.target?.startsWith('server/src/core/corpus/'));
    assert.ok(fromRules.length > 0);
    const intoEngine = fromRules.filter((entry) => !primitives.includes(entry.target!));
    assert.equal(intoEngine.length, 0, describeImports(intoEngine));
  });

  it('every rule is one file named for its id, registered once; support/ and data/ hold no rule', () => {
    const isRule = (value: unknown): value is Rule =>
      typeof value === 'object' && value !== null &&
      typeof (value as Rule).id === 'string' && typeof (value as Rule).scope === 'string' &&
      typeof (value as Rule).description === 'string' && typeof (value as Rule).defaultSeverity === 'string';
    const rulesFolder = join(repoRoot, 'server/src/core/rules');
    const foundIn = new Map<Rule, string>();
    for (const file of sourceFiles(rulesFolder)) {
      const path = repoPath(file);
      if (/\/(index|rule)\.ts$/.test(path)) continue;
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const exported = Object.values(require(file) as Record<string, unknown>).filter(isRule);
      if (exported.length === 0) continue;
      assert.equal(exported.length, 1, `${path} exports ${exported.length} rules`);
      const [rule] = exported;
      assert.ok(!/\/(support|data)\//.test(path), `${path} is a helper folder but holds the rule ${rule.id}`);
      assert.equal(path.split('/').pop(), `${rule.id}.ts`, `the file of rule ${rule.id}`);
      assert.ok(allRules.includes(rule), `${rule.id} (${path}) is not in the registry`);
      foundIn.set(rule, path);
    }
    const ids = allRules.map((rule) => rule.id);
    assert.equal(new Set(ids).size, ids.length, 'ids are unique');
    const unfiled = allRules.filter((rule) => !foundIn.has(rule)).map((rule) => rule.id);
    assert.deepEqual(unfiled, [], 'every registered rule lives in its own file');
  });

  it('the repository is self-contained: tests read fixtures in it; only the bench reads ../shared', () => {
    const testFiles = sourceFiles(join(repoRoot, 'test'));
    assert.ok(testFiles.length > 20);
    const readsShared = testFiles
      .filter((file) => !file.endsWith('architecture.test.ts'))
      .filter((file) => {
        const text = readFileSync(file, 'utf8');
        return /sharedPath|BITEXT_SHARED|\.\.\/shared\/data|['"`]\.\.\/shared['"`/]/.test(text) ||
          importsOf(file).some((entry) => entry.target === 'bench/shared');
      })
      .map(repoPath);
    assert.deepEqual(readsShared, []);
    for (const cited of ['docs/formats.md', 'docs/rules.md']) assert.ok(statSync(join(repoRoot, cited)).isFile(), cited);
  });
  it('names say what they hold: no one- or two-letter local names outside loop indices and tiny lambdas', () => {
    const short: string[] = [];
    let total = 0;
    const isLoopIndex = (node: ts.VariableDeclaration) => {
      const statement = node.parent?.parent;
      return !!statement && (ts.isForStatement(statement) || ts.isForOfStatement(statement) || ts.isForInStatement(statement));
    };
    // (a, b) => a - b: a parameter of an arrow function whose body is one short expression
    const isTinyLambdaParameter = (node: ts.ParameterDeclaration) =>
      ts.isArrowFunction(node.parent) && !ts.isBlock(node.parent.body) && node.parent.body.getText().length <= 60;
    for (const file of [...sourceFiles(join(repoRoot, 'server', 'src')), ...sourceFiles(join(repoRoot, 'client', 'src'))]) {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if ((ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isBindingElement(node)) && ts.isIdentifier(node.name)) {
          total++;
          const name = node.name.text;
          const exempt =
            name === '_' ||
            (ts.isParameter(node) && isTinyLambdaParameter(node)) ||
            (ts.isVariableDeclaration(node) && isLoopIndex(node) && /^[ijk]$/.test(name));
          if (name.length <= 2 && !exempt) short.push(`${repoPath(file)}:${source.getLineAndCharacterOfPosition(node.name.getStart()).line + 1} ${name}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    assert.ok(total > 1000, `the scan saw ${total} local names: it cannot have missed the source`);
    assert.deepEqual(short, []);
  });
});

// The editor scenarios, run INSIDE desktop VS Code's extension host by @vscode/test-electron
// (launched from vscode-electron.test.ts, which bundles this file). The same scenarios as the
// code-server test, through the VS Code API: diagnostics on 000, hover text, Go to Definition, and a
// quick fix on 003 applied and saved. Every wait is bounded.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

const ws = process.env.BITEXT_E2E_WORKSPACE ?? '';
const file000 = join(ws, process.env.BITEXT_E2E_000 ?? '');
const file003 = join(ws, process.env.BITEXT_E2E_003 ?? '');

function waitForDiagnostics(uri: vscode.Uri, timeoutMs: number): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const now = vscode.languages.getDiagnostics(uri);
    if (now.length) return resolve(now);
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`no diagnostics on ${uri.fsPath} within ${timeoutMs} ms`));
    }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const d = vscode.languages.getDiagnostics(uri);
      if (d.length) {
        clearTimeout(timer);
        sub.dispose();
        resolve(d);
      }
    });
  });
}

function positionOf(doc: vscode.TextDocument, text: string): vscode.Position {
  const i = doc.getText().indexOf(text);
  assert.ok(i >= 0, `${text} not in ${doc.fileName}`);
  return doc.positionAt(i);
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

function definitionTargets(defs: (vscode.Location | vscode.LocationLink)[]): { uri: vscode.Uri; range: vscode.Range }[] {
  return defs.map((d) => ('targetUri' in d ? { uri: d.targetUri, range: d.targetSelectionRange ?? d.targetRange } : d));
}

function scenarios(): void {
  describe('Bitext in desktop VS Code', function () {
    this.timeout(60_000);

    it('publishes diagnostics for 000_*.txt', async () => {
      const doc = await vscode.workspace.openTextDocument(file000);
      await vscode.window.showTextDocument(doc);
      const d = await waitForDiagnostics(doc.uri, 45_000);
      assert.ok(d.length > 0);
    });

    it('hover on a Vietnamese sentence shows its English counterpart', async () => {
      const doc = await vscode.workspace.openTextDocument(file000);
      const pos = positionOf(doc, 'Hai nhà lãnh đạo').translate(0, 4);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
      assert.match(hoverText(hovers ?? []), /They gazed into the workings of a rocket launchpad\./);
    });

    it('Go to Definition lands on the counterpart sentence', async () => {
      const doc = await vscode.workspace.openTextDocument(file000);
      const pos = positionOf(doc, 'Hai nhà lãnh đạo').translate(0, 4);
      const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
        'vscode.executeDefinitionProvider',
        doc.uri,
        pos,
      );
      const targets = definitionTargets(defs ?? []);
      assert.ok(targets.length > 0, 'no definition');
      const target = positionOf(doc, 'They gazed into the workings');
      assert.equal(targets[0].uri.fsPath, doc.uri.fsPath);
      assert.equal(targets[0].range.start.line, target.line);
      assert.equal(targets[0].range.start.character, target.character);
    });

    it('a quick fix on 003_*.txt splits Kim_là and the saved file has exactly that change', async () => {
      const before = readFileSync(file003, 'utf8');
      const doc = await vscode.workspace.openTextDocument(file003);
      await vscode.window.showTextDocument(doc);
      await waitForDiagnostics(doc.uri, 45_000);
      const start = positionOf(doc, 'Kim_là');
      const range = new vscode.Range(start, start.translate(0, 'Kim_là'.length));
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        doc.uri,
        range,
        vscode.CodeActionKind.QuickFix.value,
      );
      const titles = (actions ?? []).map((a) => a.title);
      const fix = (actions ?? []).find((a) => /Kim là|split|tách/i.test(a.title) && !/all|tất cả/i.test(a.title));
      assert.ok(fix?.edit, `no quick fix for Kim_là among ${JSON.stringify(titles)}`);
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.ok(await doc.save());
      const at = before.indexOf('Kim_là');
      const expected = before.slice(0, at) + 'Kim là' + before.slice(at + 'Kim_là'.length);
      assert.equal(readFileSync(file003, 'utf8'), expected);
    });
  });
}

/** Entry point called by VS Code's extension host (--extensionTestsPath). */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 60_000, color: false });
  mocha.suite.emit('pre-require', globalThis, 'suite.ts', mocha);
  scenarios();
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} editor scenario(s) failed`)) : resolve()));
  });
}

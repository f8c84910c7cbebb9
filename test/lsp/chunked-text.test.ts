// The language server's document store: an open document in chunks of lines, edited as the editor
// sends changes, must read exactly as the whole text would (lines, slices, LSP positions, CRLF, lone
// CR, surrogate pairs), whatever the chunk size and the edits; a run of changes reports the one
// range they changed together; the service, fed such texts, never joins a big one to check it.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ChunkedText } from '../../server/src/lsp/chunked-text';
import { applyChanges } from '../../server/src/lsp/documents';
import { wholeText, type DocumentText } from '../../server/src/core/service/document-text';
import { createBitextService } from '../../server/src/core/service';
import { memFs } from '../support/memfs';

/** Every line, span, slice and position of `chunked` against the whole string it should hold. */
function assertSame(chunked: ChunkedText, text: string): void {
  const whole: DocumentText = wholeText(text);
  const lsp = TextDocument.create('file:///x.txt', 'plaintext', 1, text);
  assert.equal(chunked.length, text.length);
  assert.equal(chunked.text(), text);
  assert.equal(chunked.lineCount, whole.lineCount);
  for (let line = 0; line < whole.lineCount; line++) {
    assert.deepEqual(chunked.lineSpan(line), whole.lineSpan(line), `line ${line} of ${JSON.stringify(text)}`);
    assert.equal(chunked.line(line), whole.line(line));
  }
  for (let offset = 0; offset <= text.length; offset++) {
    assert.equal(chunked.lineAt(offset), whole.lineAt(offset), `lineAt ${offset} of ${JSON.stringify(text)}`);
    assert.deepEqual(chunked.positionAt(offset), lsp.positionAt(offset), `positionAt ${offset} of ${JSON.stringify(text)}`);
    assert.equal(chunked.slice(offset, offset + 7), text.slice(offset, offset + 7));
  }
  for (let line = -1; line <= lsp.lineCount + 1; line++) {
    for (const character of [0, 1, 3, 1000]) assert.equal(chunked.offsetAt({ line, character }), lsp.offsetAt({ line, character }), `offsetAt ${line}:${character} of ${JSON.stringify(text)}`);
  }
}

const pieces = fc.constantFrom('a', 'ő', 'word ', '\n', '\r\n', '\r', '😀', 'x\ny', '\n\n', ' ');
const textOf = (parts: string[]) => parts.join('');

describe('ChunkedText (the open document store)', () => {
  it('reads as the whole text, in chunks of any size', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), fc.integer({ min: 1, max: 12 }), (parts, target) => {
        const text = textOf(parts);
        assertSame(ChunkedText.of(text, target), text);
      }),
      { numRuns: 300 },
    );
  });

  it('an edit anywhere gives the text a string edit gives, and leaves the old version as it was', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), fc.array(fc.tuple(fc.nat(), fc.nat(6), fc.array(pieces, { maxLength: 4 })), { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 10 }), (parts, edits, target) => {
        let text = textOf(parts);
        let chunked = ChunkedText.of(text, target);
        for (const [at, removed, inserted] of edits) {
          const start = at % (text.length + 1);
          const end = Math.min(text.length, start + removed);
          const before = chunked;
          const beforeText = text;
          chunked = chunked.edit(start, end, textOf(inserted));
          text = text.slice(0, start) + textOf(inserted) + text.slice(end);
          assert.equal(before.text(), beforeText);
        }
        assertSame(chunked, text);
      }),
      { numRuns: 300 },
    );
  });

  it('a long text is held in many chunks and one keystroke changes only the one it falls in', () => {
    const text = Array.from({ length: 5000 }, (_, line) => `line ${line} of the corpus, nothing more`).join('\n') + '\n';
    const chunked = ChunkedText.of(text);
    assert.ok(chunked.chunkCount > 5, `${chunked.chunkCount} chunks`);
    const at = chunked.offsetAt({ line: 2500, character: 5 });
    const typed = chunked.edit(at, at, 'Z');
    assert.equal(typed.chunkCount, chunked.chunkCount);
    assert.equal(typed.line(2500), 'line Z2500 of the corpus, nothing more');
    assert.equal(typed.lineCount, 5000);
    assert.equal(typed.readyText(), undefined, 'an edit does not join the text');
  });

  it('a run of changes (as VS Code sends for several cursors) reports the range they changed together', () => {
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 1, maxLength: 30 }), fc.array(fc.tuple(fc.nat(), fc.nat(4), fc.array(pieces, { maxLength: 3 })), { minLength: 1, maxLength: 5 }), (parts, edits) => {
        const original = textOf(parts);
        let doc = TextDocument.create('file:///x.txt', 'plaintext', 1, original);
        const changes = edits.map(([at, removed, inserted]) => {
          const text = doc.getText();
          const start = at % (text.length + 1);
          const change = { range: { start: doc.positionAt(start), end: doc.positionAt(Math.min(text.length, start + removed)) }, text: textOf(inserted) };
          doc = TextDocument.update(doc, [change], doc.version + 1);
          return change;
        });
        const { text, range } = applyChanges(ChunkedText.of(original, 4), changes);
        const final = doc.getText();
        assert.equal(text.text(), final);
        assert.ok(range);
        // Outside the range the texts agree: before it, and after it (counted from each end).
        assert.equal(original.slice(0, range.start), final.slice(0, range.start));
        assert.equal(original.slice(range.oldEnd), final.slice(range.newEnd));
        assert.equal(original.length - range.oldEnd, final.length - range.newEnd);
      }),
      { numRuns: 300 },
    );
  });

  it('the service checks a typed-in corpus, and a text over the cap, without joining the whole text', () => {
    const lines = 30_000;
    const vi = Array.from({ length: lines }, (_, line) => `Câu số ${line} ở đây.`).join('\n') + '\n';
    const en = Array.from({ length: lines }, (_, line) => `Sentence number ${line} is here.`).join('\n') + '\n';
    const service = createBitextService({ fs: memFs({ '/c/train.vi': vi, '/c/train.en': en, '/c/big.txt': '' }), limits: { maxLineAlignedChars: 50_000, maxAnalyzedChars: 50_000 } });
    let corpus = ChunkedText.of(vi);
    service.update('/c/train.vi', corpus, 1);
    assert.equal(service.status('/c/train.vi')!.form, 'line-aligned');
    for (let version = 2; version < 6; version++) {
      const at = corpus.lineSpan(20_000 + version).end;
      const next = corpus.edit(at, at, ' 7');
      service.update('/c/train.vi', next, version, { start: at, oldEnd: at, newEnd: at + 2 });
      corpus = next;
      // the edited line is checked (a number the other side lacks), the text stays in chunks
      assert.ok(service.findingsFor('/c/train.vi').some((finding) => finding.rule.includes('number') && corpus.lineAt(finding.span.start) === 20_000 + version), `a number finding on line ${20_000 + version}`);
      assert.equal(corpus.readyText(), undefined);
    }
    // a lone text over the analysis cap: analysed on its start, typing at its end joins nothing
    let lone = ChunkedText.of('Kim_là một người . \n'.repeat(10_000));
    service.update('/c/big.txt', lone, 1);
    assert.ok(service.findingsFor('/c/big.txt').length > 0);
    const end = lone.length - 1;
    const typed = lone.edit(end, end, 'x');
    service.update('/c/big.txt', typed, 2, { start: end, oldEnd: end, newEnd: end + 1 });
    lone = typed;
    assert.ok(service.findingsFor('/c/big.txt').length > 0);
    assert.equal(lone.readyText(), undefined);
  });
});

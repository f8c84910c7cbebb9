import { strict as assert } from 'node:assert';
import { decodeBytes, encodeText, LineIndex, TextDecodeError } from '../../server/src/core/text';

const enc = (s: string) => new TextEncoder().encode(s);

describe('text model', () => {
  it('removes and remembers a BOM, and writes it back', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Xin chào\r\n')]);
    const d = decodeBytes(bytes);
    assert.equal(d.text, 'Xin chào\r\n');
    assert.equal(d.bom, true);
    assert.equal(d.eol, '\r\n');
    assert.deepEqual(Array.from(encodeText(d)), Array.from(bytes));
  });

  it('refuses binary with the byte offset of the NUL', () => {
    assert.throws(() => decodeBytes(new Uint8Array([0x41, 0x42, 0x00, 0x43])), (e: unknown) => e instanceof TextDecodeError && e.reason === 'binary' && e.byteOffset === 2);
  });

  it('refuses invalid UTF-8 and points at the first bad byte', () => {
    const bytes = new Uint8Array([...enc('Nga '), 0xc3, 0x28, ...enc(' ok')]);
    assert.throws(() => decodeBytes(bytes), (e: unknown) => e instanceof TextDecodeError && e.reason === 'invalid-utf8' && e.byteOffset === 4 && /not valid UTF-8/.test(e.message));
  });

  it('keeps decomposed Vietnamese as written (no character lost or changed)', () => {
    const nfd = 'Việt Nam'.normalize('NFD');
    assert.equal(decodeBytes(enc(nfd)).text, nfd);
  });

  it('maps offsets to lines with CRLF, counting UTF-16 units', () => {
    const text = 'a😀b\r\nhai\r\n\r\nba';
    const idx = new LineIndex(text);
    assert.equal(idx.lineCount, 4);
    assert.deepEqual(idx.positionAt(text.indexOf('b')), { line: 0, character: 3 });
    assert.deepEqual(idx.positionAt(text.indexOf('hai')), { line: 1, character: 0 });
    assert.equal(idx.lineEnd(0), 4);
    assert.equal(idx.lineEnd(2), text.indexOf('\r\nba'));
    assert.equal(idx.offsetAt({ line: 3, character: 1 }), text.length - 1);
    assert.equal(idx.offsetAt({ line: 1, character: 99 }), idx.lineEnd(1));
  });

  it('detects mixed line endings', () => {
    assert.equal(decodeBytes(enc('a\r\nb\nc')).eol, 'mixed');
    assert.equal(decodeBytes(enc('abc')).eol, 'none');
  });
});

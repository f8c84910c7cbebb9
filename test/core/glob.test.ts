// Globs (issue 10, item 3): matching is linear in the name's length whatever the glob, and gives the
// same answer and captures as the regular expression the glob stands for (the reference below, which
// backtracks: fine on the small inputs the property generates, exponential on many stars).
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { globToRegExp } from '../../server/src/core/glob';
import { findCounterpart, type FsView } from '../../server/src/core/pairing';

/** The glob as a backtracking regular expression (what main compiled globs to). */
function referenceRegExp(glob: string): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      i++;
      if (glob[i + 1] === '/') {
        i++;
        re += '((?:[^/]*/)*?)';
      } else re += '(.*)';
    } else if (c === '*') re += '([^/]*)';
    else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) re += '\\{';
      else {
        re += '(?:' + glob.slice(i + 1, close).split(',').map(escape).join('|') + ')';
        i = close;
      }
    } else re += escape(c);
  }
  return new RegExp('^' + re + '$');
}

describe('globs', () => {
  it('match as documented: * within a part, ** at any depth, ?, {a,b}, with captures', () => {
    const g = globToRegExp('src/**/*.vi.txt');
    assert.deepEqual(g.exec('src/a.vi.txt'), ['src/a.vi.txt', '', 'a']);
    assert.deepEqual(g.exec('src/x/y/a.vi.txt'), ['src/x/y/a.vi.txt', 'x/y/', 'a']);
    assert.equal(g.exec('src/a.en.txt'), null);
    assert.ok(globToRegExp('*.{vi,en}').test('a.en'));
    assert.ok(!globToRegExp('*.{vi,en}').test('a/b.en'));
    assert.ok(globToRegExp('a?c').test('abc'));
    assert.ok(!globToRegExp('a?c').test('a/c'));
    assert.deepEqual(globToRegExp('**').exec('a/b'), ['a/b', 'a/b']);
    assert.ok(globToRegExp('{x').test('{x'), 'an unclosed brace is literal');
  });

  it('property: the same match and captures as the regular expression, on any small glob and name', () => {
    const globChar = fc.constantFrom('a', 'b', '.', '/', '*', '**', '**/', '?', '{a,b}', '{,.}', '{', '$', '(');
    const nameChar = fc.constantFrom('a', 'b', '.', '/', '{', '$', '(');
    fc.assert(
      fc.property(fc.array(globChar, { maxLength: 8 }), fc.array(nameChar, { maxLength: 12 }), (parts, chars) => {
        const glob = parts.join('');
        const name = chars.join('');
        const want = referenceRegExp(glob).exec(name);
        assert.deepEqual(globToRegExp(glob).exec(name), want ? [...want].map((s) => s ?? '') : null, `${glob} on ${name}`);
      }),
      { numRuns: 3000 },
    );
  });

  it('a pairing rule with many stars pairs a file, and one that does not match is passed over', () => {
    const files = new Set(['/w/src/aaaaaaaaaaaaaa.vi.txt', '/w/ref/x.txt']);
    const fs: FsView = { isFile: (p) => files.has(p), listDir: () => [] };
    const plan = findCounterpart('/w/src/aaaaaaaaaaaaaa.vi.txt', 'Xin chào.', fs, {
      root: '/w',
      pairs: { ['src/' + '*a'.repeat(13) + '*.en.txt']: 'nope/$1', ['src/' + '*a'.repeat(13) + '*.vi.txt']: 'ref/x.txt' },
    });
    assert.equal(plan.form, 'configured');
    assert.equal(plan.counterpart, '/w/ref/x.txt');
  });
});

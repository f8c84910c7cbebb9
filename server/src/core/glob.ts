// Glob patterns for user pairing rules and include lists: `*` (within a path part), `**` (any depth),
// `?`, and `{a,b}`. Each `*`/`**` is a capture group, so a rule can reuse what it matched.
//
// Matching runs in time linear in the name's length whatever the glob (a glob of many stars never
// backtracks): the glob compiles to a small program run as a Thompson NFA simulation that keeps, per
// state, the captures of its highest-priority path (a Pike VM), so the captures are those a
// backtracking regular expression would give: `*` and `**` greedy, `**/` as few folders as possible.

/** A compiled glob: `exec` gives the whole match and the captures (`$1`, `$2`…), or null. */
export interface GlobMatcher {
  exec(name: string): string[] | null;
  test(name: string): boolean;
}

type Op =
  | { op: 'char'; code: number }
  | { op: 'any'; slash: boolean }
  | { op: 'split'; first: number; second: number }
  | { op: 'jmp'; to: number }
  | { op: 'save'; slot: number }
  | { op: 'match' };

const SLASH = 0x2f;

function compile(glob: string): { program: Op[]; groups: number } {
  const program: Op[] = [];
  let groups = 0;
  const emit = (o: Op) => program.push(o) - 1;
  const literal = (text: string) => {
    for (let k = 0; k < text.length; k++) emit({ op: 'char', code: text.charCodeAt(k) });
  };
  // a greedy capture of any run of characters (slashes too when `slash`)
  const star = (slash: boolean) => {
    const group = ++groups;
    emit({ op: 'save', slot: group * 2 });
    const loop = emit({ op: 'split', first: 0, second: 0 });
    emit({ op: 'any', slash });
    emit({ op: 'jmp', to: loop });
    const out = emit({ op: 'save', slot: group * 2 + 1 });
    program[loop] = { op: 'split', first: loop + 1, second: out };
  };
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === '*' && glob[i + 1] === '*') {
      i++;
      if (glob[i + 1] === '/') {
        i++;
        // `**/`: zero or more whole folders, as few as possible
        const group = ++groups;
        emit({ op: 'save', slot: group * 2 });
        const loop = emit({ op: 'split', first: 0, second: 0 });
        const inner = emit({ op: 'split', first: 0, second: 0 });
        emit({ op: 'any', slash: false });
        emit({ op: 'jmp', to: inner });
        const sep = emit({ op: 'char', code: SLASH });
        emit({ op: 'jmp', to: loop });
        const out = emit({ op: 'save', slot: group * 2 + 1 });
        program[loop] = { op: 'split', first: out, second: loop + 1 };
        program[inner] = { op: 'split', first: inner + 1, second: sep };
      } else star(true);
    } else if (char === '*') star(false);
    else if (char === '?') emit({ op: 'any', slash: false });
    else if (char === '{' && glob.indexOf('}', i) > 0) {
      const close = glob.indexOf('}', i);
      const alternatives = glob.slice(i + 1, close).split(',');
      const jumps: number[] = [];
      alternatives.forEach((alt, alternative) => {
        const last = alternative === alternatives.length - 1;
        const split = last ? -1 : emit({ op: 'split', first: 0, second: 0 });
        literal(alt);
        if (!last) {
          jumps.push(emit({ op: 'jmp', to: 0 }));
          program[split] = { op: 'split', first: split + 1, second: program.length };
        }
      });
      for (const j of jumps) program[j] = { op: 'jmp', to: program.length };
      i = close;
    } else literal(char);
  }
  emit({ op: 'match' });
  return { program, groups };
}

/** Compiles a glob; matching is anchored at both ends of the name. */
export function globToRegExp(glob: string): GlobMatcher {
  const { program, groups } = compile(glob);
  const slots = (groups + 1) * 2;
  const seen = new Int32Array(program.length).fill(-1);
  let step = 0; // a new number for each position of each run: `seen[pc] === step` means added already

  // Adds the thread at `pc` (following jumps, splits and saves) to `list`, in priority order.
  const add = (list: { pc: number; caps: Int32Array }[], entry: number, caps: Int32Array, position: number, step: number) => {
    // an explicit stack instead of recursion: a glob of thousands of stars stays within the stack
    const stack: { pc: number; caps: Int32Array }[] = [{ pc: entry, caps }];
    while (stack.length) {
      const thread = stack.pop()!;
      if (seen[thread.pc] === step) continue;
      seen[thread.pc] = step;
      const instruction = program[thread.pc];
      if (instruction.op === 'jmp') stack.push({ pc: instruction.to, caps: thread.caps });
      else if (instruction.op === 'split') {
        stack.push({ pc: instruction.second, caps: thread.caps });
        stack.push({ pc: instruction.first, caps: thread.caps });
      } else if (instruction.op === 'save') {
        const copy = thread.caps.slice();
        copy[instruction.slot] = position;
        stack.push({ pc: thread.pc + 1, caps: copy });
      } else list.push(thread);
    }
  };

  const exec = (name: string): string[] | null => {
    if (step > 0x3fffffff) {
      seen.fill(-1);
      step = 0;
    }
    let current: { pc: number; caps: Int32Array }[] = [];
    add(current, 0, new Int32Array(slots).fill(-1), 0, step++);
    let matched: Int32Array | undefined;
    for (let position = 0; ; position++) {
      const next: { pc: number; caps: Int32Array }[] = [];
      const code = position < name.length ? name.charCodeAt(position) : -1;
      const nextStep = step++;
      for (const thread of current) {
        const instruction = program[thread.pc];
        if (instruction.op === 'match') {
          if (position === name.length) {
            matched = thread.caps;
            break; // lower-priority threads lose
          }
          continue;
        }
        if (code < 0) continue;
        if ((instruction.op === 'char' && instruction.code === code) || (instruction.op === 'any' && (instruction.slash || code !== SLASH))) add(next, thread.pc + 1, thread.caps, position + 1, nextStep);
      }
      if (position >= name.length || next.length === 0) break;
      current = next;
    }
    if (!matched) return null;
    const out: string[] = [name];
    for (let group = 1; group <= groups; group++) {
      const start = matched[group * 2];
      const end = matched[group * 2 + 1];
      out.push(start >= 0 && end >= 0 ? name.slice(start, end) : '');
    }
    return out;
  };
  return { exec, test: (name) => exec(name) !== null };
}

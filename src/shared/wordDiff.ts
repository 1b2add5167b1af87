// Word-level comparison and three-way merge of paragraph versions. Pure and import-free, because the
// browser shows the inline comparison and the server merges amendments with the very same code.

const TOKEN = /[\p{L}\p{N}\p{M}]+|\s+|[\s\S]/gu;
const BLANK = /^\s+$/u;

/**
 * Cuts text into tokens: a run of letters, digits and combining marks is one token, a run of
 * whitespace is one token, and any other character (punctuation, an emoji) stands alone. Characters
 * outside the Basic Multilingual Plane are never cut in half. Joining the tokens gives back the text.
 */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

export type DiffOp = { kind: 'same' | 'insert' | 'delete'; text: string };

/** A changed region: tokens [aStart, aEnd) of the old list give way to tokens [bStart, bEnd) of the new. */
type Hunk = { aStart: number; aEnd: number; bStart: number; bEnd: number };

/**
 * Finds a point on a shortest edit path between A[aLo..aHi) and B[bLo..bHi), both non-empty, by
 * searching from both corners at once (Myers' "middle snake"). Memory is linear in the input. Each
 * array holds, per diagonal k = x - y, the furthest x reached so far from its own corner; the reverse
 * search measures x and y from the far corner. A step that would leave the grid is pulled back onto
 * its edge, which costs at most the same number of edits, so the values stay exact.
 */
function splitPoint(A: Int32Array, aLo: number, aHi: number, B: Int32Array, bLo: number, bHi: number) {
  const n = aHi - aLo;
  const m = bHi - bLo;
  const delta = n - m;
  const off = m + 1;
  const fwd = new Int32Array(n + m + 3).fill(-1);
  const rev = new Int32Array(n + m + 3).fill(-1);
  for (let d = 0; d <= Math.ceil((n + m) / 2); d++) {
    for (const forward of [true, false]) {
      const v = forward ? fwd : rev;
      const other = forward ? rev : fwd;
      let k = Math.max(-d, -m);
      if ((k + d) % 2 !== 0) k++;
      for (; k <= Math.min(d, n); k += 2) {
        let x = 0;
        if (d > 0) {
          const left = v[k - 1 + off] ?? -1;
          x = Math.min(Math.max(v[k + 1 + off] ?? -1, left < 0 ? -1 : left + 1), n, m + k);
        }
        let y = x - k;
        if (forward) {
          while (x < n && y < m && A[aLo + x] === B[bLo + y]) {
            x++;
            y++;
          }
        } else {
          while (x < n && y < m && A[aHi - 1 - x] === B[bHi - 1 - y]) {
            x++;
            y++;
          }
        }
        v[k + off] = x;
        // The other search reached the same diagonal from its side: the two paths meet. The forward
        // point then lies on a shortest path, so both halves can be solved on their own.
        const seen = other[delta - k + off] ?? -1;
        if (seen >= 0 && x + seen >= n) {
          const fx = forward ? x : seen;
          const fy = fx - (forward ? k : delta - k);
          // Both halves must be smaller than the whole; this holds, but a wrong split would never end.
          if ((fx === 0 && fy === 0) || (fx === n && fy === m)) return null;
          return [aLo + fx, bLo + fy] as const;
        }
      }
    }
  }
  return null;
}

/** The changed regions between two token lists, in order; between two regions at least one token is unchanged. */
function changes(a: readonly string[], b: readonly string[]): Hunk[] {
  const ids = new Map<string, number>();
  const idOf = (token: string) => {
    let id = ids.get(token);
    if (id === undefined) {
      id = ids.size;
      ids.set(token, id);
    }
    return id;
  };
  const A = Int32Array.from(a, idOf);
  const B = Int32Array.from(b, idOf);
  const hunks: Hunk[] = [];
  const record = (aStart: number, aEnd: number, bStart: number, bEnd: number) => {
    const last = hunks.at(-1);
    if (last && last.aEnd === aStart && last.bEnd === bStart) {
      last.aEnd = aEnd;
      last.bEnd = bEnd;
    } else {
      hunks.push({ aStart, aEnd, bStart, bEnd });
    }
  };
  const solve = (aLo: number, aHi: number, bLo: number, bHi: number): void => {
    while (aLo < aHi && bLo < bHi && A[aLo] === B[bLo]) {
      aLo++;
      bLo++;
    }
    while (aLo < aHi && bLo < bHi && A[aHi - 1] === B[bHi - 1]) {
      aHi--;
      bHi--;
    }
    if (aLo === aHi && bLo === bHi) return;
    const split = aLo < aHi && bLo < bHi ? splitPoint(A, aLo, aHi, B, bLo, bHi) : null;
    if (!split) {
      record(aLo, aHi, bLo, bHi);
      return;
    }
    solve(aLo, split[0], bLo, split[1]);
    solve(split[0], aHi, split[1], bHi);
  };
  solve(0, A.length, 0, B.length);
  // A pure insertion or deletion can often stand in several places ("digital " after a space, or " digital"
  // before it). Pushing each as far right as it goes, short of touching the next change, puts the same
  // edit at the same place whatever route the search took, which the merge relies on.
  for (const [i, hunk] of hunks.entries()) {
    const limit = (hunks[i + 1]?.aStart ?? A.length + 1) - 1;
    const pure = hunk.aStart === hunk.aEnd ? B : hunk.bStart === hunk.bEnd ? A : null;
    while (pure && hunk.aEnd < limit && pure[pure === A ? hunk.aStart : hunk.bStart] === A[hunk.aEnd]) {
      hunk.aStart++;
      hunk.aEnd++;
      hunk.bStart++;
      hunk.bEnd++;
    }
  }
  // A stretch of pure whitespace between two changes reads better as part of one larger change.
  const folded: Hunk[] = [];
  for (const hunk of hunks) {
    const last = folded.at(-1);
    if (last && a.slice(last.aEnd, hunk.aStart).every((token) => BLANK.test(token))) {
      last.aEnd = hunk.aEnd;
      last.bEnd = hunk.bEnd;
    } else {
      folded.push({ ...hunk });
    }
  }
  return folded;
}

/**
 * Compares two versions of a text word by word. Unchanged text, removed text and added text come in
 * order, with neighbours of one kind joined and no empty pieces; where something is replaced, the
 * removal comes first. The unchanged and removed pieces together spell `before`, the unchanged and
 * added pieces spell `after`.
 */
export function diffWords(before: string, after: string): DiffOp[] {
  const a = tokenize(before);
  const b = tokenize(after);
  const ops: DiffOp[] = [];
  const push = (kind: DiffOp['kind'], tokens: string[]) => {
    if (tokens.length > 0) ops.push({ kind, text: tokens.join('') });
  };
  let pos = 0;
  for (const hunk of changes(a, b)) {
    push('same', a.slice(pos, hunk.aStart));
    push('delete', a.slice(hunk.aStart, hunk.aEnd));
    push('insert', b.slice(hunk.bStart, hunk.bEnd));
    pos = hunk.aEnd;
  }
  push('same', a.slice(pos));
  return ops;
}

/** Replays a comparison on `before` to rebuild the later text; fails loudly when the ops were made for another text. */
export function applyDiff(before: string, ops: readonly DiffOp[]): string {
  let pos = 0;
  let out = '';
  for (const op of ops) {
    if (op.kind === 'insert') {
      out += op.text;
      continue;
    }
    if (!before.startsWith(op.text, pos)) {
      throw new Error(`diff does not fit the text: expected ${JSON.stringify(op.text)} at offset ${pos}`);
    }
    if (op.kind === 'same') out += op.text;
    pos += op.text.length;
  }
  if (pos !== before.length) {
    throw new Error(`diff does not fit the text: it covers ${pos} of ${before.length} characters`);
  }
  return out;
}

export type MergeOutcome =
  | { kind: 'merged'; text: string }
  | { kind: 'collision'; collisions: { base: string; ours: string; theirs: string }[] };

/** One side's change of the base: tokens [start, end) become `text`; start === end is a pure insertion. */
type Edit = { side: 'ours' | 'theirs'; start: number; end: number; text: string };

function editsOf(base: readonly string[], text: string, side: Edit['side']): Edit[] {
  const tokens = tokenize(text);
  return changes(base, tokens).map((hunk) => ({
    side,
    start: hunk.aStart,
    end: hunk.aEnd,
    text: tokens.slice(hunk.bStart, hunk.bEnd).join(''),
  }));
}

/**
 * Whether two edits from different sides get in each other's way. Overlapping replacements do, and so
 * do two insertions at one place. An insertion also collides with a replacement when it stands inside
 * it or right at either of its ends: "more" put before a word the other side replaced could belong to
 * the old word or the new one, and only a person can tell.
 */
function collide(p: Edit, q: Edit): boolean {
  if (p.start === p.end && q.start === q.end) return p.start === q.start;
  if (p.start === p.end) return q.start <= p.start && p.start <= q.end;
  if (q.start === q.end) return p.start <= q.start && q.start <= p.end;
  return p.start < q.end && q.start < p.end;
}

/** The base tokens [start, end) with the given edits (all inside that range, in order) carried out. */
function rewrite(base: readonly string[], start: number, end: number, edits: readonly Edit[]): string {
  let out = '';
  let pos = start;
  for (const edit of edits) {
    out += base.slice(pos, edit.start).join('') + edit.text;
    pos = edit.end;
  }
  return out + base.slice(pos, end).join('');
}

/**
 * Merges two amendments (ours, theirs) of one base text, word by word. Changes to different words are
 * both carried out; a change both sides made alike is made once. Where the changes get in each other's
 * way (see `collide`), nothing is guessed: the result lists every such place with its base text and
 * what each side made of it, and then no merged text is given at all.
 */
export function mergeWords(base: string, ours: string, theirs: string): MergeOutcome {
  const baseTokens = tokenize(base);
  const edits = [...editsOf(baseTokens, ours, 'ours'), ...editsOf(baseTokens, theirs, 'theirs')].sort(
    (p, q) => p.start - q.start || p.end - q.end,
  );
  // Chains of colliding edits form one group. One pass in order suffices: a side's own edits never
  // collide and are kept apart by unchanged tokens, so an edit that misses the open group misses it
  // for good.
  const groups: Edit[][] = [];
  for (const edit of edits) {
    const open = groups.at(-1);
    if (open?.some((member) => member.side !== edit.side && collide(member, edit))) open.push(edit);
    else groups.push([edit]);
  }
  const collisions: { base: string; ours: string; theirs: string }[] = [];
  let text = '';
  let pos = 0;
  for (const group of groups) {
    const start = Math.min(...group.map((edit) => edit.start));
    const end = Math.max(...group.map((edit) => edit.end));
    const mine = rewrite(
      baseTokens,
      start,
      end,
      group.filter((edit) => edit.side === 'ours'),
    );
    const yours = rewrite(
      baseTokens,
      start,
      end,
      group.filter((edit) => edit.side === 'theirs'),
    );
    text += baseTokens.slice(pos, start).join('');
    if (group.every((edit) => edit.side === 'ours') || mine === yours) text += mine;
    else if (group.every((edit) => edit.side === 'theirs')) text += yours;
    else collisions.push({ base: baseTokens.slice(start, end).join(''), ours: mine, theirs: yours });
    pos = end;
  }
  if (collisions.length > 0) return { kind: 'collision', collisions };
  return { kind: 'merged', text: text + baseTokens.slice(pos).join('') };
}

// Pure corrections of an alignment: every function returns a new document and never mutates its
// input, so undo is just "keep the previous value". Each edit keeps the report's invariant: every
// segment of both sides sits in exactly one pair, in document order.
import type { Pair, Segment, Side } from '../../core/types';

/** The part of a report that alignment corrections change: both sides and the pairs. */
export interface AlignedDoc {
  source: Side;
  target: Side;
  pairs: Pair[];
}

export type SideName = 'source' | 'target';

/** One correction, as stored in the review log (plain data, replayable on the same report). */
export type AlignmentEdit =
  /** Join row `row` and row `row + 1` into one pair. */
  | { op: 'merge'; row: number }
  /** Cut segment `segment` at `at` UTF-16 units into its text; the tail starts a new row below. */
  | { op: 'split'; segment: string; at: number }
  /** Take `segment` out of its pair into a row of its own. */
  | { op: 'unlink'; segment: string }
  /** Move `segment` (and the clauses between it and the pair boundary) into the pair above or below. */
  | { op: 'link'; segment: string; direction: 'up' | 'down' }
  /** Replace the text of `segment` (a reviewer's correction of the translation); its place in the file stays. */
  | { op: 'text'; segment: string; text: string };

/** Why an edit cannot apply, in one sentence for the reviewer. */
export class EditError extends Error {}

/** A pair's identity for diffing alignments: its segment ids on both sides. */
export function keyPair(pair: Pair): string {
  return `${pair.source.join(',')}|${pair.target.join(',')}`;
}

/** Applies one correction; throws EditError (one clear sentence) when it does not make sense here. */
export function applyEdit(doc: AlignedDoc, edit: AlignmentEdit): AlignedDoc {
  switch (edit.op) {
    case 'merge':
      return mergeRows(doc, edit.row);
    case 'split':
      return splitSegment(doc, edit.segment, edit.at);
    case 'unlink':
      return unlinkSegment(doc, edit.segment);
    case 'link':
      return linkSegment(doc, edit.segment, edit.direction);
    case 'text':
      return retextSegment(doc, edit.segment, edit.text);
  }
}

/** Joins row `row` with the row below into one pair. */
export function mergeRows(doc: AlignedDoc, row: number): AlignedDoc {
  const a = doc.pairs[row];
  const b = doc.pairs[row + 1];
  if (!a || !b) throw new EditError('There is no row below to merge with.');
  const merged = makePair([...a.source, ...b.source], [...a.target, ...b.target]);
  return { ...doc, pairs: [...doc.pairs.slice(0, row), merged, ...doc.pairs.slice(row + 2)] };
}

/** Cuts a segment in two at `at` code units; both halves stay in the segment's pair (link or unlink the tail to move it). */
export function splitSegment(doc: AlignedDoc, id: string, at: number): AlignedDoc {
  const where = locate(doc, id);
  const seg = doc[where.side].segments[where.index];
  if (!Number.isInteger(at) || at <= 0 || at >= seg.text.length) {
    throw new EditError('Place the cursor inside the clause, not at its start or end, to split it.');
  }
  // Never cut a surrogate pair: the halves would not be valid text.
  const code = seg.text.charCodeAt(at - 1);
  if (code >= 0xd800 && code <= 0xdbff) at += 1;
  if (at >= seg.text.length) throw new EditError('Place the cursor inside the clause to split it.');
  // A corrected clause may be longer than its place in the file: the cut never leaves that place.
  const cut = Math.min(seg.start + at, seg.end);
  const head: Segment = { ...seg, id: `${seg.id}.1`, end: cut, text: seg.text.slice(0, at), clean: seg.text.slice(0, at), number: `${seg.number}a` };
  const tail: Segment = { ...seg, id: `${seg.id}.2`, start: cut, text: seg.text.slice(at), clean: seg.text.slice(at), number: `${seg.number}b`, label: undefined };
  if (doc[where.side].segments.some((s) => s.id === head.id || s.id === tail.id)) {
    throw new EditError('This clause was already split here.');
  }
  const segments = [...doc[where.side].segments];
  segments.splice(where.index, 1, head, tail);
  const pair = doc.pairs[where.row];
  const ids = pair[where.side];
  const pos = ids.indexOf(id);
  // Both halves stay in the pair: a half on its own row would have nothing on the other side and
  // read as an omission; the reviewer moves it with link or unlink when that is what they mean.
  const both = [...ids.slice(0, pos), head.id, tail.id, ...ids.slice(pos + 1)];
  const split = where.side === 'source' ? { ...pair, source: both } : { ...pair, target: both };
  const pairs = [...doc.pairs];
  pairs[where.row] = split;
  return { ...doc, [where.side]: { ...doc[where.side], segments }, pairs };
}

/** Replaces a segment's text (offsets keep pointing at its place in the user's file); its pair is unchanged. */
export function retextSegment(doc: AlignedDoc, id: string, text: string): AlignedDoc {
  const where = locate(doc, id);
  const seg = doc[where.side].segments[where.index];
  const trimmed = text.trim();
  if (trimmed === '') throw new EditError('A clause cannot be left empty: unlink or merge it instead.');
  if (trimmed === seg.text) throw new EditError('The text is unchanged.');
  const segments = [...doc[where.side].segments];
  segments[where.index] = { ...seg, text: trimmed, clean: trimmed.replace(/\s+/g, ' ') };
  return { ...doc, [where.side]: { ...doc[where.side], segments } };
}

/** Takes a segment out of its pair: it gets a row of its own, with an empty cell on the other side. */
export function unlinkSegment(doc: AlignedDoc, id: string): AlignedDoc {
  const where = locate(doc, id);
  const pair = doc.pairs[where.row];
  const other: SideName = where.side === 'source' ? 'target' : 'source';
  const ids = pair[where.side];
  if (ids.length === 1 && pair[other].length === 0) throw new EditError('This clause is already unpaired.');
  const pos = ids.indexOf(id);
  const before = ids.slice(0, pos);
  const after = ids.slice(pos + 1);
  const alone = side(where.side, [id], []);
  let rows: Pair[];
  if (before.length === 0 && after.length === 0) rows = [alone, side(other, pair[other], [])];
  else if (after.length === 0) rows = [side(where.side, before, pair[other]), alone];
  else if (before.length === 0) rows = [alone, side(where.side, after, pair[other])];
  // A clause in the middle of a 1-n pair: the clauses after it cannot stay paired without crossing.
  else rows = [side(where.side, before, pair[other]), alone, side(where.side, after, [])];
  return { ...doc, pairs: [...doc.pairs.slice(0, where.row), ...rows, ...doc.pairs.slice(where.row + 1)] };
}

/** Moves a segment into the pair above (with the clauses before it) or below (with those after it). */
export function linkSegment(doc: AlignedDoc, id: string, direction: 'up' | 'down'): AlignedDoc {
  const where = locate(doc, id);
  const targetRow = direction === 'up' ? where.row - 1 : where.row + 1;
  const dest = doc.pairs[targetRow];
  if (!dest) throw new EditError(direction === 'up' ? 'There is no row above to link to.' : 'There is no row below to link to.');
  const pair = doc.pairs[where.row];
  const ids = pair[where.side];
  const pos = ids.indexOf(id);
  const moving = direction === 'up' ? ids.slice(0, pos + 1) : ids.slice(pos);
  const staying = direction === 'up' ? ids.slice(pos + 1) : ids.slice(0, pos);
  const destIds = direction === 'up' ? [...dest[where.side], ...moving] : [...moving, ...dest[where.side]];
  const newDest = where.side === 'source' ? makePair(destIds, dest.target) : makePair(dest.source, destIds);
  const rest = where.side === 'source' ? makePair(staying, pair.target) : makePair(pair.source, staying);
  const keepRest = rest.source.length + rest.target.length > 0;
  const pairs = [...doc.pairs];
  pairs[targetRow] = newDest;
  if (keepRest) pairs[where.row] = rest;
  else pairs.splice(where.row, 1);
  return { ...doc, pairs };
}

function makePair(source: string[], target: string[], score?: number): Pair {
  // A pair a reviewer made is certain; a clause left alone has no confidence to show.
  return { source, target, score: score ?? (source.length && target.length ? 1 : 0) };
}

function side(name: SideName, ids: string[], others: string[]): Pair {
  return name === 'source' ? makePair(ids, others) : makePair(others, ids);
}

function locate(doc: AlignedDoc, id: string): { side: SideName; index: number; row: number } {
  for (const name of ['source', 'target'] as const) {
    const index = doc[name].segments.findIndex((s) => s.id === id);
    if (index < 0) continue;
    const row = doc.pairs.findIndex((p) => p[name].includes(id));
    if (row < 0) break;
    return { side: name, index, row };
  }
  throw new EditError(`Clause ${id} is not in this alignment.`);
}

// Pure helpers of the checks benchmark: apply one fixture edit to a translation, find the segments
// it touched, and judge a report's flags against it (caught, false alarms).
import type { Flag, FlagType, Report, Segment, Severity } from '../../src/core/types';

/** The kinds of edit in fixtures/edits/edits.json; each names the check expected to catch it. */
export type EditKind = 'entity' | 'number' | 'omission' | 'addition' | 'negation' | 'untranslated' | 'numbering' | 'terminology';

/** One edit of a translation: replace the unique substring `find` by `replace`. */
export interface Edit {
  id: string;
  kind: EditKind;
  find: string;
  replace: string;
  /** The flag a reviewer needs: its type and, when given, the least severity that counts. */
  expect: { type: FlagType; severity?: Severity };
  note?: string;
  /** Which of the fixture's pairs the edit applies to, when it names several (`pairs`). */
  pair?: string;
}

/** An edited text and where the edit sits, as half-open UTF-16 ranges. */
export interface EditedText {
  text: string;
  /** Range of `find` in the unedited text. */
  before: { start: number; end: number };
  /** Range of `replace` in the edited text (empty for a deletion). */
  after: { start: number; end: number };
}

const KINDS: ReadonlySet<string> = new Set(['entity', 'number', 'omission', 'addition', 'negation', 'untranslated', 'numbering', 'terminology']);
const TYPES: ReadonlySet<string> = new Set([...KINDS, 'meaning']);
const SEVERITIES: readonly Severity[] = ['info', 'minor', 'major', 'critical'];

/** Edits from the parsed JSON of an edits fixture ({ edits: [...] } or a bare array); throws RangeError naming a malformed edit. */
export function parseEdits(json: unknown): Edit[] {
  const list = Array.isArray(json) ? json : (json as { edits?: unknown } | null)?.edits;
  if (!Array.isArray(list)) throw new RangeError('edits fixture: expected an array of edits or { edits: [...] }');
  const ids = new Set<string>();
  return list.map((e, i) => {
    const edit = e as Edit;
    const name = `edit ${i} (${String(edit?.id)})`;
    if (typeof edit?.id !== 'string' || edit.id === '' || ids.has(edit.id)) throw new RangeError(`${name}: id must be a unique non-empty string`);
    ids.add(edit.id);
    if (!KINDS.has(edit.kind)) throw new RangeError(`${name}: unknown kind ${String(edit.kind)}`);
    if (typeof edit.find !== 'string' || edit.find === '') throw new RangeError(`${name}: find must be a non-empty string`);
    if (typeof edit.replace !== 'string' || edit.replace === edit.find) throw new RangeError(`${name}: replace must be a string that differs from find`);
    if (!TYPES.has(edit.expect?.type)) throw new RangeError(`${name}: unknown expected flag type ${String(edit.expect?.type)}`);
    if (edit.expect.severity !== undefined && !SEVERITIES.includes(edit.expect.severity)) {
      throw new RangeError(`${name}: unknown severity ${String(edit.expect.severity)}`);
    }
    return edit;
  });
}

/** Applies one edit; throws RangeError when `find` does not occur exactly once in `text`. */
export function applyEdit(text: string, edit: Pick<Edit, 'id' | 'find' | 'replace'>): EditedText {
  const start = text.indexOf(edit.find);
  if (start < 0) throw new RangeError(`edit ${edit.id}: find text not in the document: ${JSON.stringify(edit.find)}`);
  if (text.indexOf(edit.find, start + 1) >= 0) throw new RangeError(`edit ${edit.id}: find text occurs more than once: ${JSON.stringify(edit.find)}`);
  return {
    text: text.slice(0, start) + edit.replace + text.slice(start + edit.find.length),
    before: { start, end: start + edit.find.length },
    after: { start, end: start + edit.replace.length },
  };
}

/**
 * Ids of the segments overlapping [start, end); an empty range (a deletion) touches the segment
 * containing it or, between segments, the nearest one on each side, since that is where the gap shows.
 */
export function touchedSegments(segments: readonly Segment[], start: number, end: number): string[] {
  if (end > start) return segments.filter((s) => s.start < end && s.end > start).map((s) => s.id);
  const inside = segments.filter((s) => s.start <= start && start < s.end);
  if (inside.length > 0) return inside.map((s) => s.id);
  const before = segments.filter((s) => s.end <= start).at(-1);
  const after = segments.find((s) => s.start >= start);
  return [before, after].filter((s): s is Segment => s !== undefined).map((s) => s.id);
}

/** True when severity `s` is at least `min` (info < minor < major < critical). */
export function isAtLeast(s: Severity, min: Severity): boolean {
  return SEVERITIES.indexOf(s) >= SEVERITIES.indexOf(min);
}

/** The segments of a report an edit touched: target ids in the edited report, source ids via the baseline's pairs. */
export interface EditScope {
  source: Set<string>;
  target: Set<string>;
}

/**
 * Where an edit sits in the edited report. The original is unedited, so its segment ids are the
 * same in both reports: the source segments the baseline paired with the edited sentence(s) are in
 * scope too, which is how a dropped sentence (no target segment left) is still located.
 */
export function scopeEdit(baseline: Report, edited: Report, at: EditedText): EditScope {
  const before = new Set(touchedSegments(baseline.target.segments, at.before.start, at.before.end));
  const source = new Set(baseline.pairs.filter((p) => p.target.some((id) => before.has(id))).flatMap((p) => p.source));
  const target = new Set(touchedSegments(edited.target.segments, at.after.start, at.after.end));
  // A sentence inserted next to unpaired segments may be aligned with its neighbours' sources.
  for (const p of edited.pairs) if (p.target.some((id) => target.has(id))) for (const id of p.source) source.add(id);
  return { source, target };
}

/**
 * True when a flag names a segment in the edit's scope, on either side, or cites evidence there
 * (a renumbered item also shows as a skip at the next item, whose evidence is the edited label).
 */
export function flagTouches(flag: Flag, scope: EditScope): boolean {
  const inScope = (side: 'source' | 'target', id: string) => scope[side].has(id);
  return (
    flag.source.some((id) => inScope('source', id)) ||
    flag.target.some((id) => inScope('target', id)) ||
    flag.evidence.some((e) => inScope(e.side, e.segment))
  );
}

/** Keys that identify a flag across two reports whose target segment ids differ: type+message and type+segment texts. */
export function flagKeys(flag: Flag, report: Report): [string, string] {
  const text = (ids: string[], side: 'source' | 'target') => ids.map((id) => report[side].segments.find((s) => s.id === id)?.text ?? id).join('¦');
  return [`${flag.type}|${flag.message}`, `${flag.type}|${text(flag.source, 'source')}|${text(flag.target, 'target')}`];
}

/** How an edited report fares: did the expected flag appear on the edit, and which new flags fell elsewhere. */
export interface EditVerdict {
  caught: boolean;
  /** Flags (of any type, any severity) that touch the edit. */
  onEdit: Flag[];
  /** Flags of severity minor or worse, absent from the baseline, that do not touch the edit. */
  falseAlarms: Flag[];
}

/** Judges one edited report against the unedited baseline report. */
export function judgeEdit(edit: Edit, baseline: Report, edited: Report, at: EditedText): EditVerdict {
  const scope = scopeEdit(baseline, edited, at);
  const known = new Set(baseline.flags.flatMap((f) => flagKeys(f, baseline)));
  const onEdit = edited.flags.filter((f) => flagTouches(f, scope));
  const caught = onEdit.some((f) => f.type === edit.expect.type && (edit.expect.severity === undefined || isAtLeast(f.severity, edit.expect.severity)));
  const falseAlarms = edited.flags.filter(
    (f) => isAtLeast(f.severity, 'minor') && !flagTouches(f, scope) && !flagKeys(f, edited).some((k) => known.has(k)),
  );
  return { caught, onEdit, falseAlarms };
}

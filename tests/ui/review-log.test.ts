import { describe, expect, it } from 'vitest';
import {
  deriveAlignment, deriveConfirmed, deriveDecisions, emptyLog, parseReviewFile, recordAction, redoAction, undoAction,
  type ReviewAction, type ReviewLog,
} from '../../src/ui/model/review-log';
import { parseAlignment, printAlignment } from './notation';

const play = (...steps: Array<ReviewAction | 'undo' | 'redo'>): ReviewLog =>
  steps.reduce<ReviewLog>((log, s) => (s === 'undo' ? undoAction(log) : s === 'redo' ? redoAction(log) : recordAction(log, s)), emptyLog);

const dismiss = (flag: string): ReviewAction => ({ kind: 'decide', flag, status: 'dismissed' });
const merge = (row: number): ReviewAction => ({ kind: 'edit', edit: { op: 'merge', row } });

describe('review log', () => {
  it('merge then undo gives back the original alignment; redo merges again', () => {
    const base = parseAlignment('[甲|A] [乙|B] [丙|C]');
    const merged = play(merge(0));
    expect(printAlignment(deriveAlignment(base, merged.done).doc)).toBe('[甲 乙|A B] [丙|C]');
    const undone = undoAction(merged);
    expect(printAlignment(deriveAlignment(base, undone.done).doc)).toBe('[甲|A] [乙|B] [丙|C]');
    expect(printAlignment(deriveAlignment(base, redoAction(undone).done).doc)).toBe('[甲 乙|A B] [丙|C]');
  });

  it.each([
    ['nothing done', [], 'open'],
    ['dismissed', [dismiss('f')], 'dismissed'],
    ['dismissed then undone', [dismiss('f'), 'undo'], 'open'],
    ['dismissed, undone, redone', [dismiss('f'), 'undo', 'redo'], 'dismissed'],
    ['accepted after dismissal', [dismiss('f'), { kind: 'decide', flag: 'f', status: 'accepted' }], 'accepted'],
  ] as const)('flag status when %s', (_n, steps, status) => {
    const log = play(...(steps as unknown as ReviewAction[]));
    expect(deriveDecisions(log.done).get('f')?.status ?? 'open').toBe(status);
  });

  it('a note survives a later verdict', () => {
    const log = play({ kind: 'note', flag: 'f', note: 'client term' }, dismiss('f'));
    expect(deriveDecisions(log.done).get('f')).toEqual({ status: 'dismissed', note: 'client term', decided: true });
  });

  it('decides many flags in one action, undone in one step', () => {
    const log = play({ kind: 'decide-many', flags: ['a', 'b', 'c'], status: 'dismissed' });
    expect([...deriveDecisions(log.done).values()].map((d) => d.status)).toEqual(['dismissed', 'dismissed', 'dismissed']);
    expect(deriveDecisions(undoAction(log).done).size).toBe(0);
  });

  it('confirms pairs and takes a confirmation back', () => {
    const log = play({ kind: 'confirm', pairs: ['s1|t1', 's2|t2'], confirmed: true }, { kind: 'confirm', pairs: ['s1|t1'], confirmed: false });
    expect([...deriveConfirmed(log.done)]).toEqual(['s2|t2']);
    expect([...deriveConfirmed(undoAction(log).done)]).toEqual(['s1|t1', 's2|t2']);
  });

  it('a new action clears the redo stack', () => {
    const log = play(dismiss('a'), 'undo', dismiss('b'));
    expect(log.undone).toEqual([]);
    expect(redoAction(log)).toBe(log);
  });

  it('undo with nothing done changes nothing', () => {
    expect(undoAction(emptyLog)).toBe(emptyLog);
  });

  it('skips an edit that no longer applies and counts it', () => {
    const base = parseAlignment('[甲|A]');
    expect(deriveAlignment(base, [merge(0)]).skipped).toBe(1);
  });

  it.each([
    ['not JSON', '{', /not JSON/],
    ['another format', '{"format":"x"}', /not a Duizhao review file/],
    ['no document hashes', JSON.stringify({ format: 'duizhao-review', version: 1, log: emptyLog }), /which documents/],
    ['unknown actions', JSON.stringify({ format: 'duizhao-review', version: 1, documents: { source: 'a', target: 'b' }, log: { done: [{ kind: 'x' }], undone: [] } }), /does not know/],
  ])('refuses a review file that is %s with one sentence', (_n, text, message) => {
    expect(parseReviewFile(text)).toMatch(message);
  });

  it('reads back a review file it wrote', () => {
    const file = { format: 'duizhao-review', version: 1, documents: { source: 'a', target: 'b' }, log: play(dismiss('f')), savedAt: 'now' };
    expect(parseReviewFile(JSON.stringify(file))).toEqual(file);
  });
});

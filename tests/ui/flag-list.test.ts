import { describe, expect, it } from 'vitest';
import type { FlagType, Severity } from '../../src/core/types';
import { countFlags, filterFlags, groupFlags, nearestFlag, showAll, stepFlag } from '../../src/ui/model/flag-list';
import type { Decision } from '../../src/ui/model/review-log';
import type { ViewFlag } from '../../src/ui/model/rows';

const f = (key: string, type: FlagType, severity: Severity, row: number): ViewFlag =>
  ({ id: key, key, type, severity, row, source: [], target: [], message: key, evidence: [] });
const flags = [f('a', 'entity', 'critical', 1), f('b', 'number', 'major', 3), f('c', 'entity', 'minor', 5), f('d', 'omission', 'major', 8)];
const decisions = new Map<string, Decision>([['b', { status: 'dismissed', note: '' }]]);

describe('flag list', () => {
  it.each([
    ['everything', showAll, 'abcd'],
    ['entities', { ...showAll, types: new Set(['entity']) }, 'ac'],
    ['major ones', { ...showAll, severities: new Set(['major']) }, 'bd'],
    ['open ones', { ...showAll, status: 'open' as const }, 'acd'],
    ['dismissed ones', { ...showAll, status: 'dismissed' as const }, 'b'],
  ])('filters %s', (_n, filter, keys) => {
    expect(filterFlags(flags, filter, decisions).map((x) => x.key).join('')).toBe(keys);
  });

  it('counts by type, severity and status', () => {
    const c = countFlags(flags, decisions);
    expect(c.byType.get('entity')).toBe(2);
    expect(c.bySeverity.get('major')).toBe(2);
    expect([c.byStatus.get('open'), c.byStatus.get('dismissed'), c.total]).toEqual([3, 1, 4]);
  });

  it.each([
    ['type', [['omission', 'd'], ['entity', 'ac'], ['number', 'b']]],
    ['severity', [['critical', 'a'], ['major', 'bd'], ['minor', 'c']]],
  ] as const)('groups by %s in canonical order', (by, groups) => {
    expect(groupFlags(flags, by).map((g) => [g.name, g.flags.map((x) => x.key).join('')])).toEqual(groups);
  });

  it.each([
    [null, 1, 'a'],
    [null, -1, 'd'],
    ['a', 1, 'b'],
    ['d', 1, 'a'],
    ['a', -1, 'd'],
  ] as const)('from %s, step %d lands on %s', (current, dir, key) => {
    expect(stepFlag(flags, current, dir)?.key).toBe(key);
  });

  it.each([
    [4, 1, 'c'],
    [4, -1, 'b'],
    [9, 1, 'a'],
    [0, -1, 'd'],
  ] as const)('from row %d, the nearest flag in direction %d is %s', (row, dir, key) => {
    expect(nearestFlag(flags, row, dir)?.key).toBe(key);
  });
});

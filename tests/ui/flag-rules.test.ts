import { describe, expect, it } from 'vitest';
import type { Evidence, FlagType, Severity } from '../../src/core/types';
import {
  applyIgnoreRules, checkOf, isAlike, makeIgnoreRule, parseIgnoreRulesFile, ruleMatches, triggerOf, writeIgnoreRulesFile,
} from '../../src/ui/model/flag-rules';
import type { Decision } from '../../src/ui/model/review-log';
import type { ViewFlag } from '../../src/ui/model/rows';

const ev = (side: 'source' | 'target', text: string): Evidence => ({ side, segment: side === 'source' ? 's1' : 't1', start: 0, end: text.length, text });
const flag = (key: string, type: FlagType, severity: Severity, evidence: Evidence[], message = 'm'): ViewFlag => ({
  id: key, key, row: 0, type, severity, source: ['s1'], target: ['t1'], message, evidence,
});

const yantai = flag('a', 'entity', 'critical', [ev('source', '盐田港'), ev('target', 'Yantai Port')]);
const yantaiElsewhere = flag('b', 'entity', 'critical', [ev('target', 'Yantai  port'), ev('source', '盐田港')], 'other words');
const shenzhen = flag('c', 'entity', 'critical', [ev('source', '深圳'), ev('target', 'Shenzen')]);
const omission = flag('d', 'omission', 'major', []);
const addition = flag('e', 'addition', 'major', []);

describe('flags alike', () => {
  it('same trigger: type, severity and evidence texts, whatever the message, order, case or spacing', () => {
    expect(triggerOf(yantai)).toBe(triggerOf(yantaiElsewhere));
    expect(isAlike(yantaiElsewhere, yantai, 'trigger')).toBe(true);
    expect(isAlike(shenzhen, yantai, 'trigger')).toBe(false);
    expect(triggerOf({ ...yantai, severity: 'minor' })).not.toBe(triggerOf(yantai));
  });

  it('same type and same check (omissions and additions come from one check)', () => {
    expect(isAlike(shenzhen, yantai, 'type')).toBe(true);
    expect(isAlike(addition, omission, 'type')).toBe(false);
    expect(isAlike(addition, omission, 'check')).toBe(true);
    expect(checkOf('entity')).toBe('entity');
  });
});

describe('ignore rules', () => {
  const rule = makeIgnoreRule(yantai, 'trigger', new Date('2026-01-01T00:00:00Z'));

  it('a trigger rule matches the same trigger in another document, and nothing else', () => {
    expect(ruleMatches(rule, yantaiElsewhere)).toBe(true);
    expect(ruleMatches(rule, shenzhen)).toBe(false);
    expect(rule.label).toBe('critical entity flags on “盐田港” ↔ “Yantai Port”');
  });

  it('reads as dismissed, unless the reviewer decided that flag here', () => {
    const none = new Map<string, Decision>();
    expect(applyIgnoreRules([yantai, shenzhen], none, [rule]).get('a')).toEqual({ status: 'dismissed', note: '', rule: rule.label });
    expect(applyIgnoreRules([yantai, shenzhen], none, [rule]).has('c')).toBe(false);
    const reopened = new Map<string, Decision>([['a', { status: 'open', note: '', decided: true }]]);
    expect(applyIgnoreRules([yantai], reopened, [rule]).get('a')?.status).toBe('open');
    const noted = new Map<string, Decision>([['a', { status: 'open', note: 'see client' }]]);
    expect(applyIgnoreRules([yantai], noted, [rule]).get('a')).toMatchObject({ status: 'dismissed', note: 'see client' });
  });

  it('round-trips through its file and says in one sentence what is wrong with another file', () => {
    const rules = [rule, makeIgnoreRule(omission, 'check')];
    expect(parseIgnoreRulesFile(writeIgnoreRulesFile(rules))).toEqual(rules);
    expect(parseIgnoreRulesFile('nope')).toMatch(/not JSON/);
    expect(parseIgnoreRulesFile('{"format":"duizhao-review","version":1}')).toMatch(/not a Duizhao ignore-rules file/);
    expect(parseIgnoreRulesFile('{"format":"duizhao-ignore-rules","version":1,"rules":[{"id":"x"}]}')).toMatch(/cannot read/);
  });
});

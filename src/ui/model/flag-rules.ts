// Flags that are "alike" (same type, same check, same trigger) for bulk decisions, and the
// reviewer's lasting ignore rules, kept per user and applied to every later document, like the
// ignore lists of Xbench. Pure: the hook stores the rules, this file decides what they match.
import type { Flag, FlagType } from '../../core/types';
import type { Decision } from './review-log';
import type { ViewFlag } from './rows';

/** What a bulk decision or an ignore rule reaches: one flag type, one check, or one trigger. */
export type RuleScope = 'type' | 'check' | 'trigger';

/** A lasting "not a problem" verdict on every flag it matches, in this and later documents. */
export interface IgnoreRule {
  id: string;
  scope: RuleScope;
  type: FlagType;
  /** The check for scope 'check'; the trigger key (see triggerOf) for scope 'trigger'. */
  key?: string;
  /** What the rule ignores, in words the reviewer recognises (shown in the rules list). */
  label: string;
  created: string;
}

/** The file of ignore rules a reviewer exports and imports (also what IndexedDB keeps). */
export interface IgnoreRulesFile {
  format: 'duizhao-ignore-rules';
  version: 1;
  rules: IgnoreRule[];
}

/** The check that raises a flag type: omissions and additions come from one check, every other type from its own. */
export function checkOf(type: FlagType): string {
  return type === 'omission' || type === 'addition' ? 'omission-addition' : type;
}

const norm = (t: string) => t.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * A flag's trigger, stable across documents and runs: its type, severity and the texts of its
 * evidence on each side (the word pair or cue that raised it); the message when there is no evidence.
 */
export function triggerOf(flag: Pick<Flag, 'type' | 'severity' | 'evidence' | 'message'>): string {
  const side = (s: 'source' | 'target') => [...new Set(flag.evidence.filter((e) => e.side === s).map((e) => norm(e.text)))].sort().join('+');
  const texts = flag.evidence.length ? `${side('source')}|${side('target')}` : `msg:${norm(flag.message)}`;
  return `${flag.type}|${flag.severity}|${texts}`;
}

/** Whether `flag` falls under `scope` of `like`. */
export function isAlike(flag: ViewFlag, like: ViewFlag, scope: RuleScope): boolean {
  if (scope === 'type') return flag.type === like.type;
  if (scope === 'check') return checkOf(flag.type) === checkOf(like.type);
  return triggerOf(flag) === triggerOf(like);
}

/** The evidence texts of a flag, for labels: '“Yantai” ↔ “盐田”'. */
export function describeTrigger(flag: Pick<Flag, 'evidence' | 'message'>): string {
  const quote = (s: 'source' | 'target') => [...new Set(flag.evidence.filter((e) => e.side === s).map((e) => `“${e.text}”`))].join(', ');
  const parts = [quote('source'), quote('target')].filter(Boolean);
  return parts.length ? parts.join(' ↔ ') : `“${flag.message.slice(0, 60)}”`;
}

/** A rule ignoring flags like `flag` under `scope`. */
export function makeIgnoreRule(flag: ViewFlag, scope: RuleScope, now = new Date()): IgnoreRule {
  const base = { id: `r${now.getTime().toString(36)}${Math.random().toString(36).slice(2, 6)}`, scope, type: flag.type, created: now.toISOString() };
  if (scope === 'type') return { ...base, label: `every ${flag.type} flag` };
  if (scope === 'check') return { ...base, key: checkOf(flag.type), label: `every flag of the ${checkOf(flag.type)} check` };
  return { ...base, key: triggerOf(flag), label: `${flag.severity} ${flag.type} flags on ${describeTrigger(flag)}` };
}

/** Whether a rule ignores a flag. */
export function ruleMatches(rule: IgnoreRule, flag: Pick<Flag, 'type' | 'severity' | 'evidence' | 'message'>): boolean {
  if (rule.scope === 'type') return flag.type === rule.type;
  if (rule.scope === 'check') return checkOf(flag.type) === rule.key;
  return triggerOf(flag) === rule.key;
}

/**
 * The reviewer's decisions with the ignore rules applied: a flag a rule matches reads as dismissed
 * (with the rule named) unless the reviewer decided on that flag in this document, which wins.
 */
export function applyIgnoreRules(flags: readonly ViewFlag[], decisions: ReadonlyMap<string, Decision>, rules: readonly IgnoreRule[]): Map<string, Decision> {
  const out = new Map(decisions);
  if (rules.length === 0) return out;
  for (const f of flags) {
    const own = decisions.get(f.key);
    if (own?.decided) continue;
    const rule = rules.find((r) => ruleMatches(r, f));
    if (rule) out.set(f.key, { status: 'dismissed', note: own?.note ?? '', rule: rule.label });
  }
  return out;
}

/** Writes rules as the JSON file a reviewer can keep or pass on. */
export function writeIgnoreRulesFile(rules: readonly IgnoreRule[]): string {
  const file: IgnoreRulesFile = { format: 'duizhao-ignore-rules', version: 1, rules: [...rules] };
  return JSON.stringify(file, null, 2) + '\n';
}

/** Reads an ignore-rules file; one sentence instead of a throw when it is not one. */
export function parseIgnoreRulesFile(text: string): IgnoreRule[] | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return 'This file is not a Duizhao ignore-rules file (it is not JSON).';
  }
  const f = data as Partial<IgnoreRulesFile>;
  if (!f || f.format !== 'duizhao-ignore-rules' || f.version !== 1 || !Array.isArray(f.rules)) {
    return 'This file is not a Duizhao ignore-rules file (format "duizhao-ignore-rules", version 1).';
  }
  const ok = (r: Partial<IgnoreRule>) =>
    !!r && typeof r.id === 'string' && typeof r.type === 'string' && typeof r.label === 'string' && (r.scope === 'type' || ((r.scope === 'check' || r.scope === 'trigger') && typeof r.key === 'string'));
  if (!f.rules.every(ok)) return 'This ignore-rules file holds a rule Duizhao cannot read.';
  return f.rules;
}

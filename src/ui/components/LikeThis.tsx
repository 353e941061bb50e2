// Decisions on every flag like the selected one (same trigger, type or check) in one step, and a
// lasting ignore rule for them.
import { useState } from 'react';
import { checkOf, isAlike, type RuleScope } from '../model/flag-rules';
import type { FlagStatus } from '../model/review-log';
import type { ViewFlag } from '../model/rows';

export interface LikeThisProps {
  flag: ViewFlag;
  all: readonly ViewFlag[];
  onBulk(keys: string[], status: FlagStatus): void;
  onIgnore(flag: ViewFlag, scope: RuleScope): void;
}

export function LikeThis({ flag, all, onBulk, onIgnore }: LikeThisProps) {
  const [scope, setScope] = useState<RuleScope>('trigger');
  const alike = (s: RuleScope) => all.filter((f) => isAlike(f, flag, s));
  const keys = alike(scope).map((f) => f.key);
  // The check differs from the type only where one check raises two types (omission and addition).
  const scopes: Array<[RuleScope, string]> = [
    ['trigger', `same trigger (${alike('trigger').length})`],
    ['type', `all ${flag.type} (${alike('type').length})`],
    ...(checkOf(flag.type) !== flag.type ? ([['check', `check ${checkOf(flag.type)} (${alike('check').length})`]] as Array<[RuleScope, string]>) : []),
  ];
  return (
    <div className="like-this" onClick={(e) => e.stopPropagation()}>
      <select aria-label="Flags like this one" value={scope} onChange={(e) => setScope(e.target.value as RuleScope)} data-like-scope>
        {scopes.map(([s, label]) => (
          <option key={s} value={s}>
            {label}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => onBulk(keys, 'accepted')} data-bulk="accepted" title="Accept every flag like this one in this document (one undo step)">
        Accept all
      </button>
      <button type="button" onClick={() => onBulk(keys, 'dismissed')} data-bulk="dismissed" title="Dismiss every flag like this one in this document (one undo step)">
        Dismiss all
      </button>
      <button type="button" onClick={() => onIgnore(flag, scope)} data-ignore-rule title="Dismiss flags like this one in this and every later document (listed under Ignore rules)">
        Always ignore
      </button>
    </div>
  );
}

// The flags panel: counts and filters by severity, type and status, flags grouped, one selected.
import { useEffect, useRef, useState } from 'react';
import type { Segment } from '../../core/types';
import type { RuleScope } from '../model/flag-rules';
import type { Lines } from '../model/references';
import { countFlags, flagTypes, groupFlags, severities, type FlagFilter, type GroupBy } from '../model/flag-list';
import type { Decision, FlagStatus } from '../model/review-log';
import type { ViewFlag } from '../model/rows';
import { FlagCard } from './FlagCard';

export interface FlagsPanelProps {
  all: ViewFlag[];
  shown: ViewFlag[];
  decisions: ReadonlyMap<string, Decision>;
  filter: FlagFilter;
  groupBy: GroupBy;
  selected: string | null;
  segments: Map<string, Segment>;
  lines: Lines;
  checking: boolean;
  ruleCount: number;
  onFilter(f: FlagFilter): void;
  onGroupBy(g: GroupBy): void;
  onSelect(flag: ViewFlag): void;
  onDecide(flag: ViewFlag, status: FlagStatus): void;
  onNote(flag: ViewFlag, note: string): void;
  onBulk(keys: string[], status: FlagStatus): void;
  onIgnore(flag: ViewFlag, scope: RuleScope): void;
  onRules(): void;
}

function toggle(set: ReadonlySet<string>, v: string): Set<string> {
  const out = new Set(set);
  if (out.has(v)) out.delete(v);
  else out.add(v);
  return out;
}

export function FlagsPanel(p: FlagsPanelProps) {
  const counts = countFlags(p.all, p.decisions);
  const groups = groupFlags(p.shown, p.groupBy);
  const list = useRef<HTMLDivElement>(null);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [anchor, setAnchor] = useState<string | null>(null);
  const order = groups.flatMap((g) => g.flags.map((f) => f.key));
  // Ticks survive a re-check only for flags that still exist.
  const ticked = order.filter((k) => checked.has(k));
  const check = (f: ViewFlag, range: boolean) => {
    const next = new Set(checked);
    const a = anchor ? order.indexOf(anchor) : -1;
    if (range && a >= 0) {
      const b = order.indexOf(f.key);
      for (const k of order.slice(Math.min(a, b), Math.max(a, b) + 1)) next.add(k);
    } else if (next.has(f.key)) next.delete(f.key);
    else next.add(f.key);
    setAnchor(f.key);
    setChecked(next);
  };
  const bulk = (status: FlagStatus) => {
    p.onBulk(ticked, status);
    setChecked(new Set());
  };
  useEffect(() => {
    if (!p.selected) return;
    list.current?.querySelector(`[data-flag="${CSS.escape(p.selected)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [p.selected]);
  return (
    <aside className="flags-panel" aria-label="Flags">
      <div className="panel-head">
        <h2>
          Flags <span className="count">{p.shown.length === counts.total ? counts.total : `${p.shown.length} of ${counts.total}`}</span>
        </h2>
        <button type="button" className="rules-button" onClick={p.onRules} title="Lasting ignore rules, applied to every document" data-testid="rules-button">
          Ignore rules <b>{p.ruleCount}</b>
        </button>
        <label className="group-by" title="Group the flags">
          <select aria-label="Group flags" value={p.groupBy} onChange={(e) => p.onGroupBy(e.target.value as GroupBy)}>
            <option value="severity">By severity</option>
            <option value="type">By type</option>
            <option value="none">In document order</option>
          </select>
        </label>
      </div>
      <div className="filters">
        <div className="chips" role="group" aria-label="Severity">
          {severities.map((s) => (
            <button key={s} type="button" className={`chip sev-${s}${p.filter.severities.has(s) ? ' is-on' : ''}`} disabled={!counts.bySeverity.get(s)} onClick={() => p.onFilter({ ...p.filter, severities: toggle(p.filter.severities, s) })}>
              {s} <b>{counts.bySeverity.get(s) ?? 0}</b>
            </button>
          ))}
        </div>
        <div className="chips" role="group" aria-label="Type">
          {flagTypes.filter((t) => counts.byType.get(t)).map((t) => (
            <button key={t} type="button" className={`chip${p.filter.types.has(t) ? ' is-on' : ''}`} onClick={() => p.onFilter({ ...p.filter, types: toggle(p.filter.types, t) })}>
              {t} <b>{counts.byType.get(t)}</b>
            </button>
          ))}
        </div>
        <div className="chips" role="group" aria-label="Status">
          {(['all', 'open', 'accepted', 'dismissed'] as const).map((s) => (
            <button key={s} type="button" className={`chip status${p.filter.status === s ? ' is-on' : ''}`} onClick={() => p.onFilter({ ...p.filter, status: s })}>
              {s} <b>{s === 'all' ? counts.total : counts.byStatus.get(s) ?? 0}</b>
            </button>
          ))}
        </div>
      </div>
      {ticked.length ? (
        <div className="bulk-bar" role="toolbar" aria-label="Decide the selected flags" data-testid="bulk-bar">
          <span>{ticked.length} selected</span>
          <button type="button" onClick={() => bulk('accepted')}>Accept</button>
          <button type="button" onClick={() => bulk('dismissed')}>Dismiss</button>
          <button type="button" onClick={() => bulk('open')}>Reopen</button>
          <button type="button" onClick={() => setChecked(new Set(order))}>All shown</button>
          <button type="button" onClick={() => setChecked(new Set())}>Clear</button>
        </div>
      ) : null}
      <div className="flag-list" ref={list}>
        {p.checking ? <p className="panel-note">Checking the alignment…</p> : null}
        {!p.checking && counts.total === 0 ? <p className="panel-note">No flags: the checks found no divergence.</p> : null}
        {!p.checking && counts.total > 0 && p.shown.length === 0 ? <p className="panel-note">No flag matches these filters.</p> : null}
        {groups.map((g) => (
          <section key={g.name} className="flag-group">
            {p.groupBy !== 'none' ? (
              <h3>
                {g.name} <span className="count">{g.flags.length}</span>
              </h3>
            ) : null}
            <ul>
              {g.flags.map((f) => (
                <FlagCard
                  key={f.key}
                  flag={f}
                  decision={p.decisions.get(f.key)}
                  selected={f.key === p.selected}
                  segments={p.segments}
                  lines={p.lines}
                  all={p.all}
                  checked={checked.has(f.key)}
                  onCheck={check}
                  onSelect={p.onSelect}
                  onDecide={p.onDecide}
                  onNote={p.onNote}
                  onBulk={p.onBulk}
                  onIgnore={p.onIgnore}
                />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </aside>
  );
}

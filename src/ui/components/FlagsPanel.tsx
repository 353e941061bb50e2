// The flags panel: counts and filters by severity, type and status, flags grouped, one selected.
import { useEffect, useRef } from 'react';
import type { Segment } from '../../core/types';
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
  checking: boolean;
  onFilter(f: FlagFilter): void;
  onGroupBy(g: GroupBy): void;
  onSelect(flag: ViewFlag): void;
  onDecide(flag: ViewFlag, status: FlagStatus): void;
  onNote(flag: ViewFlag, note: string): void;
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
        <label className="group-by">
          Group
          <select value={p.groupBy} onChange={(e) => p.onGroupBy(e.target.value as GroupBy)}>
            <option value="severity">by severity</option>
            <option value="type">by type</option>
            <option value="none">in document order</option>
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
                <FlagCard key={f.key} flag={f} decision={p.decisions.get(f.key)} selected={f.key === p.selected} segments={p.segments} onSelect={p.onSelect} onDecide={p.onDecide} onNote={p.onNote} />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </aside>
  );
}

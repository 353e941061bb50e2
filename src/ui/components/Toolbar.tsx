// The top bar: documents, reading mode, search, undo/redo and the export menu.
import { forwardRef, useState } from 'react';
import type { PairFilter } from '../../export/collect-pair-rows';
import type { ReadingMode } from '../model/rows';

export type ExportKind = 'json' | 'tmx' | 'xliff' | 'tsv' | 'html' | 'review' | 'text' | 'docx';

export interface ToolbarProps {
  canSwap: boolean;
  mode: ReadingMode;
  query: string;
  hits: { current: number; total: number };
  canUndo: boolean;
  canRedo: boolean;
  canExport: boolean;
  /** The translation was read from a Word file: its corrected text can be exported as one. */
  canExportDocx: boolean;
  onOpen(): void;
  onSwap(): void;
  onMode(m: ReadingMode): void;
  onQuery(q: string): void;
  onSearchStep(dir: 1 | -1): void;
  onUndo(): void;
  onRedo(): void;
  /** `filter` says which pairs TMX, XLIFF, TSV and the HTML report keep. */
  onExport(kind: ExportKind, filter: PairFilter): void;
  onImportReview(file: File): void;
}

const modes: Array<[ReadingMode, string, string]> = [
  ['both', 'Side by side', '1'],
  ['original', 'Original', '2'],
  ['translation', 'Translation', '3'],
  ['interleaved', 'Interleaved', '4'],
];

const exports: Array<[ExportKind, string]> = [
  ['html', 'Audit report (HTML)'],
  ['json', 'Report (JSON)'],
  ['tmx', 'Translation memory (TMX)'],
  ['xliff', 'XLIFF 1.2'],
  ['tsv', 'Spreadsheet (TSV)'],
  ['review', 'Review file (JSON)'],
  ['text', 'Corrected translation (text)'],
  ['docx', 'Corrected translation (Word)'],
];

export const Toolbar = forwardRef<HTMLInputElement, ToolbarProps>(function Toolbar(p, searchRef) {
  const [menu, setMenu] = useState(false);
  const [filter, setFilter] = useState<PairFilter>({});
  return (
    <header className="toolbar">
      <div className="brand" title="Duizhao: bilingual alignment review">
        <span className="brand-zh" lang="zh-CN">对照</span> Duizhao
      </div>
      <button type="button" onClick={p.onOpen} title="Open or paste two documents">
        Open…
      </button>
      <button type="button" onClick={p.onSwap} disabled={!p.canSwap} title="Swap original and translation">
        ⇄ Swap
      </button>
      <div className="segmented" role="group" aria-label="Reading mode">
        {modes.map(([m, label, key]) => (
          <button key={m} type="button" className={p.mode === m ? 'is-on' : ''} onClick={() => p.onMode(m)} title={`${label} (${key})`} data-mode={m}>
            {label}
          </button>
        ))}
      </div>
      <div className="search">
        <input
          ref={searchRef}
          type="search"
          placeholder="Search  ( / )"
          aria-label="Search"
          value={p.query}
          onChange={(e) => p.onQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') p.onSearchStep(e.shiftKey ? -1 : 1);
            if (e.key === 'Escape') (e.target as HTMLInputElement).blur();
          }}
        />
        {p.query.trim() ? <span className="hits">{p.hits.total ? `${p.hits.current + 1}/${p.hits.total}` : 'no match'}</span> : null}
      </div>
      <span className="spacer" />
      <button type="button" onClick={p.onUndo} disabled={!p.canUndo} title="Undo (Ctrl+Z)" aria-label="Undo">
        ↶ Undo
      </button>
      <button type="button" onClick={p.onRedo} disabled={!p.canRedo} title="Redo (Ctrl+Shift+Z)" aria-label="Redo">
        ↷ Redo
      </button>
      <div className="menu-wrap">
        <button type="button" className="primary" disabled={!p.canExport} onClick={() => setMenu(!menu)} aria-expanded={menu}>
          Export ▾
        </button>
        {menu ? (
          <ul className="menu" role="menu" onMouseLeave={() => setMenu(false)}>
            <li className="menu-filters" role="group" aria-label="Pairs to export">
              <label>
                <input type="checkbox" data-filter="confirmed" checked={!!filter.confirmedOnly} onChange={(e) => setFilter({ ...filter, confirmedOnly: e.target.checked })} />
                Confirmed pairs only
              </label>
              <label>
                <input type="checkbox" data-filter="major" checked={!!filter.withoutMajorFlags} onChange={(e) => setFilter({ ...filter, withoutMajorFlags: e.target.checked })} />
                No pairs with a major or critical flag not dismissed
              </label>
              <label>
                Confidence at least
                <input
                  type="number"
                  min={0}
                  max={1}
                  step={0.05}
                  data-filter="confidence"
                  value={filter.minConfidence ?? ''}
                  placeholder="any"
                  onChange={(e) => setFilter({ ...filter, minConfidence: e.target.value === '' ? undefined : Math.max(0, Math.min(1, Number(e.target.value))) })}
                />
              </label>
              <span className="muted">Applies to TMX, XLIFF, TSV and the HTML report.</span>
            </li>
            <li className="sep" />
            {exports.filter(([k]) => k !== 'docx' || p.canExportDocx).map(([k, label]) => (
              <li key={k}>
                <button type="button" role="menuitem" data-export={k} onClick={() => (setMenu(false), p.onExport(k, filter))}>
                  {label}
                </button>
              </li>
            ))}
            <li className="sep" />
            <li>
              <label className="menu-file" role="menuitem">
                Import review file…
                <input type="file" accept=".json,application/json" hidden data-import="review" onChange={(e) => (setMenu(false), e.target.files?.[0] && p.onImportReview(e.target.files[0]))} />
              </label>
            </li>
          </ul>
        ) : null}
      </div>
    </header>
  );
});

// The reviewer's lasting ignore rules: listed, removed one by one, exported and imported as a file
// (like an Xbench ignore list) to carry them to another browser or colleague.
import { useState } from 'react';
import type { IgnoreRule } from '../model/flag-rules';

export interface IgnoreRulesDialogProps {
  rules: readonly IgnoreRule[];
  onRemove(id: string): void;
  onExport(): void;
  /** Returns a problem sentence or the number of rules added. */
  onImport(text: string): string | number;
  onClose(): void;
}

export function IgnoreRulesDialog({ rules, onRemove, onExport, onImport, onClose }: IgnoreRulesDialogProps) {
  const [message, setMessage] = useState<string | null>(null);
  const importFile = async (file: File) => {
    const out = onImport(await file.text());
    setMessage(typeof out === 'string' ? `${file.name}: ${out}` : `${out} rule(s) added from ${file.name}.`);
  };
  return (
    <div className="dialog-backdrop" onClick={onClose} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="dialog rules-dialog" role="dialog" aria-label="Ignore rules" onClick={(e) => e.stopPropagation()}>
        <h2>Ignore rules</h2>
        <p className="muted">Flags a rule matches read as dismissed in every document you open in this browser. A decision you make on a flag wins over the rules.</p>
        {rules.length === 0 ? (
          <p className="panel-note">No rules yet: select a flag and choose “Always ignore”.</p>
        ) : (
          <ul className="rules-list" data-testid="rules-list">
            {rules.map((r) => (
              <li key={r.id}>
                <span className="rule-label">{r.label}</span>
                <span className="muted rule-date">{r.created.slice(0, 10)}</span>
                <button type="button" onClick={() => onRemove(r.id)} aria-label={`Remove rule: ${r.label}`}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        {message ? <p className="report-problem" role="status">{message}</p> : null}
        <div className="dialog-actions">
          <button type="button" onClick={onExport} disabled={rules.length === 0} data-export-rules>
            Export rules…
          </button>
          <label className="button">
            Import rules…
            <input type="file" accept=".json,application/json" hidden data-import="rules" onChange={(e) => e.target.files?.[0] && void importFile(e.target.files[0])} />
          </label>
          <span className="spacer" />
          <button type="button" className="primary" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}

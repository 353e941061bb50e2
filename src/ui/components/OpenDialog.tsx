// Choosing the two documents: drop or pick a file, or paste text, for each side; swap the sides;
// add a glossary; or open a report made earlier instead.
import { useState } from 'react';
import { decodeBytes, describeUnusableInput } from '../../core/input/decode';
import type { DocumentInput } from '../../core/pipeline';
import type { Lang } from '../../core/types';
import { readBytes } from '../download';
import { isReport, type GlossaryFile, type OpenDocs, type Opened } from '../model/opened';
import { parseReportFile } from '../model/report-file';
import { GlossaryInput } from './GlossaryInput';

type Slot = { name: string; text: string; problem: string | null; encoding?: string; lang?: Lang };

// A large file stays out of the text box: a 500 kB controlled textarea would stall the page.
const PREVIEW_LIMIT = 50_000;

const MAX_BYTES = 20 * 1024 * 1024;

/** Reads a picked or dropped file into text, or a one-sentence problem. */
async function readDocument(file: File): Promise<Slot> {
  if (file.size > MAX_BYTES) return { name: file.name, text: '', problem: `${file.name} is larger than 20 MB.` };
  try {
    const bytes = await readBytes(file);
    const problem = describeUnusableInput(bytes);
    if (problem) return { name: file.name, text: '', problem: `${file.name}: ${problem}` };
    const decoded = decodeBytes(bytes);
    return { name: file.name, text: decoded.text, problem: null, encoding: decoded.encoding };
  } catch {
    return { name: file.name, text: '', problem: `${file.name} could not be read.` };
  }
}

// A 10,000-pair report is a few megabytes; anything near the document limit is not a report.
const MAX_REPORT_BYTES = 100 * 1024 * 1024;

/** Reads and validates a report file; a one-sentence problem otherwise. */
async function readReport(file: File): Promise<Opened | string> {
  if (file.size > MAX_REPORT_BYTES) return `${file.name} is larger than 100 MB.`;
  let text: string;
  try {
    text = await file.text();
  } catch {
    return `${file.name} could not be read.`;
  }
  const report = parseReportFile(text);
  return typeof report === 'string' ? `${file.name}: ${report}` : { report, name: file.name };
}

function SideInput({ role, slot, onChange }: { role: 'source' | 'target'; slot: Slot; onChange(s: Slot): void }) {
  const [over, setOver] = useState(false);
  const title = role === 'source' ? 'Original' : 'Translation';
  const take = async (file: File | undefined) => file && onChange({ ...(await readDocument(file)), lang: slot.lang });
  return (
    <div
      className={`drop-zone${over ? ' is-over' : ''}`}
      onDragOver={(e) => (e.preventDefault(), setOver(true))}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => (e.preventDefault(), setOver(false), void take(e.dataTransfer.files[0]))}
    >
      <div className="drop-head">
        <h3>{title}</h3>
        <select
          className="lang-select"
          aria-label={`${title} language`}
          data-lang={role}
          value={slot.lang ?? ''}
          onChange={(e) => onChange({ ...slot, lang: (e.target.value || undefined) as Lang | undefined })}
          title="Detected from the text (markup and links not counted); set it when detection is wrong"
        >
          <option value="">Language: detect</option>
          <option value="zh">Chinese</option>
          <option value="en">English</option>
        </select>
        <label className="button">
          Choose file…
          <input type="file" accept=".txt,.md,.markdown,text/plain,text/markdown" data-side={role} hidden onChange={(e) => void take(e.target.files?.[0])} />
        </label>
      </div>
      {slot.encoding && slot.text.length > PREVIEW_LIMIT ? (
        <div className="file-card">
          <b>{slot.name}</b>
          <span className="muted">
            {slot.text.length.toLocaleString()} characters · {slot.encoding}
          </span>
          <button type="button" onClick={() => onChange({ name: '', text: '', problem: null, lang: slot.lang })}>
            Clear
          </button>
        </div>
      ) : (
        <textarea
          aria-label={`${title} text`}
          data-side={role}
          placeholder={`Drop a file here, choose one, or paste the ${title.toLowerCase()}…`}
          value={slot.text}
          onChange={(e) => onChange({ name: slot.name || `${title.toLowerCase()}.txt`, text: e.target.value, problem: null, lang: slot.lang })}
        />
      )}
      <div className="drop-foot">{slot.problem ? <span className="problem">{slot.problem}</span> : <span className="muted">{slot.name ? `${slot.name} · ${slot.text.length.toLocaleString()} characters${slot.encoding ? ` · ${slot.encoding}` : ''}` : ' '}</span>}</div>
    </div>
  );
}

export function OpenDialog({ initial, sample, onOpen, onClose }: { initial: Opened | null; sample: OpenDocs; onOpen(o: Opened): void; onClose(): void }) {
  const toSlot = (d?: DocumentInput): Slot => ({ name: d?.name ?? '', text: d?.text ?? '', problem: null, lang: d?.lang });
  const toInput = (s: Slot, fallback: string): DocumentInput => ({ name: s.name || fallback, text: s.text, ...(s.lang ? { lang: s.lang } : {}) });
  const docs = initial && !isReport(initial) ? initial : null;
  const [source, setSource] = useState<Slot>(toSlot(docs?.source));
  const [target, setTarget] = useState<Slot>(toSlot(docs?.target));
  const [glossary, setGlossary] = useState<GlossaryFile | null>(initial?.glossary ?? null);
  const [reportProblem, setReportProblem] = useState<string | null>(null);
  const ready = !source.problem && !target.problem && source.text.trim() !== '' && target.text.trim() !== '';
  const withGlossary = <T extends Opened>(o: T): T => (glossary ? { ...o, glossary } : o);
  const openReport = async (file: File | undefined) => {
    if (!file) return;
    const read = await readReport(file);
    if (typeof read === 'string') setReportProblem(read);
    else onOpen(withGlossary(read));
  };
  return (
    <div className="dialog-backdrop" role="dialog" aria-modal="true" aria-label="Open documents" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="dialog">
        <h2>Open documents</h2>
        <p className="muted">An original and its translation, Chinese and English in either order. Plain text or Markdown, UTF-8, UTF-16 or GB18030.</p>
        <div className="dialog-sides">
          <SideInput role="source" slot={source} onChange={setSource} />
          <SideInput role="target" slot={target} onChange={setTarget} />
        </div>
        <GlossaryInput glossary={glossary} onChange={setGlossary} />
        {reportProblem ? (
          <p className="problem report-problem" role="alert" data-testid="report-problem">
            {reportProblem}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" onClick={() => (setSource(target), setTarget(source))}>
            ⇄ Swap sides
          </button>
          <button type="button" onClick={() => (setSource(toSlot(sample.source)), setTarget(toSlot(sample.target)))}>
            Sample documents
          </button>
          <label className="button" title="A duizhao-report JSON file (as the CLI's --format json or the viewer's export writes it), shown without comparing again">
            Open report…
            <input type="file" accept=".json,application/json" data-open="report" hidden onChange={(e) => (void openReport(e.target.files?.[0]), (e.target.value = ''))} />
          </label>
          <span className="spacer" />
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="primary"
            disabled={!ready}
            onClick={() => onOpen(withGlossary({ source: toInput(source, 'original.txt'), target: toInput(target, 'translation.txt') }))}
          >
            Compare
          </button>
        </div>
      </div>
    </div>
  );
}

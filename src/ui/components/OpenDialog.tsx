// Choosing the two documents: drop or pick a file, or paste text, for each side; swap the sides;
// add a glossary; or open a report made earlier instead.
import { useState } from 'react';
import { MAX_INPUT_BYTES } from '../../core/input/limits';
import type { ExtractedDocument, ExtractResult } from '../../core/input/extracted';
import type { DocumentInput } from '../../core/pipeline';
import type { Report } from '../../core/types';
import type { Lang } from '../../core/types';
import { readBytes } from '../download';
import { isReport, type GlossaryFile, type OpenDocs, type Opened } from '../model/opened';
import { parseReportFile } from '../model/report-file';
import { GlossaryInput } from './GlossaryInput';

// `doc`: what the input layer read from a picked file (its format and structure), until the text is edited.
/** One side of the dialog; `reading` while a picked file goes through the input layer (Compare waits for it). */
type Slot = { name: string; text: string; problem: string | null; encoding?: string; doc?: ExtractedDocument; lang?: Lang; reading?: boolean };

/** The input layer, run in the pipeline worker: a file's bytes to its text or aligned units. */
export type ReadFile = (bytes: Uint8Array, name: string) => Promise<ExtractResult>;

// Every format the input layer reads: documents, and bilingual files opened as a checked report.
const ACCEPT = '.txt,.md,.markdown,.html,.htm,.docx,.pdf,.tmx,.xlf,.xliff,.csv,.tsv,text/plain,text/markdown,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const PLAIN = new Set(['text', 'markdown']);

// A large file stays out of the text box: a 500 kB controlled textarea would stall the page.
const PREVIEW_LIMIT = 50_000;


/** Reads a picked or dropped file through the input layer into text (or a bilingual file's units), or a one-sentence problem. */
async function readDocument(file: File, readFile: ReadFile): Promise<Slot> {
  // Checked before reading, so a huge file is never copied to the worker only to be refused there.
  if (file.size > MAX_INPUT_BYTES) return { name: file.name, text: '', problem: `${file.name} is larger than ${MAX_INPUT_BYTES / 1048576} MB.` };
  try {
    const bytes = await readBytes(file);
    const result = await readFile(bytes, file.name);
    if (!result.ok) return { name: file.name, text: '', problem: result.problem };
    // A Word file is kept as it is: the corrected translation is written back into it.
    const doc = result.doc.format === 'docx' ? { ...result.doc, original: bytes } : result.doc;
    return { name: file.name, text: doc.text, problem: null, encoding: PLAIN.has(doc.format) ? doc.encoding : doc.format, doc };
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

function SideInput({ role, slot, onChange, readFile, onBitext }: { role: 'source' | 'target'; slot: Slot; onChange(s: Slot): void; readFile: ReadFile; onBitext(doc: ExtractedDocument): void }) {
  const [over, setOver] = useState(false);
  const title = role === 'source' ? 'Original' : 'Translation';
  const take = async (file: File | undefined) => {
    if (!file) return;
    // The side shows the file being read and Compare waits: a Compare clicked meanwhile must not check the
    // text the side held before (the file the reader chose would be silently left out).
    onChange({ name: file.name, text: '', problem: null, lang: slot.lang, reading: true });
    const read = await readDocument(file, readFile);
    // A TMX, XLIFF or table of pairs is both sides at once: it opens as a checked report.
    if (read.doc && (read.doc.units || read.doc.plainTsv)) (onChange(slot), onBitext(read.doc));
    else onChange({ ...read, lang: slot.lang });
  };
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
          <input type="file" accept={ACCEPT} data-side={role} hidden onChange={(e) => void take(e.target.files?.[0])} />
        </label>
      </div>
      {slot.encoding && (slot.text.length > PREVIEW_LIMIT || (slot.doc && !PLAIN.has(slot.doc.format))) ? (
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
      <div className="drop-foot">
        {slot.problem ? (
          <span className="problem">{slot.problem}</span>
        ) : slot.reading ? (
          <span className="muted">Reading {slot.name}…</span>
        ) : (
          <span className="muted">{slot.name ? `${slot.name} · ${slot.text.length.toLocaleString()} characters${slot.encoding ? ` · ${slot.encoding}` : ''}` : ' '}</span>
        )}
      </div>
    </div>
  );
}

export function OpenDialog({
  initial,
  sample,
  onOpen,
  onClose,
  readFile,
  openBitext,
}: {
  initial: Opened | null;
  sample: OpenDocs;
  onOpen(o: Opened): void;
  onClose(): void;
  readFile: ReadFile;
  openBitext(doc: ExtractedDocument): Promise<Report>;
}) {
  // A document read from a file earlier keeps what the input layer found (its format) when the dialog reopens.
  const toSlot = (d?: DocumentInput): Slot => {
    const doc = d && 'format' in d ? (d as ExtractedDocument) : undefined;
    return { name: d?.name ?? '', text: d?.text ?? '', problem: null, doc, encoding: doc && !PLAIN.has(doc.format) ? doc.format : doc?.encoding, lang: d?.lang };
  };
  // A language the reader set travels with the document, whether it was read from a file or typed.
  const toInput = (s: Slot, fallback: string): DocumentInput => ({ ...(s.doc ?? { name: s.name || fallback, text: s.text }), ...(s.lang ? { lang: s.lang } : {}) });
  const docs = initial && !isReport(initial) ? initial : null;
  const [source, setSource] = useState<Slot>(toSlot(docs?.source));
  const [target, setTarget] = useState<Slot>(toSlot(docs?.target));
  const [glossary, setGlossary] = useState<GlossaryFile | null>(initial?.glossary ?? null);
  const [reportProblem, setReportProblem] = useState<string | null>(null);
  const ready = !source.problem && !target.problem && !source.reading && !target.reading && source.text.trim() !== '' && target.text.trim() !== '';
  const withGlossary = <T extends Opened>(o: T): T => (glossary ? { ...o, glossary } : o);
  const checkBitext = async (doc: ExtractedDocument) => {
    try {
      onOpen(withGlossary({ report: await openBitext(doc), name: doc.name }));
    } catch (e) {
      setReportProblem(e instanceof Error ? e.message : `${doc.name} could not be checked.`);
    }
  };
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
        <p className="muted">An original and its translation, Chinese and English in either order. Text, Markdown, HTML, Word (.docx) or PDF; a TMX, XLIFF or CSV/TSV of aligned pairs opens as it is.</p>
        <div className="dialog-sides">
          <SideInput role="source" slot={source} onChange={setSource} readFile={readFile} onBitext={checkBitext} />
          <SideInput role="target" slot={target} onChange={setTarget} readFile={readFile} onBitext={checkBitext} />
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

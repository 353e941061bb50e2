// The optional project glossary in the Open dialog: a CSV of Chinese,English terms, its term count,
// and each line that could not be used as one sentence.
import { useMemo, useState } from 'react';
import { decodeBytes, describeUnusableInput } from '../../core/input/decode';
import { parseGlossary } from '../../core/lexicon/glossary';
import { readBytes } from '../download';
import type { GlossaryFile } from '../model/opened';

// A glossary is a term list: anything this large is probably the wrong file.
const MAX_GLOSSARY_BYTES = 5 * 1024 * 1024;

/** Reads a picked glossary file into text, or a one-sentence problem. */
async function readGlossary(file: File): Promise<GlossaryFile | string> {
  if (file.size > MAX_GLOSSARY_BYTES) return `${file.name} is larger than 5 MB; a glossary is a list of terms.`;
  try {
    const bytes = await readBytes(file);
    const problem = describeUnusableInput(bytes);
    return problem ? `${file.name}: ${problem}` : { name: file.name, text: decodeBytes(bytes).text };
  } catch {
    return `${file.name} could not be read.`;
  }
}

/** Problem sentences for a glossary's text: one per rejected line, or one when nothing is usable. */
export function describeGlossary(g: GlossaryFile): { terms: number; problems: string[] } {
  const { entries, problems } = parseGlossary(g.text);
  const lines = problems.map((p) => `Line ${p.line}: ${p.message}`);
  if (entries.length === 0 && lines.length === 0) lines.push(`${g.name} holds no terms (expected lines such as 盐田港,Yantian Port).`);
  return { terms: entries.length, problems: lines };
}

export function GlossaryInput({ glossary, onChange }: { glossary: GlossaryFile | null; onChange(g: GlossaryFile | null): void }) {
  const [readProblem, setReadProblem] = useState<string | null>(null);
  const described = useMemo(() => (glossary ? describeGlossary(glossary) : null), [glossary]);
  const take = async (file: File | undefined) => {
    if (!file) return;
    const read = await readGlossary(file);
    setReadProblem(typeof read === 'string' ? read : null);
    onChange(typeof read === 'string' ? null : read);
  };
  return (
    <div className="glossary-input" data-testid="glossary">
      <div className="glossary-head">
        <label className="button">
          Glossary (CSV: Chinese,English)…
          <input type="file" accept=".csv,.tsv,.txt,text/csv,text/plain" data-open="glossary" hidden onChange={(e) => (void take(e.target.files?.[0]), (e.target.value = ''))} />
        </label>
        {glossary && described ? (
          <>
            <span className="muted" data-testid="glossary-summary">
              {glossary.name} · {described.terms.toLocaleString()} {described.terms === 1 ? 'term' : 'terms'}
            </span>
            <button type="button" onClick={() => onChange(null)}>
              Remove
            </button>
          </>
        ) : (
          <span className="muted">Optional: required renderings the terminology and name checks hold the translation to.</span>
        )}
      </div>
      {readProblem || described?.problems.length ? (
        <ul className="glossary-problems" data-testid="glossary-problems">
          {readProblem ? <li className="problem">{readProblem}</li> : null}
          {described?.problems.slice(0, 20).map((p) => (
            <li key={p} className="problem">
              {p}
            </li>
          ))}
          {described && described.problems.length > 20 ? <li className="muted">…and {described.problems.length - 20} more lines that could not be used.</li> : null}
        </ul>
      ) : null}
    </div>
  );
}

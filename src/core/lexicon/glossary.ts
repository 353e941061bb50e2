// Parser for the user's glossary: a CSV of `Chinese,English` lines. Malformed lines are returned
// as data so that a UI or CLI can show them next to the entries it did accept.
import type { GlossaryEntry } from '../checks/check';

/** A glossary line that could not be used, 1-based line number and a one-sentence reason. */
export interface GlossaryProblem {
  line: number;
  text: string;
  message: string;
}

/** The entries read from a glossary and the lines that were rejected. */
export interface ParsedGlossary {
  entries: GlossaryEntry[];
  problems: GlossaryProblem[];
}

const HAN = /\p{Script=Han}/u;

/**
 * Parses glossary CSV text (`Chinese,English` per line; RFC 4180 quotes, `#` comments, blank lines
 * and an optional header allowed; a tab may separate the columns) into entries and problems; never throws.
 */
export function parseGlossary(text: string): ParsedGlossary {
  const entries: GlossaryEntry[] = [];
  const problems: GlossaryProblem[] = [];
  const seen = new Map<string, string>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|[\n\r\u2028\u2029]/);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    const lineNo = i + 1;
    if (line === '' || line.startsWith('#')) return;
    const fields = splitCsvLine(line);
    const problem = (message: string) => problems.push({ line: lineNo, text: raw, message });
    if (fields === null) return void problem('Unbalanced quotes.');
    const cells = fields.map((f) => f.trim()).filter((f, j) => f !== '' || j < 2);
    if (cells.length !== 2) {
      return void problem(`Expected 2 columns (Chinese,English), found ${cells.length}; quote an English term that contains a comma.`);
    }
    let [zh, en] = cells;
    // A header row ("Chinese,English", "zh,en", "中文,英文") names the columns; it is not an entry.
    if (entries.length === 0 && problems.length === 0 && isHeader(zh, en)) return;
    // Columns the wrong way round are unambiguous (Han on one side only), so accept them.
    if (!HAN.test(zh) && HAN.test(en)) [zh, en] = [en, zh];
    if (zh === '' || en === '') return void problem(`The ${zh === '' ? 'Chinese' : 'English'} term is empty.`);
    if (!HAN.test(zh)) return void problem(`"${zh}" contains no Chinese characters.`);
    if (HAN.test(en)) return void problem(`The English term "${en}" contains Chinese characters.`);
    const earlier = seen.get(zh);
    if (earlier !== undefined) {
      if (earlier.toLowerCase() !== en.toLowerCase()) {
        problem(`${zh} is already glossed as "${earlier}"; this line's "${en}" was ignored.`);
      }
      return;
    }
    seen.set(zh, en);
    entries.push({ zh, en });
  });
  return { entries, problems };
}

/** Splits one CSV line on commas (or, failing that, tabs) honouring double quotes; null if a quote is left open. */
function splitCsvLine(line: string): string[] | null {
  const sep = !line.includes(',') && line.includes('\t') ? '\t' : line.includes(',') ? ',' : '，';
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field.trim() === '') {
      field = '';
      quoted = true;
    } else if (c === sep) {
      fields.push(field);
      field = '';
    } else field += c;
  }
  if (quoted) return null;
  fields.push(field);
  return fields;
}

function isHeader(a: string, b: string): boolean {
  const names = /^(chinese|english|zh|en|cn|source|target|term|translation|中文|英文|术语|译文)$/i;
  return names.test(a) && names.test(b);
}

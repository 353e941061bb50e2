// Check: text of the original's language left in the translation (Chinese in English, English sentences in Chinese).
import { franc } from 'franc-min';
import type { Evidence, Lang, Pair, Segment, Severity } from '../types';
import { sideOf, type Check, type CheckContext, type FlagDraft } from './check';

interface Run { start: number; end: number; glossed: boolean }

// Han characters with any CJK punctuation between them ('户口', '综合改革试点，深化').
const HAN_RUN = /\p{Script=Han}(?:[\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\s]*\p{Script=Han})?/gu;
// A run of Latin words with spaces and light punctuation between them.
const LATIN_RUN = /[A-Za-z][A-Za-z'’-]*(?:[ ,;:]+[A-Za-z][A-Za-z'’-]*)*/g;
const MASK = /(?:https?:\/\/|www\.)\S+|(?<![\w.+-])[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+|`[^`]*`|\b\w+(?:[._/]\w+){2,}\b/g;
// Lowercase words that may sit inside a capitalised name or title ('Bank of China', 'Law on the Protection of …').
const TITLE_GLUE = /^(?:of|and|the|for|on|in|to|a|an|at|by|with|de|du|la|von|van)$/;
const MAX_GLOSS = 12;

const hanCount = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).length;
const latinCount = (s: string) => (s.match(/[A-Za-z]/g) ?? []).length;

/** The language franc hears in a text, restricted to the two Duizhao compares ('und' when too short to tell). */
function francLang(text: string): 'cmn' | 'eng' | 'und' {
  return franc(text, { only: ['cmn', 'eng'] }) as 'cmn' | 'eng' | 'und';
}

/** Han runs in English text; a short run in brackets next to Latin words, or followed by a bracketed gloss, is a deliberate gloss. */
function hanRuns(text: string): Run[] {
  return [...text.matchAll(HAN_RUN)].map((m) => {
    const start = m.index, end = start + m[0].length;
    const before = text.slice(0, start);
    const after = text.slice(end);
    const inBrackets = /[(（]\s*$/.test(before) && /^\s*[)）]/.test(after) && /[A-Za-z]/.test(before);
    const glossedAfter = /^\s*[(（]\s*[A-Za-z]/.test(after);
    return { start, end, glossed: m[0].length <= MAX_GLOSS && (inBrackets || glossedAfter) };
  });
}

/** English sentences or clauses in Chinese text; names, titles, acronyms, URLs and code do not count. */
function latinRuns(text: string): Run[] {
  const masked = text.replace(MASK, (s) => ' '.repeat(s.length));
  const out: Run[] = [];
  for (const m of masked.matchAll(LATIN_RUN)) {
    const words = m[0].split(/[ ,;:]+/).filter(Boolean);
    const plain = words.filter((w) => /^[a-z]/.test(w) && !TITLE_GLUE.test(w));
    if (words.length >= 4 && plain.length >= 2) out.push({ start: m.index, end: m.index + m[0].replace(/[ ,;:]+$/, '').length, glossed: false });
  }
  return out;
}

const normalise = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/** Untranslated-text flags for the translation segments of one pair. */
function checkPair(ctx: CheckContext, pair: Pair, origLang: Lang): FlagDraft[] {
  const seg = (id: string) => ctx.segments.get(id);
  const originals = pair.source.map(seg).filter((s): s is Segment => !!s);
  const translations = pair.target.map(seg).filter((s): s is Segment => !!s);
  const transLang: Lang = origLang === 'zh' ? 'en' : 'zh';
  const originalText = normalise(originals.map((s) => s.text).join(' '));
  const flags: FlagDraft[] = [];
  const flag = (t: Segment, severity: Severity, message: string, runs: Run[]) => {
    const evidence: Evidence[] = runs.map((r) => ({ side: sideOf(ctx, transLang), segment: t.id, start: t.start + r.start, end: t.start + r.end, text: t.text.slice(r.start, r.end) }));
    flags.push({ type: 'untranslated', severity, source: pair.source, target: [t.id], message, evidence });
  };
  for (const t of translations) {
    const whole: Run = { start: 0, end: t.text.length, glossed: false };
    // Only text in the original's own script counts: a name or a number is the same in both languages.
    const hasOriginalScript = origLang === 'zh' ? hanCount(t.text) > 0 : /\b[a-z]{3,}\b/.test(t.text);
    if (hasOriginalScript && originalText && normalise(t.text) === originalText) {
      flag(t, 'major', 'The translation is identical to the original: it was not translated.', [whole]);
      continue;
    }
    if (transLang === 'en') {
      const runs = hanRuns(t.text);
      if (runs.length === 0) continue;
      const han = hanCount(t.text);
      if (han / (han + latinCount(t.text) / 3) > 0.5 || francLang(t.text) === 'cmn') {
        flag(t, 'major', 'This translation segment is in Chinese: it was not translated.', [whole]);
      } else if (runs.some((r) => !r.glossed)) {
        flag(t, 'major', `Chinese text left in the translation: ${runs.filter((r) => !r.glossed).map((r) => `“${t.text.slice(r.start, r.end)}”`).join(', ')}.`, runs.filter((r) => !r.glossed));
      } else {
        flag(t, 'minor', `Chinese term kept beside its translation: ${runs.map((r) => `“${t.text.slice(r.start, r.end)}”`).join(', ')}; fine if deliberate.`, runs);
      }
    } else {
      // Capitalised names, titles, acronyms and URLs are not left-over English; a segment is English only if it has plain English in it.
      const runs = latinRuns(t.text);
      if (runs.length === 0) continue;
      const masked = t.text.replace(MASK, (x) => ' '.repeat(x.length));
      const han = hanCount(masked);
      if (han / (han + latinCount(masked) / 3) < 0.2 && francLang(masked) !== 'cmn') {
        flag(t, 'major', 'This translation segment is in English: it was not translated.', [whole]);
        continue;
      }
      if (runs.length) flag(t, 'major', `English text left in the translation: ${runs.map((r) => `“${t.text.slice(r.start, r.end)}”`).join(', ')}.`, runs);
    }
  }
  return flags;
}

/** Flags translation segments that keep the original's language: whole sentences, phrases, or a copy of the original. */
export const untranslatedText: Check = (ctx) => {
  const origLang: Lang = ctx.zhSide === 'source' ? 'zh' : 'en';
  return ctx.pairs.flatMap((pair) => checkPair(ctx, pair, origLang));
};

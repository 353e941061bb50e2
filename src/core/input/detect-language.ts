// Which of Duizhao's two languages a text is in, by script: Han characters against Latin letters.
import { franc } from 'franc-min';
import type { Lang } from '../types';

// Markup and addresses are written in Latin letters whatever the language of the document: a
// Chinese page full of tags and links would otherwise count as English.
const MARKUP = new RegExp(
  [
    '<(script|style)\\b[^>]*>[\\s\\S]*?</\\1\\s*>', // script and style bodies
    '<!--[\\s\\S]*?-->', // comments
    '</?[a-zA-Z][^<>]{0,2000}>', // tags with their attributes
    '&(?:[a-zA-Z]{2,8}|#\\d{1,6}|#x[0-9a-fA-F]{1,6});', // entities
    '\\]\\([^)\\s]*\\)', // Markdown link targets
    '\\b(?:https?|ftp)://\\S+|\\bwww\\.\\S+', // addresses
    // An address starts where a word starts and its local part is at most 64 characters (RFC 5321):
    // unbounded, a long run of letters with no @ costs quadratic time.
    '(?<![\\w.+-])[\\w.+-]{1,64}@[\\w-]+(?:\\.[\\w-]+)+', // e-mail addresses
  ].join('|'),
  'gi',
);

/** The text with markup, link targets, addresses and entities blanked out, for language detection. */
export function stripMarkup(text: string): string {
  return text.replace(MARKUP, ' ');
}

/**
 * 'zh' or 'en' for a text, or null when it has no letters of either script. Markup and addresses
 * are not counted; script counts decide clear cases; franc (restricted to Mandarin and English)
 * decides mixed ones.
 */
export function detectLanguage(raw: string): Lang | null {
  const text = stripMarkup(raw);
  let han = 0;
  let latin = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x20000 && c <= 0x2ebef)) han++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  if (han === 0 && latin === 0) return null;
  // A Chinese character carries about as much text as four to five Latin letters.
  const hanShare = (han * 4.5) / (han * 4.5 + latin);
  if (hanShare >= 0.65) return 'zh';
  if (hanShare <= 0.35) return 'en';
  const guess = franc(text.slice(0, 5000), { only: ['cmn', 'eng'], minLength: 1 });
  return guess === 'cmn' ? 'zh' : 'en';
}

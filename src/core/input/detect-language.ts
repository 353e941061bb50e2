// Which of Duizhao's two languages a text is in, by script: Han characters against Latin letters.
import { franc } from 'franc-min';
import type { Lang } from '../types';

/**
 * 'zh' or 'en' for a text, or null when it has no letters of either script. Script counts decide
 * clear cases; franc (restricted to Mandarin and English) decides mixed ones.
 */
export function detectLanguage(text: string): Lang | null {
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

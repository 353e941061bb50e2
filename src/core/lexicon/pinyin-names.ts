// How a Chinese name may be spelt in English: toneless pinyin, whole or split into surname and given name.
import { pinyin } from 'pinyin-pro';

/** Toneless pinyin renderings a name may take in English: 陈清扬 → chenqingyang, chen, qingyang; [] for one syllable. */
export function pinyinCandidates(word: string): string[] {
  const syl = pinyin(word, { toneType: 'none', type: 'array', v: true }).map((s) => s.toLowerCase());
  if (syl.length < 2) return [];
  const out = [syl.join('')];
  if (syl.length >= 3) out.push(syl[0], syl.slice(1).join(''));
  return out;
}

/** A three-character personal name as toneless pinyin surname and given name, surname read as one (单田芳 → shan, tianfang); null otherwise. */
export function surnameAndGiven(word: string): { surname: string; given: string } | null {
  if (!/^\p{Script=Han}{3}$/u.test(word)) return null;
  const syl = pinyin(word, { toneType: 'none', type: 'array', v: true, surname: 'head' }).map((s) => s.toLowerCase());
  return syl.length === 3 ? { surname: syl[0], given: syl[1] + syl[2] } : null;
}

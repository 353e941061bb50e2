// Moves a gold alignment's units (offsets into the seed text files) onto the text extracted from
// another rendering of the same documents (a .docx, a PDF): each unit is found, in order, in the
// extracted text with white space and Markdown emphasis ignored. Then the same link scorer
// (../shared/tools/score_links.py or score-links.ts) scores a report of the rendered files.
//
//   npx tsx scripts/eval/remap-gold.ts GOLD.json REPORT.json > remapped-gold.json
//   python3 ../shared/tools/score_links.py align REPORT.json remapped-gold.json
import { readFileSync } from 'node:fs';
import type { GoldAlignment, GoldUnit } from './score-links';

function normalise(text: string): { chars: string; at: number[] } {
  let chars = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (/[\s*#>\u3000]/u.test(c)) continue;
    chars += c;
    at.push(i);
  }
  return { chars, at };
}

/** The units found in `extracted`, in order; a unit not found keeps an empty range (and is counted in `missing`). */
export function remapUnits(units: GoldUnit[], extracted: string): { units: GoldUnit[]; missing: number } {
  const hay = normalise(extracted);
  let from = 0;
  let missing = 0;
  const out = units.map((u) => {
    const needle = normalise(u.text).chars;
    const k = needle === '' ? -1 : hay.chars.indexOf(needle, from);
    if (k < 0) {
      missing++;
      return { start: 0, end: 0, text: u.text };
    }
    from = k + needle.length;
    const start = hay.at[k];
    const end = hay.at[k + needle.length - 1] + 1;
    return { start, end, text: extracted.slice(start, end) };
  });
  return { units: out, missing };
}

/** The gold with both sides' units moved into the extracted texts of a report's zh and en sides. */
export function remapGold(gold: GoldAlignment, zhExtracted: string, enExtracted: string): GoldAlignment & { missing: number } {
  const zh = remapUnits(gold.zhUnits, zhExtracted);
  const en = remapUnits(gold.enUnits, enExtracted);
  return { ...gold, zhUnits: zh.units, enUnits: en.units, missing: zh.missing + en.missing };
}

if (process.argv[1]?.endsWith('remap-gold.ts')) {
  const [goldPath, reportPath] = process.argv.slice(2);
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldAlignment;
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  const zh = report.source.lang === 'zh' ? report.source : report.target;
  const en = report.source.lang === 'zh' ? report.target : report.source;
  const remapped = remapGold(gold, zh.extracted ?? '', en.extracted ?? '');
  if (remapped.missing > 0) process.stderr.write(`remap-gold: ${remapped.missing} gold unit(s) not found in the extracted text\n`);
  process.stdout.write(JSON.stringify(remapped));
}

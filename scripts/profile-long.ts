// Time and peak memory of each stage on a long original against the seed translation (issue 8).
// Usage: node --import tsx scripts/profile-long.ts K        (seed original with K more copies of its body)
//        node --import tsx scripts/profile-long.ts 0 FILE   (FILE as the Chinese original)
import { readFileSync } from 'node:fs';
import { resourceUsage } from 'node:process';
import { loadNodeResources } from '../src/cli/resources';
import { segmentSide, alignSides, checkAlignment } from '../src/core/pipeline';
const S = new URL('../seeds/', import.meta.url).pathname;
const zhT = readFileSync(S + '000_c81b22d7163bc932.txt', 'utf8');
const body = zhT.replace(/^---[\s\S]*?\n---\n/, '');
const enT = readFileSync(S + '002_80d239db24bf15f2.txt', 'utf8');
async function main() {
  const res = await loadNodeResources();
  const k = Number(process.argv[2]);
  const text = process.argv[3] ? readFileSync(process.argv[3], 'utf8') : zhT + Array.from({ length: k }, () => body).join('\n\n');
  let t = performance.now();
  const lap = (what: string) => { console.log(what, Math.round(performance.now() - t), 'ms', Math.round(resourceUsage().maxRSS / 1024), 'MB'); t = performance.now(); };
  const src = { name: 'z', lang: 'zh' as const, segments: segmentSide({ name: 'z', text }, 'zh', 's', false) };
  const tgt = { name: 'e', lang: 'en' as const, segments: segmentSide({ name: 'e', text: enT }, 'en', 't', false) };
  lap(`segment ${src.segments.length}×${tgt.segments.length}`);
  const { pairs } = alignSides(src, tgt, res as any);
  lap('align');
  checkAlignment(src, tgt, pairs, res as any);
  lap('checks');
}
main();

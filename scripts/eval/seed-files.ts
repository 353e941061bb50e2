// Writes the seed pair as ordinary files into a folder, for measuring the input layer by hand:
// seed-zh.docx / seed-en.docx (Word headings and paragraphs, the `docx` package) and
// seed-zh.pdf / seed-en.pdf (Chromium printing an HTML rendering, running header and page numbers).
//
//   npx tsx scripts/eval/seed-files.ts /tmp/seed-files
//   npm run --silent cli -- check /tmp/seed-files/seed-zh.pdf /tmp/seed-files/seed-en.pdf > /tmp/pdf.json
//   npx tsx scripts/eval/remap-gold.ts ../shared/fixtures/seed-gold.json /tmp/pdf.json > /tmp/gold-pdf.json
//   python3 ../shared/tools/score_links.py align /tmp/pdf.json /tmp/gold-pdf.json
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docxFromMarkdown } from '../../tests/input/make-docx';
import { htmlFromMarkdown, printPdfs } from '../../tests/input/make-pdf';

const out = process.argv[2];
if (!out) throw new Error('usage: npx tsx scripts/eval/seed-files.ts OUT_DIR');
const root = new URL('../../', import.meta.url).pathname;
const zh = readFileSync(join(root, 'seeds/000_c81b22d7163bc932.txt'), 'utf8');
const en = readFileSync(join(root, 'seeds/002_80d239db24bf15f2.txt'), 'utf8');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'seed-zh.docx'), await docxFromMarkdown(zh));
writeFileSync(join(out, 'seed-en.docx'), await docxFromMarkdown(en));
const [zhPdf, enPdf] = await printPdfs([
  { html: htmlFromMarkdown(zh, 'zh'), title: '深圳综合改革试点意见' },
  { html: htmlFromMarkdown(en, 'en'), title: 'Opinions on the Shenzhen Pilot' },
]);
writeFileSync(join(out, 'seed-zh.pdf'), zhPdf);
writeFileSync(join(out, 'seed-en.pdf'), enPdf);
console.log(`wrote seed-{zh,en}.{docx,pdf} to ${out}`);

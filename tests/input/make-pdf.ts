// Prints PDFs in the test run the way a person does: an HTML rendering of a document printed by
// headless Chromium, with the browser's running header (title) and footer (page x of n).
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../browser/harness';

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A simple HTML page of a Markdown-ish text: `#` lines as headings, other non-blank lines as paragraphs. */
export function htmlFromMarkdown(markdown: string, title: string): string {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const out: string[] = [];
  for (const raw of body.split('\n')) {
    const line = raw.trim().replace(/^>\s*/, '').replace(/\*\*/g, '');
    if (line === '') continue;
    const h = /^(#{1,6})\s*(.*)$/.exec(line);
    out.push(h ? `<h${h[1].length}>${escapeHtml(h[2])}</h${h[1].length}>` : `<p>${escapeHtml(line)}</p>`);
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>${out.join('\n')}</body></html>`;
}

/** Prints each HTML page to PDF bytes with Chromium (A4, running title header and page-number footer unless `bare`). */
export async function printPdfs(pages: Array<{ html: string; title: string; bare?: boolean }>): Promise<Uint8Array[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const out: Uint8Array[] = [];
    for (const p of pages) {
      await page.setContent(p.html, { waitUntil: 'load' });
      const pdf = await page.pdf({
        format: 'A4',
        margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' },
        displayHeaderFooter: !p.bare,
        headerTemplate: `<div style="font-size:9px;width:100%;text-align:center">${escapeHtml(p.title)}</div>`,
        footerTemplate: '<div style="font-size:9px;width:100%;text-align:center"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
      });
      out.push(new Uint8Array(pdf));
    }
    return out;
  } finally {
    await browser.close();
  }
}

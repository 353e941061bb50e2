// A hidden sample of the text styles the first rows and the flags panel use, shown while the page
// waits for its first run. Chromium resolves each font at each size and weight once per page,
// through a synchronous call to the browser process (on Linux, one for the family and one for the
// render style of each size): drawing the first rows made about twenty such calls, 150–220 ms
// of waiting on a busy machine, spent here instead, while the worker starts.
import type { CSSProperties } from 'react';

// The fonts of styles.css (font shorthand: style, weight, size, family) that the first screen adds
// to those of the toolbar: the rows' Chinese clauses and headings (Latin letters and digits inside
// Chinese text included); the rows' English clauses and headings, clause numbers and lines and an
// empty cell's note; and the column titles and the flags panel (titles, counts, chips). A style
// missing here only costs its call later, when the rows appear.
const CHINESE: string[] = ['15.5px var(--sans)', '650 15.5px var(--sans)'];
const LATIN: string[] = [
  '15px var(--sans)', '650 15px var(--sans)', '11px var(--mono)', '10px var(--mono)', 'italic 12px var(--sans)',
  '12px var(--sans)', '500 12px var(--sans)', '600 12px var(--sans)', '11px var(--sans)', '12.5px var(--sans)',
  '600 12.5px var(--sans)', '700 15px var(--sans)',
];

const hidden: CSSProperties = { position: 'absolute', width: 0, height: 0, overflow: 'hidden', visibility: 'hidden', pointerEvents: 'none' };

/** Invisible, inert text in each style: Chinese in Chinese (the language picks the Chinese font), Latin in English. */
export function FontPrimer() {
  return (
    <div style={hidden} aria-hidden="true" data-testid="font-primer">
      {CHINESE.map((font) => (
        <span key={font} lang="zh-CN" style={{ font }}>
          中文 Aa1
        </span>
      ))}
      {LATIN.map((font) => (
        <span key={font} lang="en" style={{ font }}>
          Aa1
        </span>
      ))}
    </div>
  );
}

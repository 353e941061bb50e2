import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/core/input/extract-html';

describe('extractHtml', () => {
  it.each([
    ['headings become # lines', '<h2>一、总体要求</h2><p>正文。</p>', '## 一、总体要求\n\n正文。'],
    ['implicit paragraph ends (a browser closes the <p>)', '<p>One.<p>Two.', 'One.\n\nTwo.'],
    ['white space collapses, <br> breaks the line', '<p>a\n   b<br>c</p>', 'a b\nc'],
    ['ordered lists get their numbers, respecting start and type', '<ol start="3" type="i"><li>x</li><li>y</li></ol>', 'iii. x\n\niv. y'],
    ['nested lists keep the outer label on the outer item', '<ol><li>one<ul><li>sub</li></ul></li><li>two</li></ol>', '1. one\n\n- sub\n\n2. two'],
    ['table rows are lines of tab-separated cells', '<table><tr><th>A</th><th>B</th></tr><tr><td><p>x</p><p>y</p></td><td>2</td></tr></table>', 'A\tB\nx y\t2'],
    ['scripts, styles and hidden elements are not text', '<style>p{}</style><script>var a</script><p hidden>no</p><p>yes</p>', 'yes'],
    ['entities decode', '<p>Tom &amp; Jerry &lt;3 &#x76C8;</p>', 'Tom & Jerry <3 盈'],
  ])('%s', (_, html, text) => {
    expect(extractHtml(html, 'x.html').text).toBe(text);
  });

  it('records structure with offsets into the extracted text', () => {
    const doc = extractHtml('<h1>Title</h1><ol><li>first</li></ol><table><tr><td>a</td><td>b</td></tr></table>', 'x.html');
    for (const s of doc.structure) expect(doc.text.slice(s.start, s.end).length).toBe(s.end - s.start);
    expect(doc.structure.map((s) => [s.kind, doc.text.slice(s.start, s.end), s.label ?? null])).toEqual([
      ['heading', 'Title', null],
      ['list-item', 'first', '1.'],
      ['table-row', 'a\tb', null],
    ]);
  });

  it('says so when a page has no visible text', () => {
    expect(extractHtml('<html><head><title>t</title></head><body><script>x</script></body></html>', 'empty.html').notes).toEqual(['empty.html has no visible text.']);
  });
});

// A small notation for alignments in tests: "[甲 乙|A] [丙|] [|B]" is three rows; words are clauses.
import type { Pair, Segment, Side } from '../../src/core/types';
import type { AlignedDoc } from '../../src/ui/model/alignment-edit';

/** Builds an aligned document from the notation; source clause ids are s1, s2, … and target ids t1, t2, …. */
export function parseAlignment(notation: string): AlignedDoc {
  const source: Segment[] = [];
  const target: Segment[] = [];
  const pairs: Pair[] = [];
  const add = (list: Segment[], prefix: string, text: string, raw: { text: string }): string => {
    const id = `${prefix}${list.length + 1}`;
    const start = raw.text.length;
    raw.text += text + ' ';
    list.push({ id, start, end: start + text.length, number: String(list.length + 1), text, clean: text, kind: 'sentence', block: 0 });
    return id;
  };
  const rawS = { text: '' };
  const rawT = { text: '' };
  for (const m of notation.matchAll(/\[([^\]|]*)\|([^\]]*)\]/g)) {
    const words = (s: string) => s.split(/\s+/).filter(Boolean);
    pairs.push({
      source: words(m[1]).map((w) => add(source, 's', w, rawS)),
      target: words(m[2]).map((w) => add(target, 't', w, rawT)),
      score: 0.9,
    });
  }
  const side = (name: string, lang: 'zh' | 'en', segments: Segment[]): Side => ({ name, lang, segments });
  return { source: side('a.txt', 'zh', source), target: side('b.txt', 'en', target), pairs };
}

/** Prints an aligned document back in the notation, using clause texts. */
export function printAlignment(doc: AlignedDoc): string {
  const text = new Map([...doc.source.segments, ...doc.target.segments].map((s) => [s.id, s.text]));
  return doc.pairs.map((p) => `[${p.source.map((id) => text.get(id)).join(' ')}|${p.target.map((id) => text.get(id)).join(' ')}]`).join(' ');
}

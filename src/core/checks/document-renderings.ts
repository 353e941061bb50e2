// A transliterated name the document renders one way and this pair another: 阿灵顿县 is 'Arlington County'
// in the next paragraph but 'Fairfax County' here. Part of the entity check. The evidence is the document's
// own: elsewhere an English word that sounds like the name's pinyin stands beside it, while here a name
// nothing in the pair explains fills the slot before the name's generic head ('… County').
import { headEnglish, type ZhEntity } from '../analyze/entities-zh';
import { soundsLike } from '../analyze/transliteration';
import { foldLatinName } from '../lexicon/dictionary';
import type { Pair, Segment } from '../types';
import { pairSides, type CheckContext } from './check';
import type { EnName } from './en-names';

const WORD = /\p{Lu}[\p{L}\p{M}'’]*/gu;

/** A name rendered by another in its slot: the entity with its head, the English the document gives it, and the word here. */
export interface RenderingSwap {
  e: ZhEntity;
  seg: Segment;
  /** The entity with its generic head (阿灵顿县), as the flag's evidence. */
  named: { start: number; end: number };
  /** The document's rendering, e.g. 'Arlington County'. */
  rendering: string;
  /** The English name in the slot ('Fairfax'). */
  run: EnName;
  head: string;
}

const soundingCache = new WeakMap<Pair[], Map<string, Array<{ pair: Pair; word: string }>>>();

/**
 * The capitalised English word that sounds like a name's pinyin in the other pairs of the document whose
 * Chinese holds the name, the most frequent one; null when none does. The document's words for each name
 * are read once per document. (It reads other pairs: a re-check of a few pairs sees the whole document.)
 */
function documentRendering(ctx: CheckContext, pair: Pair, e: ZhEntity): string | null {
  let cache = soundingCache.get(ctx.pairs);
  if (!cache) soundingCache.set(ctx.pairs, (cache = new Map()));
  let hits = cache.get(e.pinyin + '\u0000' + e.core);
  if (!hits) {
    hits = [];
    for (const other of ctx.pairs) {
      const { zh, en } = pairSides(ctx, other);
      if (!zh.some((s) => s.text.includes(e.core))) continue;
      for (const s of en) for (const [word] of s.text.matchAll(WORD)) if (soundsLike(e.pinyin, word)) hits.push({ pair: other, word });
    }
    cache.set(e.pinyin + '\u0000' + e.core, hits);
  }
  // The pair being checked is no evidence of its own rendering.
  const counts = new Map<string, number>();
  for (const h of hits) if (h.pair !== pair) counts.set(h.word, (counts.get(h.word) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/**
 * Transliterated names of the pair (unrendered here) followed by a generic head (县 'County') whose slot in
 * the English ('Fairfax County') holds a name that nothing in the pair explains (`unexplained`) and that
 * sounds like no name of the pair, where the rest of the document writes a word that sounds like this
 * one ('Arlington'). Only a slot the English has once, and only when no word of the pair sounds like the name;
 * one swap a slot.
 */
export function renderingSwaps(ctx: CheckContext, pair: Pair, unrendered: Array<{ e: ZhEntity; seg: Segment }>, entities: ZhEntity[], words: EnName[], unexplained: (w: EnName) => boolean): RenderingSwap[] {
  const out: RenderingSwap[] = [];
  for (const { e, seg } of unrendered) {
    if (!e.transliterated || e.pinyin.length < 4) continue;
    const head = e.suffixEn ? e.text.slice(e.core.length) : seg.text.slice(e.end, e.end + 1);
    const headEn = e.suffixEn || headEnglish(head);
    if (!headEn || words.some((w) => soundsLike(e.pinyin, w.text))) continue;
    const slots = words.filter((w, k) => {
      const next = words[k + 1];
      return !!next && next.segment === w.segment && foldLatinName(next.text) === foldLatinName(headEn) && w.segment.text.slice(w.end, next.start) === ' ' && /^\p{Lu}/u.test(w.text);
    });
    if (slots.length !== 1) continue;
    const [run] = slots;
    // A name said twice (韦瑟尔县 … 韦瑟尔县) still has one slot: one flag for it.
    if (out.some((o) => o.run === run) || !unexplained(run) || entities.some((o) => soundsLike(o.pinyin, run.text))) continue;
    const said = documentRendering(ctx, pair, e);
    if (!said || foldLatinName(said) === foldLatinName(run.text)) continue;
    const end = e.suffixEn ? e.end : e.end + head.length;
    out.push({ e, seg, named: { start: e.start, end }, rendering: `${said} ${headEn}`, run, head: headEn });
  }
  return out;
}

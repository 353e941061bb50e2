import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeResources, type NodeResources } from '../../src/cli/resources';
import { addedPhrases } from '../../src/core/checks/added-phrases';
import type { CheckContext } from '../../src/core/checks/check';
import { omissionAddition } from '../../src/core/checks/omission-addition';
import type { Segment } from '../../src/core/types';
import { goldContext } from './checks/helpers';

let res: NodeResources;
beforeAll(async () => {
  res = await loadNodeResources();
}, 60_000);

/** The gold seed context with `find` replaced in one segment's text (offsets kept consistent for the new text). */
function goldWith(id: string, find: string, replace: string): CheckContext {
  const ctx = { ...goldContext({ dictionary: res.dictionary }), zh: res.zh };
  const seg = ctx.segments.get(id)!;
  const text = seg.text.replace(find, replace);
  if (text === seg.text) throw new RangeError(`goldWith: ${find} is not in ${id}`);
  const segments = new Map(ctx.segments);
  segments.set(id, { ...seg, text, clean: text, end: seg.start + text.length } satisfies Segment);
  return { ...ctx, segments };
}

const phrasesOf = (ctx: CheckContext, id: string) => addedPhrases(ctx, ctx.pairs.find((p) => p.target.includes(id))!).map((h) => h.words.join(' '));

// t68: 完善临床急需进口药品、医疗器械使用及监督管理制度，… · t82: 探索由司法行政部门对商事调解组织进行统一登记，并加强监督管理。
const T68 = 'imported drugs and medical devices and explore';
const T82 = 'and strengthen supervision and management.';

describe('addedPhrases: an item the translation adds to a coordination', () => {
  it.each([
    ['an item added to a list', 't68', T68, 'imported drugs, medical devices and hearing aids and explore', 'hearing aids'],
    ['a with-phrase added at the end of a sentence', 't82', T82, 'and strengthen supervision and management, with their lawyers and bankers.', 'lawyers bankers'],
  ])('flags %s', (_name, id, find, replace, words) => {
    const ctx = goldWith(id, find, replace);
    expect(phrasesOf(ctx, id)).toEqual([words]);
    const flags = omissionAddition(ctx).filter((f) => f.target.includes(id));
    expect(flags.map((f) => [f.type, f.severity])).toEqual([['addition', 'minor']]);
  });

  it.each([
    ['one added word', 't82', T82, 'and strengthen supervision and management, with their lawyers.'],
    ['a name (the names rule judges those)', 't82', T82, 'and strengthen supervision and management, with Goldman Sachs bankers.'],
    ['words inside a reworded clause, not an item of their own', 't68', T68, 'imported drugs and medical hearing aids devices and explore'],
  ])('does not flag %s', (_name, id, find, replace) => {
    expect(phrasesOf(goldWith(id, find, replace), id)).toEqual([]);
  });

  it('reads nothing where the English is the original', () => {
    const ctx = goldWith('t82', T82, 'and strengthen supervision and management, with their lawyers and bankers.');
    const pair = ctx.pairs.find((p) => p.target.includes('t82'))!;
    expect(addedPhrases({ ...ctx, zhSide: 'target' }, pair)).toEqual([]);
  });
});

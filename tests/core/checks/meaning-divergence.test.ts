import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeResources, type NodeResources } from '../../../src/cli/resources';
import type { CheckContext } from '../../../src/core/checks/check';
import { meaningDivergence } from '../../../src/core/checks/meaning-divergence';
import type { Segment } from '../../../src/core/types';
import { goldContext, pairsFrom } from './helpers';

let res: NodeResources;
let gold: CheckContext;
beforeAll(async () => {
  res = await loadNodeResources();
  gold = { ...goldContext({ dictionary: res.dictionary }), zh: res.zh };
}, 60_000);

/** The gold seed context with some English segments' texts replaced. */
function goldWith(texts: Record<string, string>): CheckContext {
  const segments = new Map(gold.segments);
  for (const [id, text] of Object.entries(texts)) {
    const seg = segments.get(id)!;
    segments.set(id, { ...seg, text, clean: text, end: seg.start + text.length } satisfies Segment);
  }
  return { ...gold, segments };
}

describe('meaningDivergence', () => {
  it('raises nothing on the faithful seed translation', () => {
    expect(meaningDivergence(gold)).toEqual([]);
  });

  it.each([
    ['a sentence swapped for one about something else', { t38: 'We will support comprehensive surveys of land, buildings, forest land, wetlands, and sea areas and islands.' }, 's31'],
    ['a long sentence replaced by an unrelated one', {
      t48: 'Strengthen innovation in digital RMB pilot application scenarios, participate in multilateral central bank digital currency bridge projects, and explore the applicability of central bank digital currencies in cross-border fields.',
    }, 's41'],
  ])('flags %s', (_name, texts, source) => {
    const flags = meaningDivergence(goldWith(texts)).filter((f) => f.source.includes(source));
    expect(flags).toHaveLength(1);
    expect(flags[0].type).toBe('meaning');
    expect(['info', 'minor', 'major']).toContain(flags[0].severity);
    expect(flags[0].evidence.length).toBeGreaterThan(0);
    for (const e of flags[0].evidence) {
      const seg = goldWith(texts).segments.get(e.segment)!;
      expect(seg.text.slice(e.start - seg.start, e.end - seg.start)).toBe(e.text);
    }
  });

  it('judges against the document, so a document of loose but consistent translation raises nothing', () => {
    const notation = Array.from({ length: 10 }, () => '[深化绿色金融改革。|Make green finance greener still.]').join(' ');
    expect(meaningDivergence({ ...pairsFrom(notation, { dictionary: res.dictionary }), zh: res.zh })).toEqual([]);
  });

  it.each([['too few pairs', '[深化绿色金融改革。|Nothing related at all here, truly.]'], ['empty', ''], ['emoji', '[😀|🙂]']])(
    'stays silent with %s',
    (_name, notation) => {
      expect(meaningDivergence({ ...pairsFrom(notation, { dictionary: res.dictionary }), zh: res.zh })).toEqual([]);
    },
  );
});

import { beforeAll, describe, expect, it } from 'vitest';
import { negationMismatch } from '../../../src/core/checks/negation-mismatch';
import { loadNodeResources, type NodeResources } from '../../../src/cli/resources';
import { pairsFrom } from './helpers';

let res: NodeResources;
beforeAll(async () => {
  res = await loadNodeResources();
}, 60_000);

// 了 is glossed 'completely (not)' among its uses: a function word's gloss does not answer a negation the
// translation gained, but, as for answered words, the cue must have every word it negates rendered.
describe('negationMismatch beside a function word negative only by a gloss of its use', () => {
  const zh = '波兰先前的中间派执政的政府2015年批准了该公约。';
  const of = (en: string) => negationMismatch({ ...pairsFrom(`[${zh}|${en}]`, { dictionary: res.dictionary }), zh: res.zh });
  it('flags "failed to" gained where the original says 批准了', () => {
    const flags = of('Poland’s previous centrist government failed to ratify the convention in 2015.');
    expect(flags.map((f) => [f.type, f.severity, f.evidence.map((e) => e.text)])).toEqual([['negation', 'major', ['failed to']]]);
  });
  it('leaves the faithful rendering alone', () => {
    expect(of('Poland’s previous centrist government ratified the convention in 2015.')).toEqual([]);
  });
  it('does not flag a gained negation whose negated words are not all rendered', () => {
    expect(of('Poland’s previous centrist government failed to act in 2015.')).toEqual([]);
  });
});

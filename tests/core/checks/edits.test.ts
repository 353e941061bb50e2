// The whole pipeline on a few edited seed translations (fixtures/edits/edits.json): the expected flag
// lands on the edited sentence. The full set, misses included, is scored by scripts/bench-checks.ts.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeResources, type NodeResources } from '../../../src/cli/resources';
import { buildReport, type DocumentInput } from '../../../src/core/pipeline';
import type { Report } from '../../../src/core/types';
import { applyEdit, judgeEdit, parseEdits } from '../../../scripts/eval/apply-edits';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const fixture = JSON.parse(read('fixtures/edits/edits.json'));
const edits = new Map(parseEdits(fixture).map((e) => [e.id, e]));
const original: DocumentInput = { name: fixture.original, text: read(fixture.original) };
const translation: string = read(fixture.translation);

let res: NodeResources;
let baseline: Report;
beforeAll(async () => {
  res = await loadNodeResources();
  baseline = buildReport(original, { name: fixture.translation, text: translation }, res);
}, 60_000);

describe('checks on edited seed translations', () => {
  // One edit per check that catches it today; each report of the seed pair takes about a second.
  it.each([
    ['entity-shenzhen-guangzhou', 'Guangzhou'],
    ['number-date', '13'],
    ['omission-silver-age', null],
    ['negation-allow-prohibit', 'prohibit'],
    ['untranslated-sentence', '加强重大产业项目用地保障'],
    ['numbering-item-7', '(6)'],
  ])('%s is flagged on the edited sentence', (id, cited) => {
    const edit = edits.get(id)!;
    const at = applyEdit(translation, edit);
    const edited = buildReport(original, { name: id, text: at.text }, res);
    const verdict = judgeEdit(edit, baseline, edited, at);
    expect(verdict.caught).toBe(true);
    const flag = verdict.onEdit.find((f) => f.type === edit.expect.type)!;
    expect(flag.message).not.toBe('');
    if (cited) expect(flag.evidence.map((e) => e.text).join(' ')).toContain(cited);
    // Editing one sentence must not raise serious flags elsewhere.
    expect(verdict.falseAlarms.filter((f) => f.severity === 'major' || f.severity === 'critical')).toEqual([]);
  }, 30_000);
});

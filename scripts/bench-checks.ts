// `npm run bench` (or `tsx scripts/bench-checks.ts`): the divergence checks on edited seed translations.
// Each edit of fixtures/edits/edits.json (the tuning set) and of fixtures/edits/heldout.json (edits never
// used to tune the checks) is applied alone to the clean translation; the report of the edited pair is
// compared with the report of the clean pair. Prints a table and one JSON line per set.
import { readFileSync } from 'node:fs';
import { loadNodeResources } from '../src/cli/resources';
import { buildReport } from '../src/core/pipeline';
import type { FlagType, Report, Severity } from '../src/core/types';
import { applyEdit, judgeEdit, parseEdits, type Edit, type EditVerdict } from './eval/apply-edits';
import { BENCHMARKS } from './eval/precision';

const ROOT = new URL('../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');

const TYPES: FlagType[] = ['entity', 'number', 'numbering', 'omission', 'addition', 'negation', 'untranslated', 'terminology', 'meaning'];
const SEVERITIES: Severity[] = ['critical', 'major', 'minor', 'info'];

interface Row {
  edits: number;
  caught: number;
  missed: number;
  falseAlarms: number;
}

function countBy<T extends string>(keys: T[], values: T[]): Record<T, number> {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<T, number>;
  for (const v of values) out[v] += 1;
  return out;
}

function describeFlags(verdict: EditVerdict): string {
  if (verdict.onEdit.length === 0) return 'nothing flagged on the edit';
  return verdict.onEdit.map((f) => `${f.type}/${f.severity}`).join(', ') + ' on the edit';
}

const SETS = [
  { path: 'fixtures/edits/edits.json', job: 'checks', title: 'Checks on edited seed translations', heldOut: false },
  { path: 'fixtures/edits/tuning-2.json', job: 'checks-tuning-2', title: 'Checks on a second tuning set of seed edits', heldOut: false },
  { path: 'fixtures/edits/tuning-3.json', job: 'checks-tuning-3', title: 'Checks on a third tuning set (seed pair and five mqm-news2021 documents)', heldOut: false },
  { path: 'fixtures/edits/tuning-4.json', job: 'checks-tuning-4', title: 'Checks on a fourth tuning set (seed pair: entity, number, terminology, addition, omission, negation)', heldOut: false },
  { path: 'fixtures/edits/tuning-5.json', job: 'checks-tuning-5', title: 'Checks on a fifth tuning set (three mqm-news2021 documents: entity, number, negation, addition, omission, terminology)', heldOut: false },
  { path: 'fixtures/edits/tuning-6.json', job: 'checks-tuning-6', title: 'Checks on a sixth tuning set (seed pair: terminology, addition, entity)', heldOut: false },
  { path: 'fixtures/edits/tuning-7.json', job: 'checks-tuning-7', title: 'Checks on a seventh tuning set (seed pair: additions and omissions of different shapes)', heldOut: false },
  { path: 'fixtures/edits/tuning-8.json', job: 'checks-tuning-8', title: 'Checks on an eighth tuning set (seed pair: entity swaps and number changes)', heldOut: false },
  { path: 'fixtures/edits/tuning-9.json', job: 'checks-tuning-9', title: 'Checks on a ninth tuning set (three mqm-news2021 documents: places swapped, amounts, dates and counts changed)', heldOut: false },
  { path: 'fixtures/edits/tuning-10.json', job: 'checks-tuning-10', title: 'Checks on a tenth tuning set (seed pair: numbers in other forms)', heldOut: false },
  { path: 'fixtures/edits/tuning-11.json', job: 'checks-tuning-11', title: 'Checks on an eleventh tuning set (four mqm-news2021 documents: negation flips, additions, entity swaps, numbers, omissions)', heldOut: false },
  { path: 'fixtures/edits/heldout.json', job: 'checks-heldout', title: 'Checks on held-out edits (never used for tuning)', heldOut: true },
  { path: 'fixtures/edits/heldout-doc.json', job: 'checks-heldout-doc', title: 'Checks on held-out edits of another document (fixtures/heldout-doc; never used for tuning)', heldOut: true },
  { path: 'fixtures/edits/heldout-3.json', job: 'checks-heldout-3', title: 'Checks on held-out edits of a third document (fixtures/heldout-3, a table of reform measures; never used for tuning)', heldOut: true },
] as const;

type Resources = Awaited<ReturnType<typeof loadNodeResources>>;

/** Where a fixture's pair comes from: two files of the project, or mqm-news2021 documents (Chinese against one system's English, a segment a paragraph). */
type PairSource = { original: string; translation: string } | { 'mqm-news2021': string[]; system: string };

interface Document {
  original: { name: string; text: string };
  translation: { name: string; text: string };
}

// mqm-news2021 is read from ../shared at run time, never copied into the project (its licence is for measuring).
function readMqmDocuments(ids: string[], system: string): Document {
  const byId = new Map<string, { segments: { zh: string; translations: Record<string, { en: string }> }[] }>();
  for (const line of readFileSync(`${BENCHMARKS}mqm-news2021/documents.jsonl`, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const doc = JSON.parse(line) as { doc: string; segments: { zh: string; translations: Record<string, { en: string }> }[] };
    byId.set(doc.doc, doc);
  }
  const docs = ids.map((id) => {
    const doc = byId.get(id);
    if (!doc) throw new RangeError(`mqm-news2021 has no document ${id}`);
    return doc;
  });
  const join = (side: (s: { zh: string; translations: Record<string, { en: string }> }) => string) => docs.map((d) => d.segments.map(side).join('\n\n')).join('\n\n') + '\n';
  const name = `mqm-news2021 ${ids.join(' ')}`;
  return { original: { name: `${name} (zh)`, text: join((s) => s.zh) }, translation: { name: `${name} (${system})`, text: join((s) => s.translations[system]?.en ?? '') } };
}

function readDocument(source: PairSource): Document {
  if ('mqm-news2021' in source) return readMqmDocuments(source['mqm-news2021'], source.system);
  return { original: { name: source.original, text: read(source.original) }, translation: { name: source.translation, text: read(source.translation) } };
}

async function benchSet(set: (typeof SETS)[number], res: Resources): Promise<void> {
  const t0 = performance.now();
  // A fixture names one pair (original, translation) or several (pairs, each edit naming its own).
  const fixture = JSON.parse(read(set.path)) as { original?: string; translation?: string; pairs?: Record<string, PairSource> };
  const edits = parseEdits(fixture);
  const sources: Record<string, PairSource> = fixture.pairs ?? { '': { original: fixture.original ?? '', translation: fixture.translation ?? '' } };
  const documents = new Map<string, Document & { baseline: Report }>();
  for (const [key, source] of Object.entries(sources)) {
    const doc = readDocument(source);
    documents.set(key, { ...doc, baseline: buildReport(doc.original, doc.translation, res) });
  }

  const results: { edit: Edit; verdict: EditVerdict }[] = [];
  for (const edit of edits) {
    const doc = documents.get(edit.pair ?? '');
    if (!doc) throw new RangeError(`edit ${edit.id}: ${set.path} has no pair ${JSON.stringify(edit.pair ?? '')}`);
    const at = applyEdit(doc.translation.text, edit);
    const edited: Report = buildReport(doc.original, { name: `${doc.translation.name} (${edit.id})`, text: at.text }, res);
    results.push({ edit, verdict: judgeEdit(edit, doc.baseline, edited, at) });
  }

  const rows = Object.fromEntries(TYPES.map((t) => [t, { edits: 0, caught: 0, missed: 0, falseAlarms: 0 } as Row])) as Record<FlagType, Row>;
  for (const { edit, verdict } of results) {
    const row = rows[edit.expect.type];
    row.edits += 1;
    row[verdict.caught ? 'caught' : 'missed'] += 1;
    // A false alarm is charged to the check (flag type) that raised it, whatever the edit was.
    for (const f of verdict.falseAlarms) rows[f.type].falseAlarms += 1;
  }

  const pad = (s: string | number, n: number) => String(s).padStart(n);
  console.log(`\n${set.title} (${set.path}; each edit alone; caught = expected flag on the edited segments)`);
  console.log(`${'kind (check)'.padEnd(14)}${pad('edits', 7)}${pad('caught', 8)}${pad('missed', 8)}${pad('false alarms', 14)}`);
  for (const t of TYPES) {
    const r = rows[t];
    console.log(`${t.padEnd(14)}${pad(r.edits, 7)}${pad(r.caught, 8)}${pad(r.missed, 8)}${pad(r.falseAlarms, 14)}`);
  }
  const total = Object.values(rows).reduce((a, r) => ({ edits: a.edits + r.edits, caught: a.caught + r.caught, missed: a.missed + r.missed, falseAlarms: a.falseAlarms + r.falseAlarms }));
  console.log(`${'total'.padEnd(14)}${pad(total.edits, 7)}${pad(total.caught, 8)}${pad(total.missed, 8)}${pad(total.falseAlarms, 14)}`);

  const baselineFlags = [...documents.values()].flatMap((d) => d.baseline.flags);
  const baselineBySeverity = countBy(SEVERITIES, baselineFlags.map((f) => f.severity));
  console.log(`\nBaseline (unedited pair${documents.size > 1 ? 's' : ''}) flags: ${SEVERITIES.map((s) => `${s} ${baselineBySeverity[s]}`).join(', ')}`);
  for (const f of baselineFlags.filter((f) => f.severity === 'critical' || f.severity === 'major')) console.log(`  ${f.severity} ${f.type}: ${f.message}`);

  const missed = results.filter((r) => !r.verdict.caught);
  // Held-out sets report counts only: reading which held-out edit was missed is how tuning leaks into them.
  if (set.heldOut) console.log(`\n${missed.length} missed (held out: not listed, so that nobody tunes on them)`);
  else if (missed.length > 0) console.log('\nMissed:');
  for (const { edit, verdict } of set.heldOut ? [] : missed) console.log(`  ${edit.id} (expected ${edit.expect.type}${edit.expect.severity ? ` ≥ ${edit.expect.severity}` : ''}): ${describeFlags(verdict)}`);
  const alarms = results.filter((r) => r.verdict.falseAlarms.length > 0);
  if (alarms.length > 0) console.log('\nFalse alarms (new flags away from the edit):');
  if (set.heldOut && alarms.length > 0) console.log('  (held out: listed so that a false alarm is never hidden)');
  for (const { edit, verdict } of alarms) for (const f of verdict.falseAlarms) console.log(`  ${edit.id}: ${f.type}/${f.severity} ${f.message}`);

  const ms = Math.round(performance.now() - t0);
  console.log(`\n${edits.length + documents.size} reports in ${(ms / 1000).toFixed(1)} s`);
  console.log(
    JSON.stringify({
      job: set.job,
      edits: total.edits,
      caught: total.caught,
      missed: total.missed,
      falseAlarms: total.falseAlarms,
      byCheck: Object.fromEntries(TYPES.filter((t) => rows[t].edits + rows[t].falseAlarms > 0).map((t) => [t, rows[t]])),
      baseline: baselineBySeverity,
      missedIds: set.heldOut ? undefined : missed.map((r) => r.edit.id),
      ms,
    }),
  );
}

async function main(): Promise<void> {
  const res = await loadNodeResources();
  // `tsx scripts/bench-checks.ts checks-tuning-2` runs one set by its job name.
  const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  for (const set of SETS) if (only.length === 0 || only.includes(set.job)) await benchSet(set, res);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});

// `npm run bench -- precision`: how often a major flag is a real error. Major-or-worse flags per 1,000 pairs
// of clean professional translations (MAC-Dev and ACA --segmented, the mqm-news2021 human references
// without accuracy errors --bitext), and major flags against professional MQM annotations of mqm-news2021
// (precision, recall per category). Same figures as ../shared/tools/clean_alarms.py and mqm_dev_eval.py.
import { loadNodeResources } from '../src/cli/resources';
import { cleanRates, haveBenchmarks, mqmScore } from './eval/precision';

if (!haveBenchmarks()) {
  console.log('precision: ../shared/benchmarks is not beside this checkout; nothing to measure.');
} else {
  const res = await loadNodeResources();
  const t0 = performance.now();
  const clean = cleanRates(res);
  console.log('\nMajor-or-critical flags per 1,000 pairs of clean professional translations (target: 5 or fewer each)');
  console.log(`${'set'.padEnd(20)}${'pairs'.padStart(7)}${'major'.padStart(7)}${'/1000'.padStart(8)}${'minor/1000'.padStart(12)}  tuned on?`);
  for (const [name, r] of Object.entries(clean)) {
    console.log(`${name.padEnd(20)}${String(r.pairs).padStart(7)}${String(r.major).padStart(7)}${r.per1000.toFixed(1).padStart(8)}${r.minorPer1000.toFixed(1).padStart(12)}  yes (dev set)`);
  }
  const m = mqmScore(res);
  console.log('\nmqm-news2021: segments with a major flag against segments with a major accuracy error (tuned on: yes, dev set)');
  console.log(`  segments ${m.segments}, positives ${m.positives}, flagged ${m.flaggedMajor}, precision ${m.precision}, recall ${m.recall}, clean alarm rate ${m.cleanAlarmRate}`);
  for (const [c, v] of Object.entries(m.recallByCategory)) console.log(`  recall ${c.padEnd(26)} ${v}`);
  console.log('\nHeld out (never tuned on): fixtures/edits/heldout.json and fixtures/edits/heldout-doc.json, printed by `npm run bench -- checks`.');
  console.log(JSON.stringify({ job: 'precision', clean, mqm: m, ms: Math.round(performance.now() - t0) }));
}

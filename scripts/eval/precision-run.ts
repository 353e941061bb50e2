// Dev loop: tsx scripts/eval/precision-run.ts [clean|mqm] [--dump FILE]: the precision figures, and every flagged pair as JSON lines.
import { writeFileSync } from 'node:fs';
import { loadNodeResources } from '../../src/cli/resources';
import { cleanRates, mqmScore, type Example } from './precision';
const args = process.argv.slice(2);
const dump = args.includes('--dump') ? args[args.indexOf('--dump') + 1] : null;
const res = await loadNodeResources();
const ex: Example[] = [];
const t0 = performance.now();
if (!args.includes('mqm')) console.log(JSON.stringify(cleanRates(res, ex)));
if (!args.includes('clean')) console.log(JSON.stringify(mqmScore(res, ex)));
console.log(`${Math.round(performance.now() - t0)} ms`);
if (dump) writeFileSync(dump, ex.map((e) => JSON.stringify({ set: e.set, src: e.source, tgt: e.target, flags: e.flags.map((f) => `${f.severity} ${f.type}: ${f.message}`), errors: e.errors?.filter((x) => x.severity !== 'Neutral').map((x) => `${x.severity} ${x.category}: ${x.span ?? ''}`) })).join('\n'));

// Link precision/recall/F1 of a report against a gold alignment with character offsets: the same
// measure as ../shared/tools/score_links.py (segments projected onto gold units, then unit links).
import type { Report, Segment } from '../../src/core/types';

export interface GoldUnit {
  start: number;
  end: number;
  text: string;
}
export interface GoldAlignment {
  zhUnits: GoldUnit[];
  enUnits: GoldUnit[];
  beads: Array<{ zh: number[]; en: number[] }>;
}
export interface LinkScore {
  precision: number;
  recall: number;
  f1: number;
  links: number;
  goldLinks: number;
  nullsLeftUnpaired: number;
  goldNulls: number;
}

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

/** Gold units a segment stands for: it covers half of the unit, or half of it lies in the unit. */
export function unitsFor(seg: Segment, units: GoldUnit[]): number[] {
  const hit: number[] = [];
  units.forEach((u, k) => {
    const o = overlap(seg.start, seg.end, u.start, u.end);
    if (o > 0 && (o * 2 >= u.end - u.start || o * 2 >= seg.end - seg.start)) hit.push(k);
  });
  return hit;
}

/** Scores the report's pairs against the gold beads (the report's source side must be the gold's zh side). */
export function scoreLinks(report: Report, gold: GoldAlignment): LinkScore {
  const byId = new Map([...report.source.segments, ...report.target.segments].map((s) => [s.id, s]));
  const zhSide = report.source.lang === 'zh' ? 'source' : 'target';
  const links = new Set<string>();
  const zhPaired = new Set<number>();
  const enPaired = new Set<number>();
  for (const p of report.pairs) {
    const zhIds = zhSide === 'source' ? p.source : p.target;
    const enIds = zhSide === 'source' ? p.target : p.source;
    const zs = new Set(zhIds.flatMap((id) => unitsFor(byId.get(id)!, gold.zhUnits)));
    const es = new Set(enIds.flatMap((id) => unitsFor(byId.get(id)!, gold.enUnits)));
    if (zs.size === 0 || es.size === 0) continue;
    for (const z of zs) zhPaired.add(z);
    for (const e of es) enPaired.add(e);
    for (const z of zs) for (const e of es) links.add(`${z}:${e}`);
  }
  const goldLinks = new Set(gold.beads.flatMap((b) => b.zh.flatMap((z) => b.en.map((e) => `${z}:${e}`))));
  let tp = 0;
  for (const l of links) if (goldLinks.has(l)) tp++;
  const precision = links.size ? tp / links.size : 0;
  const recall = goldLinks.size ? tp / goldLinks.size : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const nullEn = gold.beads.filter((b) => b.zh.length === 0).flatMap((b) => b.en);
  const nullZh = gold.beads.filter((b) => b.en.length === 0).flatMap((b) => b.zh);
  const nullsLeftUnpaired = nullEn.filter((e) => !enPaired.has(e)).length + nullZh.filter((z) => !zhPaired.has(z)).length;
  const r4 = (x: number) => Math.round(x * 10000) / 10000;
  return { precision: r4(precision), recall: r4(recall), f1: r4(f1), links: links.size, goldLinks: goldLinks.size, nullsLeftUnpaired, goldNulls: nullEn.length + nullZh.length };
}

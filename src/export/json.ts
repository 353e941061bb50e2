// The report as JSON (REPORT-FORMAT.md, version 1).
import type { Evidence, Flag, Pair, Report, Segment, Side } from '../core/types';

type Json = Record<string, unknown>;

/** Serialises a report as REPORT-FORMAT.md JSON: known keys in a fixed order, then any extra keys in their own order, 2-space indent, trailing newline; JSON.parse gives the report back. */
export function writeJsonReport(report: Report): string {
  const out = ordered(report as unknown as Json, ['format', 'version', 'source', 'target', 'pairs', 'flags', 'notes'], {
    source: (v) => orderSide(v as Side),
    target: (v) => orderSide(v as Side),
    pairs: (v) => (v as Pair[]).map((p) => ordered(p as unknown as Json, ['source', 'target', 'score'])),
    flags: (v) => (v as Flag[]).map(orderFlag),
  });
  return JSON.stringify(out, null, 2) + '\n';
}

function orderSide(side: Side): Json {
  return ordered(side as unknown as Json, ['name', 'lang', 'segments'], {
    segments: (v) =>
      (v as Segment[]).map((s) =>
        // The five keys REPORT-FORMAT.md names come first so a reader sees them together.
        ordered(s as unknown as Json, ['id', 'start', 'end', 'number', 'text', 'label', 'kind', 'block', 'clean']),
      ),
  });
}

function orderFlag(flag: Flag): Json {
  return ordered(flag as unknown as Json, ['id', 'type', 'severity', 'source', 'target', 'message', 'suggestion', 'evidence'], {
    evidence: (v) =>
      (v as Evidence[]).map((e) => ordered(e as unknown as Json, ['side', 'segment', 'start', 'end', 'text'])),
  });
}

// Copies `value` with `keys` first (when present and not undefined), then the remaining keys as they come.
function ordered(value: Json, keys: string[], nested: Record<string, (v: unknown) => unknown> = {}): Json {
  const out: Json = {};
  const put = (k: string) => {
    const v = value[k];
    if (v === undefined) return;
    out[k] = nested[k] ? nested[k](v) : v;
  };
  for (const k of keys) if (Object.hasOwn(value, k)) put(k);
  for (const k of Object.keys(value)) if (!keys.includes(k)) put(k);
  return out;
}

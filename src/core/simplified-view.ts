// The Chinese side as the checks look it up (simplified), and the flags they find put back into
// the user's own characters. simplify-zh.ts keeps every length, so offsets need no mapping: only
// the quoted text in evidence, messages and suggestions is re-read from the user's text.
import { simplifyChinese } from './lexicon/simplify-zh';
import type { Flag, Side } from './types';

/** The side with each segment's text and clean form simplified (same lengths); the side itself when nothing changes. */
export function simplifiedSide(side: Side): Side {
  let changed = false;
  const segments = side.segments.map((s) => {
    const text = simplifyChinese(s.text);
    const clean = simplifyChinese(s.clean);
    if (text === s.text && clean === s.clean) return s;
    changed = true;
    return { ...s, text, clean };
  });
  return changed ? { ...side, segments } : side;
}

/** `text` with each run of Han characters that a flagged segment's view contains given as the user wrote it. */
function inUserCharacters(text: string, segments: Array<{ own: string; seen: string }>): string {
  return text.replace(/\p{Script=Han}+/gu, (run) => {
    for (const { own, seen } of segments) {
      const at = seen.indexOf(run);
      if (at >= 0) return own.slice(at, at + run.length);
    }
    return run;
  });
}

/**
 * Flags found on simplified views, put back into the user's characters: evidence text re-read
 * from the user's segments (same offsets), and every Chinese run that the message or suggestion
 * quotes from a flagged segment given as the user wrote it. Chinese the checks add from their own
 * knowledge (a dictionary's name for a place) stays as the dictionary has it.
 */
export function restoreUserText(flags: Flag[], user: Side[], view: Side[]): Flag[] {
  const userById = new Map(user.flatMap((side) => side.segments.map((s) => [s.id, s] as const)));
  const viewById = new Map(view.flatMap((side) => side.segments.map((s) => [s.id, s] as const)));
  return flags.map((flag) => {
    const pairs = [...flag.source, ...flag.target, ...flag.evidence.map((e) => e.segment)]
      .map((id) => ({ own: userById.get(id), seen: viewById.get(id) }))
      .filter((p) => p.own && p.seen && p.own !== p.seen)
      .map((p) => ({ own: p.own!.text, seen: p.seen!.text }));
    if (pairs.length === 0) return flag;
    const evidence = flag.evidence.map((e) => {
      const own = userById.get(e.segment);
      if (!own || viewById.get(e.segment) === own) return e;
      const text = own.text.slice(e.start - own.start, e.end - own.start);
      return text === e.text ? e : { ...e, text };
    });
    const restored: Flag = { ...flag, message: inUserCharacters(flag.message, pairs), evidence };
    if (flag.suggestion !== undefined) restored.suggestion = inUserCharacters(flag.suggestion, pairs);
    return restored;
  });
}

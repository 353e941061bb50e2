// The reviewer's lasting ignore rules: read from IndexedDB once, saved on every change, with the
// last change undoable (the rules belong to the user, not to a document's review log).
import { useCallback, useEffect, useState } from 'react';
import { parseIgnoreRulesFile, type IgnoreRule } from '../model/flag-rules';
import { loadIgnoreRules, saveIgnoreRules } from '../review-store';

export function useIgnoreRules() {
  const [rules, setRules] = useState<IgnoreRule[]>([]);
  const [loaded, setLoaded] = useState(false);
  // The list before the last change, for its undo.
  const [previous, setPrevious] = useState<IgnoreRule[] | null>(null);

  useEffect(() => {
    loadIgnoreRules().then(setRules, () => {}).finally(() => setLoaded(true));
  }, []);

  const change = useCallback(
    (next: IgnoreRule[]) => {
      setPrevious(rules);
      setRules(next);
      if (loaded) void saveIgnoreRules(next).catch(() => {});
    },
    [rules, loaded],
  );

  const add = useCallback((rule: IgnoreRule) => change([...rules, rule]), [rules, change]);
  const remove = useCallback((id: string) => change(rules.filter((r) => r.id !== id)), [rules, change]);
  const undo = useCallback(() => {
    if (previous) change(previous);
    setPrevious(null);
  }, [previous, change]);

  /** Adds the rules of an exported file (rules already present are kept once); returns a problem sentence or the count added. */
  const importFile = useCallback(
    (text: string): string | number => {
      const read = parseIgnoreRulesFile(text);
      if (typeof read === 'string') return read;
      const have = new Set(rules.map((r) => `${r.scope}|${r.type}|${r.key ?? ''}`));
      const fresh = read.filter((r) => !have.has(`${r.scope}|${r.type}|${r.key ?? ''}`));
      change([...rules, ...fresh]);
      return fresh.length;
    },
    [rules, change],
  );

  return { rules, add, remove, undo, canUndo: previous !== null, importFile };
}

// The viewer's interaction state (selection, flag focus, search, reading mode, word popover) and
// the actions keys and clicks trigger. Rendering lives in App; the data comes from the view-model.
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { WordInfo } from '../../client/pipeline-api';
import type { PipelineClient } from '../../client/pipeline-client';
import type { Lang, Segment } from '../../core/types';
import { applyEdit, EditError, keyPair, type AlignedDoc, type AlignmentEdit } from '../model/alignment-edit';
import { filterFlags, groupFlags, nearestFlag, showAll, stepFlag, type FlagFilter, type GroupBy } from '../model/flag-list';
import { evidenceMarks, searchMarks, type Mark } from '../model/highlight';
import { findRow, isConfirmed, isLowConfidence } from '../model/navigation';
import type { Decision, FlagStatus, ReviewAction } from '../model/review-log';
import { visibleRows, type ReadingMode, type ViewFlag, type ViewModel } from '../model/rows';

export interface Selection {
  row: number;
  segment: string | null;
  caret: number | null;
}

export interface ViewerDeps {
  vm: ViewModel | null;
  doc: AlignedDoc | null;
  langs: { source: Lang; target: Lang } | null;
  decisions: ReadonlyMap<string, Decision>;
  /** Keys of the pairs a person confirmed. */
  confirmed: ReadonlySet<string>;
  record(a: ReviewAction): void;
  client: PipelineClient;
}

const none: Selection = { row: -1, segment: null, caret: null };

export function useViewer({ vm, doc, langs, decisions, confirmed, record, client }: ViewerDeps) {
  const [mode, setMode] = useState<ReadingMode>('both');
  const [sel, setSel] = useState<Selection>(none);
  const [flagKey, setFlagKey] = useState<string | null>(null);
  const [filter, setFilter] = useState<FlagFilter>(showAll);
  const [groupBy, setGroupBy] = useState<GroupBy>('severity');
  const [query, setQuery] = useState('');
  const [hit, setHit] = useState(0);
  const [hoverRow, setHoverRow] = useState<number | null>(null);
  const [scrollRequest, setScrollRequest] = useState<{ row: number; align: 'center' | 'auto' } | null>(null);
  const [word, setWord] = useState<{ info: WordInfo; at: { x: number; y: number }; segment: string } | null>(null);
  const [editMessage, setEditMessage] = useState<string | null>(null);
  /** The clause whose text is being corrected in place. */
  const [editing, setEditing] = useState<string | null>(null);
  // The row j/k continue from after Escape cleared the selection.
  const lastRow = useRef(-1);
  if (sel.row >= 0) lastRow.current = sel.row;
  // Set by a correction: once the rows are rebuilt, the selected row is brought back on screen.
  const followAfterEdit = useRef(false);

  const rows = vm?.rows ?? [];
  const shownFlags = useMemo(() => (vm ? filterFlags(vm.flags, filter, decisions) : []), [vm, filter, decisions]);
  // n/p follow the panel's order, whatever the grouping.
  const orderedFlags = useMemo(() => groupFlags(shownFlags, groupBy).flatMap((g) => g.flags), [shownFlags, groupBy]);
  const focusFlag = useMemo(() => vm?.flags.find((f) => f.key === flagKey) ?? null, [vm, flagKey]);
  const focusSegments = useMemo(() => new Set(focusFlag ? [...focusFlag.source, ...focusFlag.target] : []), [focusFlag]);
  const focusRows = useMemo(() => new Set([...focusSegments].map((id) => vm?.rowOf.get(id)).filter((r): r is number => r !== undefined)), [focusSegments, vm]);

  // Hits follow the query at once (Enter must see them); the marks in the rows may lag a frame.
  const deferredQuery = useDeferredValue(query);
  const hits = useMemo(() => {
    if (!query.trim()) return [];
    return rows.filter((r) => [...r.source, ...r.target].some((s) => searchMarks(s.text, query).length > 0)).map((r) => r.index);
  }, [rows, query]);

  // A correction moves clauses between rows: follow the selected clause, or forget a selection
  // that a correction or a new document made meaningless.
  useEffect(() => {
    if (!vm) return;
    let row = sel.row;
    if (sel.segment) {
      // A split clause lives on as its head ('s7' → 's7.1').
      const id = vm.rowOf.has(sel.segment) ? sel.segment : `${sel.segment}.1`;
      row = vm.rowOf.get(id) ?? -1;
      if (row < 0) setSel(none);
      else if (row !== sel.row || id !== sel.segment) setSel({ row, segment: id, caret: id === sel.segment ? sel.caret : null });
    } else if (sel.row >= rows.length) (row = -1), setSel(none);
    if (followAfterEdit.current && row >= 0) setScrollRequest({ row, align: 'auto' });
    followAfterEdit.current = false;
  }, [vm, rows.length, sel]);

  const goToRow = useCallback((row: number, align: 'center' | 'auto', segment: string | null = null) => {
    setSel({ row, segment, caret: null });
    setScrollRequest({ row, align });
  }, []);

  const selectFlag = useCallback(
    (f: ViewFlag | null) => {
      if (!f) return;
      setFlagKey(f.key);
      goToRow(f.row, 'center');
    },
    [goToRow],
  );

  const stepRow = useCallback(
    (dir: 1 | -1) => {
      const shown = visibleRows(rows, mode);
      if (shown.length === 0) return;
      const i = shown.findIndex((r) => r.index === (sel.row >= 0 ? sel.row : lastRow.current));
      const next = shown[i < 0 ? (dir === 1 ? 0 : shown.length - 1) : Math.max(0, Math.min(shown.length - 1, i + dir))];
      const first = (mode === 'translation' ? next.target : next.source)[0] ?? next.target[0];
      goToRow(next.index, 'auto', first?.id ?? null);
    },
    [rows, mode, sel.row, goToRow],
  );

  /** Selects the row `row` with its first clause on the side being read. */
  const selectRow = useCallback(
    (row: number) => {
      const r = rows[row];
      if (!r) return;
      const first = (mode === 'translation' ? r.target : r.source)[0] ?? r.target[0];
      goToRow(row, 'auto', first?.id ?? null);
    },
    [rows, mode, goToRow],
  );

  const from = () => (sel.row >= 0 ? sel.row : lastRow.current);
  const stepUnconfirmed = (dir: 1 | -1) => selectRow(findRow(visibleRows(rows, mode), from(), dir, (r) => !isConfirmed(r, confirmed)));
  const stepLowConfidence = (dir: 1 | -1) => selectRow(findRow(visibleRows(rows, mode), from(), dir, isLowConfidence));

  /** Confirms the selected pair and moves to the next unconfirmed one; on a confirmed pair, takes the confirmation back. */
  const confirmPair = () => {
    const row = rows[sel.row];
    if (!row) return setEditMessage('Select a clause (click, or j/k) to confirm its pair.');
    const key = keyPair(row.pair);
    const was = confirmed.has(key);
    record({ kind: 'confirm', pairs: [key], confirmed: !was });
    if (was) return;
    const next = findRow(visibleRows(rows, mode), row.index, 1, (r) => r.index !== row.index && !isConfirmed(r, confirmed));
    if (next >= 0) selectRow(next);
  };

  const stepFlagBy = useCallback(
    (dir: 1 | -1) => selectFlag(flagKey ? stepFlag(orderedFlags, flagKey, dir) : nearestFlag(orderedFlags, sel.row, dir)),
    [orderedFlags, flagKey, sel.row, selectFlag],
  );

  const stepHit = useCallback(
    (dir: 1 | -1) => {
      if (hits.length === 0) return;
      const next = (hit + dir + hits.length) % hits.length;
      setHit(next);
      goToRow(hits[next], 'center');
    },
    [hits, hit, goToRow],
  );

  const changeQuery = useCallback((q: string) => {
    setQuery(q);
    setHit(-1);
  }, []);

  // Find as you type: a new query shows its first hit at or after the selected row.
  useEffect(() => {
    if (hit !== -1 || hits.length === 0) return;
    const i = Math.max(0, hits.findIndex((r) => r >= sel.row));
    setHit(i);
    setScrollRequest({ row: hits[i], align: 'center' });
  }, [hits, hit, sel.row]);

  const decide = useCallback(
    (f: ViewFlag | null, status: FlagStatus) => f && record({ kind: 'decide', flag: f.key, status }),
    [record],
  );
  const toggleDecision = useCallback(
    (status: FlagStatus) => focusFlag && decide(focusFlag, (decisions.get(focusFlag.key)?.status ?? 'open') === status ? 'open' : status),
    [focusFlag, decisions, decide],
  );

  const edit = useCallback(
    (e: AlignmentEdit): boolean => {
      if (!doc) return false;
      try {
        applyEdit(doc, e);
      } catch (err) {
        if (err instanceof EditError) return setEditMessage(err.message), false;
        throw err;
      }
      setEditMessage(null);
      followAfterEdit.current = true;
      record({ kind: 'edit', edit: e });
      return true;
    },
    [doc, record],
  );

  /** Opens the in-place editor on the selected clause of the translation. */
  const startEditing = useCallback(() => {
    const row = rows[sel.row];
    const id = sel.segment && row?.target.some((s) => s.id === sel.segment) ? sel.segment : row?.target[0]?.id;
    if (!id) return setEditMessage('Select a clause of the translation to correct its text.');
    setSel({ row: sel.row, segment: id, caret: null });
    setWord(null);
    setEditing(id);
  }, [rows, sel]);

  /** Saves a corrected text (an unchanged text just closes the editor). */
  const commitText = useCallback(
    (segment: string, text: string) => {
      setEditing(null);
      if (vm?.segments.get(segment)?.text === text.trim()) return;
      edit({ op: 'text', segment, text });
    },
    [vm, edit],
  );

  const clickClause = useCallback(
    (row: number, segment: string, offset: number | null, at: { x: number; y: number }) => {
      setSel({ row, segment, caret: offset });
      setEditMessage(null);
      const seg = vm?.segments.get(segment);
      const lang = seg && langs ? (vm?.rows[row]?.source.includes(seg) ? langs.source : langs.target) : null;
      if (!seg || lang !== 'zh' || offset === null) return setWord(null);
      client.lookupWord(seg.text, offset).then((info) => setWord(info ? { info, at, segment } : null), () => setWord(null));
    },
    [vm, langs, client],
  );

  const marksOf = useCallback(
    (seg: Segment, row: number, matches: Map<string, Mark[]>): Mark[] => {
      const out: Mark[] = [];
      if (focusSegments.has(seg.id) && focusFlag) out.push(...evidenceMarks(seg, [focusFlag]));
      if (deferredQuery.trim()) out.push(...searchMarks(seg.text, deferredQuery));
      if (row === hoverRow || row === sel.row) out.push(...(matches.get(seg.id) ?? []));
      if (word?.segment === seg.id) out.push({ start: word.info.start, end: word.info.end, kind: 'word' });
      return out;
    },
    [focusSegments, focusFlag, deferredQuery, hoverRow, sel.row, word],
  );

  const reset = useCallback(() => {
    setSel(none);
    setFlagKey(null);
    setWord(null);
    setEditMessage(null);
    setEditing(null);
    lastRow.current = -1;
    setScrollRequest({ row: 0, align: 'auto' });
  }, []);

  return {
    mode, setMode, sel, setSel, flagKey, focusFlag, focusRows, focusSegments, filter, setFilter, groupBy, setGroupBy,
    query, changeQuery, hits, hit, stepHit, hoverRow, setHoverRow, scrollRequest, word, setWord, editMessage,
    shownFlags, selectFlag, stepRow, stepFlagBy, decide, toggleDecision, edit, clickClause, marksOf, reset,
    editing, setEditing, startEditing, commitText, confirmPair, stepUnconfirmed, stepLowConfidence,
    isRowConfirmed: (row: (typeof rows)[number]) => isConfirmed(row, confirmed),
  };
}

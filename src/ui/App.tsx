// The viewer: wires the pipeline run, the review state and the interaction state to the components.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import seedTarget from '../../seeds/002_80d239db24bf15f2.txt?raw';
import seedSource from '../../seeds/000_c81b22d7163bc932.txt?raw';
import { isAccountingNote } from '../core/report-notes';
import { AlignmentView } from './components/AlignmentView';
import { EditBar } from './components/EditBar';
import { FlagsPanel } from './components/FlagsPanel';
import { FontPrimer } from './components/FontPrimer';
import { IgnoreRulesDialog } from './components/IgnoreRulesDialog';
import { OpenDialog } from './components/OpenDialog';
import { ProgressBar } from './components/ProgressBar';
import { StatusBar } from './components/StatusBar';
import { Toolbar, type ExportKind } from './components/Toolbar';
import { WordPopover } from './components/WordPopover';
import { downloadBytes, downloadText } from './download';
import { onPipelineFallback, pagePipeline } from './page-pipeline';
import { loadSession, saveSession } from './review-store';
import { buildCorrectedDocx, buildExport, canExportDocx, reviewedReport } from './export-actions';
import { useCorrespondence } from './hooks/use-correspondence';
import { useIgnoreRules } from './hooks/use-ignore-rules';
import { useKeyboard } from './hooks/use-keyboard';
import { usePipelineRun } from './hooks/use-pipeline-run';
import { useReview } from './hooks/use-review';
import { useViewer } from './hooks/use-viewer';
import { applyIgnoreRules, makeIgnoreRule, writeIgnoreRulesFile, type RuleScope } from './model/flag-rules';
import { countConfirmed } from './model/navigation';
import { isReport, type OpenDocs, type Opened } from './model/opened';
import { makeLineOf, type Lines } from './model/references';
import { buildViewModel, rowsWithLiveSeverity, type Row, type ViewFlag } from './model/rows';
import type { FlagStatus } from './model/review-log';
import type { PairFilter } from '../export/collect-pair-rows';
import type { ExtractedDocument } from '../core/input/extracted';

export const seedDocs: OpenDocs = {
  source: { name: '000_c81b22d7163bc932.txt', text: seedSource },
  target: { name: '002_80d239db24bf15f2.txt', text: seedTarget },
};

const describeRow = (row: Row | undefined): string | null =>
  row ? `Row ${row.index + 1}: ${row.band === 'none' ? 'unpaired' : `confidence ${row.pair.score.toFixed(2)}`}${row.flags.length ? ` · ${row.flags.length} flag(s)` : ''}` : null;

export function App() {
  const client = pagePipeline;
  const [fallback, setFallback] = useState<string | null>(null);
  useEffect(() => onPipelineFallback(setFallback), []);
  const run = usePipelineRun(client);
  const { opened, docs, glossary, report, checked, status } = run.state;
  const review = useReview(opened, report, checked, client, glossary, run.state.provisional);
  const vm = useMemo(() => (review.doc ? buildViewModel(review.doc, review.flags) : null), [review.doc, review.flags]);
  const rules = useIgnoreRules();
  // The reviewer's decisions with the lasting ignore rules applied: what every view and export uses.
  const decisions = useMemo(() => applyIgnoreRules(vm?.flags ?? [], review.decisions, rules.rules), [vm, review.decisions, rules.rules]);
  const liveRows = useMemo(
    () => (vm ? rowsWithLiveSeverity(vm.rows, vm.flags, (key) => decisions.get(key)?.status === 'dismissed') : []),
    [vm, decisions],
  );
  const langs = useMemo(() => (report ? { source: report.source.lang, target: report.target.lang } : null), [report]);
  const lines = useMemo<Lines>(() => ({ source: docs ? makeLineOf(docs.source.text) : null, target: docs ? makeLineOf(docs.target.text) : null }), [docs]);
  const v = useViewer({ vm, doc: review.doc, langs, decisions, confirmed: review.confirmed, record: review.record, client });
  const [rulesOpen, setRulesOpen] = useState(false);
  const [dialog, setDialog] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // The report whose pipeline notes the reader has acknowledged (a new report shows its own again).
  const [notesSeen, setNotesSeen] = useState<object | null>(null);
  // Notes that only account for text left out (front matter, page numbers) stay in the status bar.
  const warnings = useMemo(() => (report?.notes ?? []).filter((n) => !isAccountingNote(n)), [report]);
  const search = useRef<HTMLInputElement>(null);

  const open = useCallback((o: Opened) => (setDialog(false), v.reset(), void run.open(o)), [run, v]);
  // Back to the documents (or report) open before a reload or crash; the seed pair the first time.
  useEffect(() => void loadSession().then((o) => run.open(o ?? seedDocs)), [run.open]);
  useEffect(() => void (opened && saveSession(opened).catch(() => {})), [opened]);

  const activeRow = vm?.rows[v.hoverRow ?? v.sel.row] ?? null;
  const matches = useCorrespondence(activeRow, langs, client);

  // Timing marks for the bench: rows on screen, then the fully checked view.
  useEffect(() => {
    if (!vm || vm.rows.length === 0) return;
    requestAnimationFrame(() => {
      if (performance.getEntriesByName('duizhao:first-rows').length === 0) performance.mark('duizhao:first-rows');
      if (checked && performance.getEntriesByName('duizhao:checked').length === 0) performance.mark('duizhao:checked');
    });
  }, [vm, checked]);

  const exportAs = useCallback(
    (kind: ExportKind, filter: PairFilter = {}) => {
      if (!report || !review.doc) return;
      const files = docs ? { source: docs.source.text, target: docs.target.text } : undefined;
      const reviewed = reviewedReport(report, review.doc, review.flags);
      if (kind === 'docx') {
        const target = docs?.target;
        const structure = target && 'structure' in target ? (target as ExtractedDocument).structure : [];
        const original = target && 'original' in target ? (target as ExtractedDocument).original : undefined;
        buildCorrectedDocx(reviewed, target?.text, structure, original)
          .then((file) => file && downloadBytes(file.name, file.mime, file.bytes))
          .catch((e: Error) => setNotice(`The Word file could not be written: ${e.message}`));
        return;
      }
      const file = buildExport(kind, reviewed, decisions, review.exportFile(), { filter, confirmed: review.confirmed, files });
      if (file) downloadText(file.name, file.mime, file.text);
    },
    [report, review, decisions, docs],
  );

  const bulk = useCallback(
    (keys: string[], status: FlagStatus) => keys.length && review.record({ kind: 'decide-many', flags: keys, status }),
    [review.record],
  );
  const ignore = useCallback(
    (flag: ViewFlag, scope: RuleScope) => {
      const rule = makeIgnoreRule(flag, scope);
      rules.add(rule);
      setNotice(`Ignore rule added: ${rule.label}. It applies to every document you open here (Ignore rules lists it).`);
    },
    [rules],
  );

  const importReview = useCallback(
    async (file: File) => setNotice(review.importFile(await file.text()) ?? `Review imported from ${file.name}.`),
    [review],
  );

  useKeyboard({
    j: () => v.stepRow(1),
    k: () => v.stepRow(-1),
    n: () => v.stepFlagBy(1),
    p: () => v.stepFlagBy(-1),
    '/': () => search.current?.focus(),
    a: () => v.toggleDecision('accepted'),
    d: () => v.toggleDecision('dismissed'),
    m: () => v.sel.row >= 0 && v.edit({ op: 'merge', row: v.sel.row }),
    s: () => v.sel.segment && v.sel.caret !== null && v.edit({ op: 'split', segment: v.sel.segment, at: v.sel.caret }),
    u: () => v.sel.segment && v.edit({ op: 'unlink', segment: v.sel.segment }),
    '[': () => v.sel.segment && v.edit({ op: 'link', segment: v.sel.segment, direction: 'up' }),
    ']': () => v.sel.segment && v.edit({ op: 'link', segment: v.sel.segment, direction: 'down' }),
    c: v.confirmPair,
    x: () => v.stepUnconfirmed(1),
    'shift+x': () => v.stepUnconfirmed(-1),
    l: () => v.stepLowConfidence(1),
    'shift+l': () => v.stepLowConfidence(-1),
    e: v.startEditing,
    f2: v.startEditing,
    'ctrl+z': review.undo,
    'ctrl+shift+z': review.redo,
    'ctrl+y': review.redo,
    '1': () => v.setMode('both'),
    '2': () => v.setMode('original'),
    '3': () => v.setMode('translation'),
    '4': () => v.setMode('interleaved'),
    escape: () => (rulesOpen ? setRulesOpen(false) : v.word ? v.setWord(null) : (search.current?.blur(), v.setSel({ row: -1, segment: null, caret: null }))),
  });

  const selectedSegment = v.sel.segment ? vm?.segments.get(v.sel.segment) ?? null : null;
  const selectedRow = vm?.rows[v.sel.row];
  const confirmedCount = useMemo(() => countConfirmed(vm?.rows ?? [], review.confirmed), [vm, review.confirmed]);
  const running = status === 'running';
  return (
    <div className="app">
      <Toolbar
        ref={search}
        canSwap={!!docs && !running}
        mode={v.mode}
        query={v.query}
        hits={{ current: Math.max(0, v.hit), total: v.hits.length }}
        canUndo={review.canUndo}
        canRedo={review.canRedo}
        canExport={!!report && checked}
        canExportDocx={canExportDocx(report)}
        onOpen={() => setDialog(true)}
        onSwap={() => docs && open({ ...docs, source: docs.target, target: docs.source })}
        onMode={v.setMode}
        onQuery={v.changeQuery}
        onSearchStep={v.stepHit}
        onUndo={review.undo}
        onRedo={review.redo}
        onExport={exportAs}
        onImportReview={(f) => void importReview(f)}
      />
      {running ? <ProgressBar progress={run.state.progress} aligned={!!report} provisional={run.state.provisional} onCancel={run.cancel} /> : null}
      {status === 'cancelled' ? (
        <div className="banner">
          Cancelled. {report ? 'The alignment is shown without checks.' : ''}
          {docs ? (
            <button type="button" onClick={() => open(docs)}>
              Compare again
            </button>
          ) : null}
        </div>
      ) : null}
      {notice ? (
        <div className="banner" role="status">
          {notice}{' '}
          {rules.canUndo && notice.startsWith('Ignore rule added') ? (
            <button type="button" onClick={() => (rules.undo(), setNotice(null))}>
              Undo
            </button>
          ) : null}
          <button type="button" onClick={() => setNotice(null)}>OK</button>
        </div>
      ) : null}
      {fallback ? <div className="banner warn">{fallback}</div> : null}
      {report && checked && warnings.length > 0 && notesSeen !== report ? (
        <div className="banner warn" role="status" data-testid="pipeline-notes">
          {warnings.join(' ')} <button type="button" onClick={() => setNotesSeen(report)}>OK</button>
        </div>
      ) : null}
      <main className="workspace">
        {status === 'error' ? (
          <div className="problem-panel" role="alert">
            <h2>These documents cannot be compared</h2>
            <p data-testid="input-problem">{run.state.error}</p>
            {run.state.error?.startsWith('Both files') ? <p className="muted">If a language was detected wrongly, set it for that side in the Open dialog.</p> : null}
            <button type="button" className="primary" onClick={() => setDialog(true)}>
              Open other documents
            </button>
          </div>
        ) : vm && langs && report ? (
          <>
            <div className="reader">
              <EditBar
                segment={selectedSegment}
                row={v.sel.row}
                caret={v.sel.caret}
                message={v.editMessage}
                confirmed={!!selectedRow && v.isRowConfirmed(selectedRow)}
                translation={!!selectedRow && selectedRow.target.length > 0}
                onEdit={v.edit}
                onCorrect={v.startEditing}
                onConfirm={v.confirmPair}
              />
              <AlignmentView
                rows={liveRows}
                mode={v.mode}
                langs={langs}
                names={{ source: report.source.name, target: report.target.name }}
                selectedRow={v.sel.row}
                selectedSegment={v.sel.segment}
                caret={v.sel.segment && v.sel.caret !== null ? { segment: v.sel.segment, offset: v.sel.caret } : null}
                focusRows={v.focusRows}
                focusSegments={v.focusSegments}
                hoverRow={v.hoverRow}
                marksOf={(s, row) => v.marksOf(s, row, matches)}
                confirmed={review.confirmed}
                editing={v.editing}
                lines={lines}
                onCommitText={v.commitText}
                onCancelEdit={() => v.setEditing(null)}
                scrollRequest={v.scrollRequest}
                onHoverRow={v.setHoverRow}
                onClauseClick={v.clickClause}
                onScrolledAway={() => v.word && v.setWord(null)}
              />
            </div>
            <FlagsPanel
              all={vm.flags}
              shown={v.shownFlags}
              decisions={decisions}
              filter={v.filter}
              groupBy={v.groupBy}
              selected={v.flagKey}
              segments={vm.segments}
              lines={lines}
              checking={!checked}
              ruleCount={rules.rules.length}
              onFilter={v.setFilter}
              onGroupBy={v.setGroupBy}
              onSelect={v.selectFlag}
              onDecide={v.decide}
              onNote={(f, note) => review.record({ kind: 'note', flag: f.key, note })}
              onBulk={bulk}
              onIgnore={ignore}
              onRules={() => setRulesOpen(true)}
            />
          </>
        ) : (
          <div className="empty-panel">
            {running ? 'Reading the documents…' : 'Open an original and its translation to begin.'}
            {running ? <FontPrimer /> : null}
          </div>
        )}
      </main>
      <StatusBar
        mode={client.mode}
        fallback={fallback}
        pairs={vm?.rows.length ?? null}
        confirmed={confirmedCount}
        segments={{ source: review.doc?.source.segments.length ?? 0, target: review.doc?.target.segments.length ?? 0 }}
        saveState={review.saveState}
        rechecking={review.rechecking}
        notes={report?.notes ?? []}
        skipped={review.skipped}
        hover={describeRow(vm?.rows[v.hoverRow ?? -1])}
        reportFile={opened && isReport(opened) ? opened.name : null}
        glossaryTerms={glossary.length}
      />
      {v.word ? <WordPopover info={v.word.info} at={v.word.at} onClose={() => v.setWord(null)} /> : null}
      {rulesOpen ? (
        <IgnoreRulesDialog
          rules={rules.rules}
          onRemove={rules.remove}
          onExport={() => downloadText('duizhao-ignore-rules.json', 'application/json', writeIgnoreRulesFile(rules.rules))}
          onImport={rules.importFile}
          onClose={() => setRulesOpen(false)}
        />
      ) : null}
            {dialog ? <OpenDialog initial={opened} sample={seedDocs} onOpen={open} onClose={() => setDialog(false)} readFile={client.extractFile} openBitext={(doc) => client.buildBitextReport(doc)} /> : null}
    </div>
  );
}

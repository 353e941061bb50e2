// Words that correspond in the row under the pointer (or selected): numbers and Latin names at
// once, dictionary matches from the worker a moment later.
import { useEffect, useState } from 'react';
import type { PipelineClient } from '../../client/pipeline-client';
import type { Lang } from '../../core/types';
import { findCorrespondences } from '../model/correspondence';
import { marksPerSegment, type Mark } from '../model/highlight';
import type { Row } from '../model/rows';

const SEP = '\n';

/** Marks by segment id for `row`, or an empty map. */
export function useCorrespondence(row: Row | null, langs: { source: Lang; target: Lang } | null, client: PipelineClient): Map<string, Mark[]> {
  const [marks, setMarks] = useState<Map<string, Mark[]>>(new Map());
  useEffect(() => {
    if (!row || !langs || row.source.length === 0 || row.target.length === 0) return setMarks(new Map());
    const zhSegs = langs.source === 'zh' ? row.source : row.target;
    const enSegs = langs.source === 'zh' ? row.target : row.source;
    const zh = zhSegs.map((s) => s.text).join(SEP);
    const en = enSegs.map((s) => s.text).join(SEP);
    const quick = findCorrespondences(zh, en);
    const apply = (z: Mark[], e: Mark[]) => setMarks(new Map([...marksPerSegment(zhSegs, z, SEP), ...marksPerSegment(enSegs, e, SEP)]));
    apply(quick.zh, quick.en);
    let live = true;
    // Dictionary matches need the segmenter and the dictionary, which live in the worker.
    const timer = setTimeout(() => {
      client.matchWords(zh, en).then(
        (m) => {
          if (!live) return;
          const asMarks = (rs: { start: number; end: number }[]): Mark[] => rs.map((r) => ({ ...r, kind: 'match' }));
          apply([...quick.zh, ...asMarks(m.zh)], [...quick.en, ...asMarks(m.en)]);
        },
        () => {},
      );
    }, 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [row, langs, client]);
  return marks;
}

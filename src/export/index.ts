// Export writers: pure functions from a Report to the text of a file.
export { writeJsonReport } from './json';
export { writeTmx } from './tmx';
export { writeXliff } from './xliff';
export { writeTsv, TSV_COLUMNS, type TsvOptions } from './tsv';
export { writeHtmlReport, highlightEvidence } from './html-report';
export {
  collectPairRows,
  describeFlag,
  joinSegmentTexts,
  langTag,
  type ExportOptions,
  type PairRow,
  type PairRows,
  type ReviewState,
  type ReviewStatus,
} from './collect-pair-rows';
export { cleanXmlChars, escapeAttribute, escapeText } from './escape-markup';

// What the viewer can open: two documents to compare (with an optional glossary), or a report
// made earlier. Plain data: it is what the session store keeps across a reload.
import type { DocumentInput } from '../../core/pipeline';
import type { Report } from '../../core/types';

/** A glossary CSV as the user gave it (its text is kept so a reload parses it again). */
export interface GlossaryFile {
  name: string;
  text: string;
}

export interface OpenDocs {
  source: DocumentInput;
  target: DocumentInput;
  glossary?: GlossaryFile;
}

/** A report file opened as it is; the glossary only serves the re-checks of corrected pairs. */
export interface OpenReport {
  report: Report;
  name: string;
  glossary?: GlossaryFile;
}

/** What the viewer shows: two documents to compare, or a report made earlier. */
export type Opened = OpenDocs | OpenReport;

/** Whether a report file, rather than two documents, was opened. */
export const isReport = (o: Opened): o is OpenReport => 'report' in o;

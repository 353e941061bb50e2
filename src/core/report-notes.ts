// Kinds of report notes. Zero imports: the viewer uses it without loading the pipeline.

// "<file>: read lines 1–19 (front matter: title, …) as metadata" and "<file>: dropped 3 noise
// lines: … (lines 4, 9–10)": the report accounts for text it deliberately left out of the segments.
const ACCOUNTING = /: (?:read lines? [\d–, …]+ \(front matter: .*\) as metadata|dropped \d+ .+ \(lines? [\d–, …]+\))$/;

/**
 * True for a note that only accounts, by line number, for text deliberately left out of the
 * segments (front matter, page numbers, contents lines); false for a warning a reader should see.
 */
export function isAccountingNote(note: string): boolean {
  return ACCOUNTING.test(note);
}

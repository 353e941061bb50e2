// Builds extracted text block by block while recording structure notes with their offsets.
import type { StructureNote } from './extracted';

/** Accumulates blocks separated by a blank line; each block's offsets are known when it is added. */
export class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  readonly structure: StructureNote[] = [];

  /** Appends a block (inner line breaks kept, runs of blank lines collapsed); returns its range, or null when blank. */
  addBlock(text: string, note?: Omit<StructureNote, 'start' | 'end'>, prefix = ''): { start: number; end: number } | null {
    const body = text.replace(/[ \t]*\n[ \t]*(\n[ \t]*)+/g, '\n').trim();
    if (body === '') return null;
    if (this.length > 0) this.push('\n\n');
    this.push(prefix);
    const start = this.length;
    this.push(body);
    const range = { start, end: this.length };
    if (note) this.structure.push({ ...note, ...range });
    return range;
  }

  /** Appends lines that belong together (table rows) separated by single line breaks, each noted. */
  addLines(lines: string[], note: Omit<StructureNote, 'start' | 'end'>): void {
    let first = true;
    for (const line of lines) {
      const body = line.trim();
      if (body === '') continue;
      if (this.length > 0) this.push(first ? '\n\n' : '\n');
      first = false;
      const start = this.length;
      this.push(body);
      this.structure.push({ ...note, start, end: this.length });
    }
  }

  toString(): string {
    return this.parts.join('');
  }

  private push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }
}

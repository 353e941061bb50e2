// Node side of the input layer: a path's bytes (regular files only, size capped) handed to the
// pure extractDocument, with pdfjs' Node build. Problems become InputError, one sentence each.
import { basename } from 'node:path';
import { extractDocument } from '../core/input/extract-document';
import { MAX_INPUT_BYTES } from '../core/input/limits';
import type { ExtractedDocument } from '../core/input/extracted';
import { loadPdfjsNode } from './pdfjs-node';
import { InputReadError, readInputBytes as readCapped } from './read-input';

/** A problem with the user's input: printed as one line, exit status 2. */
export class InputError extends Error {}

/**
 * Reads a path's bytes (regular files only, '-' for standard input), capped at MAX_INPUT_BYTES while
 * reading; devices, pipes, sockets, folders and oversized files become one InputError sentence.
 */
export async function readInputBytes(path: string): Promise<Uint8Array> {
  try {
    return await readCapped(path, MAX_INPUT_BYTES);
  } catch (err) {
    if (err instanceof InputReadError) throw new InputError(err.message);
    throw err;
  }
}

/** Reads and extracts one file (text, Markdown, HTML, .docx, PDF, TMX, XLIFF, CSV, TSV). */
export async function extractFile(path: string): Promise<ExtractedDocument> {
  const bytes = await readInputBytes(path);
  const name = path === '-' ? 'stdin' : basename(path);
  const result = await extractDocument(bytes, name, { loadPdfjs: loadPdfjsNode });
  if (!result.ok) throw new InputError(result.problem.startsWith(name) ? path + result.problem.slice(name.length) : result.problem);
  return result.doc;
}

// Node side of the input layer: a path's bytes (regular files only, size capped) handed to the
// pure extractDocument, with pdfjs' Node build. Problems become InputError, one sentence each.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { extractDocument } from '../core/input/extract-document';
import { MAX_INPUT_BYTES } from '../core/input/limits';
import type { ExtractedDocument } from '../core/input/extracted';
import { loadPdfjsNode } from './pdfjs-node';

/** A problem with the user's input: printed as one line, exit status 2. */
export class InputError extends Error {}

/** Reads a file's bytes, refusing folders, missing files and files over MAX_INPUT_BYTES. */
export async function readInputBytes(path: string): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError(`${path} is a folder, not a file.`);
    size = info.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`Cannot read ${path}: no such file.`);
  }
  if (size > MAX_INPUT_BYTES) throw new InputError(`${path} is ${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB.`);
  return new Uint8Array(await readFile(path));
}

/** Reads and extracts one file (text, Markdown, HTML, .docx, PDF, TMX, XLIFF, CSV, TSV). */
export async function extractFile(path: string): Promise<ExtractedDocument> {
  const bytes = await readInputBytes(path);
  const result = await extractDocument(bytes, basename(path), { loadPdfjs: loadPdfjsNode });
  if (!result.ok) throw new InputError(result.problem.startsWith(basename(path)) ? path + result.problem.slice(basename(path).length) : result.problem);
  return result.doc;
}

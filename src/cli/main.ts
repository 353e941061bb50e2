#!/usr/bin/env node
// The Duizhao command line: a thin adapter over the core (arguments, files, stdout, exit codes).
//
// Only what reading and refusing input needs is imported up front; the pipeline, its resources and
// the writers load after the inputs have been read, so bad input is refused without that wait.
import { basename } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { decodeBytes, describeUnusableInput } from '../core/input/decode';
import { parseGlossary } from '../core/lexicon/glossary';
import type { DocumentInput } from '../core/pipeline';
import type { Report, Severity } from '../core/types';
import { createProgressPrinter } from './progress';
import { InputReadError, readInputBytes } from './read-input';

/** Largest input file accepted, in bytes. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** A problem with the user's input: printed as one line, exit status 2. */
class InputError extends Error {}

const FORMATS = ['json', 'tmx', 'xliff', 'tsv', 'html'] as const;

async function writerFor(format: (typeof FORMATS)[number]): Promise<(report: Report) => string> {
  const w = await import('../export/index');
  return { json: w.writeJsonReport, tmx: w.writeTmx, xliff: w.writeXliff, tsv: w.writeTsv, html: w.writeHtmlReport }[format];
}

const SEVERITY_RANK: Record<Severity, number> = { critical: 3, major: 2, minor: 1, info: 0 };

async function readDocument(path: string): Promise<DocumentInput> {
  let bytes: Uint8Array;
  try {
    bytes = await readInputBytes(path, MAX_INPUT_BYTES);
  } catch (err) {
    if (err instanceof InputReadError) throw new InputError(err.message);
    throw err;
  }
  const name = path === '-' ? 'standard input' : path;
  const problem = describeUnusableInput(bytes);
  if (problem) throw new InputError(`${name}: ${problem}`);
  const decoded = decodeBytes(bytes);
  return { name: path === '-' ? 'stdin' : basename(path), text: decoded.text, notes: decoded.notes };
}

async function readGlossary(path: string | undefined) {
  if (!path) return [];
  const doc = await readDocument(path);
  const { entries, problems } = parseGlossary(doc.text);
  if (problems.length > 0) throw new InputError(`${path}, line ${problems[0].line}: ${problems[0].message}`);
  return entries;
}

interface CheckOptions {
  format: (typeof FORMATS)[number];
  failOn?: Severity;
  segmented?: boolean;
  bitext?: string;
  glossary?: string;
}

async function runCheck(original: string | undefined, translation: string | undefined, opts: CheckOptions): Promise<number> {
  // Inputs are read and validated before the dictionary loads, so mistakes are reported at once.
  const glossary = await readGlossary(opts.glossary);
  let report: Report;
  if (opts.bitext) {
    if (original || translation) throw new InputError('With --bitext, give only the bitext file, not two documents.');
    const bitext = await readDocument(opts.bitext);
    const [{ buildBitextReport }, { loadNodeResources }] = await Promise.all([import('../core/bitext'), import('./resources')]);
    report = buildBitextReport(bitext, await loadNodeResources(), { glossary });
  } else {
    if (!original || !translation) throw new InputError('Give two files: duizhao check <original> <translation> (or --bitext FILE).');
    if (original === '-' && translation === '-') throw new InputError('Only one of the two files can be - (standard input).');
    const [source, target] = await Promise.all([readDocument(original), readDocument(translation)]);
    const [{ buildReport, describeInputProblem }, { loadNodeResources }] = await Promise.all([import('../core/pipeline'), import('./resources')]);
    const problem = describeInputProblem(source, target);
    if (problem) throw new InputError(problem);
    const progress = createProgressPrinter(process.stderr);
    try {
      report = buildReport(source, target, await loadNodeResources(), { segmented: opts.segmented, glossary, onProgress: progress.update });
    } finally {
      progress.done();
    }
  }
  process.stdout.write((await writerFor(opts.format))(report));
  // Notes (degraded input, documents that hardly match) reach a terminal user too, not only the report.
  for (const note of report.notes) process.stderr.write(`duizhao: note: ${note}\n`);
  if (opts.failOn) {
    const worst = SEVERITY_RANK[opts.failOn];
    if (report.flags.some((f) => SEVERITY_RANK[f.severity] >= worst)) return 1;
  }
  return 0;
}

/** Runs the CLI on argv and resolves to the exit status; writes only complete output to stdout. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command('duizhao')
    .description('Align a Chinese document with its English translation (either order) and flag divergences.')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  let status = 0;
  program
    .command('check')
    .description('Align and check an original against its translation; prints a report.')
    .argument('[original]', 'the original (plain text or Markdown, Chinese or English; - reads standard input)')
    .argument('[translation]', 'its translation (the other language)')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...FORMATS]).default('json'))
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a flag of this severity or worse is found').choices(['critical', 'major', 'minor']))
    .option('--segmented', 'inputs hold one segment per line; nothing is re-split')
    .option('--bitext <file>', 'check an already aligned TSV file (original<TAB>translation per line) without aligning')
    .option('--glossary <file>', 'CSV glossary: Chinese,English per line')
    .action(async (original, translation, opts: CheckOptions) => {
      status = await runCheck(original, translation, opts);
    });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return status;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here with code 0; usage mistakes are bad input.
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof InputError) {
      process.stderr.write(`duizhao: ${err.message}\n`);
      return 2;
    }
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`duizhao: internal error: ${message}\n`);
    return 3;
  }
}

// A reader that stops early (`| head`) closes stdout: that ends the run quietly, not with a trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});

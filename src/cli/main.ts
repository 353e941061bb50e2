#!/usr/bin/env node
// The Duizhao command line: a thin adapter over the core (arguments, files, stdout, exit codes).
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { buildBitextReport } from '../core/bitext';
import { decodeBytes, describeUnusableInput } from '../core/input/decode';
import { parseGlossary } from '../core/lexicon/glossary';
import { buildReport, describeInputProblem, type DocumentInput } from '../core/pipeline';
import type { Lang, Report, Severity } from '../core/types';
import { writeHtmlReport, writeJsonReport, writeTmx, writeTsv, writeXliff } from '../export/index';
import { loadNodeResources } from './resources';

/** Largest input file accepted, in bytes. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** A problem with the user's input: printed as one line, exit status 2. */
class InputError extends Error {}

const FORMATS = { json: writeJsonReport, tmx: writeTmx, xliff: writeXliff, tsv: writeTsv, html: writeHtmlReport } as const;
const SEVERITY_RANK: Record<Severity, number> = { critical: 3, major: 2, minor: 1, info: 0 };

async function readDocument(path: string): Promise<DocumentInput> {
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
  const bytes = new Uint8Array(await readFile(path));
  const problem = describeUnusableInput(bytes);
  if (problem) throw new InputError(`${path}: ${problem}`);
  return { name: basename(path), text: decodeBytes(bytes).text };
}

async function readGlossary(path: string | undefined) {
  if (!path) return [];
  const doc = await readDocument(path);
  const { entries, problems } = parseGlossary(doc.text);
  if (problems.length > 0) throw new InputError(`${path}, line ${problems[0].line}: ${problems[0].message}`);
  return entries;
}

interface CheckOptions {
  format: keyof typeof FORMATS;
  failOn?: Severity;
  segmented?: boolean;
  bitext?: string;
  glossary?: string;
  sourceLang?: Lang;
  targetLang?: Lang;
}

async function runCheck(original: string | undefined, translation: string | undefined, opts: CheckOptions): Promise<number> {
  // Inputs are read and validated before the dictionary loads, so mistakes are reported at once.
  const glossary = await readGlossary(opts.glossary);
  let report: Report;
  // The decoded files, so TSV, TMX, XLIFF and HTML can name each clause's line.
  let files: { source?: string; target?: string } | undefined;
  if (opts.bitext) {
    if (original || translation) throw new InputError('With --bitext, give only the bitext file, not two documents.');
    const bitext = await readDocument(opts.bitext);
    report = buildBitextReport(bitext, await loadNodeResources(), { glossary });
  } else {
    if (!original || !translation) throw new InputError('Give two files: duizhao check <original> <translation> (or --bitext FILE).');
    const [read1, read2] = await Promise.all([readDocument(original), readDocument(translation)]);
    // A language set on the command line wins over detection (for text detection reads wrongly).
    const source = opts.sourceLang ? { ...read1, lang: opts.sourceLang } : read1;
    const target = opts.targetLang ? { ...read2, lang: opts.targetLang } : read2;
    const problem = describeInputProblem(source, target);
    if (problem) throw new InputError(problem);
    report = buildReport(source, target, await loadNodeResources(), { segmented: opts.segmented, glossary });
    files = { source: source.text, target: target.text };
  }
  process.stdout.write(opts.format === 'json' ? writeJsonReport(report) : FORMATS[opts.format](report, { files }));
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
    .argument('[original]', 'the original (plain text or Markdown, Chinese or English)')
    .argument('[translation]', 'its translation (the other language)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(FORMATS)).default('json'))
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a flag of this severity or worse is found').choices(['critical', 'major', 'minor']))
    .option('--segmented', 'inputs hold one segment per line; nothing is re-split')
    .option('--bitext <file>', 'check an already aligned TSV file (original<TAB>translation per line) without aligning')
    .option('--glossary <file>', 'CSV glossary: Chinese,English per line')
    .addOption(new Option('--source-lang <lang>', "the original's language, when detection gets it wrong").choices(['zh', 'en']))
    .addOption(new Option('--target-lang <lang>', "the translation's language, when detection gets it wrong").choices(['zh', 'en']))
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

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});

#!/usr/bin/env node
// The Duizhao command line: a thin adapter over the core (arguments, files, stdout, exit codes).
import { basename } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { decodeBytes, describeUnusableInput } from '../core/input/decode';
import { parseGlossary } from '../core/lexicon/glossary';
import type { DocumentInput } from '../core/pipeline';
import type { Lang, Report, Severity } from '../core/types';
import type { BatchOptions } from './batch';
import { FORMATS } from './formats';
import { extractFile, InputError, readInputBytes } from './extract-file';
import { createProgressPrinter } from './progress';

const SEVERITY_RANK: Record<Severity, number> = { critical: 3, major: 2, minor: 1, info: 0 };

async function readDocument(path: string): Promise<DocumentInput> {
  const bytes = await readInputBytes(path);
  const problem = describeUnusableInput(bytes);
  if (problem) throw new InputError(`${path}: ${problem}`);
  return { name: path === '-' ? 'standard input' : basename(path), text: decodeBytes(bytes).text };
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
  // Inputs are read and validated before the dictionary loads, so mistakes are reported at once;
  // the pipeline's modules load only now, so --help and usage errors answer fast.
  const [{ buildBitextFileReport, buildFileReport, describeFileProblem, isBitext }, { loadNodeResources }] = await Promise.all([import('../core/file-report'), import('./resources')]);
  const glossary = await readGlossary(opts.glossary);
  let report: Report;
  // The extracted texts, so TSV, TMX, XLIFF and HTML can name each clause's line.
  let files: { source?: string; target?: string } | undefined;
  // One bilingual file (TMX, XLIFF, CSV, TSV) needs no --bitext: its format says what it is.
  const bitextPath = opts.bitext ?? (original && !translation ? original : undefined);
  if (bitextPath) {
    if (opts.bitext && (original || translation)) throw new InputError('With --bitext, give only the bitext file, not two documents.');
    const bitext = await extractFile(bitextPath);
    if (!isBitext(bitext)) throw new InputError(`${bitextPath} is one document (${bitext.format}), not a bilingual file: give its translation too.`);
    report = buildBitextFileReport(bitext, await loadNodeResources(), { glossary });
  } else {
    if (!original || !translation) throw new InputError('Give two files: duizhao check <original> <translation> (or --bitext FILE).');
    if (original === '-' && translation === '-') throw new InputError('Only one of the two files can be - (standard input).');
    const [read1, read2] = await Promise.all([extractFile(original), extractFile(translation)]);
    // A language set on the command line wins over detection (for text detection reads wrongly).
    const source = opts.sourceLang ? { ...read1, lang: opts.sourceLang } : read1;
    const target = opts.targetLang ? { ...read2, lang: opts.targetLang } : read2;
    const problem = describeFileProblem(source, target);
    if (problem) throw new InputError(problem);
    const progress = createProgressPrinter(process.stderr);
    try {
      report = buildFileReport(source, target, await loadNodeResources(), { segmented: opts.segmented, glossary, onProgress: progress.update });
    } finally {
      progress.done();
    }
    files = { source: source.text, target: target.text };
  }
  process.stdout.write(opts.format === 'json' ? FORMATS.json(report) : FORMATS[opts.format](report, { files }));
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
    .argument('[original]', 'the original (text, Markdown, HTML, .docx or PDF; Chinese or English), or one bilingual TMX/XLIFF/CSV/TSV file')
    .argument('[translation]', 'its translation (the other language)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(FORMATS)).default('json'))
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a flag of this severity or worse is found').choices(['critical', 'major', 'minor']))
    .option('--segmented', 'inputs hold one segment per line; nothing is re-split')
    .option('--bitext <file>', 'check an already aligned file without aligning: TMX, XLIFF 1.2/2.x, CSV, or TSV (original<TAB>translation per line)')
    .option('--glossary <file>', 'CSV glossary: Chinese,English per line')
    .addOption(new Option('--source-lang <lang>', "the original's language, when detection gets it wrong").choices(['zh', 'en']))
    .addOption(new Option('--target-lang <lang>', "the translation's language, when detection gets it wrong").choices(['zh', 'en']))
    .action(async (original, translation, opts: CheckOptions) => {
      status = await runCheck(original, translation, opts);
    });
  program
    .command('batch')
    .description('Check many pairs: a JSON Lines manifest ({"id","original","translation"} per line) or two folders paired by file name.')
    .argument('<inputs...>', 'manifest.jsonl, or DIR_A DIR_B')
    .option('-o, --out <dir>', 'folder for one report per pair')
    .addOption(new Option('-f, --format <format>', 'report format').choices(Object.keys(FORMATS)).default('json'))
    .option('-j, --jobs <n>', 'worker threads (default: the number of cores)')
    .option('--shard <i/n>', 'take every n-th pair from the i-th (0-based), to spread one manifest over n machines')
    .addOption(new Option('--fail-on <severity>', 'exit 1 when any pair has a flag of this severity or worse').choices(['critical', 'major', 'minor']))
    .option('--segmented', 'inputs hold one segment per line; nothing is re-split')
    .action(async (inputs: string[], opts: BatchOptions) => {
      const { runBatch } = await import('./batch');
      status = await runBatch(inputs, opts);
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

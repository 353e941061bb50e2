// The report writers the CLI offers, by --format name, with each one's file extension.
import { writeHtmlReport, writeJsonReport, writeTmx, writeTsv, writeXliff } from '../export/index';

export const FORMATS = { json: writeJsonReport, tmx: writeTmx, xliff: writeXliff, tsv: writeTsv, html: writeHtmlReport } as const;

export type OutputFormat = keyof typeof FORMATS;

/** File extension of a report written in each format. */
export const EXTENSIONS: Record<OutputFormat, string> = { json: 'json', tmx: 'tmx', xliff: 'xlf', tsv: 'tsv', html: 'html' };

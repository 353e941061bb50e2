// Review files in IndexedDB, one record per pair of documents, keyed by both documents' SHA-256.
import { openDB, type IDBPDatabase } from 'idb';
import { isReport, type Opened } from './model/opened';
import type { ReviewFile } from './model/review-log';
import { parseIgnoreRulesFile, writeIgnoreRulesFile, type IgnoreRule } from './model/flag-rules';

const DB_NAME = 'duizhao';
const STORE = 'reviews';
const SESSION = 'session';
const RULES = 'ignore-rules';
let db: Promise<IDBPDatabase> | null = null;

function open(): Promise<IDBPDatabase> {
  db ??= openDB(DB_NAME, 3, {
    upgrade(d) {
      if (!d.objectStoreNames.contains(STORE)) d.createObjectStore(STORE);
      if (!d.objectStoreNames.contains(SESSION)) d.createObjectStore(SESSION);
      if (!d.objectStoreNames.contains(RULES)) d.createObjectStore(RULES);
    },
  });
  return db;
}

/** Hex SHA-256 of a text's UTF-8 bytes. */
export async function hashText(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The hashes a review is keyed by: each document's text, or for a report opened from a file, each
 * side's segment texts (a report does not hold the whole documents). So a report's review is its
 * own, not shared with the documents it was made from: the texts between segments are unknown,
 * and guessing them would key two different documents alike.
 */
export async function hashOpened(opened: Opened): Promise<{ source: string; target: string }> {
  if (!isReport(opened)) return { source: await hashText(opened.source.text), target: await hashText(opened.target.text) };
  // JSON of the list, not a join: no separator can be confused with text inside a segment.
  const side = (s: typeof opened.report.source) => hashText(JSON.stringify(s.segments.map((x) => x.text)));
  return { source: await side(opened.report.source), target: await side(opened.report.target) };
}

/** The storage key of a document pair: both hashes, original first. */
export function reviewKey(hashes: { source: string; target: string }): string {
  return `${hashes.source}:${hashes.target}`;
}

/** The saved review of a document pair, or null. */
export async function loadReview(key: string): Promise<ReviewFile | null> {
  return ((await (await open()).get(STORE, key)) as ReviewFile | undefined) ?? null;
}

/** Saves (replaces) the review of a document pair. */
export async function saveReview(key: string, file: ReviewFile): Promise<void> {
  await (await open()).put(STORE, file, key);
}

/** Remembers what is open now (documents and glossary, or a report), so a reload or a crash comes back to it. */
export async function saveSession(opened: Opened): Promise<void> {
  await (await open()).put(SESSION, opened, 'documents');
}

/** What was open before the last reload, or null. */
export async function loadSession(): Promise<Opened | null> {
  try {
    const o = (await (await open()).get(SESSION, 'documents')) as Opened | undefined;
    return o && (isReport(o) ? typeof o.report === 'object' : typeof o.source?.text === 'string' && typeof o.target?.text === 'string') ? o : null;
  } catch {
    return null;
  }
}

/** The reviewer's ignore rules (one list per browser profile, for every document). */
export async function loadIgnoreRules(): Promise<IgnoreRule[]> {
  const text = (await (await open()).get(RULES, 'rules')) as string | undefined;
  const rules = text ? parseIgnoreRulesFile(text) : [];
  return typeof rules === 'string' ? [] : rules;
}

/** Saves (replaces) the reviewer's ignore rules, in the same shape as the exported file. */
export async function saveIgnoreRules(rules: readonly IgnoreRule[]): Promise<void> {
  await (await open()).put(RULES, writeIgnoreRulesFile(rules), 'rules');
}

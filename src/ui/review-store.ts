// Review files in IndexedDB, one record per pair of documents, keyed by both documents' SHA-256.
import { openDB, type IDBPDatabase } from 'idb';
import type { DocumentInput } from '../core/pipeline';
import type { ReviewFile } from './model/review-log';

const DB_NAME = 'duizhao';
const STORE = 'reviews';
const SESSION = 'session';
let db: Promise<IDBPDatabase> | null = null;

function open(): Promise<IDBPDatabase> {
  db ??= openDB(DB_NAME, 2, {
    upgrade(d) {
      if (!d.objectStoreNames.contains(STORE)) d.createObjectStore(STORE);
      if (!d.objectStoreNames.contains(SESSION)) d.createObjectStore(SESSION);
    },
  });
  return db;
}

/** Hex SHA-256 of a text's UTF-8 bytes. */
export async function hashText(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
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

/** Remembers the documents open now, so a reload or a crash comes back to them. */
export async function saveSession(docs: { source: DocumentInput; target: DocumentInput }): Promise<void> {
  await (await open()).put(SESSION, docs, 'documents');
}

/** The documents open before the last reload, or null. */
export async function loadSession(): Promise<{ source: DocumentInput; target: DocumentInput } | null> {
  try {
    return ((await (await open()).get(SESSION, 'documents')) as { source: DocumentInput; target: DocumentInput } | undefined) ?? null;
  } catch {
    return null;
  }
}

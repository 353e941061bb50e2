// The pairs of a batch: a JSON Lines manifest or two folders paired by file name, then the shard
// this process takes. A line that cannot be a pair becomes a failed entry, never an abort.
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, parse as parsePath, resolve } from 'node:path';

/** One pair to check, or a manifest entry that cannot be one (`error` says why). */
export interface BatchEntry {
  id: string;
  original?: string;
  translation?: string;
  error?: string;
}

/**
 * Reads a manifest: one `{"id", "original", "translation"}` object per line; relative paths are
 * taken from the manifest's folder. Blank lines are skipped and do not count as lines.
 */
export async function readManifest(path: string): Promise<BatchEntry[]> {
  const text = await readFile(path, 'utf8');
  const base = dirname(resolve(path));
  const entries: BatchEntry[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const fallbackId = `line-${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      entries.push({ id: fallbackId, error: `Line ${i + 1} of the manifest is not JSON.` });
      return;
    }
    const v = (value ?? {}) as Record<string, unknown>;
    const id = typeof v.id === 'string' && v.id.trim() !== '' ? v.id : typeof v.id === 'number' ? String(v.id) : fallbackId;
    if (typeof v.original !== 'string' || typeof v.translation !== 'string') {
      entries.push({ id, error: `Line ${i + 1} of the manifest needs "original" and "translation" paths.` });
      return;
    }
    const at = (p: string) => (isAbsolute(p) ? p : join(base, p));
    entries.push({ id, original: at(v.original), translation: at(v.translation) });
  });
  return entries;
}

/** Pairs the regular files of two folders by name without extension (a.docx ↔ a.pdf); a file with no counterpart is a failed entry. */
export async function pairFolders(dirA: string, dirB: string): Promise<BatchEntry[]> {
  const list = async (dir: string) => {
    const names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();
    const files: string[] = [];
    for (const n of names) if ((await stat(join(dir, n))).isFile()) files.push(n);
    return new Map(files.map((n) => [parsePath(n).name, n]));
  };
  const [a, b] = await Promise.all([list(dirA), list(dirB)]);
  const entries: BatchEntry[] = [];
  for (const [stem, name] of a) {
    const other = b.get(stem);
    entries.push(other ? { id: stem, original: join(dirA, name), translation: join(dirB, other) } : { id: stem, error: `${join(dirA, name)} has no counterpart named ${stem}.* in ${dirB}.` });
  }
  for (const [stem, name] of b) if (!a.has(stem)) entries.push({ id: stem, error: `${join(dirB, name)} has no counterpart named ${stem}.* in ${dirA}.` });
  return entries;
}

/** Parses `--shard i/n` (0 ≤ i < n); throws RangeError naming the value otherwise. */
export function parseShard(value: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index >= count) throw new RangeError(`--shard ${value}: expected i/n with 0 ≤ i < n, e.g. 0/4`);
  return { index, count };
}

/** Every n-th entry starting from the i-th (0-based), so n processes given 0/n … (n-1)/n share the manifest. */
export function takeShard<T>(entries: T[], shard: { index: number; count: number } | undefined): T[] {
  return shard ? entries.filter((_, k) => k % shard.count === shard.index) : entries;
}

/** A file name for an id: characters other than letters, digits, '.', '_' and '-' become '_'; duplicates get ~2, ~3 … */
export function reportFileNames(ids: string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const safe = id.replace(/[^\p{L}\p{N}._-]/gu, '_').replace(/^\.+/, '_').slice(0, 120) || 'pair';
    const n = (seen.get(safe) ?? 0) + 1;
    seen.set(safe, n);
    return n === 1 ? safe : `${safe}~${n}`;
  });
}

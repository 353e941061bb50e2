// Reading a user's input file in Node: regular files and standard input only, never more than a
// limit. The size is the count of bytes actually read, because stat() says 0 for devices, pipes
// and /proc files, and a file may grow while we read it.
import { constants, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';

/** Why an input could not be read; `message` is one sentence a user can act on. */
export type InputReadProblem = 'not-found' | 'folder' | 'not-regular' | 'too-large' | 'unreadable' | 'no-permission';

/** A user-facing failure to read an input: one clear sentence, and what kind of problem it was. */
export class InputReadError extends Error {
  constructor(
    readonly problem: InputReadProblem,
    message: string,
  ) {
    super(message);
    this.name = 'InputReadError';
  }
}

/** Formats a byte count exactly, with thousands separators, so "one byte over" stays visible. */
export function formatBytes(n: number): string {
  const exact = `${n.toLocaleString('en-US')} byte${n === 1 ? '' : 's'}`;
  if (n < 1024 * 1024) return exact;
  return `${exact} (${(n / 1048576).toFixed(1).replace(/\.0$/, '')} MiB)`;
}

const CHUNK = 1 << 20;

function tooLarge(name: string, size: number | null, limit: number): InputReadError {
  const said = size === null ? `more than ${formatBytes(limit)}` : formatBytes(size);
  return new InputReadError('too-large', `${name} is ${said}; the limit is ${formatBytes(limit)}.`);
}

function kindOf(info: Stats): string | null {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  return info.isFile() ? null : 'not a regular file';
}

function systemError(path: string, err: unknown): InputReadError {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new InputReadError('not-found', `Cannot read ${path}: no such file.`);
  if (code === 'EACCES' || code === 'EPERM') return new InputReadError('no-permission', `Cannot read ${path}: permission denied.`);
  if (code === 'EISDIR') return new InputReadError('folder', `${path} is a folder, not a file.`);
  const reason = err instanceof Error ? err.message.replace(/^\w+: /, '') : String(err);
  return new InputReadError('unreadable', `Cannot read ${path}: ${reason}.`);
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

async function readStdin(limit: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > limit) {
      process.stdin.destroy();
      throw tooLarge('Standard input', null, limit);
    }
    chunks.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length));
  }
  return concat(chunks, total);
}

/**
 * Reads a regular file (or standard input for `-`) whole, reading at most `limitBytes` + 1 bytes;
 * throws InputReadError (one sentence) for a missing file, a folder, a device, FIFO or socket
 * (without opening it, so nothing blocks), or more than `limitBytes` bytes.
 */
export async function readInputBytes(path: string, limitBytes: number): Promise<Uint8Array> {
  if (!Number.isSafeInteger(limitBytes) || limitBytes < 0) throw new RangeError(`readInputBytes: bad limit ${limitBytes}`);
  if (path === '-') return readStdin(limitBytes);
  let info: Stats;
  try {
    info = await stat(path);
  } catch (err) {
    throw systemError(path, err);
  }
  if (info.isDirectory()) throw new InputReadError('folder', `${path} is a folder, not a file.`);
  const kind = kindOf(info);
  if (kind) throw new InputReadError('not-regular', `${path} is ${kind}, not a regular file; save its contents to a file and give that file's name (or use - for standard input).`);
  if (info.size > limitBytes) throw tooLarge(path, info.size, limitBytes);
  // O_NONBLOCK: if the path was swapped for a FIFO after stat(), open() must not wait for a writer.
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    throw systemError(path, err);
  }
  try {
    const again = await handle.stat();
    const swapped = kindOf(again);
    if (swapped) throw new InputReadError('not-regular', `${path} is ${swapped}, not a regular file.`);
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      // One byte past the limit is enough to know the file is too large.
      const want = Math.min(CHUNK, limitBytes + 1 - total);
      const buffer = new Uint8Array(want);
      const { bytesRead } = await handle.read(buffer, 0, want, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === want ? buffer : buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limitBytes) throw tooLarge(path, null, limitBytes);
    }
    return concat(chunks, total);
  } catch (err) {
    if (err instanceof InputReadError) throw err;
    throw systemError(path, err);
  } finally {
    await handle.close();
  }
}

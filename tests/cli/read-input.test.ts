// Reading input in Node (issue 8, item 4): regular files only, size from the bytes read, capped.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatBytes, InputReadError, readInputBytes } from '../../src/cli/read-input';

const tmp = mkdtempSync(join(tmpdir(), 'duizhao-read-'));
const file = (name: string, content: string | Uint8Array) => {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
};

async function refusal(path: string, limit = 1000): Promise<{ error: InputReadError; ms: number }> {
  const t0 = performance.now();
  try {
    await readInputBytes(path, limit);
  } catch (err) {
    expect(err).toBeInstanceOf(InputReadError);
    return { error: err as InputReadError, ms: performance.now() - t0 };
  }
  throw new Error(`${path} was read`);
}

const fifo = join(tmp, 'pipe');
const socket = join(tmp, 'sock');
const server = createServer();
beforeAll(async () => {
  execFileSync('mkfifo', [fifo]);
  await new Promise<void>((resolve) => server.listen(socket, resolve));
});
afterAll(() => {
  server.close();
});

describe('readInputBytes', () => {
  it('reads a regular file whole', async () => {
    const bytes = await readInputBytes(file('a.txt', '深圳。'), 1000);
    expect(new TextDecoder().decode(bytes)).toBe('深圳。');
  });

  it('reads a file of exactly the limit and refuses one byte more, in exact bytes', async () => {
    expect((await readInputBytes(file('ten.txt', '0123456789'), 10)).length).toBe(10);
    const { error } = await refusal(file('eleven.txt', '0123456789a'), 10);
    expect(error.problem).toBe('too-large');
    expect(error.message).toBe(`${join(tmp, 'eleven.txt')} is 11 bytes; the limit is 10 bytes.`);
  });

  it.each([
    ['/dev/zero (a device that never ends)', () => '/dev/zero', 'not-regular', /is a character device, not a regular file/],
    ['/dev/null (a device that reads 0 bytes)', () => '/dev/null', 'not-regular', /is a character device/],
    ['a FIFO with no writer', () => fifo, 'not-regular', /is a named pipe \(FIFO\), not a regular file/],
    ['a Unix socket', () => socket, 'not-regular', /is a socket, not a regular file/],
    ['a folder', () => tmp, 'folder', /is a folder, not a file\.$/],
    ['a missing file', () => join(tmp, 'nope.txt'), 'not-found', /^Cannot read .*: no such file\.$/],
  ])('refuses %s at once with one sentence', async (_name, path, problem, message) => {
    const { error, ms } = await refusal(path());
    expect(error.problem).toBe(problem);
    expect(error.message).toMatch(message);
    expect(error.message).not.toMatch(/\n/);
    expect(ms).toBeLessThan(1000);
  });
});

describe('formatBytes', () => {
  it.each([
    [1, '1 byte'],
    [20 * 1024 * 1024, '20,971,520 bytes (20 MiB)'],
    [20 * 1024 * 1024 + 1, '20,971,521 bytes (20 MiB)'],
    [1536 * 1024, '1,572,864 bytes (1.5 MiB)'],
  ])('%d → %s', (n, text) => {
    expect(formatBytes(n)).toBe(text);
  });
});

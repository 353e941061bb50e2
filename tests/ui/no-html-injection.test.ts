// Document text must never reach the DOM as HTML: no component may use an HTML-injecting API.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../src/ui');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|tsx)$/.test(e.name) ? [join(dir, e.name)] : []));

describe('viewer source', () => {
  it.each(files(root).map((f) => [f.slice(root.length + 1), f]))('%s injects no HTML', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write|createContextualFragment/);
  });
});

// CLI progress on stderr (issue 8): only on a terminal, only after ~2 s, one self-overwriting line.
import { describe, expect, it } from 'vitest';
import { createProgressPrinter } from '../../src/cli/progress';

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  return { stream: { isTTY, write: (s: string) => written.push(s) }, written };
}

describe('createProgressPrinter', () => {
  it('stays silent during the first two seconds, then prints stage and percent on one line', () => {
    let t = 0;
    const { stream, written } = fakeStream(true);
    const p = createProgressPrinter(stream, { now: () => t });
    t = 1500;
    p.update({ stage: 'align', done: 10, total: 100 });
    expect(written).toEqual([]);
    t = 2500;
    p.update({ stage: 'align', done: 40, total: 100 });
    expect(written).toEqual(['\r\x1b[Kduizhao: aligning 40% (3 s)']);
    t = 2550;
    p.update({ stage: 'align', done: 41, total: 100 });
    expect(written).toHaveLength(1);
    p.update({ stage: 'check', done: 0, total: 8 });
    expect(written[1]).toBe('\r\x1b[Kduizhao: checking 0% (3 s)');
    p.done();
    expect(written[2]).toBe('\r\x1b[K');
  });

  it('prints nothing when stderr is not a terminal (a log file, a pipe)', () => {
    let t = 0;
    const { stream, written } = fakeStream(false);
    const p = createProgressPrinter(stream, { now: () => t });
    t = 60_000;
    p.update({ stage: 'align', done: 1, total: 2 });
    p.done();
    expect(written).toEqual([]);
  });

  it('clears nothing when it never printed', () => {
    const { stream, written } = fakeStream(true);
    createProgressPrinter(stream).done();
    expect(written).toEqual([]);
  });
});

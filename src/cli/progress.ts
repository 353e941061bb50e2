// Progress of a long CLI run on stderr: one self-overwriting line, only on a terminal and only once
// the run has lasted long enough for a user to wonder whether it hangs.
import type { Progress } from '../core/pipeline';

/** The part of a stream the printer uses (process.stderr in the CLI, a fake in tests). */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface ProgressPrinter {
  /** Pipeline progress callback: prints `stage done/total` once the delay has passed. */
  update(p: Progress): void;
  /** Clears the line if anything was printed; call once when the run ends (or fails). */
  done(): void;
}

const VERB: Record<Progress['stage'], string> = { segment: 'segmenting', align: 'aligning', check: 'checking' };

/**
 * A printer that stays silent unless `stream` is a TTY and `delayMs` (default 2 s) have passed since
 * it was created; writes at most every `intervalMs` (default 200 ms), so progress never slows the run.
 */
export function createProgressPrinter(stream: ProgressStream, options: { delayMs?: number; intervalMs?: number; now?: () => number } = {}): ProgressPrinter {
  const now = options.now ?? (() => Date.now());
  const delay = options.delayMs ?? 2000;
  const interval = options.intervalMs ?? 200;
  const started = now();
  let shown = false;
  let last = -Infinity;
  let lastStage = '';
  return {
    update(p) {
      if (!stream.isTTY) return;
      const t = now();
      if (t - started < delay) return;
      if (p.stage === lastStage && t - last < interval) return;
      last = t;
      lastStage = p.stage;
      shown = true;
      const pct = p.total > 0 ? Math.floor((100 * Math.min(p.done, p.total)) / p.total) : 0;
      const seconds = Math.round((t - started) / 1000);
      // \r and "erase to end of line" keep it to one line that overwrites itself.
      stream.write(`\r\x1b[Kduizhao: ${VERB[p.stage]} ${pct}% (${seconds} s)`);
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}

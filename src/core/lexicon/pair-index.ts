// A hash table from pairs of integer ids to integers, over typed arrays.

/**
 * Numbers by a pair of non-negative integer ids (a Chinese and an English word's), for the translation
 * model's EM, which looks up every word pair of every training pair, and its links, which look up every
 * word pair again: open addressing over typed arrays, where a Map keyed by f * E + e was several times slower.
 */
export class PairIndex {
  private fs: Int32Array;
  private es: Int32Array;
  private values: Int32Array;
  private mask: number;
  private count = 0;

  constructor(expected = 16) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.fs = new Int32Array(capacity).fill(-1);
    this.es = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** The slot holding (f, e), or the empty slot where it would go. */
  private slot(f: number, e: number): number {
    const { fs, es, mask } = this;
    // Both ids mixed into every bit (murmur3's finaliser): the table takes the low bits.
    let h = Math.imul(f, 0x9e3779b1) ^ e;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = (h ^ (h >>> 13)) & mask;
    while (fs[h] !== -1 && (fs[h] !== f || es[h] !== e)) h = (h + 1) & mask;
    return h;
  }

  /** The number stored for (f, e), or -1. */
  get(f: number, e: number): number {
    const h = this.slot(f, e);
    return this.fs[h] === -1 ? -1 : this.values[h];
  }

  /** Stores a number (≥ 0) for (f, e) unless it has one; true when it was new. */
  add(f: number, e: number, value: number): boolean {
    let h = this.slot(f, e);
    if (this.fs[h] !== -1) return false;
    if ((this.count + 1) * 2 > this.fs.length) {
      this.grow();
      h = this.slot(f, e);
    }
    this.fs[h] = f;
    this.es[h] = e;
    this.values[h] = value;
    this.count++;
    return true;
  }

  /** Adds `offset[f]` to every number stored under Chinese id f. */
  shift(offset: Int32Array): void {
    for (let h = 0; h < this.fs.length; h++) if (this.fs[h] !== -1) this.values[h] += offset[this.fs[h]];
  }

  private grow(): void {
    const { fs, es, values } = this;
    this.fs = new Int32Array(fs.length * 2).fill(-1);
    this.es = new Int32Array(fs.length * 2);
    this.values = new Int32Array(fs.length * 2);
    this.mask = fs.length * 2 - 1;
    for (let h = 0; h < fs.length; h++) {
      if (fs[h] === -1) continue;
      const k = this.slot(fs[h], es[h]);
      this.fs[k] = fs[h];
      this.es[k] = es[h];
      this.values[k] = values[h];
    }
  }
}

/** Marks with generation stamps: set membership without clearing arrays between beads; ids are in [0, size). */
export class StampSet {
  private marks: Uint32Array;
  private gen = 1;
  constructor(size: number) {
    this.marks = new Uint32Array(Math.max(1, size));
  }
  clear(): void {
    this.gen++;
    if (this.gen === 0xffffffff) {
      this.marks.fill(0);
      this.gen = 1;
    }
  }
  add(id: number): void {
    this.marks[id] = this.gen;
  }
  has(id: number): boolean {
    return this.marks[id] === this.gen;
  }
}

/**
 * An open-addressing hash table from conversation state to its index, keyed
 * by two 31-bit integers. A Map keyed by one large number was the analysis's
 * main cost (its keys are not small integers, so each lookup hashes a heap
 * number); this keeps a million states within about a second.
 */
export class StateIndex {
  private hi = new Int32Array(1 << 12);
  private lo = new Int32Array(1 << 12);
  private val = new Int32Array(1 << 12).fill(-1);
  private mask = (1 << 12) - 1;
  private count = 0;

  private slot(hi: number, lo: number): number {
    let h = Math.imul(hi, 0x9e3779b1) ^ Math.imul(lo ^ (lo >>> 15), 0x85ebca77);
    h ^= h >>> 13;
    let i = h & this.mask;
    while (this.val[i] !== -1 && (this.hi[i] !== hi || this.lo[i] !== lo)) i = (i + 1) & this.mask;
    return i;
  }

  get(hi: number, lo: number): number | undefined {
    const v = this.val[this.slot(hi, lo)]!;
    return v === -1 ? undefined : v;
  }

  set(hi: number, lo: number, value: number): void {
    const i = this.slot(hi, lo);
    if (this.val[i] === -1) this.count++;
    this.hi[i] = hi;
    this.lo[i] = lo;
    this.val[i] = value;
    if (this.count * 2 > this.mask) this.grow();
  }

  private grow(): void {
    const [hi, lo, val] = [this.hi, this.lo, this.val];
    const size = (this.mask + 1) * 2;
    this.hi = new Int32Array(size);
    this.lo = new Int32Array(size);
    this.val = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    for (let i = 0; i < val.length; i++) {
      if (val[i] === -1) continue;
      const j = this.slot(hi[i]!, lo[i]!);
      this.hi[j] = hi[i]!;
      this.lo[j] = lo[i]!;
      this.val[j] = val[i]!;
    }
  }
}

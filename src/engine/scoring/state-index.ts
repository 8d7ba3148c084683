/**
 * An open-addressing hash table from conversation state to its index, keyed
 * by two 31-bit integers. A Map keyed by one large number was the analysis's
 * main cost (its keys are not small integers, so each lookup hashes a heap
 * number). Each slot's key halves and value sit side by side in one
 * Int32Array, so a probe touches one cache line: with 700k states the table
 * is far larger than the CPU cache and lookups are memory-bound.
 */
const EMPTY = -1;
const INITIAL_SLOTS = 1 << 12;

export class StateIndex {
  /** Slot i: [hi, lo, value] at 3i .. 3i + 2; value -1 marks an empty slot. */
  private table = StateIndex.emptyTable(INITIAL_SLOTS);
  private mask = INITIAL_SLOTS - 1;
  private count = 0;

  private static emptyTable(slots: number): Int32Array {
    const table = new Int32Array(slots * 3);
    for (let i = 2; i < table.length; i += 3) table[i] = EMPTY;
    return table;
  }

  /** Offset of the key's slot, or of the empty slot where it would go. */
  private slot(hi: number, lo: number): number {
    let h = Math.imul(hi, 0x9e3779b1) ^ Math.imul(lo ^ (lo >>> 15), 0x85ebca77);
    h ^= h >>> 13;
    const table = this.table;
    let i = h & this.mask;
    for (;;) {
      const o = i * 3;
      if (table[o + 2] === EMPTY || (table[o] === hi && table[o + 1] === lo)) return o;
      i = (i + 1) & this.mask;
    }
  }

  get(hi: number, lo: number): number | undefined {
    const v = this.table[this.slot(hi, lo) + 2]!;
    return v === EMPTY ? undefined : v;
  }

  set(hi: number, lo: number, value: number): void {
    const o = this.slot(hi, lo);
    const table = this.table;
    if (table[o + 2] === EMPTY) this.count++;
    table[o] = hi;
    table[o + 1] = lo;
    table[o + 2] = value;
    if (this.count * 2 > this.mask) this.grow();
  }

  private grow(): void {
    const old = this.table;
    const slots = (this.mask + 1) * 2;
    this.table = StateIndex.emptyTable(slots);
    this.mask = slots - 1;
    for (let o = 0; o < old.length; o += 3) {
      if (old[o + 2] === EMPTY) continue;
      const to = this.slot(old[o]!, old[o + 1]!);
      this.table[to] = old[o]!;
      this.table[to + 1] = old[o + 1]!;
      this.table[to + 2] = old[o + 2]!;
    }
  }
}

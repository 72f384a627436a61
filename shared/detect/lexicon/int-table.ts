/**
 * A fixed set of int32 keys, each with an int value, in typed arrays (open
 * addressing, at most a quarter full). Word hashes are int32: half of them
 * fall outside V8's small-integer range, so a Map or Set lookup boxes them
 * into a heap number first (an allocation per word); this does not.
 * A slot's key and value sit side by side in one array, so a probe touches
 * one cache line (the tables are looked up for most words of a text).
 * Values are int32 other than -1 (which `get` means as absent).
 */
export class IntTable {
  readonly size: number;
  /** Key, then value + 1 (0: empty slot), per slot. */
  private readonly slots: Int32Array;
  private readonly shift: number;
  private readonly mask: number;

  constructor(entries: Iterable<readonly [number, number]>) {
    const list = [...entries];
    let bits = 4;
    while (1 << bits < list.length * 4) bits++;
    this.slots = new Int32Array(2 << bits);
    this.shift = 32 - bits;
    this.mask = (2 << bits) - 1;
    let size = 0;
    for (const [key, value] of list) {
      if ((value | 0) === -1) throw new RangeError('IntTable cannot hold the value -1');
      let at = this.slot(key);
      while (this.slots[at + 1] !== 0 && this.slots[at] !== (key | 0)) at = (at + 2) & this.mask;
      if (this.slots[at + 1] === 0) size++;
      this.slots[at] = key;
      this.slots[at + 1] = value + 1;
    }
    this.size = size;
  }

  private slot(key: number): number {
    return (Math.imul(key, 0x9e3779b1) >>> this.shift) << 1;
  }

  /** The value stored under `key`, or -1. */
  get(key: number): number {
    const slots = this.slots;
    let at = this.slot(key);
    let stored = slots[at + 1];
    while (stored !== 0) {
      if (slots[at] === key) return (stored - 1) | 0;
      at = (at + 2) & this.mask;
      stored = slots[at + 1];
    }
    return -1;
  }

  has(key: number): boolean {
    return this.get(key) !== -1;
  }
}

/** A set of int32 keys (a table whose values are all 0). */
export function intSet(keys: Iterable<number>): IntTable {
  return new IntTable([...keys].map((k) => [k, 0] as const));
}

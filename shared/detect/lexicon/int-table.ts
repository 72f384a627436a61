/**
 * A fixed set of int32 keys, each with an int value, in typed arrays (open
 * addressing, at most a quarter full). Word hashes are int32: half of them
 * fall outside V8's small-integer range, so a Map or Set lookup boxes them
 * into a heap number first (an allocation per word); this does not.
 */
export class IntTable {
  readonly size: number;
  private readonly keys: Int32Array;
  private readonly values: Int32Array;
  private readonly used: Uint8Array;
  private readonly shift: number;
  private readonly mask: number;

  constructor(entries: Iterable<readonly [number, number]>) {
    const list = [...entries];
    let bits = 4;
    while (1 << bits < list.length * 4) bits++;
    this.keys = new Int32Array(1 << bits);
    this.values = new Int32Array(1 << bits);
    this.used = new Uint8Array(1 << bits);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    let size = 0;
    for (const [key, value] of list) {
      let k = this.slot(key);
      while (this.used[k] === 1 && this.keys[k] !== (key | 0)) k = (k + 1) & this.mask;
      if (this.used[k] === 0) size++;
      this.used[k] = 1;
      this.keys[k] = key;
      this.values[k] = value;
    }
    this.size = size;
  }

  private slot(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  /** The value stored under `key`, or -1. */
  get(key: number): number {
    let k = this.slot(key);
    while (this.used[k] === 1) {
      if (this.keys[k] === key) return this.values[k];
      k = (k + 1) & this.mask;
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

/** A copy of `x` twice as long, for lists that outgrow their first guess. */
export function doubled(x: Int32Array): Int32Array<ArrayBuffer> {
  const y = new Int32Array(x.length * 2);
  y.set(x);
  return y;
}

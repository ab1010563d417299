/** Merges two sequences that are each ordered by `timestamp` into one ordered sequence. */
export function* mergeByTimestamp<T extends { timestamp: string }>(left: Iterable<T>, right: Iterable<T>): Generator<T> {
  const a = left[Symbol.iterator]();
  const b = right[Symbol.iterator]();
  let x = a.next();
  let y = b.next();
  while (!x.done || !y.done) {
    if (y.done || (!x.done && x.value.timestamp <= y.value.timestamp)) {
      yield x.value as T;
      x = a.next();
    } else {
      yield y.value;
      y = b.next();
    }
  }
}

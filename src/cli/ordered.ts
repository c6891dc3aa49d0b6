/**
 * Run `work` on `items`, at most `window` items ahead of the consumer, and hand each result to
 * `consume` in input order as soon as it is next. Output streams in order while memory is bounded by
 * the window, not by the number of items; a slow `consume` (a full pipe) holds back new work.
 */
export async function forEachOrdered<T, R>(
  items: readonly T[],
  window: number,
  work: (item: T) => Promise<R>,
  consume: (result: R, index: number) => Promise<void> | void
): Promise<void> {
  const inFlight: Array<Promise<R>> = []
  let started = 0
  for (let index = 0; index < items.length; index++) {
    while (started < items.length && started < index + Math.max(1, window)) {
      const result = work(items[started++] as T)
      // Awaited in turn below; this only keeps a rejection from counting as unhandled meanwhile.
      result.catch(() => {})
      inFlight.push(result)
    }
    await consume(await (inFlight.shift() as Promise<R>), index)
  }
}

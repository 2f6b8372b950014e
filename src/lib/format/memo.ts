/** Remember a pure function's answers by key: the same dates and durations recur across thousands of records. */
export function memoize<A extends unknown[], R>(fn: (...args: A) => R, key: (...args: A) => string): (...args: A) => R {
  const cache = new Map<string, R>();
  return (...args: A) => {
    const k = key(...args);
    let hit = cache.get(k);
    if (hit === undefined && !cache.has(k)) {
      hit = fn(...args);
      cache.set(k, hit);
    }
    return hit as R;
  };
}

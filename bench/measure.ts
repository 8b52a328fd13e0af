// Timing helpers for the bench: the median time of a call (batched when it is too short for the
// clock) and percentiles of a list of samples.

/** The median time of one call of `fn`, in ms: calls are batched so that a sample lasts ≥ 2 ms. */
export function medianMs(fn: () => unknown, samples = 25): number {
  // Warm up until the code is optimised (V8 tiers a function up only after many calls): at least 50
  // calls and 300 ms. Five calls, as before, left a report's first timings in the baseline tiers.
  const warmStart = performance.now();
  for (let i = 0; i < 50 || performance.now() - warmStart < 300; i++) fn();
  let batch = 1;
  for (;;) {
    const t = performance.now();
    for (let i = 0; i < batch; i++) fn();
    if (performance.now() - t >= 2 || batch >= 1 << 20) break;
    batch *= 2;
  }
  const times: number[] = [];
  for (let s = 0; s < samples; s++) {
    const t = performance.now();
    for (let i = 0; i < batch; i++) fn();
    times.push((performance.now() - t) / batch);
  }
  return percentile(times, 0.5);
}

/**
 * The median time of `use` on a value `make` gives it fresh each call (made outside the timing),
 * in ms: for work whose caches belong to the value (a Report's derived views), which a second
 * call on the same value would find filled. One value at a time: values made ahead in a batch
 * would all be alive while `use` runs, and each collection during it would copy them all.
 */
export function medianOnFreshMs<T>(make: () => T, use: (value: T) => unknown, samples = 45): number {
  const warmStart = performance.now();
  for (let i = 0; i < 50 || performance.now() - warmStart < 300; i++) use(make());
  const times: number[] = [];
  for (let s = 0; s < samples; s++) {
    const value = make();
    const t = performance.now();
    use(value);
    times.push(performance.now() - t);
  }
  return percentile(times, 0.5);
}

/** The p-quantile (0..1) of samples, nearest rank. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[rank] ?? NaN;
}

export function ms(value: number): string {
  if (value < 0.1) return `${(value * 1000).toFixed(1)} µs`;
  return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function kilobytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? megabytes(bytes) : `${(bytes / 1024).toFixed(1)} KB`;
}

// Runtime: node. Shared benchmark helpers: run a function many times, report the median.
export interface BenchRow {
  name: string;
  median: string;
  target?: string;
  note?: string;
}

export async function medianMs(fn: () => unknown | Promise<unknown>, iterations = 50, warmup = 5): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  return times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
}

export const ms = (n: number) => (n < 10 ? `${n.toFixed(2)} ms` : `${n.toFixed(1)} ms`);

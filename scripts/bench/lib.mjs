// Small measuring helpers for the benchmarks: ops/s of async functions (wall and CPU time),
// measured in rounds with the order of the contenders rotated each round, reported as medians.

/**
 * Runs `fn` repeatedly for about `ms` and returns operations per second of wall time, and per
 * second of this process's CPU time (user + system), which other processes on a shared machine
 * disturb less.
 */
export async function opsPerSecond(fn, ms) {
  // warm-up
  for (let i = 0; i < 200; i++) await fn();
  let n = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < 50; i++) await fn();
    n += 50;
    now = performance.now();
  }
  const used = process.cpuUsage(cpu);
  return { wall: (n * 1000) / (now - start), cpu: (n * 1e6) / (used.user + used.system) };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * `contenders`: { name: async fn }. Runs `rounds` rounds, rotating the order each round, and
 * returns the median ops/s of each, plus `ratio(a, b)`: the median over rounds of a's ops/s over
 * b's in the same round. Contenders measured moments apart share the machine's state (another
 * process, CPU frequency, a noisy neighbour on a VM), so the per-round ratio is far steadier
 * than a ratio of medians.
 */
export async function compare(contenders, { rounds = 15, ms = 250 } = {}) {
  const names = Object.keys(contenders);
  const results = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < rounds; r++) {
    const order = names.map((_, i) => names[(i + r) % names.length]);
    for (const name of order) results[name].push(await opsPerSecond(contenders[name], ms));
  }
  const perRound = (a, b, kind) => results[a].map((x, i) => x[kind] / results[b][i][kind]);
  const iqr = (xs) => {
    const s = [...xs].sort((x, y) => x - y);
    return [s[Math.floor((s.length - 1) / 4)], s[Math.ceil(((s.length - 1) * 3) / 4)]];
  };
  return {
    /** Median wall-time ops/s of each contender. */
    ops: Object.fromEntries(names.map((n) => [n, median(results[n].map((x) => x.wall))])),
    /** The median over rounds of a's rate over b's in the same round: `kind` "cpu" (default) or "wall". */
    ratio: (a, b, kind = "cpu") => median(perRound(a, b, kind)),
    /** The interquartile range of that per-round ratio, to show how much it moved. */
    spread: (a, b, kind = "cpu") => iqr(perRound(a, b, kind)),
  };
}

export const fmt = (n) => Math.round(n).toLocaleString("en-US");
export const ratio = (a, b) => (a / b).toFixed(2);

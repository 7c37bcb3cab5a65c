// Latency percentiles from every recorded sample (no histogram bucketing).
export function summarize(latencies, seconds) {
  const xs = Float64Array.from(latencies).sort();
  const pct = (p) => (xs.length ? xs[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)] : null);
  const round = (v) => (v === null ? null : Math.round(v * 100) / 100);
  return {
    count: xs.length,
    rps: Math.round((xs.length / seconds) * 10) / 10,
    p50: round(pct(50)),
    p95: round(pct(95)),
    p99: round(pct(99)),
    max: round(xs.length ? xs[xs.length - 1] : null),
  };
}

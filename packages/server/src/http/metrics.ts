const BUCKETS_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

interface Series {
  count: number;
  sum: number;
  buckets: number[];
}

function labels(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([key, value]) => `${key}="${value.replace(/["\\\n]/g, '_')}"`)
    .join(',');
}

/**
 * Request counts and durations by method, route pattern and status, rendered in the Prometheus text
 * format. Route patterns (not raw paths) keep the label set small and keep secrets in URLs out.
 */
export class RequestMetrics {
  private readonly series = new Map<string, Series>();

  observe(method: string, route: string, status: number, seconds: number): void {
    const key = labels({ method, route, status: String(status) });
    const entry = this.series.get(key) ?? { count: 0, sum: 0, buckets: BUCKETS_SECONDS.map(() => 0) };
    entry.count += 1;
    entry.sum += seconds;
    BUCKETS_SECONDS.forEach((bound, index) => {
      if (seconds <= bound) entry.buckets[index] = (entry.buckets[index] ?? 0) + 1;
    });
    this.series.set(key, entry);
  }

  render(): string {
    const lines = [
      '# HELP minimus_http_requests_total HTTP requests answered.',
      '# TYPE minimus_http_requests_total counter',
    ];
    for (const [key, entry] of this.series) lines.push(`minimus_http_requests_total{${key}} ${entry.count}`);
    lines.push(
      '# HELP minimus_http_request_duration_seconds Time to answer HTTP requests.',
      '# TYPE minimus_http_request_duration_seconds histogram',
    );
    for (const [key, entry] of this.series) {
      BUCKETS_SECONDS.forEach((bound, index) => {
        lines.push(
          `minimus_http_request_duration_seconds_bucket{${key},le="${bound}"} ${entry.buckets[index]}`,
        );
      });
      lines.push(`minimus_http_request_duration_seconds_bucket{${key},le="+Inf"} ${entry.count}`);
      lines.push(`minimus_http_request_duration_seconds_sum{${key}} ${entry.sum}`);
      lines.push(`minimus_http_request_duration_seconds_count{${key}} ${entry.count}`);
    }
    return `${lines.join('\n')}\n`;
  }
}

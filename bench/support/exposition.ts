/** Reading a server's own /metrics (Prometheus text format) in benches. */

export interface MetricSample {
  /** The label part as exposed, e.g. `{rule_group="a;b"}`, or '' without labels. */
  labels: string;
  value: number;
}

/** Every sample of one metric name on `<url>/metrics`. */
export async function metricSamples(url: string, name: string): Promise<MetricSample[]> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const out: MetricSample[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith(name) || (line[name.length] !== ' ' && line[name.length] !== '{')) continue;
    const space = line.lastIndexOf(' ');
    out.push({ labels: line.slice(name.length, space), value: Number(line.slice(space + 1)) });
  }
  return out;
}

/** The sum of a metric's samples (its value, for one without labels); NaN when it is absent. */
export async function metricSum(url: string, name: string): Promise<number> {
  const samples = await metricSamples(url, name);
  return samples.length === 0 ? NaN : samples.reduce((a, s) => a + s.value, 0);
}

/** `sightline import`: flags to an import run, the store opened for it, the summary printed. */
import { readFile } from 'node:fs/promises';
import type { ImportConfig } from '../config/index.js';
import { UsageError } from '../config/flags.js';
import { importOpenMetrics, importRemoteRead, scanOpenMetrics, type ImportResult } from '../import/importer.js';
import { ProgressLine } from '../import/progress.js';
import type { LabelMatcher } from '../storage/api.js';
import { StorageService } from '../storage/service.js';
import { errorMessage } from '../util/errors.js';
import { parseTime, seriesSelectors } from '../web/prometheus-api.js';

const DAY_MS = 86_400_000;

function time(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  try {
    return parseTime(value, flag);
  } catch {
    throw new UsageError(`invalid value ${JSON.stringify(value)} for --${flag}: expected Unix seconds or an RFC 3339 time`);
  }
}

function selectors(match: readonly string[]): LabelMatcher[][] {
  return match.map((m) => {
    try {
      return seriesSelectors([m])[0]!;
    } catch (err) {
      throw new UsageError(`invalid value ${JSON.stringify(m)} for --match: ${errorMessage(err).replace(/^invalid parameter "match\[\]": /, '')}`);
    }
  });
}

function summary(result: ImportResult, source: string): string {
  const rate = Math.round(result.samples / Math.max(result.elapsedMs / 1000, 0.001));
  const lines = [`imported ${result.samples} samples of ${result.series} series from ${source} in ${(result.elapsedMs / 1000).toFixed(1)} s (${rate} samples/s)`];
  const refused = Object.entries(result.rejected);
  if (refused.length > 0) {
    lines.push(`refused ${refused.map(([code, n]) => `${n} ${code}`).join(', ')}; for example:`);
    for (const e of result.examples) lines.push(`  ${e}`);
  }
  return `${lines.join('\n')}\n`;
}

export async function runImport(config: ImportConfig): Promise<number> {
  if ((config.from === undefined) === (config.fromFile === undefined)) throw new UsageError('give exactly one of --from (a remote-read URL) or --from-file (an OpenMetrics file)');
  const sets = selectors(config.match);
  if (config.from !== undefined && sets.length === 0) throw new UsageError('--from needs at least one --match selector, e.g. --match \'{__name__=~".+"}\' for every series');
  let startMs = time(config.start, 'start');
  let endMs = time(config.end, 'end');

  let text: string | undefined;
  if (config.fromFile !== undefined) {
    try {
      text = await readFile(config.fromFile, 'utf8');
    } catch (err) {
      throw new UsageError(`cannot read --from-file ${config.fromFile}: ${errorMessage(err)}`);
    }
    try {
      const scan = await scanOpenMetrics(text);
      startMs ??= scan.minMs;
      endMs ??= scan.maxMs;
    } catch (err) {
      process.stderr.write(`sightline import: ${config.fromFile}: ${errorMessage(err)}; nothing was imported\n`);
      return 1;
    }
  }
  endMs ??= Date.now();
  startMs ??= endMs - 15 * DAY_MS;
  if (endMs < startMs) throw new UsageError('--end is before --start');

  // Samples older than the store's out-of-order window go to its late table, back to retention,
  // and maintenance compacts them into blocks.
  const storage = new StorageService({ storage: config.storage, dataDir: config.dataDir, maxConnections: config.maxConnections, retryMaxMs: 0 });
  const progress = new ProgressLine(process.stderr);
  let last: Parameters<ProgressLine['done']>[0] | undefined;
  const onProgress = (p: typeof last & object): void => {
    last = p;
    progress.update(p);
  };
  try {
    await storage.start({ retry: false });
    const result =
      text !== undefined
        ? await importOpenMetrics(storage.metrics, text, { selectors: sets, startMs, endMs, onProgress })
        : await importRemoteRead(storage.metrics, { url: config.from!, selectors: sets, startMs, endMs, sliceMs: config.sliceMs, onProgress });
    if (last) progress.done(last);
    process.stdout.write(summary(result, config.from ?? config.fromFile!));
    return Object.keys(result.rejected).length > 0 ? 1 : 0;
  } catch (err) {
    if (last) progress.done(last);
    const kept = last?.samples ? `; the ${last.samples} samples committed before stay stored (importing the same range again is safe)` : '';
    process.stderr.write(`sightline import: ${errorMessage(err)}${kept}\n`);
    return 1;
  } finally {
    await storage.stop();
  }
}

/**
 * OpenMetrics 1.0 text, as strict as its ABNF where Prometheus is: single spaces, no blank lines
 * or free-form comments, a final `# EOF` with nothing after it, timestamps in (fractional) seconds,
 * exemplars. On top of that it enforces the spec's family grouping, which Prometheus does not:
 * a family's metadata precedes its samples, each descriptor appears once, families do not
 * interleave. Escapes Prometheus tolerates (e.g. `\t`) are kept literally, as Prometheus keeps them.
 */
import { OffsetList, ParserBase } from './base.js';
import { OPENMETRICS_SUFFIXES, OPENMETRICS_TYPES } from './families.js';
import type { MetricType } from './types.js';

// Character codes are local to each module: hot loops should not read them through module bindings.
const C_HASH = 35;
const C_LBRACE = 123;
const C_LF = 10;
const C_SPACE = 32;

const DESCRIPTORS = ['HELP', 'TYPE', 'UNIT'] as const;
type Descriptor = (typeof DESCRIPTORS)[number];

/** Every suffix some family type owns, to recognize a sample of an earlier family by its name. */
const ALL_SUFFIXES = [...new Set(Object.values(OPENMETRICS_SUFFIXES).flat())].filter((s) => s !== '');

export class OpenMetricsParser extends ParserBase {
  protected readonly lenient = false;
  private done = false;
  /** Families already started, with their type, to reject a family that reappears. */
  private readonly seenFamilies = new Map<string, MetricType>();
  private familyHasSamples = false;
  private readonly familyDescriptors = new Set<Descriptor>();
  private readonly exemplarOffsets = new OffsetList();

  next(expected?: string): boolean {
    const text = this.text;
    while (!this.done) {
      const p = this.pos;
      if (p >= this.end) this.fail(p, 'unexpected end of input: OpenMetrics requires a final "# EOF" line');
      const c = text.charCodeAt(p);
      if (c === C_HASH) this.pos = this.descriptor(p);
      else if (c === C_LF) this.fail(p, 'empty line (not allowed in OpenMetrics)');
      else {
        this.sample(p, expected);
        return true;
      }
    }
    return false;
  }

  private sample(start: number, expected: string | undefined): void {
    const text = this.text;
    let p = this.matchSeries(start, expected);
    if (p < 0) {
      p = this.scanMetricName(start, 'a metric name or "#"');
      if (text.charCodeAt(p) === C_LBRACE) p = this.skipLabelSet(p);
      else this.labelsAt = -1;
      this.seriesEnd = p;
    }
    this.assignFamily();
    if (text.charCodeAt(p) !== C_SPACE) this.unexpected(p, 'a space before the sample value');
    let end = this.tokenEnd(++p);
    this.value = this.parseValue(p, end, 'sample value');
    this.timestampMs = undefined;
    this.exemplar = undefined;
    p = end;
    if (text.charCodeAt(p) === C_SPACE && text.charCodeAt(p + 1) !== C_HASH) {
      end = this.tokenEnd(++p);
      this.timestampMs = this.parseTimestamp(p, end);
      p = end;
    }
    if (text.charCodeAt(p) === C_SPACE) p = this.parseExemplar(p + 1);
    this.pos = this.expectLineEnd(p);
  }

  /** ` # {labels} value [timestamp]` after a sample, starting at the `#`. */
  private parseExemplar(p: number): number {
    const text = this.text;
    if (!text.startsWith('# {', p)) this.unexpected(p, 'a timestamp or an exemplar ("# {…}")');
    p = this.scanLabels(p + 3, this.exemplarOffsets, false);
    const labels = this.exemplarLabels(this.exemplarOffsets);
    if (text.charCodeAt(p) !== C_SPACE) this.unexpected(p, 'a space before the exemplar value');
    let end = this.tokenEnd(++p);
    const value = this.parseValue(p, end, 'exemplar value');
    p = end;
    let timestampMs: number | undefined;
    if (text.charCodeAt(p) === C_SPACE) {
      end = this.tokenEnd(++p);
      timestampMs = this.parseTimestamp(p, end);
      p = end;
    }
    this.exemplar = timestampMs === undefined ? { labels, value } : { labels, value, timestampMs };
    return p;
  }

  private parseTimestamp(start: number, end: number): number {
    const seconds = this.parseValue(start, end, 'timestamp');
    if (!Number.isFinite(seconds)) this.fail(start, `invalid timestamp ${JSON.stringify(this.text.slice(start, end))}`);
    // Go's int64(ts * 1000), so stored timestamps match Prometheus's to the millisecond.
    return Math.trunc(seconds * 1000);
  }

  private expectLineEnd(p: number): number {
    if (p >= this.end) this.fail(p, 'unexpected end of input: OpenMetrics requires a final "# EOF" line');
    if (this.text.charCodeAt(p) !== C_LF) this.unexpected(p, 'end of line');
    return p + 1;
  }

  /** Attaches the current sample to the current family, or starts an untyped family named after it. */
  private assignFamily(): void {
    if (this.inFamily()) {
      this.familyHasSamples = true;
      return;
    }
    const family = this.familyNameValue;
    const name = this.metricName();
    if (name === family) {
      const allowed = OPENMETRICS_SUFFIXES[this.familyType].map((s) => family + s).join(', ');
      this.fail(this.nameStart, `sample "${name}" does not fit ${this.familyType} family "${family}" (expected ${allowed})`);
    }
    this.startFamily(name, this.nameStart);
    this.familyHasSamples = true;
  }

  private startFamily(name: string, at: number): void {
    const earlier = this.earlierFamilyOf(name);
    if (earlier !== undefined) {
      this.fail(at, `metric family "${earlier}" appears again after other families; OpenMetrics requires each family's lines to be contiguous`);
    }
    this.setFamilyType(name, 'unknown');
    this.familyHasSamples = false;
    this.familyDescriptors.clear();
  }

  private setFamilyType(name: string, type: MetricType): void {
    this.setFamily(name, type, OPENMETRICS_SUFFIXES[type]);
    this.seenFamilies.set(name, type);
  }

  /** The earlier family that `name` (a family or sample name) belongs to, if any. */
  private earlierFamilyOf(name: string): string | undefined {
    if (this.seenFamilies.has(name)) return name;
    for (const suffix of ALL_SUFFIXES) {
      if (!name.endsWith(suffix)) continue;
      const base = name.slice(0, -suffix.length);
      const type = this.seenFamilies.get(base);
      if (type !== undefined && OPENMETRICS_SUFFIXES[type].includes(suffix)) return base;
    }
    return undefined;
  }

  /** A `#` line at `start`: a descriptor or `# EOF`; returns the position after it. */
  private descriptor(start: number): number {
    const text = this.text;
    if (text.charCodeAt(start + 1) !== C_SPACE) this.unexpected(start + 1, 'a space after "#"');
    const p = start + 2;
    if (text.startsWith('EOF', p)) {
      const after = p + 3;
      if (after < this.end && !(text.charCodeAt(after) === C_LF && after + 1 === this.end)) {
        this.fail(text.charCodeAt(after) === C_LF ? after + 1 : after, 'unexpected data after "# EOF"');
      }
      this.done = true;
      return this.end;
    }
    const keyword = DESCRIPTORS.find((d) => text.startsWith(d, p) && text.charCodeAt(p + 4) === C_SPACE);
    if (keyword === undefined) this.unexpected(p, 'HELP, TYPE, UNIT or EOF after "# " (OpenMetrics has no free-form comments)');
    const nameEnd = this.scanMetricName(p + 5, `a metric name after # ${keyword}`);
    if (text.charCodeAt(nameEnd) !== C_SPACE) this.unexpected(nameEnd, 'a space after the metric name');
    const name = this.metricName();
    const textStart = nameEnd + 1;
    const lineEnd = text.indexOf('\n', textStart);
    if (lineEnd === -1) this.fail(this.end, 'unexpected end of input: OpenMetrics requires a final "# EOF" line');

    if (name !== this.familyNameValue) this.startFamily(name, start);
    else if (this.familyHasSamples) this.fail(start, `# ${keyword} for "${name}" after its samples`);
    if (this.familyDescriptors.has(keyword)) this.fail(start, `second # ${keyword} line for "${name}"`);
    this.familyDescriptors.add(keyword);

    const meta = this.metadataFor(name);
    if (keyword === 'HELP') {
      this.deferHelp(this.nameStart, this.nameEnd, textStart, lineEnd, true);
    } else if (keyword === 'TYPE') {
      const word = text.slice(textStart, lineEnd);
      const type = OPENMETRICS_TYPES.get(word);
      if (type === undefined) this.fail(textStart, `invalid metric type ${JSON.stringify(word)}`);
      meta.type = type;
      this.setFamilyType(name, type);
    } else {
      const unit = text.slice(textStart, lineEnd);
      if (unit !== '' && !name.endsWith(`_${unit}`)) this.fail(textStart, `unit "${unit}" is not a suffix of metric name "${name}"`);
      meta.unit = unit;
    }
    return lineEnd + 1;
  }
}

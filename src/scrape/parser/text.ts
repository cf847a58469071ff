/**
 * The Prometheus text format 0.0.4, accepting what Prometheus's own parser accepts: blank lines,
 * free-form comments, blanks around tokens, trailing commas in label sets, integer millisecond
 * timestamps. Metadata lines apply to the samples of the family they name. One deliberate
 * leniency beyond Prometheus: a missing final line feed is accepted (client_golang's own parser
 * accepts it too).
 */
import { ParserBase } from './base.js';
import { TEXT_SUFFIXES, TEXT_TYPES } from './families.js';

// Character codes are local to each module: hot loops should not read them through module bindings.
const C_HASH = 35;
const C_LBRACE = 123;
const C_LF = 10;
const C_SPACE = 32;
const C_TAB = 9;

// Timestamps are int64 milliseconds in Prometheus; a double holds them exactly up to 2^53.
const MAX_TIMESTAMP = 2 ** 63;

export class PrometheusTextParser extends ParserBase {
  protected readonly lenient = true;

  next(expected?: string): boolean {
    const text = this.text;
    for (;;) {
      const p = this.skipBlanks(this.pos);
      if (p >= this.end) {
        this.pos = p;
        return false;
      }
      const c = text.charCodeAt(p);
      if (c === C_LF) this.pos = p + 1;
      else if (c === C_HASH) this.pos = this.comment(p);
      else {
        this.sample(p, expected);
        return true;
      }
    }
  }

  private sample(start: number, expected: string | undefined): void {
    const text = this.text;
    let p = this.matchSeries(start, expected);
    if (p >= 0) p = this.skipBlanks(p);
    else {
      p = this.scanMetricName(start, 'a metric name, a comment or a blank line');
      this.seriesEnd = p;
      p = this.skipBlanks(p);
      if (text.charCodeAt(p) === C_LBRACE) {
        p = this.skipLabelSet(p);
        this.seriesEnd = p;
        p = this.skipBlanks(p);
      } else {
        this.labelsAt = -1;
        if (p === this.seriesEnd) this.unexpected(p, 'a blank or "{" after the metric name');
      }
    }
    const valueEnd = this.tokenEnd(p);
    this.value = this.parseValue(p, valueEnd, 'sample value');
    p = this.skipBlanks(valueEnd);
    this.timestampMs = undefined;
    if (p < this.end && text.charCodeAt(p) !== C_LF) {
      const tsEnd = this.tokenEnd(p);
      this.timestampMs = this.parseTimestamp(p, tsEnd);
      p = this.skipBlanks(tsEnd);
      if (p < this.end && text.charCodeAt(p) !== C_LF) this.unexpected(p, 'end of line after the timestamp');
    }
    this.pos = p + 1;
  }

  private parseTimestamp(start: number, end: number): number {
    for (let i = start; i < end; i++) {
      const c = this.text.charCodeAt(i);
      if (c < 48 || c > 57) this.fail(start, `invalid timestamp ${JSON.stringify(this.text.slice(start, end))} (expected integer milliseconds)`);
    }
    const ts = Number(this.text.slice(start, end));
    if (ts >= MAX_TIMESTAMP) this.fail(start, 'timestamp out of range');
    return ts;
  }

  /** A comment line at `start`; returns the position after it. Only `# HELP` and `# TYPE` mean anything. */
  private comment(start: number): number {
    const text = this.text;
    const lineEnd = this.lineEnd(start);
    let p = start + 1;
    const afterHash = this.skipBlanks(p);
    if (afterHash === p) return lineEnd + 1;
    p = afterHash;
    const keyword = text.startsWith('HELP', p) ? 'HELP' : text.startsWith('TYPE', p) ? 'TYPE' : undefined;
    if (keyword === undefined) return lineEnd + 1;
    const c = text.charCodeAt(p + 4);
    if (c !== C_SPACE && c !== C_TAB) return lineEnd + 1;
    p = this.skipBlanks(p + 4);
    const nameEnd = this.scanMetricName(p, `a metric name after # ${keyword}`);
    // What follows the name, less the one separating blank.
    let textStart = nameEnd;
    if (nameEnd < lineEnd) {
      const sep = text.charCodeAt(nameEnd);
      if (sep !== C_SPACE && sep !== C_TAB) this.unexpected(nameEnd, 'a blank after the metric name');
      textStart = nameEnd + 1;
    }
    if (keyword === 'HELP') {
      this.deferHelp(p, nameEnd, textStart, lineEnd, false);
    } else {
      const word = text.slice(textStart, lineEnd);
      const type = TEXT_TYPES.get(word);
      if (type === undefined) this.fail(textStart, `invalid metric type ${JSON.stringify(word)}`);
      const family = this.metricName();
      this.metadataFor(family).type = type;
      this.setFamily(family, type, TEXT_SUFFIXES[type]);
    }
    return lineEnd + 1;
  }

  private lineEnd(p: number): number {
    const i = this.text.indexOf('\n', p);
    return i === -1 ? this.end : i;
  }
}

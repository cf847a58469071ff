/**
 * What the Prometheus text and OpenMetrics parsers share: character classes, the label-set scanner,
 * the lazy label builder, name interning and error positions. The scanners record offsets into the
 * page and allocate nothing; strings are only made when a caller asks for them.
 */
import { METRIC_NAME, type Labels } from '../../model/labels.js';
import { familyMatcher, floatLabelFor } from './families.js';
import { labelSetFactory, type LabelSetFactory } from './label-shapes.js';
import { formatOpenMetricsFloat, parseFloatToken } from './numbers.js';
import { ParseError, type Exemplar, type ExpositionParser, type MetricMetadata, type MetricType } from './types.js';

const C_TAB = 9;
const C_LF = 10;
const C_SPACE = 32;
const C_QUOTE = 34;
const C_COMMA = 44;
const C_EQ = 61;
const C_BACKSLASH = 92;
const C_LBRACE = 123;
const C_RBRACE = 125;

const METRIC_START = 1;
const METRIC_CHAR = 2;
const LABEL_START = 4;
const LABEL_CHAR = 8;

/** ASCII character classes as bit flags, so name scanning is one table lookup per character. */
const CHAR_CLASS = (() => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    const letter = /[A-Za-z_]/.test(ch);
    const digit = /[0-9]/.test(ch);
    if (letter || ch === ':') t[c]! |= METRIC_START | METRIC_CHAR;
    if (digit) t[c]! |= METRIC_CHAR | LABEL_CHAR;
    if (letter) t[c]! |= LABEL_START | LABEL_CHAR;
  }
  return t;
})();

// Sticky regexes validate a name or a whole label set in native code, several times faster than a
// JS character loop; the character scanner (scanLabels) runs only to build labels or to explain a
// failure. They accept exactly what scanLabels accepts, and cannot backtrack combinatorially:
// every repetition starts with a character the previous one cannot end with.
const METRIC_NAME_RE = /[a-zA-Z_:][a-zA-Z0-9_:]*/y;
const LENIENT_LABEL_SET_RE = /\{[ \t]*(?:[a-zA-Z_]\w*[ \t]*=[ \t]*"(?:[^"\\]|\\[^])*"[ \t]*(?:,[ \t]*)?)*\}/y;
const STRICT_LABEL_SET_RE = /\{(?:[a-zA-Z_]\w*="(?:[^"\\\n]|\\[^\n])*"(?:,|(?=\})))*\}/y;

function hasClass(c: number, cls: number): boolean {
  return c < 128 && (CHAR_CLASS[c]! & cls) !== 0;
}

/**
 * A copy of `s` that does not keep the string it was sliced from alive. V8 represents slices of 13+
 * characters as views into their parent; a cached series holding such a view would pin a whole
 * scraped page in memory. Concatenating and slicing again forces a flat copy.
 */
export function ownedString(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/**
 * Owned copies of strings that repeat across samples, targets and scrapes: metric and label names,
 * and short label values (`GET`, `200`, handler paths), which every kept series would otherwise
 * hold a copy of (≈9 small strings per series in a heap snapshot of bench/scrape.ts).
 */
class InternTable {
  private readonly table = new Map<string, string>();

  constructor(private readonly limit: number) {}

  intern(s: string): string {
    const hit = this.table.get(s);
    if (hit !== undefined) return hit;
    // Cleared rather than evicted: it only bounds memory if a target sends endless distinct strings.
    if (this.table.size >= this.limit) this.table.clear();
    const owned = ownedString(s);
    this.table.set(owned, owned);
    return owned;
  }
}

const nameTable = new InternTable(100_000);
const valueTable = new InternTable(100_000);
/** Longer values are mostly unique (ids, URLs with parameters) and are copied, not interned. */
const INTERNED_VALUE_MAX = 64;

// `le` and `quantile` values repeat in every histogram and summary, so their formatting is cached.
const FLOAT_LABEL_CACHE_LIMIT = 10_000;
const floatLabelCache = new Map<string, string>();

/** Prometheus rewrites `le`/`quantile` values in OpenMetrics float format (`1` → `1.0`). */
function normalizeFloatLabel(value: string): string {
  let normalized = floatLabelCache.get(value);
  if (normalized === undefined) {
    const f = parseFloatToken(value, 0, value.length);
    normalized = f === undefined ? value : formatOpenMetricsFloat(f);
    if (floatLabelCache.size >= FLOAT_LABEL_CACHE_LIMIT) floatLabelCache.clear();
    floatLabelCache.set(ownedString(value), normalized);
  }
  return normalized;
}

/**
 * Resolves escapes: `\\`, `\n`, and (with `quotes`, as in label values and OpenMetrics help)
 * `\"`. Other backslashes stay as written, as Prometheus leaves them.
 */
function unescape(text: string, start: number, end: number, quotes: boolean): string {
  let out = '';
  let from = start;
  for (let i = start; i < end - 1; i++) {
    if (text.charCodeAt(i) !== C_BACKSLASH) continue;
    const next = text.charCodeAt(i + 1);
    const replacement = next === C_BACKSLASH ? '\\' : next === 0x6e ? '\n' : next === C_QUOTE && quotes ? '"' : undefined;
    if (replacement === undefined) continue;
    out += text.slice(from, i) + replacement;
    from = i + 2;
    i++;
  }
  return ownedString(out + text.slice(from, end));
}

/** Offsets of one label in a scanned label set: name start/end, value start/end, escaped flag. */
const LABEL_STRIDE = 5;

/** Reusable label offsets, emptied by resetting a count: `array.length = 0` is a slow runtime call in V8. */
export class OffsetList {
  readonly data: number[] = [];
  count = 0;

  add(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number, escaped: number): void {
    const d = this.data;
    const k = this.count;
    d[k] = nameStart;
    d[k + 1] = nameEnd;
    d[k + 2] = valueStart;
    d[k + 3] = valueEnd;
    d[k + 4] = escaped;
    this.count = k + LABEL_STRIDE;
  }
}

export abstract class ParserBase implements ExpositionParser {
  protected pos = 0;
  protected readonly end: number;
  protected nameStart = 0;
  protected nameEnd = 0;
  protected seriesEnd = 0;
  /** Where the current sample's label set starts (after its `{`), or -1 without one. */
  protected labelsAt = -1;
  /** False while nameEnd and labelsAt are unknown (a series matched by matchSeries). */
  private located = true;
  matched = false;
  /** Label offsets (LABEL_STRIDE numbers per label) of the label set at `offsetsAt`, scanned on demand. */
  private readonly labelOffsets = new OffsetList();
  private offsetsAt = -1;
  /** Whether label sets may hold blanks and line breaks and omit commas (text format). */
  protected abstract readonly lenient: boolean;
  /** The family named by the last metadata line (or, in OpenMetrics, the current untyped family). */
  protected familyNameValue = '';
  protected familyType: MetricType = 'unknown';
  /** Sample-name suffixes of the current family's type; null before any family. */
  private familySuffixes: readonly string[] | null = null;
  /** Matches the current family's sample names (see familyMatcher); made when first needed. */
  private familyNames: RegExp | null = null;
  value = 0;
  timestampMs: number | undefined = undefined;
  exemplar: Exemplar | undefined = undefined;
  private readonly metadataByFamily = new Map<string, MetricMetadata>();
  /** HELP lines not yet read into metadata (name start/end, text start/end, quotes flag). */
  private readonly pendingHelp = new OffsetList();
  // Interned names by position in the previous label set: consecutive samples mostly repeat them.
  private readonly nameSlots: string[] = [];
  private readonly exemplarNameSlots: string[] = [];
  private readonly scratchNames: string[] = [];
  private readonly scratchValues: string[] = [];
  private lastShape: readonly string[] = [];
  private lastFactory: LabelSetFactory | undefined = undefined;
  // Positions of the next backslash and line feed, advanced lazily: values are scanned with indexOf.
  private nextBackslash = -1;
  private nextLineFeed = -1;

  constructor(protected readonly text: string) {
    this.end = text.length;
  }

  abstract next(expected?: string): boolean;

  series(): string {
    return this.text.slice(this.nameStart, this.seriesEnd);
  }

  /**
   * Whether the sample at `start` has exactly the series text `expected` (one this parser scanned
   * before, so valid): then it is not scanned again, nameEnd and labelsAt are found only if an
   * accessor needs them, and the position after the series is returned; else -1. A scan would
   * end at the same place: a label set ends at its `}`, a bare name where the blank after it is
   * not followed by a label set.
   */
  protected matchSeries(start: number, expected: string | undefined): number {
    this.matched = false;
    if (expected === undefined) return -1;
    const text = this.text;
    const end = start + expected.length;
    const after = text.charCodeAt(end);
    if (after !== C_SPACE && after !== C_TAB) return -1;
    if (text.slice(start, end) !== expected) return -1;
    if (expected.charCodeAt(expected.length - 1) !== C_RBRACE && text.charCodeAt(this.skipBlanks(end)) === C_LBRACE) return -1;
    this.matched = true;
    this.located = false;
    this.nameStart = start;
    this.seriesEnd = end;
    return end;
  }

  /** Finds nameEnd and labelsAt of a series matched without a scan. */
  private locate(): void {
    this.located = true;
    METRIC_NAME_RE.lastIndex = this.nameStart;
    METRIC_NAME_RE.test(this.text);
    this.nameEnd = METRIC_NAME_RE.lastIndex;
    const p = this.skipBlanks(this.nameEnd);
    this.labelsAt = p < this.seriesEnd ? p + 1 : -1;
  }

  metricName(): string {
    if (!this.located) this.locate();
    return this.nameAt(this.nameSlots, 0, this.nameStart, this.nameEnd);
  }

  labels(): Labels {
    if (!this.located) this.locate();
    if (this.offsetsAt !== this.labelsAt) {
      if (this.labelsAt < 0) this.labelOffsets.count = 0;
      else if (!this.offsetsOfCompactLabelSet(this.labelsAt)) this.scanLabels(this.labelsAt, this.labelOffsets, this.lenient);
      this.offsetsAt = this.labelsAt;
    }
    const offsets = this.labelOffsets.data;
    const floatLabel = this.inFamily() ? floatLabelFor(this.familyType) : undefined;
    const names = this.scratchNames;
    const values = this.scratchValues;
    let n = 0;
    for (let i = 0; i < this.labelOffsets.count; i += LABEL_STRIDE, n++) {
      const name = this.nameAt(this.nameSlots, n + 1, offsets[i]!, offsets[i + 1]!);
      names[n] = name;
      values[n] = this.labelValue(offsets, i, name === floatLabel);
    }
    // The scratch arrays may hold stale entries past n: factories read only their own n values.
    const make = this.factoryFor(names, n);
    if (make !== undefined) return make(this.metricName(), values);
    // A new shape or a repeated label name (which the generic builder reports).
    return this.buildLabels(this.labelOffsets, this.nameSlots, 1, floatLabel, { [METRIC_NAME]: this.metricName() });
  }

  /** The object factory for this label-name sequence; consecutive samples mostly share one. */
  private factoryFor(names: readonly string[], n: number): LabelSetFactory | undefined {
    const last = this.lastShape;
    if (last.length === n) {
      let same = true;
      for (let i = 0; i < n && same; i++) same = last[i] === names[i];
      if (same && this.lastFactory !== undefined) return this.lastFactory;
    }
    this.lastShape = names.slice(0, n);
    this.lastFactory = labelSetFactory(this.lastShape);
    return this.lastFactory;
  }

  private labelValue(offsets: number[], i: number, isFloatLabel: boolean): string {
    const vs = offsets[i + 2]!;
    const ve = offsets[i + 3]!;
    const raw = offsets[i + 4] === 1 ? unescape(this.text, vs, ve, true) : this.text.slice(vs, ve);
    const value = raw.length <= INTERNED_VALUE_MAX ? valueTable.intern(raw) : ownedString(raw);
    return isFloatLabel ? normalizeFloatLabel(value) : value;
  }

  familyName(): string {
    return this.inFamily() ? this.familyNameValue : this.metricName();
  }

  metricType(): MetricType {
    return this.inFamily() ? this.familyType : 'unknown';
  }

  /** Whether the current sample belongs to the current family; computed only when asked. */
  protected inFamily(): boolean {
    if (this.familySuffixes === null) return false;
    this.familyNames ??= familyMatcher(this.familyNameValue, this.familySuffixes);
    this.familyNames.lastIndex = this.nameStart;
    return this.familyNames.test(this.text);
  }

  /** Makes `name` (interned) the current family, of the given type and sample-name suffixes. */
  protected setFamily(name: string, type: MetricType, suffixes: readonly string[]): void {
    this.familyNameValue = name;
    this.familyType = type;
    this.familySuffixes = suffixes;
    this.familyNames = null;
  }

  protected exemplarLabels(offsets: OffsetList): Labels {
    return this.buildLabels(offsets, this.exemplarNameSlots, 0, undefined, {});
  }

  get metadata(): ReadonlyMap<string, MetricMetadata> {
    this.readPendingHelp();
    return this.metadataByFamily;
  }

  protected metadataFor(family: string): MetricMetadata {
    let meta = this.metadataByFamily.get(family);
    if (meta === undefined) {
      meta = { type: 'unknown', help: '', unit: '' };
      this.metadataByFamily.set(family, meta);
    }
    return meta;
  }

  /**
   * Records a HELP line to be read only if metadata is asked for: help texts are long, parsing
   * them costs a copy each, and a scrape loop with a metadata cache rarely needs them.
   */
  protected deferHelp(nameStart: number, nameEnd: number, textStart: number, textEnd: number, quotes: boolean): void {
    this.pendingHelp.add(nameStart, nameEnd, textStart, textEnd, quotes ? 1 : 0);
  }

  private readPendingHelp(): void {
    const pending = this.pendingHelp;
    const d = pending.data;
    let nextBackslash = -1;
    for (let i = 0; i < pending.count; i += LABEL_STRIDE) {
      const start = d[i + 2]!;
      const end = d[i + 3]!;
      // Entries are in page order, so one forward search for backslashes serves them all.
      if (nextBackslash < start) nextBackslash = this.indexOrEnd('\\', start);
      const help = nextBackslash < end ? unescape(this.text, start, end, d[i + 4] === 1) : ownedString(this.text.slice(start, end));
      this.metadataFor(nameTable.intern(this.text.slice(d[i], d[i + 1]))).help = help;
    }
    pending.count = 0;
  }

  private buildLabels(list: OffsetList, slots: string[], firstSlot: number, floatLabel: string | undefined, out: Record<string, string>): Labels {
    const offsets = list.data;
    for (let i = 0, slot = firstSlot; i < list.count; i += LABEL_STRIDE, slot++) {
      const name = this.nameAt(slots, slot, offsets[i]!, offsets[i + 1]!);
      const value = this.labelValue(offsets, i, name === floatLabel);
      // Inherited members of Object.prototype are never strings, so this only finds own labels.
      if (typeof out[name] === 'string') this.fail(offsets[i]!, `duplicate label name "${name}"`);
      // A `__proto__` label would otherwise set the prototype instead of adding a property.
      if (name === '__proto__') Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
      else out[name] = value;
    }
    return out;
  }

  private nameAt(slots: string[], slot: number, start: number, end: number): string {
    const cached = slots[slot];
    if (cached !== undefined && cached.length === end - start && this.sameText(cached, start)) return cached;
    const name = nameTable.intern(this.text.slice(start, end));
    slots[slot] = name;
    return name;
  }

  /**
   * Whether `s` occurs at `start`. Measured here: a character loop wins for short names, a slice
   * compared natively for long ones, and startsWith() (a generic builtin call) loses to both.
   */
  private sameText(s: string, start: number): boolean {
    const text = this.text;
    if (s.length > 16) return text.slice(start, start + s.length) === s;
    for (let i = 0; i < s.length; i++) if (text.charCodeAt(start + i) !== s.charCodeAt(i)) return false;
    return true;
  }

  protected skipBlanks(p: number): number {
    const text = this.text;
    while (p < this.end) {
      const c = text.charCodeAt(p);
      if (c !== C_SPACE && c !== C_TAB) break;
      p++;
    }
    return p;
  }

  /** Scans a metric name at `p` into nameStart/nameEnd; returns the position after it. */
  protected scanMetricName(p: number, what: string): number {
    const text = this.text;
    if (!hasClass(text.charCodeAt(p), METRIC_START)) {
      if (text.charCodeAt(p) === C_QUOTE || text.charCodeAt(p) === C_LBRACE) this.fail(p, 'quoted (UTF-8) metric names are not supported');
      this.unexpected(p, what);
    }
    METRIC_NAME_RE.lastIndex = p;
    METRIC_NAME_RE.test(text);
    this.nameStart = p;
    this.nameEnd = METRIC_NAME_RE.lastIndex;
    this.located = true;
    return this.nameEnd;
  }

  /** End of the token at `p`: the next space, tab, line feed or end of input. */
  protected tokenEnd(p: number): number {
    const text = this.text;
    while (p < this.end) {
      const c = text.charCodeAt(p);
      if (c === C_SPACE || c === C_LF || c === C_TAB) break;
      p++;
    }
    return p;
  }

  protected parseValue(start: number, end: number, what: string): number {
    if (start === end) this.unexpected(start, what);
    const v = parseFloatToken(this.text, start, end);
    if (v === undefined) this.fail(start, `invalid ${what} ${JSON.stringify(this.text.slice(start, end))}`);
    return v;
  }

  /**
   * Label offsets of an already validated label set at `p` written without blanks (`a="1",b="2"`,
   * the usual layout), found with indexOf rather than character by character. Returns false,
   * leaving the work to scanLabels, as soon as the layout differs.
   */
  private offsetsOfCompactLabelSet(p: number): boolean {
    const text = this.text;
    const out = this.labelOffsets;
    out.count = 0;
    for (;;) {
      const first = text.charCodeAt(p);
      if (first === C_RBRACE) return true;
      if (first === C_SPACE || first === C_TAB) return false;
      const eq = text.indexOf('=', p);
      const last = text.charCodeAt(eq - 1);
      if (last === C_SPACE || last === C_TAB || text.charCodeAt(eq + 1) !== C_QUOTE) return false;
      const vs = eq + 2;
      let ve = text.indexOf('"', vs);
      if (this.nextBackslash < vs) this.nextBackslash = this.indexOrEnd('\\', vs);
      const escaped = this.nextBackslash < ve ? 1 : 0;
      if (escaped === 1) ve = this.escapedValueEnd(vs, p, eq);
      out.add(p, eq, vs, ve, escaped);
      p = ve + 1;
      const c = text.charCodeAt(p);
      if (c === C_COMMA) p++;
      else if (c !== C_RBRACE) return false;
    }
  }

  /** Validates the label set whose `{` is at `p` without scanning it; returns the position after its `}`. */
  protected skipLabelSet(p: number): number {
    const re = this.lenient ? LENIENT_LABEL_SET_RE : STRICT_LABEL_SET_RE;
    re.lastIndex = p;
    this.labelsAt = p + 1;
    if (re.test(this.text)) return re.lastIndex;
    // Invalid: the character scanner locates and describes the problem.
    return this.scanLabels(p + 1, this.labelOffsets, this.lenient);
  }

  /**
   * Scans a label set after its `{` into `out` (LABEL_STRIDE offsets per label); returns the
   * position after the `}`. `lenient` accepts what Prometheus's text parser accepts: blanks around
   * tokens, a missing comma between labels and line breaks inside values.
   */
  protected scanLabels(p: number, out: OffsetList, lenient: boolean): number {
    const text = this.text;
    const end = this.end;
    out.count = 0;
    for (;;) {
      if (lenient) p = this.skipBlanks(p);
      let c = text.charCodeAt(p);
      if (c === C_RBRACE) return p + 1;
      if (!hasClass(c, LABEL_START)) {
        if (c === C_QUOTE) this.fail(p, 'quoted (UTF-8) label or metric names are not supported');
        this.unexpected(p, out.count === 0 ? 'a label name or "}"' : 'a label name');
      }
      const ns = p;
      do p++;
      while (p < end && hasClass(text.charCodeAt(p), LABEL_CHAR));
      const ne = p;
      if (lenient) p = this.skipBlanks(p);
      if (text.charCodeAt(p) !== C_EQ) this.unexpected(p, `"=" after label name "${text.slice(ns, ne)}"`);
      p++;
      if (lenient) p = this.skipBlanks(p);
      if (text.charCodeAt(p) !== C_QUOTE) this.unexpected(p, `a quoted value for label "${text.slice(ns, ne)}"`);
      const vs = ++p;
      p = this.text.indexOf('"', vs);
      let escaped = 0;
      // Backslashes are rare: only when one lies inside this value must quotes be checked for escapes.
      if (this.nextBackslash < vs) this.nextBackslash = this.indexOrEnd('\\', vs);
      if (this.nextBackslash < p || p === -1) {
        escaped = 1;
        p = this.escapedValueEnd(vs, ns, ne);
      }
      if (!lenient) {
        if (this.nextLineFeed < vs) this.nextLineFeed = this.indexOrEnd('\n', vs);
        if (this.nextLineFeed < p) this.fail(this.nextLineFeed, `line break inside the value of label "${text.slice(ns, ne)}"`);
      }
      out.add(ns, ne, vs, p, escaped);
      p++;
      if (lenient) p = this.skipBlanks(p);
      c = text.charCodeAt(p);
      if (c === C_COMMA) p++;
      else if (c !== C_RBRACE && !lenient) this.unexpected(p, '"," or "}" after a label value');
    }
  }

  /** The closing quote of the value starting at `start` of the label named `text[ns, ne)`, minding escapes. */
  private escapedValueEnd(start: number, ns: number, ne: number): number {
    const text = this.text;
    for (let p = start; p < this.end; ) {
      const c = text.charCodeAt(p);
      if (c === C_QUOTE) return p;
      p += c === C_BACKSLASH ? 2 : 1;
    }
    this.fail(start - 1, `unterminated value for label "${text.slice(ns, ne)}"`);
  }

  private indexOrEnd(s: string, from: number): number {
    const i = this.text.indexOf(s, from);
    return i === -1 ? this.end : i;
  }

  protected unexpected(at: number, expected: string): never {
    this.fail(at, `expected ${expected}, found ${this.describeAt(at)}`);
  }

  protected fail(at: number, detail: string): never {
    // Line and column are only needed on failure, so they are counted here rather than tracked.
    let line = 1;
    let lineStart = 0;
    for (let i = this.text.indexOf('\n'); i !== -1 && i < at; i = this.text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    throw new ParseError(line, at - lineStart + 1, detail);
  }

  private describeAt(at: number): string {
    if (at >= this.end) return 'end of input';
    const c = this.text.charCodeAt(at);
    if (c === C_LF) return 'end of line';
    return JSON.stringify(this.text.slice(at, this.tokenEnd(at + 1)).slice(0, 40));
  }
}

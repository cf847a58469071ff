/**
 * Strict YAML decoding into Go structs, reporting problems as Go's YAML libraries do (yaml.v3 for
 * rule files, yaml.v2's UnmarshalStrict for promtool's test files: same wording): unknown fields
 * and type mismatches collected as "unmarshal errors" with their lines, while an error of a custom
 * unmarshaler (Prometheus's model.Duration) stops decoding and is the only one reported.
 */
import { isMap, isScalar, isSeq, type LineCounter, type Node, type Pair, type Scalar } from 'yaml';
import { parseDuration } from '../util/duration.js';

export interface Position {
  readonly line: number;
  readonly col: number;
}

/** A scalar kept as yaml.Node is: its text as written and where it is (0:0 when absent). */
export interface TextNode extends Position {
  readonly value: string;
}

export const ABSENT: TextNode = { value: '', line: 0, col: 0 };

export interface StructKind {
  /** The Go type as the errors name it, e.g. rulefmt.RuleGroup. */
  readonly goType: string;
  readonly fields: readonly string[];
}

/** The tag yaml.v3 resolves a scalar to. */
function scalarTag(s: Scalar): string {
  if (s.type !== 'PLAIN') return '!!str';
  if (s.value === null) return '!!null';
  if (typeof s.value === 'boolean') return '!!bool';
  if (typeof s.value === 'number') return /^[-+]?(0|[1-9][0-9_]*|0x[0-9a-fA-F_]+|0o[0-7_]+)$/.test(String(s.source)) ? '!!int' : '!!float';
  return '!!str';
}

function nodeTag(n: Node): string {
  if (isMap(n)) return '!!map';
  if (isSeq(n)) return '!!seq';
  return isScalar(n) ? scalarTag(n) : '!!str';
}

/** A scalar's text as yaml.v3 keeps it in Node.Value: plain scalars as written, quoted ones decoded. */
export function scalarText(s: Scalar): string {
  if (typeof s.source === 'string') return s.source;
  const v: unknown = s.value;
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' ? String(v) : '';
}

/** Decodes YAML nodes field by field, collecting errors the way Go's strict decoders report them. */
export class Decoder {
  /** yaml.v3's "unmarshal errors" (unknown fields, type mismatches), in document order. */
  readonly typeErrors: string[] = [];
  /** An error from a custom unmarshaler (model.Duration): yaml.v3 stops and returns only this one. */
  fatal: string | undefined;

  constructor(private readonly lines: LineCounter) {}

  /** The decoding error as Go reports it, if any. */
  error(): string | undefined {
    if (this.fatal !== undefined) return this.fatal;
    return this.typeErrors.length > 0 ? `yaml: unmarshal errors:\n  ${this.typeErrors.join('\n  ')}` : undefined;
  }

  pos(n: Node | null | undefined): Position {
    if (!n?.range) return { line: 0, col: 0 };
    return this.lines.linePos(n.range[0]);
  }

  private typeError(n: Node, goType: string): void {
    const value = isScalar(n) ? ` \`${scalarText(n)}\`` : '';
    this.typeErrors.push(`line ${this.pos(n).line}: cannot unmarshal ${nodeTag(n)}${value} into ${goType}`);
  }

  private isNull(n: Node | null | undefined): boolean {
    return n === null || n === undefined || (isScalar(n) && scalarTag(n) === '!!null');
  }

  struct(n: Node | null | undefined, kind: StructKind): Map<string, Node | null> {
    const out = new Map<string, Node | null>();
    if (this.isNull(n)) return out;
    if (!isMap(n)) {
      this.typeError(n!, kind.goType);
      return out;
    }
    for (const pair of n.items as Pair<Node, Node | null>[]) {
      const key = isScalar(pair.key) ? scalarText(pair.key) : '';
      if (!kind.fields.includes(key)) this.typeErrors.push(`line ${this.pos(pair.key).line}: field ${key} not found in type ${kind.goType}`);
      else out.set(key, pair.value);
    }
    return out;
  }

  string(n: Node | null | undefined): string {
    if (this.isNull(n)) return '';
    if (!isScalar(n)) {
      this.typeError(n!, 'string');
      return '';
    }
    return scalarText(n);
  }

  node(n: Node | null | undefined): TextNode {
    if (n === null || n === undefined) return ABSENT;
    return { ...this.pos(n), value: isScalar(n) ? scalarText(n) : '' };
  }

  int(n: Node | null | undefined): number {
    if (this.isNull(n)) return 0;
    if (isScalar(n) && scalarTag(n) === '!!int') return Number(n.value);
    this.typeError(n!, 'int');
    return 0;
  }

  duration(n: Node | null | undefined): number | undefined {
    if (this.isNull(n)) return undefined;
    if (!isScalar(n)) {
      this.fatal ??= `yaml: unmarshal errors:\n  line ${this.pos(n).line}: cannot unmarshal ${nodeTag(n!)} into string`;
      return undefined;
    }
    const text = scalarText(n);
    const ms = parseDuration(text);
    if (ms === undefined) this.fatal ??= `not a valid duration string: ${JSON.stringify(text)}`;
    return ms;
  }

  float(n: Node | null | undefined): number {
    if (this.isNull(n)) return 0;
    if (isScalar(n) && typeof n.value === 'number') return n.value;
    this.typeError(n!, 'float64');
    return 0;
  }

  strings(n: Node | null | undefined): string[] {
    return this.seq(n, 'string').map((item) => this.string(item));
  }

  stringMap(n: Node | null | undefined): Record<string, string> {
    const out: Record<string, string> = {};
    if (this.isNull(n)) return out;
    if (!isMap(n)) {
      this.typeError(n!, 'map[string]string');
      return out;
    }
    for (const pair of n.items as Pair<Node, Node | null>[]) {
      const key = isScalar(pair.key) ? scalarText(pair.key) : '';
      out[key] = this.string(pair.value);
    }
    return out;
  }

  seq(n: Node | null | undefined, goType: string): Node[] {
    if (this.isNull(n)) return [];
    if (!isSeq(n)) {
      this.typeError(n!, `[]${goType}`);
      return [];
    }
    return n.items as Node[];
  }
}

/** Lexical values of PromQL: durations, numbers and string literals, with Go/Prometheus semantics. */

const DURATION_RE = /^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/;
const UNIT_MS = [365 * 86_400_000, 7 * 86_400_000, 86_400_000, 3_600_000, 60_000, 1000, 1];

/** Parses a Prometheus duration (`1h30m`, `5m`, `250ms`), or undefined when the text is not one. */
export function parseDurationMs(text: string): number | undefined {
  if (text === '') return undefined;
  const m = DURATION_RE.exec(text);
  if (!m) return undefined;
  let ms = 0;
  for (let i = 0; i < UNIT_MS.length; i++) {
    const part = m[i + 1];
    if (part !== undefined) ms += Number(part) * UNIT_MS[i]!;
  }
  return ms;
}

/**
 * Parses a number literal as Prometheus does: integers first with base prefixes (Go's
 * strconv.ParseInt base 0, so `0x1f` is hex and `0755` octal), then floats, Inf and NaN.
 */
export function parseNumber(text: string): number | undefined {
  const t = text.trim();
  let sign = 1;
  let body = t;
  if (body.startsWith('+') || body.startsWith('-')) {
    if (body[0] === '-') sign = -1;
    body = body.slice(1);
  }
  const lower = body.toLowerCase();
  if (lower === 'inf' || lower === 'infinity') return sign * Infinity;
  if (lower === 'nan') return NaN;
  if (/^0[xX][0-9a-fA-F]+$/.test(body)) return sign * parseInt(body.slice(2), 16);
  if (/^0[0-7]+$/.test(body)) return sign * parseInt(body.slice(1), 8);
  if (/^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(body)) return sign * Number(body);
  const ms = parseDurationMs(body);
  return ms === undefined ? undefined : (sign * ms) / 1000;
}

/**
 * `\x` and octal escapes are single bytes in Go. Bytes above 0x7f are kept as lone low surrogates
 * (U+DC80–U+DCFF) so that invalid UTF-8 stays detectable and printable as `\xNN`, as Go does.
 */
function byteChar(code: number): string {
  return code > 0x7f ? String.fromCharCode(0xdc00 + code) : String.fromCharCode(code);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Runs of escaped bytes that form valid UTF-8 (`"\xc3\xa9"`) become the characters they encode. */
function decodeByteRuns(s: string): string {
  return s.replace(/[\udc80-\udcff]+/g, (run) => {
    try {
      return utf8.decode(Uint8Array.from(run, (ch) => ch.charCodeAt(0) - 0xdc00));
    } catch {
      return run;
    }
  });
}

/** True when the string holds a byte that is not valid UTF-8 (see byteChar). */
export function hasInvalidUtf8(s: string): boolean {
  return /[\udc80-\udcff]/.test(s);
}

/** Quotes like Go's %q for the strings PromQL error messages contain. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c >= 0xdc80 && c <= 0xdcff) out += `\\x${(c - 0xdc00).toString(16)}`;
    else if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else out += ch;
  }
  return `${out}"`;
}

const SIMPLE_ESCAPES: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

/** Unquotes a Go-style string literal ("…" or '…' with escapes, `…` raw). Throws on bad escapes. */
export function unquoteString(lit: string): string {
  const q = lit[0];
  if (lit.length < 2 || lit[lit.length - 1] !== q) throw new Error('unterminated quoted string');
  const body = lit.slice(1, -1);
  if (q === '`') return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const e = body[++i];
    if (e === undefined) throw new Error('invalid escape at end of string');
    if (e in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[e];
    } else if (e === q) {
      out += e;
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const hex = body.slice(i + 1, i + 1 + len);
      if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) throw new Error(`invalid escape sequence \\${e}${hex}`);
      const code = parseInt(hex, 16);
      out += e === 'x' ? byteChar(code) : String.fromCodePoint(code);
      i += len;
    } else if (/[0-7]/.test(e)) {
      const oct = body.slice(i, i + 3);
      if (!/^[0-7]{3}$/.test(oct)) throw new Error(`invalid escape sequence \\${oct}`);
      out += byteChar(parseInt(oct, 8));
      i += 2;
    } else {
      throw new Error(`unknown escape sequence \\${e}`);
    }
  }
  return decodeByteRuns(out);
}

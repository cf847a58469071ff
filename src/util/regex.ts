/**
 * Prometheus regexes are Go RE2 regexes, fully anchored and with `.` matching newlines
 * (`^(?s:…)$`). JavaScript's RegExp reads some of the same text differently, so every user regex
 * (label matchers, relabel rules) is translated here from RE2 syntax to an equivalent JS RegExp,
 * and constructs that RE2 rejects or that JS cannot express are rejected with a clear message.
 */
import { SightlineError } from './errors.js';

export class RegexSyntaxError extends SightlineError {
  constructor(
    readonly pattern: string,
    readonly detail: string,
  ) {
    super('bad_regex', `invalid regular expression ${JSON.stringify(pattern)}: ${detail}`, { httpStatus: 400 });
  }
}

interface Flags {
  i: boolean;
  m: boolean;
  s: boolean;
  U: boolean;
}

const MAX_REPEAT = 1000;
// Characters that may be escaped with a backslash inside a JS /u regex.
const JS_SYNTAX_CHARS = new Set('^$\\.*+?()[]{}|/');
const PERL_CLASSES: Record<string, string> = {
  d: '0-9',
  w: '0-9A-Za-z_',
  s: '\\t\\n\\f\\r ',
};
const POSIX_CLASSES: Record<string, string> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7F',
  blank: '\\t ',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};
const SIMPLE_ESCAPES: Record<string, string> = { a: '\\x07', f: '\\f', t: '\\t', n: '\\n', r: '\\r', v: '\\v' };

function hexEscape(ch: string): string {
  return `\\u{${ch.codePointAt(0)!.toString(16)}}`;
}

/**
 * The other characters that `(?i)` makes `ch` match when the flag is scoped to part of a pattern
 * (JS cannot scope it): simple upper/lower case mappings, plus the folds RE2 adds for k and s.
 */
function caseVariants(ch: string): string[] {
  const out = new Set<string>();
  for (const c of [ch.toLowerCase(), ch.toUpperCase()]) if (c !== ch && [...c].length === 1) out.add(c);
  const lower = ch.toLowerCase();
  if (lower === 'k') out.add('\u212a');
  if (lower === 's') out.add('\u017f');
  if (lower === 'σ' || ch === 'ς') for (const c of ['σ', 'ς', 'Σ']) if (c !== ch) out.add(c);
  return [...out];
}

function swapCase(ch: string): string {
  return ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase();
}

class Translator {
  private pos = 0;
  private readonly flagStack: Flags[] = [];
  private flags: Flags = { i: false, m: false, s: true, U: false };
  /** Set when `(?i)` opens the whole pattern, so JS's own `i` flag can be used. */
  globalIgnoreCase = false;

  constructor(
    private readonly src: string,
    dotAll = true,
  ) {
    this.flags.s = dotAll;
  }

  fail(detail: string): never {
    throw new RegexSyntaxError(this.src, detail);
  }

  translate(): string {
    const lead = /^\(\?i\)/.exec(this.src);
    if (lead) {
      this.globalIgnoreCase = true;
      this.pos = lead[0].length;
    }
    const out = this.sequence();
    if (this.pos < this.src.length) this.fail(`unexpected ) at position ${this.pos}`);
    return out;
  }

  /** Translates until an unmatched `)` or the end. */
  private sequence(): string {
    let out = '';
    let lastWasAtom = false;
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos]!;
      if (ch === ')') break;
      if ('*+?'.includes(ch) || (ch === '{' && this.repeatAt(this.pos))) {
        if (!lastWasAtom) this.fail(`missing argument to repetition operator at position ${this.pos}`);
        out += this.quantifier();
        lastWasAtom = false;
        continue;
      }
      this.pos++;
      lastWasAtom = true;
      switch (ch) {
        case '\\':
          out += this.escape(false);
          break;
        case '[':
          out += this.charClass();
          break;
        case '(':
          out += this.group();
          break;
        case '.':
          out += this.flags.s ? '[^]' : '[^\\n]';
          break;
        case '^':
          out += this.flags.m ? '(?:^|(?<=\\n))' : '^';
          lastWasAtom = false;
          break;
        case '$':
          out += this.flags.m ? '(?:$|(?=\\n))' : '$';
          lastWasAtom = false;
          break;
        case '|':
          out += '|';
          lastWasAtom = false;
          break;
        default:
          out += this.literal(ch);
      }
    }
    return out;
  }

  private literal(ch: string): string {
    if (this.flags.i && !this.globalIgnoreCase) {
      const variants = caseVariants(ch);
      if (variants.length > 0) return `[${[ch, ...variants].map((c) => this.classChar(c)).join('')}]`;
    }
    if (JS_SYNTAX_CHARS.has(ch) || ch === '{' || ch === '}' || ch === ']') return `\\${ch}`;
    return ch;
  }

  private repeatAt(at: number): RegExpExecArray | null {
    return /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(at));
  }

  private quantifier(): string {
    let q: string;
    const ch = this.src[this.pos]!;
    if (ch === '{') {
      const m = this.repeatAt(this.pos)!;
      const min = Number(m[1]);
      const max = m[3] === undefined || m[3] === '' ? min : Number(m[3]);
      if (min > MAX_REPEAT || max > MAX_REPEAT) this.fail(`invalid repeat count ${m[0]} (RE2 allows at most ${MAX_REPEAT})`);
      if (m[2] !== undefined && m[3] !== '' && max < min) this.fail(`invalid repeat count ${m[0]}`);
      q = m[0];
      this.pos += m[0].length;
    } else {
      q = ch;
      this.pos++;
    }
    let lazy = false;
    if (this.src[this.pos] === '?') {
      lazy = true;
      this.pos++;
    }
    const next = this.src[this.pos];
    if (next !== undefined && ('*+?'.includes(next) || (next === '{' && this.repeatAt(this.pos)))) {
      this.fail(`invalid nested repetition operator at position ${this.pos}`);
    }
    if (this.flags.U) lazy = !lazy;
    return lazy ? `${q}?` : q;
  }

  private group(): string {
    if (this.src[this.pos] !== '?') return `(${this.groupBody()})`;
    const rest = this.src.slice(this.pos);
    if (/^\?(=|!|<=|<!)/.test(rest)) this.fail('lookahead and lookbehind are not supported (RE2 syntax)');
    const named = /^\?P?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(rest);
    if (named) {
      this.pos += named[0].length;
      return `(?<${named[1]}>${this.groupBody()})`;
    }
    const flagged = /^\?([imsU]*)(?:-([imsU]*))?([:)])/.exec(rest);
    if (!flagged) this.fail(`invalid or unsupported group syntax at position ${this.pos - 1}`);
    this.pos += flagged[0].length;
    const updated: Flags = { ...this.flags };
    for (const f of flagged[1] ?? '') updated[f as keyof Flags] = true;
    for (const f of flagged[2] ?? '') updated[f as keyof Flags] = false;
    if (updated.i !== this.flags.i && this.globalIgnoreCase) this.fail('turning case-insensitivity off inside (?i) is not supported');
    if (flagged[3] === ')') {
      // `(?flags)` changes the flags until the end of the enclosing group.
      this.flags = updated;
      return '';
    }
    this.flagStack.push(this.flags);
    this.flags = updated;
    const body = this.sequence();
    this.expect(')');
    this.flags = this.flagStack.pop()!;
    return `(?:${body})`;
  }

  private groupBody(): string {
    this.flagStack.push(this.flags);
    const body = this.sequence();
    this.expect(')');
    this.flags = this.flagStack.pop()!;
    return body;
  }

  private expect(ch: string): void {
    if (this.src[this.pos] !== ch) this.fail(`missing closing ${ch}`);
    this.pos++;
  }

  /** An escape after the backslash; `inClass` when inside `[…]`. */
  private escape(inClass: boolean): string {
    const ch = this.src[this.pos++];
    if (ch === undefined) this.fail('trailing backslash at end of expression');
    if (ch in PERL_CLASSES) return inClass ? PERL_CLASSES[ch]! : `[${PERL_CLASSES[ch]}]`;
    const upper = ch.toLowerCase();
    if (ch !== upper && upper in PERL_CLASSES) {
      if (inClass) this.fail(`negated class \\${ch} inside [...] is not supported`);
      return `[^${PERL_CLASSES[upper]}]`;
    }
    if (ch in SIMPLE_ESCAPES) return SIMPLE_ESCAPES[ch]!;
    switch (ch) {
      case 'b':
      case 'B':
        if (inClass) this.fail(`invalid escape sequence \\${ch} in class`);
        return `\\${ch}`;
      case 'A':
        if (inClass) this.fail('invalid escape sequence \\A in class');
        return '^';
      case 'z':
        if (inClass) this.fail('invalid escape sequence \\z in class');
        return '$';
      case 'Q': {
        const end = this.src.indexOf('\\E', this.pos);
        const text = this.src.slice(this.pos, end < 0 ? undefined : end);
        this.pos = end < 0 ? this.src.length : end + 2;
        return [...text].map((c) => (inClass ? this.classChar(c) : this.literal(c))).join('');
      }
      case 'x': {
        const m = /^(?:\{([0-9A-Fa-f]{1,6})\}|([0-9A-Fa-f]{2}))/.exec(this.src.slice(this.pos));
        if (!m) this.fail('invalid escape sequence \\x');
        this.pos += m[0].length;
        return `\\u{${m[1] ?? m[2]}}`;
      }
      case 'p':
      case 'P':
        return this.unicodeClass(ch);
      default:
        if (/[0-7]/.test(ch)) return this.octal(ch, inClass);
        if (/[89]/.test(ch)) this.fail(`backreferences are not supported: \\${ch}`);
        if (/[A-Za-z]/.test(ch)) this.fail(`invalid escape sequence \\${ch}`);
        // RE2 lets any punctuation be escaped; JS /u only allows syntax characters.
        return inClass ? this.classChar(ch) : JS_SYNTAX_CHARS.has(ch) ? `\\${ch}` : hexEscape(ch);
    }
  }

  /** RE2's octal escapes: `\0` and up to three octal digits; a lone `\1`-`\7` is a backreference. */
  private octal(first: string, inClass: boolean): string {
    const m = /^[0-7]{0,2}/.exec(this.src.slice(this.pos))![0];
    if (first !== '0' && m === '') this.fail(`backreferences are not supported: \\${first}`);
    this.pos += m.length;
    const ch = String.fromCodePoint(parseInt(first + m, 8));
    return inClass ? this.classChar(ch) : hexEscape(ch);
  }

  private unicodeClass(kind: string): string {
    let name: string;
    if (this.src[this.pos] === '{') {
      const end = this.src.indexOf('}', this.pos);
      if (end < 0) this.fail(`invalid character class range \\${kind}{`);
      name = this.src.slice(this.pos + 1, end);
      this.pos = end + 1;
    } else {
      name = this.src[this.pos++] ?? '';
    }
    let negate = kind === 'P';
    if (name.startsWith('^')) {
      negate = !negate;
      name = name.slice(1);
    }
    const generalCategory = /^[A-Z][a-z]?$/.test(name);
    const expr = generalCategory || name === 'Any' ? name : `Script=${name}`;
    const js = name === 'Any' ? '[^]' : `\\${negate ? 'P' : 'p'}{${expr}}`;
    try {
      new RegExp(js, 'u');
    } catch {
      this.fail(`invalid character class range \\${kind}{${name}}`);
    }
    return js;
  }

  private classChar(ch: string): string {
    return /[\\\][^-]/.test(ch) || !/[ -~]/.test(ch) ? hexEscape(ch) : ch;
  }

  private charClass(): string {
    let out = '[';
    if (this.src[this.pos] === '^') {
      out += '^';
      this.pos++;
    }
    let first = true;
    let extra = '';
    for (;;) {
      const ch = this.src[this.pos];
      if (ch === undefined) this.fail('missing closing ]');
      if (ch === ']' && !first) {
        this.pos++;
        break;
      }
      first = false;
      if (ch === '[' && this.src[this.pos + 1] === ':') {
        const m = /^\[:(\^?)([a-z]+):\]/.exec(this.src.slice(this.pos));
        if (m) {
          const range = POSIX_CLASSES[m[2]!];
          if (range === undefined) this.fail(`invalid character class range [:${m[2]}:]`);
          if (m[1]) this.fail(`negated POSIX class [:^${m[2]}:] inside [...] is not supported`);
          out += range;
          this.pos += m[0].length;
          continue;
        }
      }
      // Whole code points: a class member outside the BMP is one character, not two surrogates.
      const loCh = this.codePointAt(this.pos);
      this.pos += loCh.length;
      const lo = ch === '\\' ? this.escape(true) : this.classChar(loCh);
      // A range a-z, unless the '-' is the last character before ']'.
      if (this.src[this.pos] === '-' && this.src[this.pos + 1] !== ']' && this.src[this.pos + 1] !== undefined) {
        this.pos++;
        const hiCh = this.codePointAt(this.pos);
        this.pos += hiCh.length;
        const hi = hiCh === '\\' ? this.escape(true) : this.classChar(hiCh);
        if (ch !== '\\' && hiCh !== '\\' && hiCh.codePointAt(0)! < loCh.codePointAt(0)!) this.fail(`invalid character class range ${loCh}-${hiCh}`);
        out += `${lo}-${hi}`;
        if (this.flags.i && !this.globalIgnoreCase) extra += this.foldRange(ch, hiCh);
      } else {
        out += lo;
        if (this.flags.i && !this.globalIgnoreCase && ch !== '\\') extra += caseVariants(loCh).map((c) => this.classChar(c)).join('');
      }
    }
    return `${out}${extra}]`;
  }

  private codePointAt(pos: number): string {
    return String.fromCodePoint(this.src.codePointAt(pos)!);
  }

  /** The other-case counterpart of an ASCII letter range, for `(?i)` scoped to part of a pattern. */
  private foldRange(lo: string, hi: string): string {
    let out = '';
    for (const [a, z] of [
      ['a', 'z'],
      ['A', 'Z'],
    ] as const) {
      const from = lo > a ? lo : a;
      const to = hi < z ? hi : z;
      if (from <= to) out += `${swapCase(from)}-${swapCase(to)}`;
    }
    return out;
  }
}

const cache = new Map<string, RegExp>();
const goCache = new Map<string, RegExp>();
const CACHE_LIMIT = 10_000;

/**
 * Compiles a Prometheus (RE2) regex, anchored at both ends as Prometheus anchors label matchers
 * and relabel regexes. Throws RegexSyntaxError for invalid or unsupported patterns.
 */
export function compileAnchoredRegex(pattern: string): RegExp {
  return compile(pattern, cache, true);
}

/**
 * Compiles a regex as Go's `regexp.Compile` reads it (template functions `match`, `reReplaceAll`):
 * unanchored, and `.` does not match a newline unless `(?s)` says so.
 */
export function compileGoRegex(pattern: string): RegExp {
  return compile(pattern, goCache, false);
}

function compile(pattern: string, store: Map<string, RegExp>, anchored: boolean): RegExp {
  const hit = store.get(pattern);
  if (hit) return hit;
  const t = new Translator(pattern, anchored);
  const body = t.translate();
  let re: RegExp;
  try {
    re = new RegExp(anchored ? `^(?:${body})$` : body, t.globalIgnoreCase ? 'iu' : 'u');
  } catch (err) {
    throw new RegexSyntaxError(pattern, (err as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, ''));
  }
  if (store.size >= CACHE_LIMIT) store.clear();
  store.set(pattern, re);
  return re;
}

/**
 * Every user-supplied regex (label matchers, relabel rules, `label_replace`, template `match` /
 * `reReplaceAll`) is an RE2 regex, as in Prometheus, and runs on re2js: a pure-JS port of RE2/J,
 * which matches in time linear in the input (automata, no backtracking), so no pattern can stall
 * the event loop. It parses Go's syntax and folds case as Go does, and its errors are Go's own text.
 * Why re2js rather than the `re2` native binding: docs/storage.md "Label matchers and regular
 * expressions".
 */
import { RE2JS, RE2JSException } from 're2js';
import { SightlineError } from './errors.js';

const GO_ERROR_PREFIX = 'error parsing regexp: ';

export class RegexSyntaxError extends SightlineError {
  constructor(
    readonly pattern: string,
    /** RE2's message without its `error parsing regexp: ` prefix, e.g. ``missing closing ): `a(` ``. */
    readonly detail: string,
  ) {
    super('bad_regex', `invalid regular expression ${JSON.stringify(pattern)}: ${detail}`, { httpStatus: 400 });
  }

  /** The error as Go's regexp.Compile words it (`error parsing regexp: missing closing ): `(``). */
  get goMessage(): string {
    return GO_ERROR_PREFIX + this.detail;
  }
}

/** Texts of a match's groups by number (0 is the whole match); undefined for a group that took no part. */
export type RegexMatch = readonly (string | undefined)[];

/** A replacement template compiled once: literal text, group numbers and group names. */
export type Expansion = readonly (string | number | { readonly name: string })[];

/** What label matchers, relabel rules and label_replace use: a regex anchored at both ends. */
export interface AnchoredRegex {
  /** Whether the regex matches all of the text. */
  test(text: string): boolean;
  /** The match and its groups, as Go's FindStringSubmatch, or null. */
  exec(text: string): RegexMatch | null;
  /** Go's Regexp.Expand of a compiled template against a match of this regex. */
  expand(template: Expansion, match: RegexMatch): string;
}

function expandMatch(template: Expansion, match: RegexMatch, names: Readonly<Record<string, number>>): string {
  let out = '';
  for (const part of template) {
    if (typeof part === 'string') out += part;
    else if (typeof part === 'number') out += match[part] ?? '';
    // Own properties only: a template naming `constructor` must not read Object.prototype.
    else if (Object.hasOwn(names, part.name)) out += match[names[part.name]!] ?? '';
  }
  return out;
}

export class Regex implements AnchoredRegex {
  private readonly names: Readonly<Record<string, number>>;

  constructor(private readonly re: RE2JS) {
    this.names = re.namedGroups();
  }

  /** Whether the regex matches the text (an anchored regex: all of it). */
  test(text: string): boolean {
    return this.re.test(text);
  }

  /** The leftmost-first match, as Go's FindStringSubmatch, or null. */
  exec(text: string): RegexMatch | null {
    return this.re.exec(text);
  }

  /** Go's Regexp.Expand of a compiled template against a match of this regex. */
  expand(template: Expansion, match: RegexMatch): string {
    return expandMatch(template, match, this.names);
  }

  /**
   * Go's Regexp.ReplaceAllString: each match is replaced by the expanded template, an empty match
   * right after the previous match is not replaced, and the search always moves on by at least
   * one character (one code point, as Go moves by one rune).
   */
  replaceAll(text: string, template: Expansion): string {
    const matcher = this.re.matcher(text);
    const groups = matcher.groupCount();
    let out = '';
    let lastEnd = 0;
    let searchPos = 0;
    while (searchPos <= text.length && matcher.find(searchPos)) {
      const start = matcher.start();
      const end = matcher.end();
      out += text.slice(lastEnd, start);
      if (end > lastEnd || start === 0) {
        const match = Array.from({ length: groups + 1 }, (_, i) => matcher.group(i) ?? undefined);
        out += this.expand(template, match);
      }
      lastEnd = end;
      const width = searchPos === text.length ? 1 : text.codePointAt(searchPos)! > 0xffff ? 2 : 1;
      searchPos = Math.max(searchPos + width, end);
    }
    return out + text.slice(lastEnd);
  }
}

/**
 * `a|b|c` with no metacharacter, as Grafana's multi-value variables send, often with hundreds of
 * values: anchored, it is set membership (Prometheus's FastRegexMatcher does the same). As an
 * automaton, 1,000 such values cost ≈100 ms to compile and ≈0.5 µs a test (docs/storage.md).
 */
class LiteralAlternation implements AnchoredRegex {
  private readonly values: ReadonlySet<string>;

  constructor(pattern: string) {
    this.values = new Set(pattern.split('|'));
  }

  test(text: string): boolean {
    return this.values.has(text);
  }

  exec(text: string): RegexMatch | null {
    return this.values.has(text) ? [text] : null;
  }

  expand(template: Expansion, match: RegexMatch): string {
    return expandMatch(template, match, NO_GROUP_NAMES);
  }
}

const NO_GROUP_NAMES: Readonly<Record<string, number>> = Object.freeze({});
// No RE2 metacharacter but `|`, and no lone UTF-16 surrogate (those are left to RE2).
const LITERAL_ALTERNATION = /^[^\\.+*?()[\]{}^$\p{Cs}]*$/u;

// Go's Regexp.Expand reads a reference name as the longest run of letters, digits and underscores.
const REFERENCE_CHAR = /^[\p{L}\p{Nd}_]$/u;

/**
 * Compiles a replacement with Go's Regexp.Expand rules: `$name` / `${name}` take the longest run of
 * letters, digits and `_` (so `$1x` is the group named `1x`, usually empty); an all-digit name is
 * a group number (no leading zeros, at most 9 digits); `$$` is a `$`; a `$` not followed by a valid
 * name (`$-`, `${}`, `${a`) stays as it is.
 */
export function compileExpansion(template: string): Expansion {
  const parts: (string | number | { name: string })[] = [];
  let literal = '';
  let i = 0;
  for (;;) {
    const dollar = template.indexOf('$', i);
    if (dollar === -1) break;
    literal += template.slice(i, dollar);
    i = dollar + 1;
    if (template[i] === '$') {
      literal += '$';
      i++;
      continue;
    }
    const brace = template[i] === '{';
    let j = brace ? i + 1 : i;
    const nameStart = j;
    for (let cp = template.codePointAt(j); cp !== undefined && REFERENCE_CHAR.test(String.fromCodePoint(cp)); cp = template.codePointAt(j)) {
      j += cp > 0xffff ? 2 : 1;
    }
    const name = template.slice(nameStart, j);
    if (name === '' || (brace && template[j] !== '}')) {
      literal += '$';
      continue;
    }
    if (literal !== '') parts.push(literal);
    literal = '';
    parts.push(/^(?:0|[1-9][0-9]{0,8})$/.test(name) ? Number(name) : { name });
    i = brace ? j + 1 : j;
  }
  literal += template.slice(i);
  if (literal !== '' || parts.length === 0) parts.push(literal);
  return parts;
}

function compileRE2(source: string, pattern: string): Regex {
  try {
    return new Regex(RE2JS.compile(source));
  } catch (err) {
    if (!(err instanceof RE2JSException)) throw err;
    throw new RegexSyntaxError(pattern, err.message.startsWith(GO_ERROR_PREFIX) ? err.message.slice(GO_ERROR_PREFIX.length) : err.message);
  }
}

const anchoredCache = new Map<string, AnchoredRegex>();
const goCache = new Map<string, Regex>();
// Compiling costs ≈0.2 ms (docs/storage.md); matchers and rules repeat the same few patterns.
const CACHE_LIMIT = 10_000;

function cached<R>(store: Map<string, R>, pattern: string, compile: () => R): R {
  let re = store.get(pattern);
  if (re === undefined) {
    re = compile();
    if (store.size >= CACHE_LIMIT) store.clear();
    store.set(pattern, re);
  }
  return re;
}

/**
 * Compiles a Prometheus regex (label matchers, relabel rules, label_replace): RE2 anchored at both
 * ends with `.` matching newlines, `^(?s:…)$`. The pattern is checked alone first, so that one
 * such as `a)|(b` is refused instead of closing the wrapper early, and errors quote only what the
 * user wrote. Throws RegexSyntaxError for invalid patterns (backreferences, lookaround…).
 */
export function compileAnchoredRegex(pattern: string): AnchoredRegex {
  return cached<AnchoredRegex>(anchoredCache, pattern, () => {
    if (LITERAL_ALTERNATION.test(pattern)) return new LiteralAlternation(pattern);
    compileRE2(pattern, pattern);
    return compileRE2(`^(?s:${pattern})$`, pattern);
  });
}

/**
 * Compiles a regex as Go's `regexp.Compile` reads it (template functions `match`, `reReplaceAll`):
 * unanchored, and `.` does not match a newline unless `(?s)` says so.
 */
export function compileGoRegex(pattern: string): Regex {
  return cached(goCache, pattern, () => compileRE2(pattern, pattern));
}

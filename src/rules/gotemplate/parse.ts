/**
 * Lexer and parser for Go's text/template language, following the grammar and the error texts of
 * Go's text/template/parse (Prometheus users see those texts: `promtool check rules` prints them).
 * Positions are UTF-16 offsets into the text; errors convert them to Go's byte columns.
 */
import { goQuote, parseHexFloat } from './values.js';

export class TemplateSyntaxError extends Error {}

// ---- Lexer ----

type TokenType =
  | 'text' | 'leftDelim' | 'rightDelim' | 'space' | 'identifier' | 'field' | 'variable'
  | 'string' | 'rawString' | 'charConstant' | 'number' | 'bool' | 'pipe' | 'leftParen' | 'rightParen'
  | 'declare' | 'assign' | 'char' | 'error' | 'eof' | Keyword;

type Keyword = 'block' | 'break' | 'continue' | 'define' | 'else' | 'end' | 'if' | 'range' | 'nil' | 'template' | 'with' | 'dot';

const KEYWORDS = new Set<string>(['block', 'break', 'continue', 'define', 'else', 'end', 'if', 'range', 'nil', 'template', 'with']);

interface Token {
  type: TokenType;
  val: string;
  pos: number;
  line: number;
}

function tokenString(t: Token): string {
  if (t.type === 'eof') return 'EOF';
  if (t.type === 'error') return t.val;
  if (KEYWORDS.has(t.type) || t.type === 'dot') return `<${t.val}>`;
  const runes = [...t.val];
  if (runes.length > 10) return `${goQuote(runes.slice(0, 10).join(''))}...`;
  return goQuote(t.val);
}

/** What Go's scanNumber accepts (sign, base prefix, digits, fraction, exponent, imaginary suffix). */
const NUMBER_RE = /^[+-]?(?:0[xX][0-9a-fA-F_]*(?:\.[0-9a-fA-F_]*)?(?:[pP][+-]?[0-9_]*)?|0[oO][0-7_]*|0[bB][01_]*|[0-9_]*(?:\.[0-9_]*)?(?:[eE][+-]?[0-9_]*)?)i?/;

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\r' || c === '\n';
const isAlphaNumeric = (c: string | undefined): boolean => c !== undefined && /^[_\p{L}\p{Nd}]$/u.test(c);

function lex(input: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  let start = 0;
  let line = 1;
  let startLine = 1;
  let parenDepth = 0;

  const emit = (type: TokenType, val = input.slice(start, pos)): void => {
    tokens.push({ type, val, pos: start, line: startLine });
    start = pos;
    startLine = line;
  };
  const advanceTo = (to: number): void => {
    for (let i = pos; i < to; i++) if (input[i] === '\n') line++;
    pos = to;
  };
  const ignore = (): void => {
    start = pos;
    startLine = line;
  };
  const fail = (msg: string): false => {
    tokens.push({ type: 'error', val: msg, pos: start, line: startLine });
    return false;
  };
  const hasLeftTrim = (at: number): boolean => input[at] === '-' && isSpace(input[at + 1]);
  const atRightDelim = (): { delim: boolean; trim: boolean } => {
    if (isSpace(input[pos]) && input[pos + 1] === '-' && input.startsWith('}}', pos + 2)) return { delim: true, trim: true };
    return { delim: input.startsWith('}}', pos), trim: false };
  };
  const atTerminator = (): boolean => {
    const c = input[pos];
    return c === undefined || isSpace(c) || '.,|:()'.includes(c) || input.startsWith('}}', pos);
  };
  const trimLeftLength = (at: number): number => {
    let n = 0;
    while (isSpace(input[at + n])) n++;
    return n;
  };
  const charName = (c: string): string => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} ${goQuote(c).replace(/^"|"$/g, "'")}`;

  /** Lexes one action after `{{`; false when an error token ends the input. */
  const lexAction = (): boolean => {
    for (;;) {
      const { delim, trim } = atRightDelim();
      if (delim) {
        if (parenDepth !== 0) return fail('unclosed left paren');
        if (trim) {
          pos += 2;
          ignore();
        }
        pos += 2;
        emit('rightDelim', '}}');
        if (trim) advanceTo(pos + trimLeftLength(pos));
        ignore();
        return true;
      }
      const c = input[pos];
      if (c === undefined) return fail('unclosed action');
      if (isSpace(c)) {
        let end = pos;
        while (isSpace(input[end])) end++;
        // The last space before `-}}` belongs to the trim marker.
        advanceTo(input[end] === '-' && input.startsWith('}}', end + 1) ? end - 1 : end);
        emit('space');
        continue;
      }
      pos++;
      if (c === '=') emit('assign');
      else if (c === ':') {
        if (input[pos] !== '=') return fail('expected :=');
        pos++;
        emit('declare');
      } else if (c === '|') emit('pipe');
      else if (c === '"' || c === "'") {
        const unterminated = c === '"' ? 'unterminated quoted string' : 'unterminated character constant';
        for (;;) {
          let d = input[pos++];
          if (d === '\\') {
            d = input[pos++];
            if (d === undefined || d === '\n') return fail(unterminated);
            continue;
          }
          if (d === undefined || d === '\n') return fail(unterminated);
          if (d === c) break;
        }
        emit(c === '"' ? 'string' : 'charConstant');
      } else if (c === '`') {
        const end = input.indexOf('`', pos);
        if (end < 0) return fail('unterminated raw quoted string');
        advanceTo(end + 1);
        emit('rawString');
      } else if (c === '$' || (c === '.' && !/[0-9]/.test(input[pos] ?? ''))) {
        if (!atTerminator()) {
          while (isAlphaNumeric(input[pos])) pos++;
          if (!atTerminator()) return fail(`bad character ${charName(String.fromCodePoint(input.codePointAt(pos)!))}`);
          emit(c === '$' ? 'variable' : 'field');
        } else emit(c === '$' ? 'variable' : 'dot');
      } else if (c === '.' || c === '+' || c === '-' || /[0-9]/.test(c)) {
        pos--;
        pos += NUMBER_RE.exec(input.slice(pos))![0].length;
        if (isAlphaNumeric(input[pos])) {
          pos++;
          return fail(`bad number syntax: ${goQuote(input.slice(start, pos))}`);
        }
        if (input[pos] === '+' || input[pos] === '-') {
          // Go reads a complex literal here; Sightline does not support complex numbers.
          pos += NUMBER_RE.exec(input.slice(pos))![0].length;
          return fail(`bad number syntax: ${goQuote(input.slice(start, pos))}`);
        }
        emit('number');
      } else if (isAlphaNumeric(c)) {
        while (isAlphaNumeric(input[pos])) pos++;
        if (!atTerminator()) return fail(`bad character ${charName(String.fromCodePoint(input.codePointAt(pos)!))}`);
        const word = input.slice(start, pos);
        emit(KEYWORDS.has(word) ? (word as Keyword) : word === 'true' || word === 'false' ? 'bool' : 'identifier');
      } else if (c === '(') {
        parenDepth++;
        emit('leftParen');
      } else if (c === ')') {
        parenDepth--;
        if (parenDepth < 0) return fail('unexpected right paren');
        emit('rightParen');
      } else if (c <= '\x7f' && c >= ' ') emit('char');
      else {
        const full = String.fromCodePoint(input.codePointAt(pos - 1)!);
        return fail(`unrecognized character in action: ${charName(full)}`);
      }
    }
  };

  for (;;) {
    const x = input.indexOf('{{', pos);
    if (x < 0) {
      advanceTo(input.length);
      if (pos > start) emit('text');
      emit('eof', '');
      return tokens;
    }
    if (x > pos) {
      let end = x;
      if (hasLeftTrim(x + 2)) while (end > start && isSpace(input[end - 1])) end--;
      advanceTo(end);
      if (end > start) emit('text');
      advanceTo(x);
      ignore();
    }
    pos = x + 2;
    // The left trim marker is `-` and one space.
    const after = hasLeftTrim(pos) ? pos + 2 : pos;
    if (input.startsWith('/*', after)) {
      pos = after;
      ignore();
      const close = input.indexOf('*/', pos + 2);
      if (close < 0) {
        fail('unclosed comment');
        return tokens;
      }
      advanceTo(close + 2);
      const { delim, trim: rtrim } = atRightDelim();
      if (!delim) {
        fail('comment ends before closing delimiter');
        return tokens;
      }
      pos += rtrim ? 4 : 2;
      if (rtrim) advanceTo(pos + trimLeftLength(pos));
      ignore();
      continue;
    }
    emit('leftDelim', '{{');
    pos = after;
    ignore();
    parenDepth = 0;
    if (!lexAction()) return tokens;
  }
}

// ---- Nodes ----

export interface NumberValue {
  text: string;
  isInt: boolean;
  isFloat: boolean;
  int: bigint;
  float: number;
  /** The constant's value as an operand: int unless written as a float (Go's idealConstant). */
  ideal: bigint | number;
}

export type ArgNode =
  | { type: 'identifier'; pos: number; name: string }
  | { type: 'dot'; pos: number }
  | { type: 'nil'; pos: number }
  | { type: 'variable'; pos: number; ident: string[] }
  | { type: 'field'; pos: number; ident: string[] }
  | { type: 'chain'; pos: number; node: ArgNode; field: string[] }
  | { type: 'bool'; pos: number; value: boolean }
  | ({ type: 'number'; pos: number } & NumberValue)
  | { type: 'string'; pos: number; quoted: string; text: string }
  | PipeNode;

export interface CommandNode {
  type: 'command';
  pos: number;
  args: ArgNode[];
}

export interface PipeNode {
  type: 'pipe';
  pos: number;
  isAssign: boolean;
  decl: string[];
  cmds: CommandNode[];
}

export interface ListNode {
  type: 'list';
  pos: number;
  nodes: Node[];
}

export interface BranchNode {
  type: 'if' | 'range' | 'with';
  pos: number;
  pipe: PipeNode;
  list: ListNode;
  elseList: ListNode | undefined;
}

export type Node =
  | { type: 'text'; pos: number; text: string }
  | { type: 'action'; pos: number; pipe: PipeNode }
  | BranchNode
  | { type: 'template'; pos: number; name: string; pipe: PipeNode | undefined }
  | { type: 'break' | 'continue'; pos: number }
  | ListNode;

/** {{end}} and {{else}}: they close a list and are not nodes of it. */
type Delimiter = { type: 'end'; pos: number } | { type: 'else'; pos: number };

export type AnyNode = Node | ArgNode | CommandNode;

/** A node's text as Go's node String() gives it: the `<…>` context of an execution error. */
export function nodeString(n: AnyNode): string {
  switch (n.type) {
    case 'identifier':
      return n.name;
    case 'dot':
      return '.';
    case 'nil':
      return 'nil';
    case 'variable':
      return n.ident.join('.');
    case 'field':
      return n.ident.map((f) => `.${f}`).join('');
    case 'chain':
      return (n.node.type === 'pipe' ? `(${nodeString(n.node)})` : nodeString(n.node)) + n.field.map((f) => `.${f}`).join('');
    case 'bool':
      return String(n.value);
    case 'number':
      return n.text;
    case 'string':
      return n.quoted;
    case 'command':
      return n.args.map((a) => (a.type === 'pipe' ? `(${nodeString(a)})` : nodeString(a))).join(' ');
    case 'pipe': {
      const decl = n.decl.length > 0 ? `${n.decl.join(', ')} ${n.isAssign ? '=' : ':='} ` : '';
      return decl + n.cmds.map(nodeString).join(' | ');
    }
    case 'text':
      return goQuote(n.text);
    case 'action':
      return `{{${nodeString(n.pipe)}}}`;
    case 'if':
    case 'range':
    case 'with':
      return `{{${n.type} ${nodeString(n.pipe)}}}${nodeString(n.list)}${n.elseList ? `{{else}}${nodeString(n.elseList)}` : ''}{{end}}`;
    case 'template':
      return `{{template ${goQuote(n.name)}${n.pipe ? ` ${nodeString(n.pipe)}` : ''}}}`;
    case 'break':
    case 'continue':
      return `{{${n.type}}}`;
    case 'list':
      return n.nodes.map(nodeString).join('');
  }
}

// ---- Literals ----

const SIMPLE_ESCAPES: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

/** strconv.Unquote for "…", `…` and '…' literals; undefined for invalid syntax. */
function unquote(s: string): string | undefined {
  const q = s[0];
  if (q === '`') return s.slice(1, -1).replace(/\r/g, '');
  let out = '';
  for (let i = 1; i < s.length - 1; i++) {
    const c = s[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = s[++i];
    if (e === undefined) return undefined;
    if (e in SIMPLE_ESCAPES) out += SIMPLE_ESCAPES[e];
    else if (e === q) out += e;
    else if (e === 'x' || e === 'u' || e === 'U') {
      const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const hex = s.slice(i + 1, i + 1 + n);
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex)) return undefined;
      const cp = parseInt(hex, 16);
      if (e === 'x') out += Buffer.from([cp]).toString('latin1');
      else if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
      else out += String.fromCodePoint(cp);
      i += n;
    } else if (/[0-7]/.test(e)) {
      const oct = s.slice(i, i + 3);
      if (!/^[0-7]{3}$/.test(oct) || parseInt(oct, 8) > 255) return undefined;
      out += String.fromCharCode(parseInt(oct, 8));
      i += 2;
    } else return undefined;
  }
  if (q === "'" && [...out].length !== 1) return undefined;
  return out;
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** Go's rule for `_` in number literals: only between digits (a base prefix counts as a digit). */
function underscoresOK(text: string): boolean {
  let s = text.replace(/^[+-]/, '');
  const hex = /^0[xX]/.test(s);
  if (/^0[xXoObB]/.test(s)) s = `0${s.slice(2)}`;
  const digit = (c: string | undefined) => c !== undefined && (hex ? /[0-9a-fA-F]/ : /[0-9]/).test(c);
  return [...s].every((c, i) => c !== '_' || (digit(s[i - 1]) && digit(s[i + 1])));
}

function parseGoInt(text: string): bigint | undefined {
  const m = /^([+-]?)(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|0[0-7_]*|[1-9][0-9_]*)$/.exec(text);
  if (!m) return undefined;
  let body = m[2]!.replace(/_/g, '');
  if (/^0[0-7]+$/.test(body)) body = `0o${body.slice(1)}`;
  const v = BigInt(body) * (m[1] === '-' ? -1n : 1n);
  return v < INT64_MIN || v > INT64_MAX ? undefined : v;
}

function parseChar(text: string): NumberValue | string {
  // The first character or escape, then the closing quote.
  const m = /^'(\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3}|.)|[^\\'])/su.exec(text);
  const ch = m ? unquote(`${m[0]}'`) : undefined;
  if (ch === undefined) return 'invalid syntax';
  if (text.slice(m![0].length) !== "'") return `malformed character constant: ${text}`;
  const cp = BigInt(ch.codePointAt(0)!);
  return { text, isInt: true, isFloat: true, int: cp, float: Number(cp), ideal: cp };
}

function parseNumber(text: string, isChar: boolean): NumberValue | string {
  if (isChar) return parseChar(text);
  const illegal = `illegal number syntax: ${goQuote(text)}`;
  // Complex constants (`1i`) are Go's; Prometheus templates have no use for them.
  if (text.endsWith('i') || !underscoresOK(text)) return illegal;
  const int = parseGoInt(text);
  if (int !== undefined) return { text, isInt: true, isFloat: true, int, float: Number(int), ideal: int };
  const clean = text.replace(/_/g, '');
  const f = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(clean) ? Number(clean) : parseHexFloat(clean);
  if (f === undefined) return illegal;
  if (!/[.eEpP]/.test(text)) return `integer overflow: ${goQuote(text)}`;
  if (!Number.isFinite(f)) return illegal;
  const isInt = Number.isInteger(f) && f >= -(2 ** 63) && f < 2 ** 63;
  return { text, isInt, isFloat: true, int: isInt ? BigInt(f) : 0n, float: f, ideal: f };
}

// ---- Parser ----

export class Parser {
  private tokens: Token[];
  private i = 0;
  private furthest = 0;
  private vars: string[] = ['$'];
  private actionLine = 0;
  private rangeDepth = 0;

  constructor(
    private readonly name: string,
    text: string,
    private readonly hasFunction: (name: string) => boolean,
    /** Templates defined by {{define}} and {{block}}, by name. */
    private readonly defines: Map<string, ListNode>,
  ) {
    this.tokens = lex(text);
  }

  private errorf(msg: string): never {
    const line = this.tokens[Math.min(this.furthest, this.tokens.length - 1)]!.line;
    throw new TemplateSyntaxError(`template: ${this.name}:${line}: ${msg}`);
  }

  private next(): Token {
    const at = Math.min(this.i++, this.tokens.length - 1);
    this.furthest = Math.max(this.furthest, at);
    return this.tokens[at]!;
  }

  private backup(n = 1): void {
    this.i -= n;
  }

  private peek(): Token {
    const t = this.next();
    this.backup();
    return t;
  }

  private nextNonSpace(): Token {
    let t: Token;
    do t = this.next();
    while (t.type === 'space');
    return t;
  }

  private peekNonSpace(): Token {
    const t = this.nextNonSpace();
    this.backup();
    return t;
  }

  private unexpected(t: Token, context: string): never {
    if (t.type === 'error') {
      let extra = '';
      if (this.actionLine !== 0 && this.actionLine !== t.line) {
        extra = ` in action started at ${this.name}:${this.actionLine}`;
        if (t.val.endsWith(' action')) extra = extra.slice(' in action'.length);
      }
      this.errorf(t.val + extra);
    }
    this.errorf(`unexpected ${tokenString(t)} in ${context}`);
  }

  private expect(type: TokenType, context: string): Token {
    const t = this.nextNonSpace();
    if (t.type !== type) this.unexpected(t, context);
    return t;
  }

  /** Parses the whole text; returns the main template's list. */
  parse(): ListNode {
    const root: ListNode = { type: 'list', pos: this.peek().pos, nodes: [] };
    while (this.peek().type !== 'eof') {
      if (this.peek().type === 'leftDelim') {
        const mark = this.i;
        this.next();
        if (this.nextNonSpace().type === 'define') {
          this.parseDefinition();
          continue;
        }
        this.i = mark;
      }
      const n = this.textOrAction();
      if (n.type === 'end' || n.type === 'else') this.errorf(`unexpected {{${n.type}}}`);
      root.nodes.push(n);
    }
    return root;
  }

  private addDefinition(name: string, list: ListNode): void {
    // A later empty definition does not replace a filled one (Go's IsEmptyTree rule).
    const empty = list.nodes.every((n) => n.type === 'text' && n.text.trim() === '');
    if (!(empty && this.defines.has(name))) this.defines.set(name, list);
  }

  private withFreshScope<T>(fn: () => T): T {
    const saved = { vars: this.vars, rangeDepth: this.rangeDepth };
    this.vars = ['$'];
    this.rangeDepth = 0;
    try {
      return fn();
    } finally {
      this.vars = saved.vars;
      this.rangeDepth = saved.rangeDepth;
    }
  }

  private parseDefinition(): void {
    const context = 'define clause';
    const t = this.nextNonSpace();
    if (t.type !== 'string' && t.type !== 'rawString') this.unexpected(t, context);
    const name = this.unquoteOrFail(t.val);
    this.expect('rightDelim', context);
    const [list, end] = this.withFreshScope(() => this.itemList());
    if (end.type !== 'end') this.errorf(`unexpected {{${end.type}}} in ${context}`);
    this.addDefinition(name, list);
  }

  private unquoteOrFail(quoted: string): string {
    const s = unquote(quoted);
    if (s === undefined) this.errorf('invalid syntax');
    return s;
  }

  private itemList(): [ListNode, Delimiter] {
    const list: ListNode = { type: 'list', pos: this.peekNonSpace().pos, nodes: [] };
    while (this.peekNonSpace().type !== 'eof') {
      const n = this.textOrAction();
      if (n.type === 'end' || n.type === 'else') return [list, n];
      list.nodes.push(n);
    }
    this.errorf('unexpected EOF');
  }

  private textOrAction(): Node | Delimiter {
    const t = this.nextNonSpace();
    if (t.type === 'text') return { type: 'text', pos: t.pos, text: t.val };
    if (t.type !== 'leftDelim') this.unexpected(t, 'input');
    this.actionLine = t.line;
    try {
      return this.action();
    } finally {
      this.actionLine = 0;
    }
  }

  private action(): Node | Delimiter {
    const t = this.nextNonSpace();
    switch (t.type) {
      case 'block':
        return this.blockControl();
      case 'break':
      case 'continue': {
        const close = this.nextNonSpace();
        if (close.type !== 'rightDelim') this.unexpected(close, `{{${t.type}}}`);
        if (this.rangeDepth === 0) this.errorf(`{{${t.type}}} outside {{range}}`);
        return { type: t.type, pos: t.pos };
      }
      case 'else': {
        const peek = this.peekNonSpace();
        if (peek.type === 'if') return { type: 'else', pos: peek.pos };
        return { type: 'else', pos: this.expect('rightDelim', 'else').pos };
      }
      case 'end':
        return { type: 'end', pos: this.expect('rightDelim', 'end').pos };
      case 'if':
      case 'range':
      case 'with':
        return this.control(t.type);
      case 'template':
        return this.templateControl();
    }
    this.backup();
    const pos = this.peek().pos;
    return { type: 'action', pos, pipe: this.pipeline('command', 'rightDelim') };
  }

  private pipeline(context: string, end: 'rightDelim' | 'rightParen'): PipeNode {
    const pipe: PipeNode = { type: 'pipe', pos: this.peekNonSpace().pos, isAssign: false, decl: [], cmds: [] };
    for (;;) {
      const v = this.peekNonSpace();
      if (v.type !== 'variable') break;
      const mark = this.i;
      this.nextNonSpace();
      const next = this.peekNonSpace();
      if (next.type === 'assign' || next.type === 'declare') {
        pipe.isAssign = next.type === 'assign';
        this.nextNonSpace();
        pipe.decl.push(v.val);
        this.vars.push(v.val);
        break;
      }
      if (next.type === 'char' && next.val === ',') {
        this.nextNonSpace();
        pipe.decl.push(v.val);
        this.vars.push(v.val);
        if (context === 'range' && pipe.decl.length < 2) {
          const p = this.peekNonSpace().type;
          if (p === 'variable' || p === 'rightDelim' || p === 'rightParen') continue;
          this.errorf('range can only initialize variables');
        }
        this.errorf(`too many declarations in ${context}`);
      }
      // Not a declaration: the variable is the first operand.
      this.i = mark;
      break;
    }
    for (;;) {
      const t = this.nextNonSpace();
      if (t.type === end) {
        this.checkPipeline(pipe, context);
        return pipe;
      }
      switch (t.type) {
        case 'bool': case 'charConstant': case 'dot': case 'field': case 'identifier': case 'number':
        case 'nil': case 'rawString': case 'string': case 'variable': case 'leftParen':
          this.backup();
          pipe.cmds.push(this.command());
          break;
        default:
          this.unexpected(t, context);
      }
    }
  }

  private checkPipeline(pipe: PipeNode, context: string): void {
    if (pipe.cmds.length === 0) this.errorf(`missing value for ${context}`);
    pipe.cmds.slice(1).forEach((c, i) => {
      if (['bool', 'dot', 'nil', 'number', 'string'].includes(c.args[0]!.type)) {
        this.errorf(`non executable command in pipeline stage ${i + 2}`);
      }
    });
  }

  private control(context: 'if' | 'range' | 'with'): BranchNode {
    const varMark = this.vars.length;
    try {
      const pipe = this.pipeline(context, 'rightDelim');
      if (context === 'range') this.rangeDepth++;
      const [list, end] = this.itemList();
      let next = end;
      if (context === 'range') this.rangeDepth--;
      let elseList: ListNode | undefined;
      if (next.type === 'else') {
        // `{{else with}}` came with Go 1.23; Prometheus 2.42 (Go 1.19) accepts only `{{else if}}`.
        if (context === 'if' && this.peek().type === 'if') {
          this.next();
          elseList = { type: 'list', pos: next.pos, nodes: [this.control('if')] };
        } else {
          [elseList, next] = this.itemList();
          if (next.type !== 'end') this.errorf(`expected end; found {{${next.type}}}`);
        }
      }
      return { type: context, pos: pipe.pos, pipe, list, elseList };
    } finally {
      this.vars.length = varMark;
    }
  }

  private templateName(t: Token, context: string): string {
    if (t.type !== 'string' && t.type !== 'rawString') this.unexpected(t, context);
    return this.unquoteOrFail(t.val);
  }

  private blockControl(): Node {
    const context = 'block clause';
    const t = this.nextNonSpace();
    const name = this.templateName(t, context);
    const pipe = this.pipeline(context, 'rightDelim');
    const [list, end] = this.withFreshScope(() => this.itemList());
    if (end.type !== 'end') this.errorf(`unexpected {{${end.type}}} in ${context}`);
    this.addDefinition(name, list);
    return { type: 'template', pos: t.pos, name, pipe };
  }

  private templateControl(): Node {
    const context = 'template clause';
    const t = this.nextNonSpace();
    const name = this.templateName(t, context);
    let pipe: PipeNode | undefined;
    if (this.nextNonSpace().type !== 'rightDelim') {
      this.backup();
      pipe = this.pipeline(context, 'rightDelim');
    }
    return { type: 'template', pos: t.pos, name, pipe };
  }

  private command(): CommandNode {
    const cmd: CommandNode = { type: 'command', pos: this.peekNonSpace().pos, args: [] };
    for (;;) {
      this.peekNonSpace();
      const operand = this.operand();
      if (operand) cmd.args.push(operand);
      const t = this.next();
      if (t.type === 'space') continue;
      if (t.type === 'rightDelim' || t.type === 'rightParen') this.backup();
      else if (t.type !== 'pipe') this.unexpected(t, 'operand');
      break;
    }
    if (cmd.args.length === 0) this.errorf('empty command');
    return cmd;
  }

  private operand(): ArgNode | undefined {
    const node = this.term();
    if (!node || this.peek().type !== 'field') return node;
    const pos = this.peek().pos;
    const fields: string[] = [];
    while (this.peek().type === 'field') fields.push(this.next().val.slice(1));
    switch (node.type) {
      case 'field':
        return { type: 'field', pos, ident: [...node.ident, ...fields] };
      case 'variable':
        return { type: 'variable', pos, ident: [...node.ident, ...fields] };
      case 'bool':
      case 'string':
      case 'number':
      case 'nil':
      case 'dot':
        this.errorf(`unexpected . after term ${goQuote(nodeString(node))}`);
      // falls through: errorf never returns
      default:
        return { type: 'chain', pos, node, field: fields };
    }
  }

  private term(): ArgNode | undefined {
    const t = this.nextNonSpace();
    switch (t.type) {
      case 'identifier':
        if (!this.hasFunction(t.val)) this.errorf(`function ${goQuote(t.val)} not defined`);
        return { type: 'identifier', pos: t.pos, name: t.val };
      case 'dot':
        return { type: 'dot', pos: t.pos };
      case 'nil':
        return { type: 'nil', pos: t.pos };
      case 'variable': {
        const ident = t.val.split('.');
        if (!this.vars.includes(ident[0]!)) this.errorf(`undefined variable ${goQuote(ident[0]!)}`);
        return { type: 'variable', pos: t.pos, ident };
      }
      case 'field':
        return { type: 'field', pos: t.pos, ident: t.val.slice(1).split('.') };
      case 'bool':
        return { type: 'bool', pos: t.pos, value: t.val === 'true' };
      case 'charConstant':
      case 'number': {
        const n = parseNumber(t.val, t.type === 'charConstant');
        if (typeof n === 'string') this.errorf(n);
        return { type: 'number', pos: t.pos, ...n };
      }
      case 'leftParen':
        return this.pipeline('parenthesized pipeline', 'rightParen');
      case 'string':
      case 'rawString':
        return { type: 'string', pos: t.pos, quoted: t.val, text: this.unquoteOrFail(t.val) };
    }
    this.backup();
    return undefined;
  }
}

/**
 * Executes parsed Go text/template trees with Go's semantics (truth, ranges over slices and sorted
 * map keys, variables, {{template}}, `missingkey=zero`) and Go's error texts. Execution is async so
 * that functions may return promises (Prometheus's `query` reads the database).
 */
import type { GoFunc, ParamType } from './values.js';
import { GoMethods, GoStruct, goTypeName, isPlainObject, isStringMap, mapEntries, sprint, sprintValue, sprintf, sprintln, utf8Length, goQuote } from './values.js';
import type { AnyNode, ArgNode, BranchNode, CommandNode, ListNode, Node, PipeNode } from './parse.js';
import { Parser, nodeString } from './parse.js';

export class TemplateExecError extends Error {}

/** Recursion limit for {{template}}: Go allows 100000; JavaScript's stack does not. */
const MAX_EXEC_DEPTH = 1000;
/** No piped value: distinct from undefined, which is Go's "no value". */
const MISSING = Symbol('missing');
type Value = unknown;

/** Thrown by {{break}} and {{continue}} up to the enclosing range. */
class LoopControl extends Error {}
const BREAK = new LoopControl('{{break}}');
const CONTINUE = new LoopControl('{{continue}}');

/** A parsed template; parse once, execute many times with the functions of each evaluation. */
export class GoTemplate {
  private readonly root: ListNode;
  private readonly defines = new Map<string, ListNode>();

  /** Parses `text`; `isFunction` names the functions besides Go's builtins. Throws TemplateSyntaxError with Go's message. */
  constructor(
    readonly name: string,
    private readonly text: string,
    isFunction: (name: string) => boolean,
  ) {
    this.root = new Parser(name, text, (f) => Object.hasOwn(BUILTINS, f) || isFunction(f), this.defines).parse();
  }

  execute(data: Value, funcs: Readonly<Record<string, GoFunc>> = {}): Promise<string> {
    return new State(this, funcs, this.name, [{ name: '$', value: data }], 0).run(this.root, data);
  }

  lookup(name: string): ListNode | undefined {
    return name === this.name ? this.root : this.defines.get(name);
  }

  /** Go's `NAME:LINE:COL` of a node (COL in bytes from the start of the line). */
  location(pos: number): string {
    const before = this.text.slice(0, pos);
    const nl = before.lastIndexOf('\n');
    const line = 1 + (before.match(/\n/g)?.length ?? 0);
    return `${this.name}:${line}:${utf8Length(before.slice(nl + 1))}`;
  }
}

interface Variable {
  name: string;
  value: Value;
}

class State {
  private out = '';
  private node: AnyNode | undefined;

  constructor(
    private readonly tmpl: GoTemplate,
    private readonly funcs: Readonly<Record<string, GoFunc>>,
    private readonly execName: string,
    private readonly vars: Variable[],
    private readonly depth: number,
  ) {}

  async run(list: ListNode, dot: Value): Promise<string> {
    await this.walk(dot, list);
    return this.out;
  }

  private at(node: AnyNode): void {
    this.node = node;
  }

  private errorf(msg: string): never {
    const name = this.execName;
    if (!this.node) throw new TemplateExecError(`template: ${name}: ${msg}`);
    const where = this.tmpl.location(this.node.pos);
    throw new TemplateExecError(`template: ${where}: executing ${goQuote(name)} at <${nodeString(this.node)}>: ${msg}`);
  }

  private varValue(name: string): Value {
    for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i]!.name === name) return this.vars[i]!.value;
    this.errorf(`undefined variable: ${name}`);
  }

  private setVar(name: string, value: Value): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      if (this.vars[i]!.name === name) {
        this.vars[i]!.value = value;
        return;
      }
    }
    this.errorf(`undefined variable: ${name}`);
  }

  private async walk(dot: Value, node: Node): Promise<void> {
    this.at(node);
    switch (node.type) {
      case 'text':
        this.out += node.text;
        return;
      case 'action': {
        const val = await this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) this.out += printValue(val);
        return;
      }
      case 'list':
        for (const n of node.nodes) await this.walk(dot, n);
        return;
      case 'if':
      case 'with':
        return this.walkIfOrWith(dot, node);
      case 'range':
        return this.walkRange(dot, node);
      case 'template':
        return this.walkTemplate(dot, node);
      case 'break':
        throw BREAK;
      case 'continue':
        throw CONTINUE;
    }
  }

  private async walkIfOrWith(dot: Value, node: BranchNode): Promise<void> {
    const mark = this.vars.length;
    try {
      const val = await this.evalPipeline(dot, node.pipe);
      if (isTrue(val)) await this.walk(node.type === 'with' ? val : dot, node.list);
      else if (node.elseList) await this.walk(dot, node.elseList);
    } finally {
      this.vars.length = mark;
    }
  }

  private async walkRange(dot: Value, r: BranchNode): Promise<void> {
    this.at(r);
    const mark = this.vars.length;
    try {
      const val = await this.evalPipeline(dot, r.pipe);
      const items = rangeItems(val);
      if (!items) this.errorf(`range can't iterate over ${sprintValue(val)}`);
      for (const [index, elem] of items) {
        const decl = r.pipe.decl;
        if (decl.length > 0) {
          if (r.pipe.isAssign) this.setVar(decl[0]!, decl.length > 1 ? index : elem);
          else this.vars[this.vars.length - 1]!.value = elem;
        }
        if (decl.length > 1) {
          if (r.pipe.isAssign) this.setVar(decl[1]!, elem);
          else this.vars[this.vars.length - 2]!.value = index;
        }
        const iterMark = this.vars.length;
        try {
          await this.walk(elem, r.list);
        } catch (err) {
          if (err === BREAK) break;
          if (err !== CONTINUE) throw err;
        } finally {
          this.vars.length = iterMark;
        }
      }
      if (items.length === 0 && r.elseList) await this.walk(dot, r.elseList);
    } finally {
      this.vars.length = mark;
    }
  }

  private async walkTemplate(dot: Value, t: Extract<Node, { type: 'template' }>): Promise<void> {
    this.at(t);
    const list = this.tmpl.lookup(t.name);
    if (!list) this.errorf(`template ${goQuote(t.name)} not defined`);
    if (this.depth >= MAX_EXEC_DEPTH) this.errorf(`exceeded maximum template depth (${MAX_EXEC_DEPTH})`);
    const newDot = t.pipe ? await this.evalPipeline(dot, t.pipe) : undefined;
    // No dynamic scoping: the invoked template sees only `$`.
    this.out += await new State(this.tmpl, this.funcs, t.name, [{ name: '$', value: newDot }], this.depth + 1).run(list, newDot);
  }

  private async evalPipeline(dot: Value, pipe: PipeNode): Promise<Value> {
    this.at(pipe);
    let value: Value = MISSING;
    for (const cmd of pipe.cmds) value = await this.evalCommand(dot, cmd, value);
    const result = value === MISSING ? undefined : value;
    for (const name of pipe.decl) {
      if (pipe.isAssign) this.setVar(name, result);
      else this.vars.push({ name, value: result });
    }
    return result;
  }

  private notAFunction(args: ArgNode[] | undefined, final: Value): void {
    if ((args && args.length > 1) || final !== MISSING) this.errorf(`can't give argument to non-function ${nodeString(args![0]!)}`);
  }

  private async evalCommand(dot: Value, cmd: CommandNode, final: Value): Promise<Value> {
    const first = cmd.args[0]!;
    switch (first.type) {
      case 'field':
        this.at(first);
        return this.evalFieldChain(dot, dot, first, first.ident, cmd.args, final);
      case 'chain': {
        this.at(first);
        const receiver = await this.evalArg(dot, 'any', first.node);
        return this.evalFieldChain(dot, receiver, first, first.field, cmd.args, final);
      }
      case 'identifier':
        return this.evalFunction(dot, first.name, cmd, cmd.args, final);
      case 'pipe':
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, first);
      case 'variable':
        return this.evalVariable(dot, first, cmd.args, final);
    }
    this.at(first);
    this.notAFunction(cmd.args, final);
    switch (first.type) {
      case 'bool':
        return first.value;
      case 'dot':
        return dot;
      case 'nil':
        this.errorf('nil is not a command');
      // falls through: errorf never returns
      case 'number':
        return first.ideal;
      case 'string':
        return first.text;
    }
  }

  private async evalVariable(dot: Value, v: Extract<ArgNode, { type: 'variable' }>, args: ArgNode[] | undefined, final: Value): Promise<Value> {
    this.at(v);
    const value = this.varValue(v.ident[0]!);
    if (v.ident.length === 1) {
      this.notAFunction(args, final);
      return value;
    }
    return this.evalFieldChain(dot, value, v, v.ident.slice(1), args, final);
  }

  /** Callers set the error context first (Go reports a chain's error at the last node evaluated). */
  private async evalFieldChain(dot: Value, receiver: Value, node: AnyNode, ident: string[], args: ArgNode[] | undefined, final: Value): Promise<Value> {
    let r = receiver;
    for (const [i, name] of ident.entries()) {
      // A field of a missing map entry (a nil interface in Go) is an error; of missing data it is not.
      if (i > 0 && r === undefined) this.errorf(`nil pointer evaluating interface {}.${name}`);
      const last = i === ident.length - 1;
      r = await this.evalField(dot, node, name, last ? args : undefined, last ? final : MISSING, r);
    }
    return r;
  }

  private async evalField(dot: Value, node: AnyNode, name: string, args: ArgNode[] | undefined, final: Value, receiver: Value): Promise<Value> {
    if (receiver === undefined || receiver === null) return undefined;
    const hasArgs = (args !== undefined && args.length > 1) || final !== MISSING;
    if (receiver instanceof GoMethods && Object.hasOwn(receiver.methods, name)) {
      return this.evalCall(dot, receiver.methods[name]!, name, node, args ?? [], final);
    }
    if (receiver instanceof GoStruct) {
      if (Object.hasOwn(receiver.fields, name)) {
        if (hasArgs) this.errorf(`${name} is not a method but has arguments`);
        return receiver.fields[name];
      }
    } else if (receiver instanceof Map || isPlainObject(receiver)) {
      if (hasArgs) this.errorf(`${name} is not a method but has arguments`);
      if (receiver instanceof Map) return receiver.get(name);
      // missingkey=zero: a map[string]string gives "", a map of interfaces gives no value.
      return Object.hasOwn(receiver, name) ? receiver[name] : isStringMap(receiver) ? '' : undefined;
    }
    this.errorf(`can't evaluate field ${name} in type ${goTypeName(receiver)}`);
  }

  private evalFunction(dot: Value, name: string, node: AnyNode, args: ArgNode[], final: Value): Promise<Value> {
    this.at(args[0]!);
    const fn = Object.hasOwn(BUILTINS, name) ? BUILTINS[name] : Object.hasOwn(this.funcs, name) ? this.funcs[name] : undefined;
    if (!fn) this.errorf(`${goQuote(name)} is not a defined function`);
    return this.evalCall(dot, fn, name, node, args, final);
  }

  /** Calls a function or method; args[0] is the function's own node. */
  private async evalCall(dot: Value, fn: GoFunc, name: string, node: AnyNode, args: ArgNode[], final: Value): Promise<Value> {
    const rest = args.slice(1);
    const numIn = rest.length + (final === MISSING ? 0 : 1);
    const numFixed = fn.variadic ? fn.params.length : rest.length;
    if (fn.variadic) {
      if (numIn < numFixed) this.errorf(`wrong number of args for ${name}: want at least ${fn.params.length} got ${rest.length}`);
    } else if (numIn !== fn.params.length) {
      this.errorf(`wrong number of args for ${name}: want ${fn.params.length} got ${numIn}`);
    }
    if (name === 'and' || name === 'or') {
      // Go evaluates and/or lazily and returns the deciding operand.
      let v: Value;
      for (const a of rest) {
        v = await this.evalArg(dot, 'any', a);
        if (isTrue(v) === (name === 'or')) return v;
      }
      return final === MISSING ? v : final;
    }
    const argv: Value[] = [];
    let i = 0;
    for (; i < numFixed && i < rest.length; i++) argv.push(await this.evalArg(dot, fn.params[i]!, rest[i]!));
    for (; i < rest.length; i++) argv.push(await this.evalArg(dot, fn.variadic!, rest[i]!));
    if (final !== MISSING) {
      const t = fn.variadic && numIn - 1 >= numFixed ? fn.variadic : fn.params[numIn - 1]!;
      argv.push(this.validateType(final, t));
    }
    try {
      return await fn.call(...argv);
    } catch (err) {
      this.at(node);
      this.errorf(`error calling ${name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  private async evalArg(dot: Value, typ: ParamType, n: ArgNode): Promise<Value> {
    this.at(n);
    switch (n.type) {
      case 'dot':
        return this.validateType(dot, typ);
      case 'nil':
        if (canBeNil(typ)) return null;
        this.errorf(`cannot assign nil to ${typ}`);
      // falls through: errorf never returns
      case 'field':
        return this.validateType(await this.evalFieldChain(dot, dot, n, n.ident, [n], MISSING), typ);
      case 'variable':
        return this.validateType(await this.evalVariable(dot, n, undefined, MISSING), typ);
      case 'pipe':
        return this.validateType(await this.evalPipeline(dot, n), typ);
      case 'identifier':
        return this.validateType(await this.evalFunction(dot, n.name, n, [n], MISSING), typ);
      case 'chain': {
        const receiver = await this.evalArg(dot, 'any', n.node);
        return this.validateType(await this.evalFieldChain(dot, receiver, n, n.field, undefined, MISSING), typ);
      }
    }
    this.at(n);
    switch (typ) {
      case 'bool':
        if (n.type === 'bool') return n.value;
        this.errorf(`expected bool; found ${nodeString(n)}`);
      // falls through: errorf never returns
      case 'float64':
        if (n.type === 'number' && n.isFloat) return n.float;
        this.errorf(`expected float; found ${nodeString(n)}`);
      // falls through: errorf never returns
      case 'int':
        if (n.type === 'number' && n.isInt) return n.int;
        this.errorf(`expected integer; found ${nodeString(n)}`);
      // falls through: errorf never returns
      case 'string':
        if (n.type === 'string') return n.text;
        this.errorf(`expected string; found ${nodeString(n)}`);
      // falls through: errorf never returns
      case 'any':
        if (n.type === 'bool') return n.value;
        if (n.type === 'number') return n.ideal;
        if (n.type === 'string') return n.text;
    }
    this.errorf(`can't handle ${nodeString(n)} for arg of type ${typ === 'any' ? 'interface {}' : typ}`);
  }

  private validateType(value: Value, typ: ParamType): Value {
    if (value === undefined || value === null) {
      if (canBeNil(typ)) return null;
      this.errorf(`invalid value; expected ${typ}`);
    }
    if (typ === 'any' || goTypeName(value) === typ) return value;
    this.errorf(`wrong type for value; expected ${typ}; got ${goTypeName(value)}`);
  }
}

function canBeNil(typ: ParamType): boolean {
  return typ === 'any' || typ === 'template.queryResult' || typ === '*template.sample';
}

function rangeItems(val: Value): [Value, Value][] | undefined {
  if (val === undefined || val === null) return [];
  if (Array.isArray(val)) return val.map((x, i) => [BigInt(i), x]);
  if (val instanceof Map || isPlainObject(val)) return mapEntries(val);
  return undefined;
}

export function isTrue(v: Value): boolean {
  if (v === undefined || v === null) return false;
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'string':
      return v.length > 0;
    case 'number':
      return v !== 0;
    case 'bigint':
      return v !== 0n;
  }
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof Map) return v.size > 0;
  if (isPlainObject(v)) return Object.keys(v).length > 0;
  return true;
}

/** Go's printableValue: what is printed for a value; nil and missing values read `<no value>`. */
function printable(v: Value): Value {
  if (v === undefined || v === null) return '<no value>';
  return v instanceof GoStruct && v.pointer ? new GoStruct(v.typeName, v.fields) : v;
}

/** An action's output. */
function printValue(v: Value): string {
  return sprintValue(printable(v));
}

// ---- Builtins (Go's text/template funcs.go) ----

type Kind = 'bool' | 'int' | 'float' | 'string';

function basicKind(v: Value): Kind | undefined {
  switch (typeof v) {
    case 'boolean':
      return 'bool';
    case 'bigint':
      return 'int';
    case 'number':
      return 'float';
    case 'string':
      return 'string';
  }
  return undefined;
}

function eq(a: Value, ...rest: Value[]): boolean {
  if (rest.length === 0) throw new Error('missing argument for comparison');
  const k1 = basicKind(a);
  for (const b of rest) {
    const k2 = basicKind(b);
    const aNil = a === undefined || a === null;
    const bNil = b === undefined || b === null;
    if (aNil || bNil) {
      if (aNil && bNil) return true;
      continue;
    }
    if (k1 !== k2) throw new Error('incompatible types for comparison');
    if (k1 === undefined) {
      // Maps and slices are not comparable in Go.
      if (goTypeName(a) !== goTypeName(b)) throw new Error(`non-comparable types ${sprintf('%s', [a])}: ${goTypeName(a)}, ${goTypeName(b)}: ${sprintValue(b)}`);
      if (!(a instanceof GoStruct)) throw new Error(`non-comparable type ${sprintf('%s', [b])}: ${goTypeName(b)}`);
    }
    if (a === b) return true;
  }
  return false;
}

function lt(a: Value, b: Value): boolean {
  const k1 = basicKind(a);
  const k2 = basicKind(b);
  if (k1 === undefined || k2 === undefined || k1 === 'bool') throw new Error('invalid type for comparison');
  if (k1 !== k2) throw new Error('incompatible types for comparison');
  return (a as string | number | bigint) < (b as string | number | bigint);
}

/** An index argument within 0…size (Go's indexArg). */
function indexArg(ix: Value, size: number): number {
  if (ix === undefined || ix === null) throw new Error('cannot index slice/array with nil');
  if (typeof ix !== 'bigint') throw new Error(`cannot index slice/array with type ${goTypeName(ix)}`);
  if (ix < 0n || ix > BigInt(size)) throw new Error(`index out of range: ${ix}`);
  return Number(ix);
}

/** slice: item[i:j] of a slice, or of a string's bytes. */
function slice(item: Value, ...indexes: Value[]): Value {
  if (item === undefined || item === null) throw new Error('slice of untyped nil');
  if (indexes.length > 3) throw new Error(`too many slice indexes: ${indexes.length}`);
  let seq: readonly unknown[] | Buffer;
  if (typeof item === 'string') {
    if (indexes.length === 3) throw new Error('cannot 3-index slice a string');
    seq = Buffer.from(item, 'utf8');
  } else if (Array.isArray(item)) seq = item;
  else throw new Error(`can't slice item of type ${goTypeName(item)}`);
  const idx = [0, seq.length, seq.length];
  indexes.forEach((ix, i) => (idx[i] = indexArg(ix, seq.length)));
  if (idx[0]! > idx[1]!) throw new Error(`invalid slice index: ${idx[0]} > ${idx[1]}`);
  if (indexes.length === 3 && idx[1]! > idx[2]!) throw new Error(`invalid slice index: ${idx[1]} > ${idx[2]}`);
  const part = seq.slice(idx[0], idx[1]);
  return Buffer.isBuffer(part) ? part.toString('utf8') : part;
}

function index(item: Value, ...indexes: Value[]): Value {
  if (item === undefined || item === null) throw new Error('index of untyped nil');
  let cur: Value = item;
  for (const ix of indexes) {
    if (cur === undefined || cur === null) throw new Error('index of nil pointer');
    if (Array.isArray(cur) || typeof cur === 'string') {
      const seq: readonly Value[] = typeof cur === 'string' ? [...Buffer.from(cur, 'utf8')].map((b) => BigInt(b)) : cur;
      const x = indexArg(ix, seq.length);
      if (x === seq.length) throw new Error('reflect: slice index out of range');
      cur = seq[x];
    } else if (cur instanceof Map || isPlainObject(cur)) {
      if (ix === undefined || ix === null) throw new Error('value is nil; should be of type string');
      if (typeof ix !== 'string') throw new Error(`value has type ${goTypeName(ix)}; should be string`);
      if (cur instanceof Map) cur = cur.get(ix);
      else cur = Object.hasOwn(cur, ix) ? cur[ix] : isStringMap(cur) ? '' : undefined;
    } else {
      throw new Error(`can't index item of type ${goTypeName(cur).replace(/^\*/, '')}`);
    }
  }
  return cur;
}

function length(item: Value): bigint {
  if (item === undefined || item === null) throw new Error('len of nil pointer');
  if (typeof item === 'string') return BigInt(utf8Length(item));
  if (Array.isArray(item)) return BigInt(item.length);
  if (item instanceof Map) return BigInt(item.size);
  if (isPlainObject(item)) return BigInt(Object.keys(item).length);
  throw new Error(`len of type ${goTypeName(item)}`);
}

/** Text of html/js/urlquery arguments: a lone string as is, anything else through fmt.Sprint. */
function evalArgs(args: Value[]): string {
  return args.length === 1 && typeof args[0] === 'string' ? args[0] : sprint(args.map(printable));
}

const HTML_ESCAPES: Record<string, string> = { '"': '&#34;', "'": '&#39;', '&': '&amp;', '<': '&lt;', '>': '&gt;', '\0': '\uFFFD' };

export function htmlEscape(s: string): string {
  return s.replace(/["'&<>\0]/g, (c) => HTML_ESCAPES[c]!);
}

function jsEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    if (ch === '\\' || ch === "'" || ch === '"') out += `\\${ch}`;
    else if ('<>&='.includes(ch) || ch < ' ' || (ch > '\x7e' && !/^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(ch))) {
      const cp = ch.codePointAt(0)!;
      out += cp > 0xffff ? ch : `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    } else out += ch;
  }
  return out;
}

/** url.QueryEscape. */
export function queryEscape(s: string): string {
  let out = '';
  for (const b of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

const BUILTINS: Readonly<Record<string, GoFunc>> = {
  // and/or are evaluated lazily by the executor; call is never reached.
  and: { params: ['any'], variadic: 'any', call: () => undefined },
  or: { params: ['any'], variadic: 'any', call: () => undefined },
  not: { params: ['any'], call: (v) => !isTrue(v) },
  len: { params: ['any'], call: length },
  index: { params: ['any'], variadic: 'any', call: index },
  slice: { params: ['any'], variadic: 'any', call: slice },
  // Template data never holds Go functions, so call can only fail, with Go 1.19's messages.
  call: {
    params: ['any'],
    variadic: 'any',
    call: (fn) => {
      throw new Error(fn === undefined || fn === null ? 'call of nil' : `non-function of type ${goTypeName(fn)}`);
    },
  },
  eq: { params: ['any'], variadic: 'any', call: eq },
  ne: { params: ['any', 'any'], call: (a, b) => !eq(a, b) },
  lt: { params: ['any', 'any'], call: lt },
  le: { params: ['any', 'any'], call: (a, b) => lt(a, b) || eq(a, b) },
  gt: { params: ['any', 'any'], call: (a, b) => !lt(a, b) && !eq(a, b) },
  ge: { params: ['any', 'any'], call: (a, b) => !lt(a, b) },
  print: { params: [], variadic: 'any', call: (...a) => sprint(a) },
  println: { params: [], variadic: 'any', call: (...a) => sprintln(a) },
  printf: { params: ['string'], variadic: 'any', call: (f, ...a) => sprintf(f as string, a) },
  html: { params: [], variadic: 'any', call: (...a) => htmlEscape(evalArgs(a)) },
  js: { params: [], variadic: 'any', call: (...a) => jsEscape(evalArgs(a)) },
  urlquery: { params: [], variadic: 'any', call: (...a) => queryEscape(evalArgs(a)) },
};

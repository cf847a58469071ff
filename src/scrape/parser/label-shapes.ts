/**
 * Fast construction of label objects. Adding properties one by one under computed names is the
 * single largest cost of parsing a sample (≈200 ns for five labels here, against ≈25 ns for an
 * object literal): V8 only builds objects quickly from literals with fixed keys. So for each
 * distinct sequence of label names (a "shape": few per page, the same on every scrape) this
 * compiles a function returning such a literal, and caches it.
 */
import { METRIC_NAME } from '../../model/labels.js';

/** Builds `{__name__: name, [names[i]]: values[i]…}` for one fixed sequence of names. */
export type LabelSetFactory = (name: string, values: readonly string[]) => Record<string, string>;

const CACHE_LIMIT = 10_000;
const factories = new Map<string, LabelSetFactory | null>();
const seenOnce = new Set<string>();

/**
 * The factory for this sequence of label names, or undefined when the caller should build the
 * object generically: on a shape's first sighting (a target churning label names must not cost a
 * compilation per series) and when a name repeats (the generic builder reports it). Names must be
 * valid label names: they are embedded in generated code.
 */
export function labelSetFactory(names: readonly string[]): LabelSetFactory | undefined {
  const key = names.join(',');
  const factory = factories.get(key);
  if (factory !== undefined) return factory ?? undefined;
  if (!seenOnce.has(key)) {
    if (seenOnce.size >= CACHE_LIMIT) seenOnce.clear();
    seenOnce.add(key);
    return undefined;
  }
  const compiled = compile(names);
  if (factories.size >= CACHE_LIMIT) factories.clear();
  factories.set(key, compiled);
  return compiled ?? undefined;
}

function compile(names: readonly string[]): LabelSetFactory | null {
  if (new Set([METRIC_NAME, ...names]).size !== names.length + 1) return null;
  // A literal `__proto__: x` would set the prototype; the computed form defines a property.
  const key = (name: string) => (name === '__proto__' ? `[${JSON.stringify(name)}]` : JSON.stringify(name));
  const props = names.map((name, i) => `${key(name)}: v[${i}]`);
  const source = `return (n, v) => ({ ${JSON.stringify(METRIC_NAME)}: n${props.map((p) => `, ${p}`).join('')} });`;
  // The names are validated label names ([a-zA-Z_][a-zA-Z0-9_]*), quoted by JSON.stringify: no
  // input can inject code. Generated code is the only way to get literal-speed construction.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return (new Function(source) as () => LabelSetFactory)();
}

/**
 * Prometheus relabeling: the same actions, defaults, validation and results as Prometheus's
 * model/relabel, so targets and series relabel (and hashmod-shard) identically in Sightline and
 * Prometheus. Configs are compiled once (regexes, replacement templates); `relabel()` runs per
 * target and, for metric relabeling, per scraped series, so it copies the label set only when a
 * rule changes it.
 *
 * Regexes are RE2 anchored as Prometheus anchors them, `^(?s:…)$` (util/regex.ts). Known
 * difference: labelmap visits labels in canonical order, while Prometheus visits labels added
 * earlier in the same pass last.
 */
import { createHash } from 'node:crypto';
import { isValidLabelName, sortedLabelNames, type Labels } from '../model/labels.js';
import { SightlineError, errorMessage } from '../util/errors.js';
import { compileAnchoredRegex, compileExpansion, type AnchoredRegex, type Expansion } from '../util/regex.js';

export const RELABEL_ACTIONS = [
  'replace',
  'keep',
  'drop',
  'keepequal',
  'dropequal',
  'hashmod',
  'labelmap',
  'labeldrop',
  'labelkeep',
  'lowercase',
  'uppercase',
] as const;
export type RelabelAction = (typeof RELABEL_ACTIONS)[number];

/** One relabel rule as the CRDs spell it (camelCase; Prometheus's snake_case names are not accepted). */
export interface RelabelConfig {
  sourceLabels?: readonly string[];
  separator?: string;
  regex?: string;
  modulus?: number;
  targetLabel?: string;
  replacement?: string;
  /** Case-insensitive, as in Prometheus and the Prometheus Operator; defaults to `replace`. */
  action?: string;
}

export interface CompiledRelabelConfig {
  readonly action: RelabelAction;
  readonly sourceLabels: readonly string[];
  readonly separator: string;
  readonly regex: AnchoredRegex;
  readonly modulus: bigint;
  readonly targetLabel: string;
  /** Set when `targetLabel` contains `$` references (replace only). */
  readonly targetTemplate: Expansion | undefined;
  readonly replacement: Expansion;
  /** labeldrop/labelkeep verdicts per label name: the same few names recur on every sample. */
  readonly nameMatches: Map<string, boolean>;
}

export class RelabelConfigError extends SightlineError {
  constructor(
    readonly index: number,
    detail: string,
  ) {
    super('invalid_relabel_config', `relabel config [${index}]: ${detail}`, { httpStatus: 400 });
  }
}

const DEFAULTS = { separator: ';', regex: '(.*)', replacement: '$1' } as const;
const KNOWN_FIELDS = new Set(['sourceLabels', 'separator', 'regex', 'modulus', 'targetLabel', 'replacement', 'action']);
const SNAKE_CASE_HINTS: Record<string, string> = { source_labels: 'sourceLabels', target_label: 'targetLabel' };

export function compileRelabelConfigs(configs: readonly RelabelConfig[]): CompiledRelabelConfig[] {
  return configs.map((config, index) => {
    try {
      return compileOne(config);
    } catch (err) {
      throw new RelabelConfigError(index, errorMessage(err));
    }
  });
}

function compileOne(config: RelabelConfig): CompiledRelabelConfig {
  if (typeof config !== 'object' || config === null) throw new Error('must be an object');
  for (const key of Object.keys(config)) {
    if (!KNOWN_FIELDS.has(key)) {
      const hint = SNAKE_CASE_HINTS[key];
      throw new Error(`unknown field "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}`);
    }
  }
  const actionText = optionalString(config, 'action') ?? 'replace';
  const action = RELABEL_ACTIONS.find((a) => a === actionText.toLowerCase());
  if (action === undefined) throw new Error(`unknown relabel action ${JSON.stringify(actionText)}`);
  // Configs come from YAML and JSON, so types are checked here too, not only by the compiler.
  const rawSourceLabels: unknown = config.sourceLabels ?? [];
  if (!Array.isArray(rawSourceLabels)) throw new Error('"sourceLabels" must be a list of label names');
  const sourceLabels: string[] = [];
  for (const name of rawSourceLabels as unknown[]) {
    if (typeof name !== 'string' || !isValidLabelName(name)) throw new Error(`${JSON.stringify(name)} is not a valid label name`);
    sourceLabels.push(name);
  }
  const separator = optionalString(config, 'separator') ?? DEFAULTS.separator;
  const regexText = optionalString(config, 'regex') ?? DEFAULTS.regex;
  const targetLabel = optionalString(config, 'targetLabel') ?? '';
  const replacement = optionalString(config, 'replacement') ?? DEFAULTS.replacement;
  const modulus = config.modulus ?? 0;
  if (typeof modulus !== 'number' || !Number.isSafeInteger(modulus) || modulus < 0) throw new Error('"modulus" must be a non-negative integer');

  // The same checks, in the same order, as Prometheus's relabel.Config.Validate.
  const is = (...actions: RelabelAction[]) => actions.includes(action);
  if (modulus === 0 && action === 'hashmod') throw new Error('relabel configuration for hashmod requires non-zero modulus');
  if (is('replace', 'hashmod', 'lowercase', 'uppercase', 'keepequal', 'dropequal') && targetLabel === '') {
    throw new Error(`relabel configuration for ${action} action requires 'targetLabel' value`);
  }
  const targetIsTemplate = action === 'replace' && targetLabel.includes('$');
  if (targetIsTemplate ? !isValidRelabelTarget(targetLabel) : is('replace', 'hashmod', 'lowercase', 'uppercase', 'keepequal', 'dropequal') && !isValidLabelName(targetLabel)) {
    throw new Error(`${JSON.stringify(targetLabel)} is invalid 'targetLabel' for ${action} action`);
  }
  if (is('lowercase', 'uppercase', 'keepequal', 'dropequal') && replacement !== DEFAULTS.replacement) {
    throw new Error(`'replacement' can not be set for ${action} action`);
  }
  if (action === 'labelmap' && !isValidRelabelTarget(replacement)) {
    throw new Error(`${JSON.stringify(replacement)} is invalid 'replacement' for ${action} action`);
  }
  if (is('keepequal', 'dropequal') && (regexText !== DEFAULTS.regex || modulus !== 0 || separator !== DEFAULTS.separator)) {
    throw new Error(`${action} action requires only 'sourceLabels' and 'targetLabel', and no other fields`);
  }
  if (
    is('labeldrop', 'labelkeep') &&
    (sourceLabels.length > 0 || targetLabel !== '' || modulus !== 0 || separator !== DEFAULTS.separator || replacement !== DEFAULTS.replacement)
  ) {
    throw new Error(`${action} action requires only 'regex', and no other fields`);
  }

  let regex: AnchoredRegex;
  try {
    regex = compileAnchoredRegex(regexText);
  } catch (err) {
    throw new Error(`invalid 'regex': ${errorMessage(err)}`, { cause: err });
  }
  return {
    action,
    sourceLabels,
    separator,
    regex,
    modulus: BigInt(modulus),
    targetLabel,
    targetTemplate: targetIsTemplate ? compileExpansion(targetLabel) : undefined,
    replacement: compileExpansion(replacement),
    nameMatches: new Map(),
  };
}

function optionalString(config: RelabelConfig, field: keyof RelabelConfig): string | undefined {
  const value = config[field];
  if (value !== undefined && typeof value !== 'string') throw new Error(`"${field}" must be a string`);
  return value;
}

const WORD = /^[A-Za-z0-9_]$/;
const ASCII_DIGIT = /^[0-9]$/;

/**
 * Prometheus's `^(?:(?:[a-zA-Z_]|\$(?:\{\w+\}|\w+))+\w*)+$` for templated target labels, checked
 * by hand: as a JS regex its nested repetition could backtrack exponentially.
 */
function isValidRelabelTarget(s: string): boolean {
  let i = 0;
  while (i < s.length) {
    const ch = s[i]!;
    if (ch === '$') {
      const brace = s[i + 1] === '{';
      let j = brace ? i + 2 : i + 1;
      const start = j;
      while (j < s.length && WORD.test(s[j]!)) j++;
      if (j === start) return false;
      if (brace) {
        if (s[j] !== '}') return false;
        j++;
      }
      i = j;
    } else if (WORD.test(ch) && !(i === 0 && ASCII_DIGIT.test(ch))) {
      i++;
    } else {
      return false;
    }
  }
  return i > 0;
}

/** Label value or '' when absent; Object.prototype members are never strings, so they read as absent. */
function get(labels: Labels, name: string): string {
  const value = labels[name];
  return typeof value === 'string' ? value : '';
}

/** A label set being relabeled: copied on the first change, so rules that change nothing cost nothing. */
class Builder {
  private owned = false;

  constructor(public labels: Labels) {}

  set(name: string, value: string): void {
    if (value === '') return this.del(name);
    if (get(this.labels, name) === value) return;
    const out = this.own();
    // A `__proto__` label would otherwise set the prototype instead of adding a property.
    if (name === '__proto__') Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
    else out[name] = value;
  }

  del(name: string): void {
    if (!Object.hasOwn(this.labels, name)) return;
    delete this.own()[name];
  }

  private own(): Record<string, string> {
    if (!this.owned) {
      this.labels = { ...this.labels };
      this.owned = true;
    }
    return this.labels;
  }
}

function sourceValue(labels: Labels, config: CompiledRelabelConfig): string {
  const names = config.sourceLabels;
  if (names.length === 1) return get(labels, names[0]!);
  let value = '';
  for (let i = 0; i < names.length; i++) value += (i === 0 ? '' : config.separator) + get(labels, names[i]!);
  return value;
}

const NON_ASCII = /[\u0080-\u{10ffff}]/u;

/**
 * Go's strings.ToLower/ToUpper: simple one-to-one case mapping per code point, where JS applies
 * full mappings (`ß` → `SS`). A code point whose JS mapping is not a single code point is kept,
 * which is Go's result except for `İ`, whose simple lowercase is `i`.
 */
function changeCase(value: string, upper: boolean): string {
  if (!NON_ASCII.test(value)) return upper ? value.toUpperCase() : value.toLowerCase();
  let out = '';
  for (const ch of value) {
    const mapped = upper ? ch.toUpperCase() : ch === '\u0130' ? 'i' : ch.toLowerCase();
    out += mapped.length === ch.length || [...mapped].length === 1 ? mapped : ch;
  }
  return out;
}

/** Same as Prometheus's hashmod: md5 of the value, its last 8 bytes as a big-endian uint64, modulo. */
export function hashMod(value: string, modulus: bigint): string {
  const digest = createHash('md5').update(value, 'utf8').digest();
  return String(digest.readBigUInt64BE(8) % modulus);
}

const NAME_CACHE_LIMIT = 10_000;

function nameMatches(c: CompiledRelabelConfig, name: string): boolean {
  let matches = c.nameMatches.get(name);
  if (matches === undefined) {
    matches = c.regex.test(name);
    if (c.nameMatches.size >= NAME_CACHE_LIMIT) c.nameMatches.clear();
    c.nameMatches.set(name, matches);
  }
  return matches;
}

/**
 * Applies compiled rules in order. Returns the relabeled set (the input object itself when nothing
 * changed), or null when a rule drops it. The input is never modified.
 */
export function relabel(labels: Labels, configs: readonly CompiledRelabelConfig[]): Labels | null {
  const b = new Builder(labels);
  for (const c of configs) {
    const value = sourceValue(b.labels, c);
    switch (c.action) {
      case 'drop':
        if (c.regex.test(value)) return null;
        break;
      case 'keep':
        if (!c.regex.test(value)) return null;
        break;
      case 'dropequal':
        if (get(b.labels, c.targetLabel) === value) return null;
        break;
      case 'keepequal':
        if (get(b.labels, c.targetLabel) !== value) return null;
        break;
      case 'replace': {
        const match = c.regex.exec(value);
        if (match === null) break;
        const target = c.targetTemplate === undefined ? c.targetLabel : c.regex.expand(c.targetTemplate, match);
        // An invalid expanded target skips the rule, as in Prometheus.
        if (c.targetTemplate !== undefined && !isValidLabelName(target)) break;
        b.set(target, c.regex.expand(c.replacement, match));
        break;
      }
      case 'lowercase':
        b.set(c.targetLabel, changeCase(value, false));
        break;
      case 'uppercase':
        b.set(c.targetLabel, changeCase(value, true));
        break;
      case 'hashmod':
        b.set(c.targetLabel, hashMod(value, c.modulus));
        break;
      case 'labelmap': {
        // Like Prometheus's Builder.Range, the rule reads the labels as they were when it started.
        const before = b.labels;
        const mapped = sortedLabelNames(before).map((name) => [name, get(before, name), c.regex.exec(name)] as const);
        for (const [, labelValue, match] of mapped) if (match !== null) b.set(c.regex.expand(c.replacement, match), labelValue);
        break;
      }
      case 'labeldrop':
        for (const name of Object.keys(b.labels)) if (nameMatches(c, name)) b.del(name);
        break;
      case 'labelkeep':
        for (const name of Object.keys(b.labels)) if (!nameMatches(c, name)) b.del(name);
        break;
    }
  }
  return b.labels;
}

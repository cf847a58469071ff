/**
 * Command-line flags with SIGHTLINE_* environment equivalents. Each flag declares its JSON schema;
 * the resolved configuration is validated with ajv, and every problem is reported as one line
 * naming the flag, its variable and what it accepts.
 */
import { parseArgs } from 'node:util';
import { Ajv } from 'ajv';
import { parseDuration } from '../util/duration.js';

/** `list`: a string flag that may be repeated (its environment variable holds one value). */
export type FlagKind = 'string' | 'integer' | 'boolean' | 'duration' | 'list';

export interface Flag<K extends string = string> {
  /** The flag as typed, without leading dashes, e.g. `web.listen-address`. */
  name: string;
  key: K;
  kind: FlagKind;
  description: string;
  default?: string | number | boolean;
  required?: boolean;
  /** Extra JSON-schema constraints on the raw value (pattern, enum, minimum…). */
  schema?: Record<string, unknown>;
  /** What is accepted, in words, for error messages. */
  accepts?: string;
}

export function envName(flag: Flag): string {
  return `SIGHTLINE_${flag.name.replace(/[.-]/g, '_').toUpperCase()}`;
}

export class UsageError extends Error {}

type Raw = Record<string, string | boolean | string[] | undefined>;

const ajv = new Ajv({ allErrors: false, coerceTypes: true, strict: true });

function describeAccepted(flag: Flag): string {
  if (flag.accepts) return flag.accepts;
  if (flag.schema?.enum) return `one of ${(flag.schema.enum as string[]).join(', ')}`;
  switch (flag.kind) {
    case 'integer':
      return typeof flag.schema?.minimum === 'number' ? `an integer ≥ ${flag.schema.minimum}` : 'an integer';
    case 'boolean':
      return 'true or false';
    case 'duration':
      return 'a duration such as 500ms, 10s or 5m';
    default:
      return 'a string';
  }
}

function schemaFor(flag: Flag): Record<string, unknown> {
  const type = flag.kind === 'duration' || flag.kind === 'list' ? 'string' : flag.kind;
  return { type, ...(flag.schema ?? {}) };
}

/** Positional arguments a command takes after its flags, e.g. `FILE…`. */
export interface Positionals {
  /** As shown in usage lines, e.g. `FILE…`. */
  readonly name: string;
  readonly description: string;
}

/**
 * Parses argv for one command. Precedence: flag, then environment variable, then default.
 * Returns the typed config (durations in milliseconds) and, for a command that takes them
 * (`positionals` given), its positional arguments: at least one is required.
 */
export function parseFlags<K extends string>(
  command: string,
  flags: readonly Flag<K>[],
  argv: string[],
  env: NodeJS.ProcessEnv,
  positionals?: Positionals,
): { config: Record<K, string | number | boolean | string[] | undefined>; help: boolean; args: string[] } {
  const options = Object.fromEntries(flags.map((f) => [f.name, { type: f.kind === 'boolean' ? ('boolean' as const) : ('string' as const), multiple: f.kind === 'list' }]));
  let values: Raw;
  let args: string[];
  try {
    ({ values, positionals: args } = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: positionals !== undefined }));
  } catch (err) {
    const msg = (err as Error).message;
    const unknown = /Unknown option '([^']+)'/.exec(msg);
    if (unknown) throw new UsageError(`unknown flag ${unknown[1]} for 'sightline ${command}'; see 'sightline ${command} --help'`);
    const missing = /Option '([^']+?)(?: <value>)?' argument missing/.exec(msg);
    if (missing) throw new UsageError(`flag ${missing[1]!.replace(/^-\w, /, '')} needs a value`);
    const positional = /Unexpected argument '([^']+)'/.exec(msg);
    if (positional) throw new UsageError(`unexpected argument '${positional[1]}' for 'sightline ${command}'; see 'sightline ${command} --help'`);
    throw new UsageError(msg);
  }
  if (values.help) return { config: {} as Record<K, undefined>, help: true, args };
  if (positionals && args.length === 0) throw new UsageError(`missing ${positionals.name} for 'sightline ${command}'; see 'sightline ${command} --help'`);

  const config = {} as Record<K, string | number | boolean | string[] | undefined>;
  for (const flag of flags) {
    if (flag.kind === 'list') {
      config[flag.key] = listValue(flag, values[flag.name] as string[] | undefined, env[envName(flag)]);
      continue;
    }
    const fromFlag = values[flag.name] as string | boolean | undefined;
    const fromEnv = env[envName(flag)];
    const source = fromFlag !== undefined ? `--${flag.name}` : fromEnv !== undefined ? `${envName(flag)}` : undefined;
    const raw = fromFlag ?? fromEnv ?? flag.default;
    if (raw === undefined || raw === '') {
      if (flag.required) throw new UsageError(`missing required flag --${flag.name} (or ${envName(flag)}): expected ${describeAccepted(flag)}`);
      config[flag.key] = undefined;
      continue;
    }
    const holder = { v: raw };
    const validate = ajv.compile({ type: 'object', properties: { v: schemaFor(flag) } });
    let value: string | number | boolean | undefined = validate(holder) ? holder.v : undefined;
    if (value !== undefined && flag.kind === 'duration') value = parseDuration(String(value));
    if (value === undefined) {
      throw new UsageError(`invalid value ${JSON.stringify(raw)} for ${source ?? `--${flag.name}`}: expected ${describeAccepted(flag)}`);
    }
    config[flag.key] = value;
  }
  return { config, help: false, args };
}

/** Every value of a repeatable flag (or the one its environment variable holds), each checked. */
function listValue(flag: Flag, fromFlag: string[] | undefined, fromEnv: string | undefined): string[] {
  const list = fromFlag ?? (fromEnv !== undefined && fromEnv !== '' ? [fromEnv] : []);
  if (flag.required && list.length === 0) throw new UsageError(`missing required flag --${flag.name} (or ${envName(flag)}): expected ${describeAccepted(flag)}`);
  const validate = ajv.compile({ type: 'object', properties: { v: schemaFor(flag) } });
  for (const v of list) {
    if (!validate({ v })) throw new UsageError(`invalid value ${JSON.stringify(v)} for ${fromFlag ? `--${flag.name}` : envName(flag)}: expected ${describeAccepted(flag)}`);
  }
  return list;
}

export function formatHelp(command: string, summary: string, flags: readonly Flag[], positionals?: Positionals): string {
  const lines = [`Usage: sightline ${command} [flags]${positionals ? ` ${positionals.name}` : ''}`, '', summary, ''];
  if (positionals) lines.push('Arguments:', `  ${positionals.name}`, `      ${positionals.description}`, '');
  lines.push('Flags:');
  for (const f of flags) {
    const def = f.default !== undefined ? ` (default ${JSON.stringify(f.default)})` : f.required ? ' (required)' : '';
    lines.push(`  --${f.name}${f.kind === 'boolean' ? '' : ' <value>'}`);
    lines.push(`      ${f.description}${def}${f.kind === 'list' ? ' (repeatable)' : ''}`);
    lines.push(`      env ${envName(f)}; ${describeAccepted(f)}`);
  }
  lines.push('  -h, --help', '      Show this help.');
  return lines.join('\n');
}

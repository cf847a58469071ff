/**
 * Validates and defaults Sightline objects exactly as the Kubernetes API server would with the
 * generated CRDs: structural schema checks and defaults (ajv), unknown fields rejected as
 * `kubectl apply`'s strict field validation does, then the CEL `x-kubernetes-validations` rules.
 * The files source uses it so standalone mode accepts and rejects the same manifests as a cluster.
 */
import { celEnv, isCelError, parse, plan, type CelInput } from '@bufbuild/cel';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { objectSchema } from './crd.js';
import { API_VERSION, KINDS, type KindName } from './index.js';
import type { Schema } from './schema.js';
import type { SightlineResource } from './generated/types.js';

export interface ValidationIssue {
  /** JSON pointer into the object, e.g. /spec/endpoints/0/scrapeTimeout. */
  pointer: string;
  message: string;
}

export type ValidationResult = { ok: true; object: SightlineResource } | { ok: false; issues: ValidationIssue[] };

// Kubernetes exposes properties named like CEL keywords as __keyword__ (e.g. self.__for__).
const CEL_RESERVED = new Set(['true', 'false', 'null', 'in', 'as', 'break', 'const', 'continue', 'else', 'for', 'function', 'if', 'import', 'let', 'loop', 'package', 'namespace', 'return', 'var', 'void', 'while']);
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** The schema as ajv should see it: Kubernetes extensions turned into plain JSON Schema. */
function forAjv(schema: Schema): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key.startsWith('x-kubernetes-')) continue;
    out[key] = value;
  }
  if (schema['x-kubernetes-int-or-string']) out.anyOf = [{ type: 'integer' }, { type: 'string' }];
  if (schema.properties) {
    out.properties = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, forAjv(v)]));
    if (!schema['x-kubernetes-preserve-unknown-fields'] && !schema.additionalProperties) {
      out.additionalProperties = false;
    }
  }
  if (schema.items) out.items = forAjv(schema.items);
  if (schema.additionalProperties) out.additionalProperties = forAjv(schema.additionalProperties);
  return out;
}

/** JSON values as CEL sees Kubernetes objects: objects are maps, integers are ints. */
function toCel(value: unknown): CelInput {
  if (Array.isArray(value)) return value.map(toCel);
  if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value);
  if (value !== null && typeof value === 'object') {
    const map = new Map<string, CelInput>();
    for (const [k, v] of Object.entries(value)) map.set(CEL_RESERVED.has(k) ? `__${k}__` : k, toCel(v));
    return map;
  }
  return value as CelInput;
}

const env = celEnv();
const programs = new Map<string, ReturnType<typeof plan>>();

function celProgram(rule: string): ReturnType<typeof plan> {
  let program = programs.get(rule);
  if (!program) {
    program = plan(env, parse(rule));
    programs.set(rule, program);
  }
  return program;
}

function checkCel(schema: Schema, value: unknown, pointer: string, issues: ValidationIssue[]): void {
  if (value === undefined || value === null) return;
  for (const rule of schema['x-kubernetes-validations'] ?? []) {
    const result = celProgram(rule.rule)({ self: toCel(value) });
    const at = rule.fieldPath ? pointer + rule.fieldPath.replaceAll('.', '/') : pointer;
    if (isCelError(result)) issues.push({ pointer: at, message: `${rule.message} (rule could not be evaluated: ${result.message})` });
    else if (result !== true) issues.push({ pointer: at, message: rule.message });
  }
  if (schema.properties && typeof value === 'object') {
    for (const [key, sub] of Object.entries(schema.properties)) {
      checkCel(sub, (value as Record<string, unknown>)[key], `${pointer}/${key}`, issues);
    }
  }
  if (schema.items && Array.isArray(value)) {
    value.forEach((item, i) => checkCel(schema.items!, item, `${pointer}/${i}`, issues));
  }
  if (schema.additionalProperties && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, item] of Object.entries(value)) checkCel(schema.additionalProperties, item, `${pointer}/${key}`, issues);
  }
}

function ajvIssue(e: ErrorObject): ValidationIssue {
  if (e.keyword === 'additionalProperties') {
    const field = (e.params as { additionalProperty: string }).additionalProperty;
    return { pointer: `${e.instancePath}/${field}`, message: `unknown field "${field}"` };
  }
  if (e.keyword === 'enum') {
    const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ');
    return { pointer: e.instancePath, message: `must be one of ${allowed}` };
  }
  if (e.keyword === 'required') {
    const field = (e.params as { missingProperty: string }).missingProperty;
    return { pointer: `${e.instancePath}/${field}`, message: 'required field is missing' };
  }
  return { pointer: e.instancePath, message: e.message ?? e.keyword };
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = addFormats(new Ajv({ allErrors: true, useDefaults: true, strict: true, strictRequired: false }));
const validators = new Map<string, { fn: ValidateFunction; schema: Schema }>(
  KINDS.map((def) => {
    const schema = objectSchema(def);
    return [def.kind, { fn: ajv.compile(forAjv(schema)), schema }];
  }),
);

function validateMetadata(meta: unknown): ValidationIssue[] {
  if (meta === null || typeof meta !== 'object') return [{ pointer: '/metadata', message: 'metadata must be an object with a name' }];
  const { name, namespace } = meta as { name?: unknown; namespace?: unknown };
  const issues: ValidationIssue[] = [];
  if (typeof name !== 'string' || name.length === 0) issues.push({ pointer: '/metadata/name', message: 'required field is missing' });
  else if (name.length > 253 || !DNS_SUBDOMAIN.test(name)) issues.push({ pointer: '/metadata/name', message: 'must be a lowercase RFC 1123 subdomain' });
  if (namespace !== undefined && (typeof namespace !== 'string' || namespace.length > 63 || !DNS_LABEL.test(namespace))) {
    issues.push({ pointer: '/metadata/namespace', message: 'must be a lowercase RFC 1123 label' });
  }
  return issues;
}

export function isSightlineKind(apiVersion: unknown, kind: unknown): kind is KindName {
  return apiVersion === API_VERSION && typeof kind === 'string' && validators.has(kind);
}

/**
 * Validates one object of a Sightline kind, applying schema defaults in place (on a copy).
 * The caller checks isSightlineKind first.
 */
export function validateResource(input: Record<string, unknown>): ValidationResult {
  const object = structuredClone(input);
  const validator = validators.get(object.kind as string);
  if (!validator) return { ok: false, issues: [{ pointer: '/kind', message: `unknown kind ${String(object.kind)}` }] };
  const issues = validateMetadata(object.metadata);
  if (!validator.fn(object)) issues.push(...(validator.fn.errors ?? []).map(ajvIssue));
  // CEL rules assume a structurally valid object, as they do on the API server.
  if (issues.length === 0) checkCel(validator.schema, object, '', issues);
  return issues.length === 0 ? { ok: true, object: object as unknown as SightlineResource } : { ok: false, issues };
}

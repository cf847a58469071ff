/**
 * Builders for the OpenAPI v3 (structural) schemas of Sightline's CRDs. The schemas are the single
 * source: CRD manifests, TypeScript types and the files-source validator are all derived from them.
 * Every builder takes a description so `kubectl explain` is useful on every field.
 */

export interface CelRule {
  rule: string;
  message: string;
  /** Optional JSON path (relative to the node) the error is reported at. */
  fieldPath?: string;
  reason?: 'FieldValueInvalid' | 'FieldValueRequired' | 'FieldValueForbidden' | 'FieldValueDuplicate';
}

export interface Schema {
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  description?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: Schema;
  enum?: (string | number)[];
  default?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  maxProperties?: number;
  'x-kubernetes-int-or-string'?: true;
  'x-kubernetes-preserve-unknown-fields'?: true;
  'x-kubernetes-validations'?: CelRule[];
  'x-kubernetes-list-type'?: 'atomic' | 'set' | 'map';
  'x-kubernetes-list-map-keys'?: string[];
  'x-kubernetes-map-type'?: 'atomic' | 'granular';
}

type Extra = Omit<Schema, 'type' | 'description'>;

export const str = (description: string, extra: Extra = {}): Schema => ({ type: 'string', description, maxLength: 1024, ...extra });
export const int = (description: string, extra: Extra = {}): Schema => ({ type: 'integer', description, ...extra });
export const num = (description: string, extra: Extra = {}): Schema => ({ type: 'number', description, ...extra });
export const bool = (description: string, extra: Extra = {}): Schema => ({ type: 'boolean', description, ...extra });
export const arr = (description: string, items: Schema, extra: Extra = {}): Schema => ({
  type: 'array',
  description,
  items,
  maxItems: 256,
  ...extra,
});
export const obj = (description: string, properties: Record<string, Schema>, extra: Extra = {}): Schema => ({
  type: 'object',
  description,
  properties,
  ...extra,
});
export const stringMap = (description: string, extra: Extra = {}): Schema => ({
  type: 'object',
  description,
  additionalProperties: { type: 'string', maxLength: 4096 },
  maxProperties: 128,
  ...extra,
});
export const enumOf = (description: string, values: string[], extra: Extra = {}): Schema => ({
  type: 'string',
  description,
  enum: values,
  ...extra,
});

/** Durations in the subset that Go, Prometheus and CEL's duration() all accept. */
const GO_DURATION = '^([0-9]+(ms|s|m|h))+$';
/** Prometheus durations, which also allow days, weeks and years (used for retention). */
const PROM_DURATION = '^([0-9]+(ms|s|m|h|d|w|y))+$';

export const duration = (description: string, extra: Extra = {}): Schema =>
  str(`${description} A duration such as 30s, 1m or 1h30m.`, { pattern: GO_DURATION, maxLength: 32, ...extra });
export const longDuration = (description: string, extra: Extra = {}): Schema =>
  str(`${description} A Prometheus duration such as 12h, 15d or 1y.`, { pattern: PROM_DURATION, maxLength: 32, ...extra });

export const secretKeyRef = (description: string): Schema =>
  obj(
    description,
    {
      name: str('Name of the Secret in the same namespace as this object.', { minLength: 1, maxLength: 253 }),
      key: str('Key within the Secret whose value is used.', { minLength: 1, maxLength: 253 }),
      optional: bool('Whether a missing Secret or key is tolerated instead of failing the object.'),
    },
    { required: ['name', 'key'], 'x-kubernetes-map-type': 'atomic' },
  );

export const labelSelector = (description: string): Schema =>
  obj(
    `${description} A standard Kubernetes label selector; an empty selector matches everything.`,
    {
      matchLabels: stringMap('Labels that must all be present with these exact values.'),
      matchExpressions: arr(
        'Set-based requirements, all of which must hold.',
        obj(
          'One set-based requirement.',
          {
            key: str('The label key the requirement applies to.', { minLength: 1, maxLength: 317 }),
            operator: enumOf('How the key relates to the values.', ['In', 'NotIn', 'Exists', 'DoesNotExist']),
            values: arr('Values for In and NotIn; must be empty for Exists and DoesNotExist.', str('A label value.', { maxLength: 63 })),
          },
          {
            required: ['key', 'operator'],
            'x-kubernetes-validations': [
              {
                rule: "(self.operator in ['In', 'NotIn']) == (has(self.values) && size(self.values) > 0)",
                message: 'values must be non-empty for In and NotIn, and empty for Exists and DoesNotExist',
              },
            ],
          },
        ),
        { maxItems: 32 },
      ),
    },
    { 'x-kubernetes-map-type': 'atomic' },
  );

/** metav1.Condition, as every well-behaved controller reports it. */
export const conditions = (): Schema =>
  arr(
    'Latest observations of the object\'s state: Ready, plus kstatus-compatible Reconciling and Stalled.',
    obj(
      'One condition in metav1.Condition form.',
      {
        type: str('Condition type, e.g. Ready, Reconciling or Stalled.', { maxLength: 316 }),
        status: enumOf('Whether the condition holds.', ['True', 'False', 'Unknown']),
        observedGeneration: int('The .metadata.generation the condition was computed from.', { minimum: 0 }),
        lastTransitionTime: str('When the condition last changed status.', { format: 'date-time' }),
        reason: str('A CamelCase reason for the last transition.', { maxLength: 1024 }),
        message: str('A human-readable explanation.', { maxLength: 32768 }),
      },
      { required: ['type', 'status', 'lastTransitionTime', 'reason', 'message'] },
    ),
    { 'x-kubernetes-list-type': 'map', 'x-kubernetes-list-map-keys': ['type'], maxItems: 16 },
  );

export const observedGeneration = (): Schema => int('The .metadata.generation this status reflects.', { minimum: 0 });

export interface PrinterColumn {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  jsonPath: string;
  description: string;
  priority?: number;
}

export const readyColumns: PrinterColumn[] = [
  { name: 'Ready', type: 'string', jsonPath: '.status.conditions[?(@.type=="Ready")].status', description: 'Whether the object is ready.' },
  { name: 'Reason', type: 'string', jsonPath: '.status.conditions[?(@.type=="Ready")].reason', description: 'Why it is or is not ready.' },
  { name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp', description: 'Time since creation.' },
];

/** One namespaced custom resource kind of the monitoring.sightline.dev API. */
export interface KindDefinition {
  kind: string;
  plural: string;
  singular: string;
  shortNames: string[];
  description: string;
  spec: Schema;
  status: Schema;
  printerColumns: PrinterColumn[];
}

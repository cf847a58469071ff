/** Builds apiextensions.k8s.io/v1 CustomResourceDefinitions from the kind definitions. */
import { GROUP, VERSION } from './index.js';
import { obj, str, type KindDefinition, type Schema } from './schema.js';

export interface CustomResourceDefinition {
  apiVersion: 'apiextensions.k8s.io/v1';
  kind: 'CustomResourceDefinition';
  metadata: { name: string; labels: Record<string, string> };
  spec: {
    group: string;
    names: { kind: string; listKind: string; plural: string; singular: string; shortNames: string[]; categories: string[] };
    scope: 'Namespaced';
    versions: {
      name: string;
      served: boolean;
      storage: boolean;
      schema: { openAPIV3Schema: Schema };
      subresources: { status: Record<string, never> };
      additionalPrinterColumns: KindDefinition['printerColumns'];
    }[];
  };
}

/** The whole object schema: apiVersion/kind/metadata around the kind's spec and status. */
export function objectSchema(def: KindDefinition): Schema {
  return obj(
    def.description,
    {
      apiVersion: str('Versioned schema of this representation of an object.', { maxLength: 253 }),
      kind: str('REST resource this object represents.', { maxLength: 63 }),
      // The API server rejects anything but `type` here (not even a description): it owns metadata's schema.
      metadata: { type: 'object' },
      spec: def.spec,
      status: def.status,
    },
    { required: ['spec'] },
  );
}

export function buildCrd(def: KindDefinition): CustomResourceDefinition {
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: {
      name: `${def.plural}.${GROUP}`,
      labels: { 'app.kubernetes.io/name': 'sightline', 'app.kubernetes.io/part-of': 'sightline' },
    },
    spec: {
      group: GROUP,
      names: {
        kind: def.kind,
        listKind: `${def.kind}List`,
        plural: def.plural,
        singular: def.singular,
        shortNames: def.shortNames,
        categories: ['sightline', 'monitoring'],
      },
      scope: 'Namespaced',
      versions: [
        {
          name: VERSION,
          served: true,
          storage: true,
          schema: { openAPIV3Schema: objectSchema(def) },
          subresources: { status: {} },
          additionalPrinterColumns: def.printerColumns,
        },
      ],
    },
  };
}

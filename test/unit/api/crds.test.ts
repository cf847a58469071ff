import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { renderGenerated, repoRoot } from '../../../scripts/gen-crds.js';

type Node = Record<string, unknown> & { properties?: Record<string, Node>; items?: Node; additionalProperties?: Node };

/** Problems that make a schema non-structural or unhelpful to `kubectl explain`. */
function schemaProblems(node: Node, path: string, isRoot = false): string[] {
  const problems: string[] = [];
  const intOrString = node['x-kubernetes-int-or-string'] === true;
  if (!intOrString && typeof node.type !== 'string') problems.push(`${path}: no type`);
  // The API server forbids a description on the root's metadata (it supplies that schema itself).
  const rootMetadata = /^[A-Za-z]+\.metadata$/.test(path);
  if (!isRoot && !rootMetadata && typeof node.description !== 'string') problems.push(`${path}: no description`);
  if (node.properties && node.additionalProperties) problems.push(`${path}: properties and additionalProperties together`);
  for (const forbidden of ['$ref', 'oneOf', 'allOf', 'not']) if (forbidden in node) problems.push(`${path}: ${forbidden} is not structural`);
  if (node.type === 'array' && !node.items) problems.push(`${path}: array without items`);
  for (const [k, v] of Object.entries(node.properties ?? {})) problems.push(...schemaProblems(v, `${path}.${k}`));
  if (node.items) problems.push(...schemaProblems({ description: 'item', ...node.items }, `${path}[]`));
  if (node.additionalProperties) problems.push(...schemaProblems({ description: 'value', ...node.additionalProperties }, `${path}{}`));
  return problems;
}

describe('generated files', () => {
  it('are up to date with src/api (run `npm run gen:crds` after changing a schema)', async () => {
    for (const [path, content] of await renderGenerated()) {
      expect(readFileSync(join(repoRoot, path), 'utf8'), path).toBe(content);
    }
  });

  it('are valid apiextensions.k8s.io/v1 CRDs with structural, documented schemas', async () => {
    const crds = [...(await renderGenerated())].filter(([p]) => p.startsWith('crds'));
    expect(crds).toHaveLength(4);
    for (const [path, content] of crds) {
      const crd = yaml.load(content) as any;
      expect(crd.apiVersion).toBe('apiextensions.k8s.io/v1');
      expect(crd.kind).toBe('CustomResourceDefinition');
      expect(crd.metadata.name).toBe(`${crd.spec.names.plural}.${crd.spec.group}`);
      expect(crd.spec.scope).toBe('Namespaced');
      expect(crd.spec.versions).toHaveLength(1);
      const [v] = crd.spec.versions;
      expect(v.subresources).toEqual({ status: {} });
      expect(v.additionalPrinterColumns.map((c: { name: string }) => c.name)).toEqual(expect.arrayContaining(['Ready', 'Age']));
      expect(schemaProblems(v.schema.openAPIV3Schema, crd.spec.names.kind, true), path).toEqual([]);
      // Client-side `kubectl apply` stores the object in an annotation limited to 256 KiB.
      expect(Buffer.byteLength(JSON.stringify(crd))).toBeLessThan(262_144);
    }
  });
});

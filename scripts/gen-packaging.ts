/**
 * Copies the one source of the CRDs (crds/, generated from src/api) and of the RBAC
 * (config/rbac) into the two install paths that cannot read them in place: the Helm chart
 * (a chart only reads files inside its folder) and the kustomize base (kustomize refuses files
 * outside the kustomization's folder). `npm run gen:packaging` writes the copies;
 * `renderPackaging()` is also what the drift test compares them with.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Source folder → the folders holding byte-for-byte copies of its .yaml files. */
export const COPIES: Record<string, string[]> = {
  crds: ['charts/sightline/crds', 'config/default/crds'],
  'config/rbac': ['charts/sightline/files/rbac', 'config/default/rbac'],
};

/** Every copy's path (relative to the repository) and expected content. */
export function renderPackaging(root = repoRoot): Map<string, string> {
  const files = new Map<string, string>();
  for (const [source, targets] of Object.entries(COPIES)) {
    for (const name of readdirSync(join(root, source)).filter((f) => f.endsWith('.yaml')).sort()) {
      const content = readFileSync(join(root, source, name), 'utf8');
      for (const target of targets) files.set(join(target, name), content);
    }
  }
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // Start from empty folders so a file removed from a source disappears from its copies.
  for (const target of Object.values(COPIES).flat()) {
    mkdirSync(join(repoRoot, target), { recursive: true });
    for (const f of readdirSync(join(repoRoot, target), { withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.yaml'))) {
      rmSync(join(repoRoot, target, f.name));
    }
  }
  for (const [path, content] of renderPackaging()) {
    mkdirSync(dirname(join(repoRoot, path)), { recursive: true });
    writeFileSync(join(repoRoot, path), content);
    console.log(`wrote ${path}`);
  }
}

/**
 * vitest globalSetup: ONE kube-apiserver + etcd for the whole run, shared by every
 * test file through `inject('kube')`. Test files isolate themselves with their own
 * namespaces (see uniqueNamespace in kube.ts).
 *
 * It only starts the server when a selected test file actually calls
 * `inject('kube')`, so `vitest run test/unit` neither builds nor starts anything.
 * SIGHTLINE_KUBE=always forces a start, SIGHTLINE_KUBE=never forbids it (tests that
 * inject it then fail with a clear message).
 */
import { readFile } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { startKubeApiServer, type KubeCoordinates } from './kube.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Coordinates of the shared API server, or null when no selected test needs it. */
    kube: KubeCoordinates | null;
  }
}

// useOperatorSandbox injects it on the file's behalf.
const usesKube = /\binject\(\s*['"]kube['"]\s*\)|\buseOperatorSandbox\(/;

async function anySelectedFileUsesKube(project: TestProject): Promise<boolean> {
  // The CLI filters (`vitest run test/unit`) are not public API; without them every file counts.
  const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern;
  const { testFiles } = await project.globTestFiles(filters && filters.length > 0 ? filters : undefined);
  for (const file of testFiles) {
    if (usesKube.test(await readFile(file, 'utf8'))) return true;
  }
  return false;
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const mode = process.env.SIGHTLINE_KUBE ?? 'auto';
  const wanted = mode === 'always' || (mode !== 'never' && (await anySelectedFileUsesKube(project)));
  if (!wanted) {
    project.provide('kube', null);
    return undefined;
  }
  const started = Date.now();
  const server = await startKubeApiServer();
  console.log(`kube-apiserver ready at ${server.url} in ${Date.now() - started} ms (kubeconfig ${server.kubeconfigPath})`);
  const { url, kubeconfigPath, adminToken, caCert, binDir } = server;
  project.provide('kube', { url, kubeconfigPath, adminToken, caCert, binDir });
  return () => server.stop();
}

/**
 * Helpers for the operator's tests on the shared real kube-apiserver: install the CRDs, bind a
 * ServiceAccount to exactly the shipped RBAC (config/rbac), and poll until a condition holds.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, inject } from 'vitest';
import { ApiextensionsV1Api, CoreV1Api, RbacAuthorizationV1Api, type KubeConfig, type V1ClusterRole, type V1Role } from '@kubernetes/client-node';
import yaml from 'js-yaml';
import { repoRoot } from './cli.js';
import { adminKubeConfig, createServiceAccountToken, kubeConfigFor, kubeconfigYaml, uniqueNamespace, type KubeCoordinates } from './kube.js';

const execFileP = promisify(execFile);

/** Polls `fn` until it returns without throwing (watches, RBAC and CRDs settle asynchronously). */
export async function eventually<T>(fn: () => Promise<T> | T, timeoutMs = 15_000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await fn();
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, everyMs));
    }
  }
}

/** Runs the built kubectl as the admin; resolves with stdout. */
export async function kubectl(coords: KubeCoordinates, args: string[]): Promise<string> {
  const { stdout } = await execFileP(join(coords.binDir, 'kubectl'), ['--kubeconfig', coords.kubeconfigPath, ...args], { cwd: repoRoot });
  return stdout;
}

/** Applies crds/ (idempotent; test files share the server) and waits until every CRD is Established. */
export async function installCrds(coords: KubeCoordinates): Promise<void> {
  await kubectl(coords, ['apply', '--server-side', '--force-conflicts', '-f', 'crds/']);
  const api = adminKubeConfig(coords).makeApiClient(ApiextensionsV1Api);
  const names = (await readdir(join(repoRoot, 'crds'))).map((f) => `${f.replace(/\.yaml$/, '')}.monitoring.sightline.dev`);
  await eventually(async () => {
    for (const name of names) {
      const crd = await api.readCustomResourceDefinition({ name });
      if (!crd.status?.conditions?.some((c) => c.type === 'Established' && c.status === 'True')) throw new Error(`${name} not established`);
    }
  });
}

async function rbacDocs(): Promise<Record<string, unknown>[]> {
  const dir = join(repoRoot, 'config/rbac');
  const docs: Record<string, unknown>[] = [];
  for (const f of (await readdir(dir)).sort()) if (f.endsWith('.yaml')) docs.push(...(yaml.loadAll(await readFile(join(dir, f), 'utf8')) as Record<string, unknown>[]));
  return docs;
}

/** The shipped ClusterRole with this name, re-created under a unique name bound to the ServiceAccount `account` of `namespace` only. */
async function bindClusterRole(coords: KubeCoordinates, namespace: string, roleName: string, account: string): Promise<void> {
  const rbac = adminKubeConfig(coords).makeApiClient(RbacAuthorizationV1Api);
  const role = (await rbacDocs()).find((d) => d.kind === 'ClusterRole' && (d as V1ClusterRole).metadata?.name === roleName) as V1ClusterRole | undefined;
  if (!role) throw new Error(`config/rbac has no ClusterRole ${roleName}`);
  const name = `${roleName}-${namespace}`;
  await rbac.createClusterRole({ body: { ...role, metadata: { name } } });
  await rbac.createClusterRoleBinding({
    body: {
      metadata: { name },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name },
      subjects: [{ kind: 'ServiceAccount', name: account, namespace }],
    },
  });
}

/**
 * A token for a fresh ServiceAccount bound to the shipped ClusterRole (config/rbac) and nothing
 * else, so a permission the operator lacks fails its tests. The role is re-created under a
 * unique name per call so test files do not race over one object.
 */
export async function operatorToken(coords: KubeCoordinates, namespace: string): Promise<string> {
  const rbac = adminKubeConfig(coords).makeApiClient(RbacAuthorizationV1Api);
  await bindClusterRole(coords, namespace, 'sightline-operator', 'sightline-operator');
  // The operator's own-namespace Role (Lease, ingest tier), in the test namespace (it stands for sightline-system).
  const lease = (await rbacDocs()).find((d) => d.kind === 'Role') as V1Role | undefined;
  if (!lease) throw new Error('config/rbac has no Role for the operator namespace');
  await rbac.createNamespacedRole({ namespace, body: { ...lease, metadata: { name: lease.metadata!.name, namespace } } });
  await rbac.createNamespacedRoleBinding({
    namespace,
    body: {
      metadata: { name: lease.metadata!.name, namespace },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: lease.metadata!.name! },
      subjects: [{ kind: 'ServiceAccount', name: 'sightline-operator', namespace }],
    },
  });
  return createServiceAccountToken(coords, namespace, 'sightline-operator', { ensure: true });
}

/** A token for a fresh `sightline-ingest` ServiceAccount bound to exactly the shipped ingest ClusterRole. */
export async function ingestToken(coords: KubeCoordinates, namespace: string): Promise<string> {
  await bindClusterRole(coords, namespace, 'sightline-ingest', 'sightline-ingest');
  return createServiceAccountToken(coords, namespace, 'sightline-ingest', { ensure: true });
}

export interface OperatorSandbox {
  namespace: string;
  /** A kubeconfig file for the operator's least-privilege ServiceAccount. */
  kubeconfig: string;
  /** The same identity in process, for a Controller or source run by the test itself. */
  operatorKc: KubeConfig;
  cleanup(): Promise<void>;
}

/** CRDs installed, a fresh namespace, and a kubeconfig as the operator's ServiceAccount: what a CLI test of the operator needs. */
export async function operatorSandbox(coords: KubeCoordinates, prefix: string): Promise<OperatorSandbox> {
  await installCrds(coords);
  const namespace = uniqueNamespace(prefix);
  await adminKubeConfig(coords).makeApiClient(CoreV1Api).createNamespace({ body: { metadata: { name: namespace } } });
  const dir = await mkdtemp(join(tmpdir(), `sightline-${prefix}-`));
  const kubeconfig = join(dir, 'kubeconfig');
  const token = await operatorToken(coords, namespace);
  await writeFile(kubeconfig, kubeconfigYaml(coords.url, coords.caCert, 'sightline-operator', token), { mode: 0o600 });
  return { namespace, kubeconfig, operatorKc: kubeConfigFor(coords, token, 'sightline-operator'), cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Registers the suite's set-up and clean-up of an operator sandbox on the run's shared API server;
 * the returned object is filled in by beforeAll.
 */
export function useOperatorSandbox(prefix: string): OperatorSandbox & { coords: KubeCoordinates } {
  const holder = {} as OperatorSandbox & { coords: KubeCoordinates };
  beforeAll(async () => {
    const coords = inject('kube');
    if (!coords) throw new Error('no kube-apiserver provided');
    Object.assign(holder, await operatorSandbox(coords, prefix), { coords });
  });
  afterAll(() => holder.cleanup?.());
  return holder;
}

/**
 * Runs the helm CLI built from Go modules (test/k8s/build.sh helm) and kubectl's kustomize on
 * charts/sightline and config/default, and parses what they render.
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CoreV1Api } from '@kubernetes/client-node';
import yaml from 'js-yaml';
import { repoRoot, SightlineProcess } from './cli.js';
import { adminKubeConfig, createServiceAccountToken, ensureHelm, ensureKubeBinaries, kubeconfigYaml, type KubeCoordinates } from './kube.js';
import { freePort } from './postgres.js';

const execFileP = promisify(execFile);

export const chartDir = join(repoRoot, 'charts/sightline');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** A manifest as rendered: kind, metadata and the rest. */
export interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  [field: string]: unknown;
}

async function run(cmd: string, args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await execFileP(cmd, args, { cwd: repoRoot, maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    if (typeof err.code !== 'number') throw e;
    return { code: err.code, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}

/** Runs helm; resolves with its exit code and output, whatever the code. */
export async function helm(args: string[]): Promise<Run> {
  return run(await ensureHelm(), args);
}

/** Runs the built kubectl (not against a server unless args say so). */
export async function kubectlRun(args: string[]): Promise<Run> {
  return run(join(await ensureKubeBinaries(), 'kubectl'), args);
}

export function parseManifests(text: string): Manifest[] {
  return (yaml.loadAll(text) as (Manifest | null)[]).filter((d): d is Manifest => d !== null);
}

/** `helm template` of charts/sightline; throws with helm's stderr when it fails. */
export async function renderChart(args: string[] = [], release = 'sightline', namespace = 'sightline-system'): Promise<{ text: string; docs: Manifest[] }> {
  const res = await helm(['template', release, chartDir, '--namespace', namespace, ...args]);
  if (res.code !== 0) throw new Error(`helm template failed (${res.code}): ${res.stderr}`);
  return { text: res.stdout, docs: parseManifests(res.stdout) };
}

export function find(docs: Manifest[], kind: string, name: string): Manifest {
  const doc = docs.find((d) => d.kind === kind && d.metadata.name === name);
  if (!doc) throw new Error(`no ${kind}/${name} among ${docs.map((d) => `${d.kind}/${d.metadata.name}`).join(', ')}`);
  return doc;
}

/** The labels Helm adds to every object (sightline.chartLabels); everything else must match config/default. */
export const HELM_LABELS = ['helm.sh/chart', 'app.kubernetes.io/managed-by', 'app.kubernetes.io/instance', 'app.kubernetes.io/version'];

export function withoutHelmLabels(doc: Manifest): Manifest {
  const labels = Object.fromEntries(Object.entries(doc.metadata.labels ?? {}).filter(([k]) => !HELM_LABELS.includes(k)));
  return { ...doc, metadata: { ...doc.metadata, labels } };
}

/** The operator container of a rendered Deployment. */
export interface Container {
  name: string;
  image: string;
  args: string[];
  env: { name: string; value?: string; valueFrom?: { fieldRef?: { fieldPath: string }; secretKeyRef?: { name: string; key: string } } }[];
  securityContext: Record<string, unknown>;
  [field: string]: unknown;
}

export function podSpec(deployment: Manifest): { containers: Container[]; securityContext: Record<string, unknown>; serviceAccountName: string; [f: string]: unknown } {
  return (deployment as unknown as { spec: { template: { spec: ReturnType<typeof podSpec> } } }).spec.template.spec;
}

/** What the kubelet would give the container: literal values, the downward API, Secret keys. */
export async function containerEnv(coords: KubeCoordinates, namespace: string, podName: string, c: Container): Promise<Record<string, string>> {
  const core = adminKubeConfig(coords).makeApiClient(CoreV1Api);
  const env: Record<string, string> = {};
  for (const e of c.env) {
    if (e.value !== undefined) env[e.name] = e.value;
    else if (e.valueFrom?.fieldRef) env[e.name] = ({ 'metadata.name': podName, 'metadata.namespace': namespace } as Record<string, string>)[e.valueFrom.fieldRef.fieldPath]!;
    else if (e.valueFrom?.secretKeyRef) {
      const secret = await core.readNamespacedSecret({ namespace, name: e.valueFrom.secretKeyRef.name });
      env[e.name] = Buffer.from(secret.data![e.valueFrom.secretKeyRef.key]!, 'base64').toString('utf8');
    } else throw new Error(`env ${e.name}: unsupported source ${JSON.stringify(e.valueFrom)}`);
  }
  return env;
}

/**
 * Starts `sightline operator` (dist/cli.js) as one replica of a rendered Deployment would run, playing
 * the kubelet's part: the container's args unchanged, its env resolved (downward API, Secrets), and
 * a token of the Pod's ServiceAccount, so only the RBAC bound to it applies. KUBECONFIG (a file in
 * `dir`) stands in for the in-cluster credentials; the web port moves to a free loopback port (the
 * last --web.listen-address wins).
 */
export async function startAsDeployed(coords: KubeCoordinates, namespace: string, deployment: Manifest, dir: string): Promise<SightlineProcess> {
  const pod = podSpec(deployment);
  const [container] = pod.containers;
  const env = await containerEnv(coords, namespace, `${deployment.metadata.name}-5d4f8b9c7-x2x9q`, container!);
  const token = await createServiceAccountToken(coords, namespace, pod.serviceAccountName);
  const kubeconfig = join(dir, 'kubeconfig');
  await writeFile(kubeconfig, kubeconfigYaml(coords.url, coords.caCert, pod.serviceAccountName, token), { mode: 0o600 });
  const operator = SightlineProcess.start(container!.args, await freePort(), { ...env, KUBECONFIG: kubeconfig });
  await operator.waitFor('/-/ready', 200, 60_000);
  return operator;
}

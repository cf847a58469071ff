/**
 * Runs the helm CLI built from Go modules (test/k8s/build.sh helm) and kubectl's kustomize on
 * charts/sightline and config/default, and parses what they render.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import yaml from 'js-yaml';
import { repoRoot } from './cli.js';
import { ensureHelm, ensureKubeBinaries } from './kube.js';

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

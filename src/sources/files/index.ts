/**
 * Desired state from a folder of Kubernetes-style manifests (standalone mode). Every *.yaml/*.yml
 * below the folder is read (multi-document), each object validated and defaulted with the same
 * schemas as the CRDs; invalid objects are reported and skipped while valid ones still load.
 * The folder is watched and rescanned on change, emitting added/modified/deleted events.
 */
import { createHash, randomUUID } from 'node:crypto';
import { watch, type FSWatcher } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import type { SightlineResource } from '../../api/index.js';
import { isSightlineKind, validateResource } from '../../api/validate.js';
import { logger } from '../../util/log.js';
import { objectKey, type ChangeEvent, type DesiredStateSource } from '../types.js';

const log = logger('sources/files');

/** Why one document (or a whole file) was not loaded. */
export interface LoadIssue {
  file: string;
  /** 0-based index of the document within the file; absent for file-level problems. */
  document?: number;
  object?: string;
  pointer?: string;
  message: string;
}

interface Entry {
  object: SightlineResource;
  specHash: string;
}

const MANIFEST = /\.ya?ml$/i;

async function manifestFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && MANIFEST.test(e.name) && !e.name.startsWith('.'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

export class FilesSource implements DesiredStateSource {
  private objects = new Map<string, Entry>();
  private loadIssues: LoadIssue[] = [];
  private readonly listeners = new Set<(e: ChangeEvent) => void>();
  private readonly warnedKinds = new Set<string>();
  private watcher?: FSWatcher;
  private rescanTimer?: NodeJS.Timeout;
  private scanning: Promise<void> = Promise.resolve();

  constructor(
    readonly dir: string,
    private readonly options: { debounceMs?: number } = {},
  ) {}

  async start(): Promise<void> {
    await this.rescan();
    this.watcher = watch(this.dir, { recursive: true }, () => this.scheduleRescan());
    this.watcher.on('error', (err) => log.error({ err: err.message, dir: this.dir }, 'watching the manifests folder failed'));
  }

  list(): SightlineResource[] {
    return [...this.objects.values()].map((e) => e.object);
  }

  get(key: string): SightlineResource | undefined {
    return this.objects.get(key)?.object;
  }

  /** Problems found by the last scan, for logs, status APIs and tests. */
  issues(): readonly LoadIssue[] {
    return this.loadIssues;
  }

  subscribe(listener: (event: ChangeEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  stop(): Promise<void> {
    this.watcher?.close();
    clearTimeout(this.rescanTimer);
    return this.scanning;
  }

  private scheduleRescan(): void {
    // Editors write files in several steps; wait for the folder to settle.
    clearTimeout(this.rescanTimer);
    this.rescanTimer = setTimeout(() => void this.rescan(), this.options.debounceMs ?? 150);
  }

  /** Re-reads the folder and emits the difference; scans never overlap. */
  rescan(): Promise<void> {
    this.scanning = this.scanning.then(() => this.scan()).catch((err: unknown) => {
      log.error({ err, dir: this.dir }, 'reading the manifests folder failed');
    });
    return this.scanning;
  }

  private async scan(): Promise<void> {
    const issues: LoadIssue[] = [];
    const next = new Map<string, Entry>();
    for (const path of await manifestFiles(this.dir)) {
      const file = relative(this.dir, path);
      let docs: unknown[];
      try {
        docs = yaml.loadAll(await readFile(path, 'utf8'));
      } catch (err) {
        issues.push({ file, message: err instanceof yaml.YAMLException ? `invalid YAML at line ${err.mark.line + 1}, column ${err.mark.column + 1}: ${err.reason}` : String(err) });
        continue;
      }
      docs.forEach((doc, document) => this.loadDocument(doc, file, document, next, issues));
    }
    for (const issue of issues) {
      if (!this.loadIssues.some((i) => JSON.stringify(i) === JSON.stringify(issue))) log.error(issue, 'invalid manifest skipped');
    }
    this.loadIssues = issues;
    this.applyDiff(next);
  }

  private loadDocument(doc: unknown, file: string, document: number, next: Map<string, Entry>, issues: LoadIssue[]): void {
    if (doc === null || doc === undefined) return;
    if (typeof doc !== 'object' || Array.isArray(doc)) {
      issues.push({ file, document, message: 'document is not a Kubernetes object (expected a mapping with apiVersion and kind)' });
      return;
    }
    const raw = doc as Record<string, unknown>;
    if (!isSightlineKind(raw.apiVersion, raw.kind)) {
      const what = `${String(raw.apiVersion)} ${String(raw.kind)}`;
      if (!this.warnedKinds.has(what)) {
        this.warnedKinds.add(what);
        log.warn({ file, document, apiVersion: raw.apiVersion, kind: raw.kind }, 'ignoring object of a kind Sightline does not handle');
      }
      return;
    }
    const meta = (raw.metadata ?? {}) as Record<string, unknown>;
    const withNamespace = { ...raw, metadata: { ...meta, namespace: meta.namespace ?? 'default' } };
    const name = `${raw.kind}/${typeof meta.name === 'string' ? meta.name : '?'}`;
    const result = validateResource(withNamespace);
    if (!result.ok) {
      for (const i of result.issues) issues.push({ file, document, object: name, pointer: i.pointer, message: i.message });
      return;
    }
    const key = objectKey(result.object);
    if (next.has(key)) {
      issues.push({ file, document, object: name, message: `duplicate object: ${key} is already defined earlier` });
      return;
    }
    next.set(key, { object: result.object, specHash: hashOf([result.object.spec, meta.labels, meta.annotations]) });
  }

  /** Emits events for what changed and gives objects the metadata an API server would. */
  private applyDiff(next: Map<string, Entry>): void {
    const events: ChangeEvent[] = [];
    for (const [key, entry] of next) {
      const prev = this.objects.get(key);
      const meta = entry.object.metadata;
      if (!prev) {
        Object.assign(meta, { uid: randomUUID(), generation: 1, creationTimestamp: new Date() });
        events.push({ type: 'added', object: entry.object });
      } else if (prev.specHash !== entry.specHash) {
        const p = prev.object.metadata;
        Object.assign(meta, { uid: p.uid, generation: (p.generation ?? 1) + 1, creationTimestamp: p.creationTimestamp });
        events.push({ type: 'modified', object: entry.object });
      } else {
        next.set(key, prev);
      }
    }
    for (const [key, prev] of this.objects) if (!next.has(key)) events.push({ type: 'deleted', object: prev.object });
    this.objects = next;
    for (const event of events) for (const listener of this.listeners) listener(event);
  }
}

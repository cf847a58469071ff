import { mkdtempSync, mkdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FilesSource } from '../../../src/sources/files/index.js';
import type { ChangeEvent } from '../../../src/sources/types.js';

const target = (name: string, extra = '') => `apiVersion: monitoring.sightline.dev/v1alpha1
kind: ScrapeTarget
metadata:
  name: ${name}
spec:
  staticTargets: ["127.0.0.1:9100"]
  endpoints:
    - interval: 15s${extra}
`;

async function until<T>(fn: () => T | undefined, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = fn();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error('timed out waiting for condition');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('FilesSource', () => {
  let dir: string;
  let source: FilesSource;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sightline-manifests-'));
  });
  afterEach(async () => {
    await source?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads multi-document files from nested folders, defaulted and with API-server-like metadata', async () => {
    mkdirSync(join(dir, 'team-a'));
    writeFileSync(join(dir, 'team-a', 'targets.yaml'), `${target('one')}---\n${target('two')}`);
    writeFileSync(join(dir, 'channel.yml'), `apiVersion: monitoring.sightline.dev/v1alpha1
kind: NotificationChannel
metadata: {name: ops, namespace: monitoring}
spec: {type: webhook, webhook: {url: "http://127.0.0.1:9/hook"}}
`);
    writeFileSync(join(dir, 'notes.txt'), 'not a manifest');
    source = new FilesSource(dir);
    await source.start();
    const objects = source.list();
    expect(objects.map((o) => `${o.kind}/${o.metadata.namespace}/${o.metadata.name}`).sort()).toEqual([
      'NotificationChannel/monitoring/ops',
      'ScrapeTarget/default/one',
      'ScrapeTarget/default/two',
    ]);
    const one = objects.find((o) => o.metadata.name === 'one')!;
    expect(one.metadata.generation).toBe(1);
    expect(one.metadata.uid).toMatch(/^[0-9a-f-]{36}$/);
    if (one.kind === 'ScrapeTarget') expect(one.spec.endpoints[0].scrapeTimeout).toBe('10s');
    expect(source.issues()).toEqual([]);
  });

  it('reports invalid objects with file, document, object and pointer, and still loads the valid ones', async () => {
    writeFileSync(join(dir, 'mixed.yaml'), `${target('good')}---\n${target('bad', '\n      scrapeTimeout: 20s')}---\n- just a list\n`);
    writeFileSync(join(dir, 'broken.yaml'), 'kind: [unterminated\n');
    source = new FilesSource(dir);
    await source.start();
    expect(source.list().map((o) => o.metadata.name)).toEqual(['good']);
    expect(source.issues()).toEqual([
      { file: 'broken.yaml', message: 'invalid YAML at line 2, column 1: unexpected end of the stream within a flow collection' },
      {
        file: 'mixed.yaml',
        document: 1,
        object: 'ScrapeTarget/bad',
        pointer: '/spec/endpoints/0/scrapeTimeout',
        message: 'scrapeTimeout must not be greater than interval',
      },
      { file: 'mixed.yaml', document: 2, message: expect.stringMatching(/not a Kubernetes object/) },
    ]);
  });

  it('ignores kinds it does not handle', async () => {
    writeFileSync(join(dir, 'cm.yaml'), `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: {a: b}\n---\n${target('t')}`);
    source = new FilesSource(dir);
    await source.start();
    expect(source.list().map((o) => o.kind)).toEqual(['ScrapeTarget']);
    expect(source.issues()).toEqual([]);
  });

  it('reports duplicates across files', async () => {
    writeFileSync(join(dir, 'a.yaml'), target('same'));
    writeFileSync(join(dir, 'b.yaml'), target('same'));
    source = new FilesSource(dir);
    await source.start();
    expect(source.list()).toHaveLength(1);
    expect(source.issues()).toEqual([expect.objectContaining({ file: 'b.yaml', message: expect.stringMatching(/duplicate object/) })]);
  });

  it('emits added, modified and deleted events as files change', async () => {
    writeFileSync(join(dir, 'a.yaml'), target('a'));
    source = new FilesSource(dir, { debounceMs: 20 });
    await source.start();
    const events: ChangeEvent[] = [];
    source.subscribe((e) => events.push(e));

    writeFileSync(join(dir, 'b.yaml'), target('b'));
    await until(() => events.find((e) => e.type === 'added'));
    expect(events.map((e) => `${e.type} ${e.object.metadata.name}`)).toEqual(['added b']);

    writeFileSync(join(dir, 'a.yaml'), target('a').replace('15s', '20s'));
    const modified = await until(() => events.find((e) => e.type === 'modified'));
    expect(modified.object.metadata.name).toBe('a');
    expect(modified.object.metadata.generation).toBe(2);

    unlinkSync(join(dir, 'b.yaml'));
    const deleted = await until(() => events.find((e) => e.type === 'deleted'));
    expect(deleted.object.metadata.name).toBe('b');
    expect(source.list().map((o) => o.metadata.name)).toEqual(['a']);
  });

  it('does not emit events when a file is rewritten unchanged', async () => {
    writeFileSync(join(dir, 'a.yaml'), target('a'));
    source = new FilesSource(dir, { debounceMs: 20 });
    await source.start();
    const events: ChangeEvent[] = [];
    source.subscribe((e) => events.push(e));
    writeFileSync(join(dir, 'a.yaml'), target('a'));
    writeFileSync(join(dir, 'c.yaml'), target('c'));
    await until(() => events.find((e) => e.type === 'added'));
    expect(events.map((e) => `${e.type} ${e.object.metadata.name}`)).toEqual(['added c']);
    expect(source.list().find((o) => o.metadata.name === 'a')!.metadata.generation).toBe(1);
  });
});

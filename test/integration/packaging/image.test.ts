/**
 * The container image cannot be built here (no container daemon), so this checks the Dockerfile
 * against what the chart assumes, and what its final stage would hold: package.json, dist/ and
 * the production dependency tree `npm prune --omit=dev` leaves (read with `npm ls --omit=dev`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliPath, repoRoot } from '../../support/cli.js';
import { find, podSpec, renderChart } from '../../support/packaging.js';

const dockerfile = readFileSync(join(repoRoot, 'Dockerfile'), 'utf8');
const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string; license: string; dependencies: Record<string, string>; devDependencies: Record<string, string> };
/** Instructions of the last stage, continuation lines joined. */
const finalStage = dockerfile.replace(/\\\n\s*/g, ' ').split(/^FROM /m).pop()!.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#'));
const instructions = (name: string) => finalStage.filter((l) => l.startsWith(`${name} `)).map((l) => l.slice(name.length + 1).trim());

describe('Dockerfile', () => {
  it('runs as the non-root user the chart runs it as, with only the volumes writable', async () => {
    const { docs } = await renderChart();
    const pod = podSpec(find(docs, 'Deployment', 'sightline-operator'));
    expect(instructions('USER')).toEqual([`${pod.securityContext.runAsUser as number}:${pod.securityContext.runAsGroup as number}`]);
    // The chart's read-only root filesystem leaves /tmp (an emptyDir) and the data dir.
    expect(JSON.parse(instructions('VOLUME')[0]!)).toEqual(['/app/data', '/tmp']);
    expect((pod as unknown as { volumes: { name: string }[] }).volumes).toEqual([{ name: 'tmp', emptyDir: {} }]);
    expect(JSON.parse(instructions('ENTRYPOINT')[0]!)).toEqual(['node', '/app/dist/cli.js']);
    expect(pod.containers[0]!.args[0]).toBe('operator');
  });

  it('carries OCI labels for licence, version and source', () => {
    const labels = instructions('LABEL').join(' ');
    expect(labels).toContain(`org.opencontainers.image.licenses="${pkg.license}"`);
    expect(labels).toContain('org.opencontainers.image.version="${VERSION}"');
    expect(labels).toContain('org.opencontainers.image.source="${SOURCE}"');
    expect(instructions('ARG')).toContain(`VERSION=${pkg.version}`);
  });

  it('copies only the build output, production dependencies and samples into the final stage', () => {
    expect(instructions('COPY')).toEqual([
      '--from=build /src/package.json ./',
      '--from=build /src/node_modules ./node_modules',
      '--from=build /src/dist ./dist',
      'config/samples ./config/samples',
    ]);
    expect(dockerfile).toMatch(/npm run build && npm prune --omit=dev/);
    // What that prune keeps: every runtime dependency, no dev-only package.
    const kept = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: repoRoot, encoding: 'utf8' })
      .trim().split('\n').slice(1).map((p) => relative(join(repoRoot, 'node_modules'), p).replace(/^(.*\/)?node_modules\//, ''));
    for (const dep of Object.keys(pkg.dependencies)) expect(kept).toContain(dep);
    for (const dev of ['typescript', 'vitest', 'eslint', 'tsx', 'fast-check', '@opentelemetry/sdk-metrics']) expect(kept).not.toContain(dev);
  });
});

describe('npm package', () => {
  it('ships the built CLI as the `sightline` command, without sources or tests', () => {
    expect(existsSync(cliPath), 'run npm run build first').toBe(true);
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as { files: { path: string }[] }[];
    const paths = packed!.files.map((f) => f.path);
    expect(paths).toContain('dist/cli.js');
    expect(paths).toContain('dist/embedded-template.tar.gz');
    expect(paths.filter((p) => !p.startsWith('dist/'))).toEqual(expect.arrayContaining(['package.json', 'README.md']));
    expect(paths.filter((p) => /^(src|test|bench|scripts|charts)\//.test(p))).toEqual([]);
    expect(readFileSync(cliPath, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });
});

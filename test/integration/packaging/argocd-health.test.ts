/**
 * config/argocd/health.lua under a real Lua 5.1 (Debian's lua5.1; Argo CD runs gopher-lua, also
 * 5.1) on the statuses the operator writes: conditionsFor() is the function its status writer
 * uses, so every outcome it can record is covered, plus the states before the first reconcile.
 * install.test.ts also runs it on the statuses a real operator wrote to the API server.
 */
import { describe, expect, it } from 'vitest';
import { conditionsFor, type Outcome } from '../../../src/controller/conditions.js';
import { argocdHealth } from '../../support/lua.js';

const health = argocdHealth;

const resource = (generation: number, status?: unknown) => ({
  apiVersion: 'monitoring.sightline.dev/v1alpha1',
  kind: 'ScrapeTarget',
  metadata: { name: 'node', namespace: 'default', generation },
  ...(status === undefined ? {} : { status }),
});
const written = (outcome: Outcome, generation: number, extra: object = {}) => ({ observedGeneration: generation, conditions: conditionsFor(undefined, outcome, generation), ...extra });

describe('Argo CD health check (config/argocd/health.lua)', () => {
  it('is Progressing before the operator wrote any status', () => {
    expect(health(resource(1))).toEqual({ status: 'Progressing', message: 'Waiting for the Sightline operator to reconcile' });
    expect(health(resource(1, {}))).toEqual({ status: 'Progressing', message: 'Waiting for the Sightline operator to reconcile' });
    expect(health(resource(1, { conditions: [] })).status).toBe('Progressing');
  });

  it('is Healthy on Ready=True for the current generation', () => {
    expect(health(resource(3, written({ kind: 'ready' }, 3, { discoveredTargets: 2 })))).toEqual({ status: 'Healthy', message: 'Reconciled: Reconciled successfully.' });
  });

  it('is Progressing while a newer generation has not been observed, whatever the old verdict', () => {
    expect(health(resource(4, written({ kind: 'ready' }, 3)))).toEqual({ status: 'Progressing', message: 'Waiting for the operator to observe generation 4' });
    expect(health(resource(4, written({ kind: 'stalled', reason: 'SecretNotFound', message: 'x' }, 3))).status).toBe('Progressing');
  });

  it('is Progressing on Reconciling=True, with its reason', () => {
    const outcome: Outcome = { kind: 'progressing', reason: 'StorageUnavailable', message: 'the database cannot be reached; retrying' };
    expect(health(resource(1, written(outcome, 1)))).toEqual({ status: 'Progressing', message: 'StorageUnavailable: the database cannot be reached; retrying' });
  });

  it('is Degraded on Stalled=True, with the reason and message (quotes and non-ASCII intact)', () => {
    const outcome: Outcome = { kind: 'stalled', reason: 'SecretNotFound', message: 'Secret "basic-auth" not found in namespace “shop”' };
    expect(health(resource(2, written(outcome, 2)))).toEqual({ status: 'Degraded', message: 'SecretNotFound: Secret "basic-auth" not found in namespace “shop”' });
  });

  it('is Degraded on Ready=False without Stalled or Reconciling', () => {
    const status = { observedGeneration: 1, conditions: [{ type: 'Ready', status: 'False', reason: 'NoTargetsMatched', message: '', lastTransitionTime: '2026-01-01T00:00:00Z' }] };
    expect(health(resource(1, status))).toEqual({ status: 'Degraded', message: 'NoTargetsMatched' });
  });

  it('ignores condition types it does not know, as a MonitoredService carries', () => {
    const conditions = conditionsFor([{ type: 'StoragePoliciesApplied', status: 'False', reason: 'Pending', message: 'traces store missing', lastTransitionTime: '2026-01-01T00:00:00Z' }], { kind: 'ready' }, 5);
    expect(health({ ...resource(5), kind: 'MonitoredService', status: { observedGeneration: 5, conditions } }).status).toBe('Healthy');
  });
});

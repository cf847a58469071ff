/**
 * Rule evaluation under the built `sightline operator` with --leader-elect, the real kube-apiserver
 * and PostgreSQL: the leader evaluates AlertRules and writes their status (counts, per-rule health,
 * a RuleEvaluationFailed condition for a rule that fails); after the leader is killed with SIGKILL
 * mid-`for`, the standby carries on with the same alerts — the firing one is not fired again and
 * the pending one fires at its original due time.
 */
import { hostname } from 'node:os';
import { CoordinationV1Api, CustomObjectsApi } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { PostgresDb } from '../../src/storage/db.js';
import { SightlineProcess } from '../support/cli.js';
import { postgresTestUrl } from '../support/db.js';
import { adminKubeConfig } from '../support/kube.js';
import { eventually, useOperatorSandbox } from '../support/kube-operator.js';
import { freePort } from '../support/postgres.js';
import { startTarget } from '../support/scrape-targets.js';

const group = { group: 'monitoring.sightline.dev', version: 'v1alpha1' };
const HOLD_S = 25;

interface RuleStatus {
  firing?: number;
  pending?: number;
  lastEvaluationTime?: string;
  lastError?: string;
  conditions: { type: string; status: string; reason: string }[];
  rules: { health: string }[];
}

interface AlertRow {
  rule: string;
  state: string;
  active_at: Date;
  fired_at: Date | null;
}

describe('rules under the operator', () => {
  const sandbox = useOperatorSandbox('e2e-rules');

  it('evaluates on the leader, reports status, and carries alerts over a leader hand-over mid-for', async () => {
    const { coords, namespace: ns, kubeconfig } = sandbox;
    const url = await postgresTestUrl();
    const db = PostgresDb.open(url);
    const admin = adminKubeConfig(coords);
    const custom = admin.makeApiClient(CustomObjectsApi);
    const leases = admin.makeApiClient(CoordinationV1Api);
    const app = await startTarget('# TYPE demo_value gauge\ndemo_value 1\n');
    const args = ['operator', '--storage', url, '--kubeconfig', kubeconfig, '--watch-namespace', ns, '--leader-elect', '--leader-election.namespace', ns];
    const procs = [SightlineProcess.start(args, await freePort()), SightlineProcess.start(args, await freePort())];
    const create = (plural: string, kind: string, name: string, spec: unknown) =>
      custom.createNamespacedCustomObject({ ...group, namespace: ns, plural, body: { apiVersion: 'monitoring.sightline.dev/v1alpha1', kind, metadata: { name }, spec } });
    const status = async (name: string): Promise<RuleStatus> =>
      ((await custom.getNamespacedCustomObject({ ...group, namespace: ns, plural: 'alertrules', name })) as { status?: RuleStatus }).status ?? { conditions: [], rules: [] };
    const rows = () => db.query<AlertRow>('SELECT rule, state, active_at, fired_at FROM alerts WHERE group_key = $1 ORDER BY rule', [`AlertRule/${ns}/demo`]);
    try {
      await create('scrapetargets', 'ScrapeTarget', 'demo', { jobName: 'demo', staticTargets: [app.address], endpoints: [{ interval: '1s', scrapeTimeout: '500ms' }] });
      await create('alertrules', 'AlertRule', 'demo', {
        interval: '1s',
        rules: [
          { alert: 'Now', expr: 'demo_value > 0' },
          { alert: 'Later', expr: 'demo_value > 0', for: `${HOLD_S}s` },
        ],
      });
      await create('alertrules', 'AlertRule', 'broken', {
        interval: '1s',
        rules: [{ record: 'demo:joined', expr: 'demo_value * on() group_left() {__name__=~"demo_value|up"}' }],
      });

      const before = await eventually(async () => {
        const s = await status('demo');
        expect(s).toMatchObject({ firing: 1, pending: 1, inactive: 0 });
        expect(s.rules).toEqual([
          { name: 'Now', type: 'alerting', query: 'demo_value > 0', health: 'ok' },
          { name: 'Later', type: 'alerting', query: 'demo_value > 0', health: 'ok' },
        ]);
        expect(s.conditions.find((c) => c.type === 'Ready')).toMatchObject({ status: 'True' });
        return s;
      }, 40_000, 250);
      expect(Date.parse(before.lastEvaluationTime ?? '')).toBeGreaterThan(0);
      const broken = await eventually(async () => {
        const s = await status('broken');
        expect(s.conditions.find((c) => c.type === 'Ready')).toMatchObject({ status: 'False', reason: 'RuleEvaluationFailed' });
        return s;
      }, 20_000, 250);
      expect(broken.lastError).toMatch(/^rule demo:joined: .*duplicate series|many-to-many/);
      expect(broken.rules[0]).toMatchObject({ health: 'err' });

      const [later, now] = await rows();
      expect([now!.rule, now!.state, later!.rule, later!.state]).toEqual(['Now', 'firing', 'Later', 'pending']);

      // Kill the leader mid-`for`.
      const holder = (await leases.readNamespacedLease({ namespace: ns, name: 'sightline-operator' })).spec?.holderIdentity;
      const leader = procs.find((p) => holder === `${hostname()}_${p.proc.pid}`)!;
      const standby = procs.find((p) => p !== leader)!;
      leader.proc.kill('SIGKILL');
      await eventually(() => expect(standby.logs()).toContain('became the leader'), 30_000, 200);
      await eventually(() => expect(standby.logs()).toMatch(/"alerts":2,"msg":"restored alert state"/), 20_000, 200);

      const fired = await eventually(async () => {
        const r = await rows();
        expect(r.map((x) => [x.rule, x.state])).toEqual([
          ['Later', 'firing'],
          ['Now', 'firing'],
        ]);
        return r;
      }, 60_000, 250);
      // Same alerts: the firing one kept its time of firing; the pending one kept its clock.
      expect(fired[1]!.fired_at!.getTime()).toBe(now!.fired_at!.getTime());
      expect(fired[0]!.active_at.getTime()).toBe(later!.active_at.getTime());
      const heldMs = fired[0]!.fired_at!.getTime() - later!.active_at.getTime();
      expect(heldMs).toBeGreaterThanOrEqual(HOLD_S * 1000);
      expect(heldMs).toBeLessThanOrEqual(HOLD_S * 1000 + 1000);
      await eventually(async () => expect(await status('demo')).toMatchObject({ firing: 2, pending: 0 }), 20_000, 250);
      expect(await standby.stop()).toBe(0);
    } finally {
      for (const p of procs) await p.stop('SIGKILL');
      await app.close();
      await db.close();
    }
  }, 150_000);
});

/**
 * `--watch-prometheusrules` on the real kube-apiserver, as the operator's least-privilege
 * ServiceAccount: the watcher waits for the PrometheusRule CRD to be served, then runs each object's
 * groups on the rule manager, follows edits and deletions, and leaves out (and logs) what does not
 * convert.
 */
import { CustomObjectsApi } from '@kubernetes/client-node';
import { afterAll, describe, expect, it } from 'vitest';
import { RuleManager } from '../../../src/rules/manager.js';
import { PrometheusRuleWatcher } from '../../../src/rules/prometheusrules.js';
import { MemoryStorage } from '../../../src/storage/memory.js';
import { adminKubeConfig } from '../../support/kube.js';
import { eventually, kubectl, useOperatorSandbox } from '../../support/kube-operator.js';

const pr = { group: 'monitoring.coreos.com', version: 'v1', plural: 'prometheusrules' };

describe('PrometheusRule watcher', () => {
  const sandbox = useOperatorSandbox('prometheusrules');
  const manager = new RuleManager({ store: new MemoryStorage() });
  let watcher: PrometheusRuleWatcher | undefined;
  afterAll(async () => {
    await watcher?.stop();
    await manager.stop();
  });

  it('waits for the CRD, then evaluates each group and follows edits and deletions', async () => {
    const { coords, namespace: ns, operatorKc } = sandbox;
    watcher = new PrometheusRuleWatcher(operatorKc, manager, { namespace: ns, recheckMs: 300 });
    await watcher.start();
    expect(manager.groups()).toEqual([]);

    await kubectl(coords, ['apply', '-f', 'test/fixtures/crds/prometheusrules.yaml']);
    await kubectl(coords, ['wait', '--for=condition=Established', 'crd/prometheusrules.monitoring.coreos.com']);
    const custom = adminKubeConfig(coords).makeApiClient(CustomObjectsApi);
    const body = (groups: unknown[]) => ({ apiVersion: 'monitoring.coreos.com/v1', kind: 'PrometheusRule', metadata: { name: 'stack', namespace: ns }, spec: { groups } });
    const always = { name: 'always', interval: '1s', rules: [{ alert: 'Always', expr: 'vector(1) > 0', labels: { severity: 'none' } }] };
    const recorded = { name: 'recorded', rules: [{ record: 'one', expr: 'vector(1)' }, { alert: 'has-dash', expr: 'vector(1)' }] };
    await custom.createNamespacedCustomObject({ ...pr, namespace: ns, body: body([always, recorded]) });

    await eventually(() => {
      const keys = manager.groups().map((g) => g.def.key).sort();
      expect(keys).toEqual([`PrometheusRule/${ns}/stack/stack-always`, `PrometheusRule/${ns}/stack/stack-recorded`]);
    }, 20_000, 100);
    // The alert name with a dash is not a valid AlertRule name: that rule is left out, the rest runs.
    expect(manager.groups().find((g) => g.def.key.endsWith('recorded'))!.def.rules.map((r) => r.name)).toEqual(['one']);
    await eventually(() => expect(manager.groups().flatMap((g) => g.alerts()).map((a) => [a.labels.alertname, a.state])).toEqual([['Always', 'firing']]), 10_000, 100);

    const current = (await custom.getNamespacedCustomObject({ ...pr, namespace: ns, name: 'stack' })) as { metadata: { resourceVersion: string } };
    await custom.replaceNamespacedCustomObject({ ...pr, namespace: ns, name: 'stack', body: { ...body([always]), metadata: { name: 'stack', namespace: ns, resourceVersion: current.metadata.resourceVersion } } });
    await eventually(() => expect(manager.groups().map((g) => g.def.key)).toEqual([`PrometheusRule/${ns}/stack/stack-always`]), 10_000, 100);

    await custom.deleteNamespacedCustomObject({ ...pr, namespace: ns, name: 'stack' });
    await eventually(() => expect(manager.groups()).toEqual([]), 10_000, 100);
  }, 60_000);
});

/** What `standalone` and `operator` share for rule evaluation. */
import { hostname } from 'node:os';
import { parsePairs, type RulesConfig } from '../config/index.js';
import { PgAlertStateStore, RuleManager } from '../rules/index.js';
import type { RunningServer } from './server.js';

/** Rule evaluation over the server's store, with alert state in its database. */
export function ruleManager(server: RunningServer, config: RulesConfig): RuleManager {
  return new RuleManager({
    store: server.storage.metrics,
    stateStore: new PgAlertStateStore(() => server.storage.db),
    storageReady: () => server.storage.ready(),
    externalURL: config.externalUrl ?? server.url.replace(/\/\/(localhost|127\.0\.0\.1)/, `//${hostname()}`),
    externalLabels: parsePairs(config.externalLabels),
  });
}

/** What `standalone` and `operator` share for rule evaluation and notification. */
import { hostname } from 'node:os';
import { parsePairs, type RulesConfig } from '../config/index.js';
import { Notifier } from '../notify/index.js';
import { PgAlertStateStore, RuleManager } from '../rules/index.js';
import type { RunningServer } from './server.js';

/** The URL alerts and notifications link back to. */
function externalUrl(server: RunningServer, config: RulesConfig): string {
  return config.externalUrl ?? server.url.replace(/\/\/(localhost|127\.0\.0\.1)/, `//${hostname()}`);
}

/** Rule evaluation over the server's store, with alert state in its database. */
export function ruleManager(server: RunningServer, config: RulesConfig): RuleManager {
  return new RuleManager({
    store: server.storage.metrics,
    stateStore: new PgAlertStateStore(() => server.storage.db),
    storageReady: () => server.storage.ready(),
    externalURL: externalUrl(server, config),
    externalLabels: parsePairs(config.externalLabels),
  });
}

/** The notifier over the server's database; it polls and sends once started (by the leader). */
export function notifier(server: RunningServer, config: RulesConfig): Notifier {
  return new Notifier({ db: () => server.storage.db, storageReady: () => server.storage.ready(), externalURL: externalUrl(server, config) });
}

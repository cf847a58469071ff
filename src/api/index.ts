/** The monitoring.sightline.dev/v1alpha1 API: its kinds and where their schemas live. */
import type { KindDefinition } from './schema.js';
import { alertRule } from './v1alpha1/alertrule.js';
import { monitoredService } from './v1alpha1/monitoredservice.js';
import { notificationChannel } from './v1alpha1/notificationchannel.js';
import { scrapeTarget } from './v1alpha1/scrapetarget.js';

export const GROUP = 'monitoring.sightline.dev';
export const VERSION = 'v1alpha1';
export const API_VERSION = `${GROUP}/${VERSION}`;

export const KINDS: readonly KindDefinition[] = [scrapeTarget, monitoredService, alertRule, notificationChannel];

export type KindName = 'ScrapeTarget' | 'MonitoredService' | 'AlertRule' | 'NotificationChannel';

export function kindDefinition(kind: string): KindDefinition | undefined {
  return KINDS.find((k) => k.kind === kind);
}

export type * from './generated/types.js';

/**
 * The Channel seam (DESIGN.md): send one notification, get a delivery result that says whether a
 * retry can help. Channels render the channel-neutral NotificationData their own way.
 */
import type { Labels } from '../../model/labels.js';

export interface AlertData {
  status: 'firing' | 'resolved';
  labels: Labels;
  annotations: Labels;
  startsAt: string;
  endsAt: string;
  generatorURL: string;
  fingerprint: string;
}

/** What a notification says, in the Alertmanager webhook's terms (without its version field). */
export interface NotificationData {
  receiver: string;
  status: 'firing' | 'resolved';
  groupKey: string;
  groupLabels: Labels;
  commonLabels: Labels;
  commonAnnotations: Labels;
  externalURL: string;
  alerts: AlertData[];
}

export interface Delivery {
  /** The same for every attempt of one notification, so a receiver can drop a repeat. */
  idempotencyKey: string;
  data: NotificationData;
}

export type DeliveryResult =
  | { ok: true; code?: number }
  | { ok: false; retryable: boolean; error: string; code?: number; retryAfterMs?: number }
  /** Not sent: the channel's own rate limit asks to wait (not an attempt, no backoff). */
  | { ok: false; wait: true; retryAfterMs: number };

export interface Channel {
  send(delivery: Delivery, signal: AbortSignal): Promise<DeliveryResult>;
}

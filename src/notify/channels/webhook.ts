/**
 * The generic webhook: Alertmanager's webhook payload (version 4), so receivers written for
 * Alertmanager work unchanged, with an Idempotency-Key header and, when a signing secret is set,
 * Grafana's signature scheme under Sightline's header names.
 */
import { createHmac } from 'node:crypto';
import type { Channel, Delivery, DeliveryResult } from './channel.js';
import { postJson } from './http.js';

export interface WebhookOptions {
  url: string;
  /** Alerts per message; 0 sends them all. */
  maxAlerts: number;
  signingSecret?: string;
}

export const SIGNATURE_HEADER = 'X-Sightline-Signature';
export const TIMESTAMP_HEADER = 'X-Sightline-Timestamp';

/** hex(HMAC-SHA256(secret, timestamp + ":" + body)), Grafana's X-Grafana-Alerting-Signature. */
export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}:${body}`).digest('hex');
}

export class WebhookChannel implements Channel {
  constructor(private readonly options: WebhookOptions) {}

  send({ idempotencyKey, data }: Delivery, signal: AbortSignal): Promise<DeliveryResult> {
    const max = this.options.maxAlerts;
    const alerts = max > 0 ? data.alerts.slice(0, max) : data.alerts;
    const body = JSON.stringify({
      version: '4',
      groupKey: data.groupKey,
      truncatedAlerts: data.alerts.length - alerts.length,
      status: data.status,
      receiver: data.receiver,
      groupLabels: data.groupLabels,
      commonLabels: data.commonLabels,
      commonAnnotations: data.commonAnnotations,
      externalURL: data.externalURL,
      alerts,
    });
    const headers: Record<string, string> = { 'Idempotency-Key': idempotencyKey };
    if (this.options.signingSecret !== undefined) {
      const ts = String(Math.floor(Date.now() / 1000));
      headers[TIMESTAMP_HEADER] = ts;
      headers[SIGNATURE_HEADER] = webhookSignature(this.options.signingSecret, ts, body);
    }
    return postJson(this.options.url, body, headers, signal);
  }
}

/**
 * DingTalk group robots: a markdown message POSTed to the robot's webhook, signed when the robot
 * has a signing secret (`timestamp` in milliseconds and `sign` = base64(HMAC-SHA256(secret,
 * timestamp + "\n" + secret)) as query parameters). DingTalk answers HTTP 200 with an `errcode`;
 * 130101 means the robot's 20 messages a minute are used up. The channel keeps to that limit
 * itself (RateLimit).
 */
import { createHmac } from 'node:crypto';
import type { Channel, Delivery, DeliveryResult } from './channel.js';
import { postJson } from './http.js';
import { RateLimit } from './rate.js';
import { markdown, title } from './render.js';

export interface DingTalkOptions {
  url: string;
  signingSecret?: string;
  atMobiles: string[];
  atAll: boolean;
  now?: () => number;
}

export const DINGTALK_PER_MINUTE = 20;
/** DingTalk cuts long messages; keep well inside its 20,000 bytes. */
const MAX_BYTES = 18_000;
const SEND_TOO_FAST = 130101;

export function dingtalkSign(secret: string, timestampMs: string): string {
  return createHmac('sha256', secret).update(`${timestampMs}\n${secret}`).digest('base64');
}

export class DingTalkChannel implements Channel {
  private readonly rate = new RateLimit([{ count: DINGTALK_PER_MINUTE, windowMs: 60_000 }]);
  private readonly now: () => number;

  constructor(private readonly options: DingTalkOptions) {
    this.now = options.now ?? Date.now;
  }

  async send({ data }: Delivery, signal: AbortSignal): Promise<DeliveryResult> {
    const now = this.now();
    const wait = this.rate.waitMs(now);
    if (wait > 0) return { ok: false, wait: true, retryAfterMs: wait };
    const url = new URL(this.options.url);
    if (this.options.signingSecret !== undefined) {
      const ts = String(now);
      url.searchParams.set('timestamp', ts);
      url.searchParams.set('sign', dingtalkSign(this.options.signingSecret, ts));
    }
    const mentions = this.options.atMobiles.map((m) => `@${m}`).join(' ');
    const body = JSON.stringify({
      msgtype: 'markdown',
      markdown: { title: title(data), text: markdown(data, MAX_BYTES - Buffer.byteLength(mentions) - 2) + (mentions ? `\n\n${mentions}` : '') },
      at: { atMobiles: this.options.atMobiles, atUserIds: [], isAtAll: this.options.atAll },
    });
    this.rate.record(now);
    return postJson(url.toString(), body, {}, signal, ({ body: answer }) => {
      let reply: { errcode?: number; errmsg?: string };
      try {
        reply = JSON.parse(answer) as typeof reply;
      } catch {
        return { ok: false, retryable: true, error: `DingTalk answered something other than JSON: ${answer.slice(0, 200)}` };
      }
      if (reply.errcode === 0) return undefined;
      const error = `DingTalk errcode ${reply.errcode}: ${reply.errmsg ?? ''}`;
      return reply.errcode === SEND_TOO_FAST ? { ok: false, retryable: true, error, retryAfterMs: 60_000 } : { ok: false, retryable: false, error };
    });
  }
}

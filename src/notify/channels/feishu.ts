/**
 * Feishu (Lark) custom bots: an interactive card (red header while firing, green once resolved;
 * the alerts in lark_md) POSTed to the bot's webhook, signed when the bot has a signing secret:
 * `timestamp` in seconds and `sign` = base64(HMAC-SHA256(key = timestamp + "\n" + secret, message
 * = "")) in the body — key and message the other way round from DingTalk. Feishu answers HTTP 200
 * with `code` (0 delivered; 11232 rate limited, retried; any other code fails: 19021 bad signature
 * or timestamp, 19024 keyword missing, 9499 bad request). A bot takes 5 messages a second and 100
 * a minute, and bodies up to 20 KB: the channel keeps to both itself.
 */
import { createHmac } from 'node:crypto';
import type { Channel, Delivery, DeliveryResult } from './channel.js';
import { postJson } from './http.js';
import { RateLimit } from './rate.js';
import { markdown, title } from './render.js';

export interface FeishuOptions {
  url: string;
  signingSecret?: string;
  now?: () => number;
}

/** Room for the card around the text within Feishu's 20 KB request body. */
const MAX_TEXT_BYTES = 18_000;
const RATE_LIMITED = 11232;

export function feishuSign(secret: string, timestampS: string): string {
  return createHmac('sha256', `${timestampS}\n${secret}`).update('').digest('base64');
}

export class FeishuChannel implements Channel {
  private readonly rate = new RateLimit([
    { count: 5, windowMs: 1000 },
    { count: 100, windowMs: 60_000 },
  ]);
  private readonly now: () => number;

  constructor(private readonly options: FeishuOptions) {
    this.now = options.now ?? Date.now;
  }

  async send({ data }: Delivery, signal: AbortSignal): Promise<DeliveryResult> {
    const now = this.now();
    const wait = this.rate.waitMs(now);
    if (wait > 0) return { ok: false, wait: true, retryAfterMs: wait };
    const ts = String(Math.floor(now / 1000));
    const body = JSON.stringify({
      ...(this.options.signingSecret !== undefined ? { timestamp: ts, sign: feishuSign(this.options.signingSecret, ts) } : {}),
      msg_type: 'interactive',
      card: {
        config: { wide_screen_mode: true },
        header: { title: { tag: 'plain_text', content: title(data) }, template: data.status === 'firing' ? 'red' : 'green' },
        elements: [{ tag: 'div', text: { tag: 'lark_md', content: markdown(data, MAX_TEXT_BYTES, { heading: false }) } }],
      },
    });
    this.rate.record(now);
    return postJson(this.options.url, body, {}, signal, ({ body: answer }) => {
      let reply: { code?: number; msg?: string; StatusCode?: number };
      try {
        reply = JSON.parse(answer) as typeof reply;
      } catch {
        return { ok: false, retryable: true, error: `Feishu answered something other than JSON: ${answer.slice(0, 200)}` };
      }
      // Older deployments answer {"StatusCode": 0, "StatusMessage": "success"}.
      const code = reply.code ?? reply.StatusCode;
      if (code === 0) return undefined;
      const error = `Feishu code ${code}: ${reply.msg ?? ''}`;
      return code === RATE_LIMITED ? { ok: false, retryable: true, error, retryAfterMs: 60_000 } : { ok: false, retryable: false, error };
    });
  }
}

/**
 * A local stand-in for a Feishu custom bot (POST /open-apis/bot/v2/hook/{token}), checking what
 * Feishu checks, as its documentation describes: the token; with signing, `timestamp` in seconds
 * within an hour of its clock and `sign` = base64(HMAC-SHA256(key = timestamp + "\n" + secret,
 * message = "")) in the body; a body of at most 20 KB with a known msg_type (an interactive card
 * needs a header title and elements); at most 5 messages a second and 100 a minute. Like Feishu it
 * answers HTTP 200 with `code` (0 success, 19021 sign match fail, 9499 bad request, 11232 frequency
 * limited).
 */
import { createHmac } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { RobotServer } from './robot-server.js';

export interface FeishuCard {
  header: { title: { tag: string; content: string }; template: string };
  elements: { tag: string; text: { tag: string; content: string } }[];
}

const reply = (code: number, msg: string) => ({ code, reply: code === 0 ? { code, msg, data: {} } : { code, msg } });

export class FeishuServer extends RobotServer<FeishuCard> {
  protected path(): string {
    return `/open-apis/bot/v2/hook/${this.token}`;
  }

  protected check(req: IncomingMessage, raw: Buffer): { code: number; reply: object; message?: FeishuCard } {
    if (req.method !== 'POST' || req.url !== this.path()) return reply(19001, 'param invalid: incoming webhook access token invalid');
    if (raw.length > 20 * 1024) return reply(9499, 'request body too large');
    let body: { timestamp?: string; sign?: string; msg_type?: string; card?: FeishuCard };
    try {
      body = JSON.parse(raw.toString('utf8')) as typeof body;
    } catch {
      return reply(9499, 'Bad Request');
    }
    const ts = body.timestamp ?? '';
    const expected = createHmac('sha256', `${ts}\n${this.secret}`).update('').digest('base64');
    if (!/^\d{10}$/.test(ts) || Math.abs(Number(ts) * 1000 - Date.now()) > 3600_000 || body.sign !== expected) {
      return reply(19021, 'sign match fail or timestamp is not within one hour from current time');
    }
    const card = body.card;
    if (body.msg_type !== 'interactive' || typeof card?.header?.title?.content !== 'string' || !Array.isArray(card.elements) || card.elements.length === 0) {
      return reply(9499, 'Bad Request');
    }
    if (!this.withinRate((lastMinute, now) => lastMinute.length >= 100 || lastMinute.filter((t) => t > now - 1000).length >= 5)) {
      return reply(11232, 'frequency limited psm[lark.oapi.app_platform_runtime]appID[1]');
    }
    return { ...reply(0, 'success'), message: card };
  }
}

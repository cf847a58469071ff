/**
 * A local stand-in for DingTalk's robot endpoint (POST /robot/send?access_token=…), checking what
 * the real one checks, as its documentation describes: the access token; with signing, a
 * `timestamp` in milliseconds within an hour of its clock and `sign` = base64(HMAC-SHA256(secret,
 * timestamp + "\n" + secret)); a JSON body of a known msgtype; at most 20 messages a minute per
 * robot. Like DingTalk it answers HTTP 200 with `errcode` (0 = ok, 310000 sign mismatch, 130101
 * too fast, 300001 bad token, 40035 bad body).
 */
import { createHmac } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { RobotServer } from './robot-server.js';

export interface DingTalkMessage {
  msgtype: string;
  markdown: { title: string; text: string };
  at: { atMobiles: string[]; isAtAll: boolean };
}

const reply = (errcode: number, errmsg: string) => ({ code: errcode, reply: { errcode, errmsg } });

export class DingTalkServer extends RobotServer<DingTalkMessage> {
  protected path(): string {
    return `/robot/send?access_token=${this.token}`;
  }

  protected check(req: IncomingMessage, raw: Buffer): { code: number; reply: object; message?: DingTalkMessage } {
    const url = new URL(req.url ?? '', 'http://x');
    if (req.method !== 'POST' || url.pathname !== '/robot/send') return reply(40035, 'bad request');
    if (url.searchParams.get('access_token') !== this.token) return reply(300001, 'token is not exist');
    const ts = url.searchParams.get('timestamp') ?? '';
    const sign = url.searchParams.get('sign') ?? '';
    const expected = createHmac('sha256', this.secret).update(`${ts}\n${this.secret}`).digest('base64');
    if (!/^\d{13}$/.test(ts) || Math.abs(Number(ts) - Date.now()) > 3600_000 || sign !== expected) {
      return reply(310000, 'sign not match, more: [https://ding-doc.dingtalk.com/doc#/serverapi2/qf2nxq]');
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return reply(40035, 'content-type must be application/json');
    let body: DingTalkMessage;
    try {
      body = JSON.parse(raw.toString('utf8')) as DingTalkMessage;
    } catch {
      return reply(40035, 'body is not JSON');
    }
    if (body.msgtype !== 'markdown' || typeof body.markdown?.title !== 'string' || typeof body.markdown?.text !== 'string' || body.markdown.text === '') {
      return reply(40035, 'missing markdown title or text');
    }
    if (!this.withinRate((lastMinute) => lastMinute.length >= 20)) return reply(130101, 'send too fast, exceed 20 times per minute');
    return { ...reply(0, 'ok'), message: body };
  }
}

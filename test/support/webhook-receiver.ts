/**
 * A local webhook receiver on loopback: records each request (headers, JSON body, arrival time)
 * and answers from a script of replies (then 200), as a real receiver might fail and recover.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';

export interface WebhookAlert {
  status: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  startsAt: string;
  endsAt: string;
  generatorURL: string;
  fingerprint: string;
}

/** Alertmanager's webhook payload (version 4). */
export interface WebhookPayload {
  version: string;
  groupKey: string;
  truncatedAlerts: number;
  status: string;
  receiver: string;
  groupLabels: Record<string, string>;
  commonLabels: Record<string, string>;
  commonAnnotations: Record<string, string>;
  externalURL: string;
  alerts: WebhookAlert[];
}

export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  raw: string;
  body: WebhookPayload;
  atMs: number;
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

export class WebhookReceiver {
  readonly received: Received[] = [];
  /** Replies for the next requests, in order; once used up, requests get 200. */
  readonly script: Reply[] = [];
  /** Every request, answered 2xx or not. */
  requests = 0;
  private waiters: (() => void)[] = [];

  private server?: Server;
  url = '';

  static async start(port = 0, path = '/alerts'): Promise<WebhookReceiver> {
    const self = new WebhookReceiver();
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        self.requests++;
        const reply = self.script.shift() ?? { status: 200, body: 'ok' };
        let body: WebhookPayload;
        try {
          body = JSON.parse(raw) as WebhookPayload;
        } catch {
          body = {} as WebhookPayload;
        }
        if (reply.status < 300) self.received.push({ path: req.url ?? '', headers: req.headers, raw, body, atMs: Date.now() });
        res.writeHead(reply.status, reply.headers).end(reply.body ?? '');
        for (const w of self.waiters.splice(0)) w();
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
    const address = server.address();
    self.server = server;
    self.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}${path}`;
    return self;
  }

  /** Resolves once `count` requests were accepted (2xx), failing after timeoutMs. */
  async waitFor(count: number, timeoutMs = 20_000): Promise<Received[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`expected ${count} webhook requests, got ${this.received.length}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 500));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.received.slice(0, count);
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

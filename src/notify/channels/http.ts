/**
 * POSTing to a destination and reading its answer the way delivery needs it: 2xx delivered;
 * 408 and 429 retried after Retry-After when given; other 4xx are the request's fault and not
 * retried; 5xx and network errors retried.
 */
import { errorMessage } from '../../util/errors.js';
import type { DeliveryResult } from './channel.js';

/** Retry-After in seconds or as an HTTP date, in milliseconds from now. */
export function retryAfterMs(header: string | null, nowMs = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

export interface HttpAnswer {
  status: number;
  body: string;
}

/**
 * POSTs `body`; `check` may turn a 2xx answer into a failure (services such as DingTalk answer
 * 200 with an error code in the body).
 */
export async function postJson(
  url: string,
  body: string,
  headers: Record<string, string>,
  signal: AbortSignal,
  check?: (answer: HttpAnswer) => DeliveryResult | undefined,
): Promise<DeliveryResult> {
  let res: Response;
  try {
    res = await fetch(url, { method: 'POST', body, headers: { 'Content-Type': 'application/json', 'User-Agent': 'Sightline', ...headers }, signal, redirect: 'error' });
  } catch (err) {
    const cause = err instanceof Error && err.cause ? `: ${errorMessage(err.cause)}` : '';
    return { ok: false, retryable: true, error: `POST ${redactUrl(url)}: ${errorMessage(err)}${cause}` };
  }
  const text = (await res.text().catch(() => '')).slice(0, 512);
  if (res.ok) return check?.({ status: res.status, body: text }) ?? { ok: true, code: res.status };
  const retryable = res.status >= 500 || res.status === 408 || res.status === 429;
  const after = retryAfterMs(res.headers.get('retry-after'));
  return {
    ok: false,
    retryable,
    code: res.status,
    error: `POST ${redactUrl(url)}: HTTP ${res.status}${text ? `: ${text}` : ''}`,
    ...(retryable && after !== undefined ? { retryAfterMs: after } : {}),
  };
}

/** A URL without its query (tokens and signatures live there), for logs and status. */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  return q < 0 ? url : `${url.slice(0, q)}?…`;
}

/** The optional bearer-token check applied to every receiver (HTTP and gRPC alike). */
import { unauthenticated } from './errors.js';

export interface IngestRequestInfo {
  /** Which receiver the request reached: `otlp-http`, `otlp-grpc`, `remote-write`. */
  receiver: string;
  /** Request headers (HTTP) or metadata (gRPC), names in lower case. */
  headers: Readonly<Record<string, string | string[] | undefined>>;
  remoteAddress?: string;
}

/** Returns whether the token may write; off (everything accepted) when no check is configured. */
export type AuthCheck = (token: string, request: IngestRequestInfo) => boolean | Promise<boolean>;

/** Throws a 401 SightlineError unless the request carries a bearer token the check accepts. */
export async function authorize(check: AuthCheck | undefined, request: IngestRequestInfo): Promise<void> {
  if (check === undefined) return;
  const header = request.headers.authorization;
  const value = Array.isArray(header) ? header[0] : header;
  const match = value === undefined ? null : /^Bearer\s+(\S+)\s*$/i.exec(value);
  if (match === null) throw unauthenticated('missing bearer token: send "Authorization: Bearer <token>"');
  if (!(await check(match[1]!, request))) throw unauthenticated('bearer token rejected');
}

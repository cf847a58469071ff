/**
 * Push receiver, `POST|PUT /api/v1/push/job/<job>{/<label>/<value>}`: a Prometheus text or
 * OpenMetrics page, stored with the grouping labels from the path as the Pushgateway attaches them
 * (`<label>@base64/<value>` for values with slashes). Samples without a timestamp get the time of
 * the push. The page is parsed whole before anything is stored: a malformed page stores nothing.
 *   app.register(pushPlugin, { store, limits, auth })
 */
import type { FastifyPluginCallback, FastifyRequest } from 'fastify';
import { isValidLabelName } from '../model/labels.js';
import { createParser, ParseError } from '../scrape/parser/index.js';
import { gunzip } from './decompress.js';
import { badRequest, unsupportedMediaType } from './errors.js';
import { mediaType, rawBody, setUpReceiverScope, type ReceiverOptions } from './http.js';
import { countRejected, countStored } from './self-metrics.js';
import { appendOrReject, checkLabelLimits, Rejections, TimeWindow } from './validation.js';

/** The grouping labels of a push path: `job/<job>/<label>/<value>/…`. */
export function groupingLabels(job: string, rest: string): Record<string, string> {
  const parts = rest === '' ? [] : rest.split('/');
  if (parts.length % 2 !== 0) throw badRequest(`grouping key path must alternate label names and values; ${JSON.stringify(parts.at(-1))} has no value`);
  const pairs: [string, string][] = [['job', job]];
  for (let i = 0; i < parts.length; i += 2) pairs.push([parts[i]!, parts[i + 1]!]);
  const labels: Record<string, string> = {};
  for (const [rawName, rawValue] of pairs) {
    const base64 = rawName.endsWith('@base64');
    const name = base64 ? rawName.slice(0, -'@base64'.length) : rawName;
    const value = base64 ? Buffer.from(rawValue.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8') : decodeURIComponent(rawValue);
    if (!isValidLabelName(name) || name.startsWith('__')) throw badRequest(`invalid grouping label name ${JSON.stringify(name)}`);
    if (name in labels) throw badRequest(`grouping label ${JSON.stringify(name)} appears twice in the path`);
    if (name === 'job' && value === '') throw badRequest('job name must not be empty');
    labels[name] = value;
  }
  return labels;
}

export const pushPlugin: FastifyPluginCallback<ReceiverOptions> = (app, options, done) => {
  const limits = setUpReceiverScope(app, 'push', options, (reply, failure) => reply.type('text/plain; charset=utf-8').send(failure.message));

  type PushRequest = FastifyRequest<{ Params: { job: string; '*'?: string } }>;

  const ingestPush = async (request: PushRequest, nowMs: number): Promise<void> => {
    const grouping = groupingLabels(request.params.job, request.params['*'] ?? '');
    const contentType = request.headers['content-type'];
    const type = mediaType(contentType);
    // As the Pushgateway: anything but protobuf is text (curl --data-binary sends form-urlencoded).
    if (type === 'application/vnd.google.protobuf') {
      throw unsupportedMediaType(`unsupported Content-Type ${JSON.stringify(contentType)}: push takes the Prometheus text format or OpenMetrics, not protobuf`);
    }
    let body = rawBody(request);
    if (request.headers['content-encoding'] === 'gzip') body = await gunzip(body, limits.maxDecompressedBytes);
    const parser = createParser(body.toString('utf8'), contentType);
    const window = new TimeWindow(limits, nowMs);
    const rejections = new Rejections();
    const appender = options.store.appender();
    let stored = 0;
    try {
      while (parser.next()) {
        const sampleLabels = parser.labels();
        const labels: Record<string, string> = { ...sampleLabels };
        for (const [name, value] of Object.entries(grouping)) {
          if (sampleLabels[name] !== undefined && sampleLabels[name] !== value) {
            throw badRequest(`sample ${parser.metricName()} has label ${name}=${JSON.stringify(sampleLabels[name])}, which conflicts with the grouping key ${name}=${JSON.stringify(value)}`);
          }
          labels[name] = value;
        }
        const problem = checkLabelLimits(labels, limits) ?? window.check(parser.timestampMs ?? nowMs);
        if (problem) {
          rejections.add(problem.reason, 1, problem.message);
          continue;
        }
        if (appendOrReject(appender, labels, parser.timestampMs ?? nowMs, parser.value, rejections)) stored++;
      }
    } catch (err) {
      appender.rollback();
      if (err instanceof ParseError) throw badRequest(`invalid exposition: ${err.message}`, err);
      throw err;
    }
    if (rejections.total > 0) {
      appender.rollback();
      countRejected('push', rejections.byReason);
      throw badRequest(rejections.summary('samples'));
    }
    if (stored > 0) await appender.commit();
    else appender.rollback();
    countStored('push', stored);
  };

  for (const url of ['/api/v1/push/job/:job', '/api/v1/push/job/:job/*']) {
    app.route<{ Params: { job: string; '*'?: string } }>({
      method: ['POST', 'PUT'],
      url,
      handler: async (request, reply) => {
        await ingestPush(request, Date.now());
        return reply.code(200).send();
      },
    });
  }
  done();
};

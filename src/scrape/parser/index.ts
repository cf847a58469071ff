/**
 * Entry point: picks the parser from the response's Content-Type, as Prometheus does.
 * Quoted (UTF-8) metric and label names are out of scope and rejected with a clear message.
 */
import { SightlineError } from '../../util/errors.js';
import { OpenMetricsParser } from './openmetrics.js';
import { PrometheusTextParser } from './text.js';
import type { ExpositionParser, MetricMetadata, Sample } from './types.js';

export { ownedString } from './base.js';
export { formatOpenMetricsFloat } from './numbers.js';
export type { Exemplar, ExpositionParser, MetricMetadata, MetricType, Sample } from './types.js';
export { ParseError } from './types.js';

export type ExpositionFormat = 'openmetrics' | 'prometheus-text';

/**
 * The format a Content-Type announces. OpenMetrics by media type (any version); everything else,
 * including a missing header, is read as the text format, which is what Prometheus 2 did and what
 * Prometheus 3's `fallback_scrape_protocol: PrometheusText0.0.4` does. Protobuf is not supported.
 */
export function formatForContentType(contentType: string | undefined): ExpositionFormat {
  const mediaType = (contentType ?? '').split(';', 1)[0]!.trim().toLowerCase();
  if (mediaType === 'application/openmetrics-text') return 'openmetrics';
  if (mediaType === 'application/vnd.google.protobuf') {
    throw new SightlineError('unsupported_exposition_format', `unsupported exposition format ${JSON.stringify(contentType)} (protobuf)`);
  }
  return 'prometheus-text';
}

export function createParser(body: string, contentType: string | undefined): ExpositionParser {
  return formatForContentType(contentType) === 'openmetrics' ? new OpenMetricsParser(body) : new PrometheusTextParser(body);
}

export interface ParsedExposition {
  samples: Sample[];
  metadata: ReadonlyMap<string, MetricMetadata>;
}

/** Parses a whole page into plain objects: for tests, tools and cold paths (scrape loops pull). */
export function parseExposition(body: string, contentType: string | undefined): ParsedExposition {
  const parser = createParser(body, contentType);
  const samples: Sample[] = [];
  while (parser.next()) {
    const sample: Sample = { name: parser.metricName(), labels: parser.labels(), value: parser.value };
    if (parser.timestampMs !== undefined) sample.timestampMs = parser.timestampMs;
    if (parser.exemplar !== undefined) sample.exemplar = parser.exemplar;
    samples.push(sample);
  }
  return { samples, metadata: parser.metadata };
}

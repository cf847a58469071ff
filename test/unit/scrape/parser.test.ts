import { describe, expect, it } from 'vitest';
import { createParser, formatForContentType, formatOpenMetricsFloat, ownedString, parseExposition, ParseError } from '../../../src/scrape/parser/index.js';
import type { Sample } from '../../../src/scrape/parser/index.js';

const TEXT = 'text/plain; version=0.0.4; charset=utf-8';
const OM = 'application/openmetrics-text; version=1.0.0; charset=utf-8';

/** Samples in a compact form: `name{labels} value [@ts] [# exemplar]`. */
function compact(samples: Sample[]): string[] {
  return samples.map((s) => {
    const { __name__: _name, ...rest } = s.labels;
    const labels = Object.entries(rest).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
    let out = `${s.name}${labels.length ? `{${labels.join(',')}}` : ''} ${Object.is(s.value, -0) ? '-0' : String(s.value)}`;
    if (s.timestampMs !== undefined) out += ` @${s.timestampMs}`;
    if (s.exemplar) out += ` # ${JSON.stringify(s.exemplar.labels)} ${s.exemplar.value}${s.exemplar.timestampMs === undefined ? '' : ` @${s.exemplar.timestampMs}`}`;
    return out;
  });
}

function parseError(body: string, contentType: string): ParseError {
  try {
    parseExposition(body, contentType);
  } catch (err) {
    expect(err).toBeInstanceOf(ParseError);
    return err as ParseError;
  }
  throw new Error(`expected a ParseError for ${JSON.stringify(body)}`);
}

describe('content type negotiation', () => {
  it.each([
    ['application/openmetrics-text; version=1.0.0; charset=utf-8', 'openmetrics'],
    ['application/openmetrics-text;version=0.0.1', 'openmetrics'],
    ['Application/OpenMetrics-Text', 'openmetrics'],
    ['text/plain; version=0.0.4; charset=utf-8', 'prometheus-text'],
    ['text/plain', 'prometheus-text'],
    [undefined, 'prometheus-text'],
    ['', 'prometheus-text'],
    ['application/json', 'prometheus-text'],
  ])('%s → %s', (contentType, format) => {
    expect(formatForContentType(contentType)).toBe(format);
  });

  it('rejects protobuf, which it does not speak', () => {
    expect(() => formatForContentType('application/vnd.google.protobuf; proto=io.prometheus.client.MetricFamily; encoding=delimited')).toThrow(/protobuf/);
  });
});

describe('Prometheus text format 0.0.4: valid input', () => {
  it.each<[string, string, string[]]>([
    ['bare sample', 'up 1\n', ['up 1']],
    ['labels and timestamp', 'http_requests_total{method="post",code="200"} 1027 1395066363000\n', ['http_requests_total{method="post",code="200"} 1027 @1395066363000']],
    ['escapes in label values', 'msdos_file_access_time_seconds{path="C:\\\\DIR\\\\FILE.TXT",error="Cannot find file:\\n\\"FILE.TXT\\""} 1.458255915e9\n', ['msdos_file_access_time_seconds{path="C:\\\\DIR\\\\FILE.TXT",error="Cannot find file:\\n\\"FILE.TXT\\""} 1458255915']],
    ['unknown escapes are kept', 'a{b="x\\ty"} 1\n', ['a{b="x\\\\ty"} 1']],
    ['special values', 'a NaN\nb +Inf\nc -Inf\nd -0\ne 1e-3\nf .5\ng 1.\nh +3\ni inf\nj Infinity\n', ['a NaN', 'b Infinity', 'c -Infinity', 'd -0', 'e 0.001', 'f 0.5', 'g 1', 'h 3', 'i Infinity', 'j Infinity']],
    ['blank lines, comments, leading and trailing blanks', '\n# a comment\n#no space comment\n  \t metric_without_timestamp_and_labels 12.47  \n\n', ['metric_without_timestamp_and_labels 12.47']],
    ['blanks inside the label set', 'a { b = "1" , c="2" , } 3\n', ['a{b="1",c="2"} 3']],
    ['blank before the first label or after a comma', 'a{ b="1",\tc="2"} 3\n', ['a{b="1",c="2"} 3']],
    ['blank before the value quote or the comma', 'a{b= "1" ,c="2"} 3\n', ['a{b="1",c="2"} 3']],
    ['no blank between label set and value', 'a{b="1"}3\n', ['a{b="1"} 3']],
    ['missing comma between labels (Prometheus accepts it)', 'a{b="1" c="2"} 3\n', ['a{b="1",c="2"} 3']],
    ['empty label set and trailing comma', 'a{} 1\nb{c="d",} 2\n', ['a 1', 'b{c="d"} 2']],
    ['colons in metric names', 'job:request_rate:5m 4\n', ['job:request_rate:5m 4']],
    ['no final newline', 'a 1\nb 2', ['a 1', 'b 2']],
    ['raw line break inside a label value', 'a{b="x\ny"} 1\n', ['a{b="x\\ny"} 1']],
    ['label values with braces, commas and hashes', 'a{b="}{,#= "} 1\n', ['a{b="}{,#= "} 1']],
    ['utf-8 label values', 'a{b="grüße ✓ 😀"} 1\n', ['a{b="grüße ✓ 😀"} 1']],
    ['integer bigger than 2^53', 'a 18446744073709551615\n', ['a 18446744073709552000']],
  ])('%s', (_name, body, want) => {
    expect(compact(parseExposition(body, TEXT).samples)).toEqual(want);
  });

  it('collects metadata per family, with HELP escapes (only \\\\ and \\n)', () => {
    const { metadata } = parseExposition(
      '# HELP http_requests_total The total number of HTTP requests.\n# TYPE http_requests_total counter\n# HELP odd Back\\\\slash, line\\nbreak, \\"kept\\"\n# TYPE u untyped\n# HELP empty\n',
      TEXT,
    );
    expect(Object.fromEntries(metadata)).toEqual({
      http_requests_total: { type: 'counter', help: 'The total number of HTTP requests.', unit: '' },
      odd: { type: 'unknown', help: 'Back\\slash, line\nbreak, \\"kept\\"', unit: '' },
      u: { type: 'unknown', help: '', unit: '' },
      empty: { type: 'unknown', help: '', unit: '' },
    });
  });

  it('attaches the family type and normalizes le/quantile as Prometheus does', () => {
    const body = [
      '# TYPE rpc_duration_seconds summary',
      'rpc_duration_seconds{quantile="0.5"} 4773',
      'rpc_duration_seconds_sum 1.7560473e+07',
      '# TYPE http_request_duration_seconds histogram',
      'http_request_duration_seconds_bucket{le="1"} 133988',
      'http_request_duration_seconds_bucket{le="0.00001"} 1',
      'http_request_duration_seconds_bucket{le="1e21"} 1',
      'http_request_duration_seconds_bucket{le="+Inf"} 144320',
      'http_request_duration_seconds_count 144320',
      'other_bucket{le="1"} 2',
      '',
    ].join('\n');
    const p = createParser(body, TEXT);
    const seen: string[] = [];
    while (p.next()) seen.push(`${p.metricName()} ${p.familyName()} ${p.metricType()} ${p.labels().le ?? p.labels().quantile ?? ''}`);
    expect(seen).toEqual([
      'rpc_duration_seconds rpc_duration_seconds summary 0.5',
      'rpc_duration_seconds_sum rpc_duration_seconds summary ',
      'http_request_duration_seconds_bucket http_request_duration_seconds histogram 1.0',
      'http_request_duration_seconds_bucket http_request_duration_seconds histogram 1e-05',
      'http_request_duration_seconds_bucket http_request_duration_seconds histogram 1e+21',
      'http_request_duration_seconds_bucket http_request_duration_seconds histogram +Inf',
      'http_request_duration_seconds_count http_request_duration_seconds histogram ',
      // Not part of the typed family: untyped, and its le is left as written.
      'other_bucket other_bucket unknown 1',
    ]);
  });
});

describe('Prometheus text format 0.0.4: invalid input', () => {
  it.each<[string, string, number, number, RegExp]>([
    ['missing value', 'a\n', 1, 2, /expected a blank or "\{"/],
    ['missing value after labels', 'a{b="c"}\n', 1, 9, /expected sample value, found end of line/],
    ['bad value', 'a 1x\n', 1, 3, /invalid sample value "1x"/],
    ['hex value', 'a 0x1F\n', 1, 3, /invalid sample value/],
    ['underscore value', 'a 1_000\n', 1, 3, /invalid sample value/],
    ['signed NaN', 'a -NaN\n', 1, 3, /invalid sample value/],
    ['value out of range', 'a 1e400\n', 1, 3, /invalid sample value/],
    ['bad timestamp', 'a 1 12.5\n', 1, 5, /invalid timestamp "12.5"/],
    ['negative timestamp', 'a 1 -5\n', 1, 5, /invalid timestamp/],
    ['text after timestamp', 'a 1 2 3\n', 1, 7, /expected end of line after the timestamp/],
    ['unterminated label value', 'ok 1\na{b="c} 1\n', 2, 5, /unterminated value for label "b"/],
    ['missing =', 'a{b"c"} 1\n', 1, 4, /expected "=" after label name "b"/],
    ['unquoted label value', 'a{b=c} 1\n', 1, 5, /expected a quoted value for label "b"/],
    ['invalid label name', 'a{1b="c"} 1\n', 1, 3, /expected a label name or "\}"/],
    ['label name with colon', 'a{b:c="d"} 1\n', 1, 4, /expected "=" after label name "b"/],
    ['duplicate label names', 'a{b="1",b="2"} 1\n', 1, 9, /duplicate label name "b"/],
    ['__name__ as a label', 'a{__name__="b"} 1\n', 1, 3, /duplicate label name "__name__"/],
    ['quoted metric name', '{"my.metric"} 1\n', 1, 1, /quoted \(UTF-8\) metric names are not supported/],
    ['quoted label name', 'a{"b.c"="d"} 1\n', 1, 3, /quoted \(UTF-8\) label or metric names are not supported/],
    ['invalid metric name', '1a 1\n', 1, 1, /expected a metric name, a comment or a blank line/],
    ['invalid type', '# TYPE a counter \n', 1, 10, /invalid metric type "counter "/],
    ['unknown type', '# TYPE a gaugehistogram\n', 1, 10, /invalid metric type "gaugehistogram"/],
    ['TYPE without name', '# TYPE\t\n', 1, 8, /expected a metric name after # TYPE/],
    ['CRLF line endings', 'a 1\r\n', 1, 3, /invalid sample value "1\\r"/],
    ['exemplars are OpenMetrics only', 'a 1 # {t="1"} 1\n', 1, 5, /invalid timestamp "#"/],
  ])('%s', (_name, body, line, column, message) => {
    const err = parseError(body, TEXT);
    expect(err.message).toMatch(message);
    expect([err.line, err.column]).toEqual([line, column]);
    expect(err.message).toMatch(new RegExp(`^line ${line}, column ${column}: `));
  });
});

describe('OpenMetrics 1.0: valid input', () => {
  it('parses the spec-style example with all types, units, exemplars and timestamps', () => {
    const body = [
      '# TYPE acme_http_router_request_seconds summary',
      '# UNIT acme_http_router_request_seconds seconds',
      '# HELP acme_http_router_request_seconds Latency though all of ACME\'s HTTP request router.',
      'acme_http_router_request_seconds_sum{path="/api/v1",method="GET"} 9036.32',
      'acme_http_router_request_seconds_count{path="/api/v1",method="GET"} 807283.0',
      'acme_http_router_request_seconds_created{path="/api/v1",method="GET"} 1605281325.0',
      '# TYPE go_goroutines gauge',
      'go_goroutines 69',
      '# TYPE process_cpu_seconds counter',
      '# UNIT process_cpu_seconds seconds',
      'process_cpu_seconds_total 4.20072246e+06 1605281325.123',
      '# TYPE foo histogram',
      'foo_bucket{le="0.0"} 0',
      'foo_bucket{le="1e-05"} 0',
      'foo_bucket{le="0.1"} 8 # {trace_id="KOO5S4vxi0o"} 0.067 1605281325.5',
      'foo_bucket{le="+Inf"} 17 # {} 1e2',
      'foo_count 17',
      'foo_sum 324789.3',
      'foo_created 1520430000.123',
      '# TYPE gh gaugehistogram',
      'gh_bucket{le="+Inf"} 2',
      'gh_gcount 2',
      'gh_gsum 3',
      '# TYPE build info',
      'build_info{version="1.2.3"} 1',
      '# TYPE feature stateset',
      'feature{feature="a"} 1',
      'feature{feature="b"} 0',
      '# TYPE thing unknown',
      'thing NaN',
      'untyped_without_metadata{a="b",} -Inf',
      '# EOF',
      '',
    ].join('\n');
    const { samples, metadata } = parseExposition(body, OM);
    expect(compact(samples)).toEqual([
      'acme_http_router_request_seconds_sum{path="/api/v1",method="GET"} 9036.32',
      'acme_http_router_request_seconds_count{path="/api/v1",method="GET"} 807283',
      'acme_http_router_request_seconds_created{path="/api/v1",method="GET"} 1605281325',
      'go_goroutines 69',
      'process_cpu_seconds_total 4200722.46 @1605281325123',
      'foo_bucket{le="0.0"} 0',
      'foo_bucket{le="1e-05"} 0',
      'foo_bucket{le="0.1"} 8 # {"trace_id":"KOO5S4vxi0o"} 0.067 @1605281325500',
      'foo_bucket{le="+Inf"} 17 # {} 100',
      'foo_count 17',
      'foo_sum 324789.3',
      'foo_created 1520430000.123',
      'gh_bucket{le="+Inf"} 2',
      'gh_gcount 2',
      'gh_gsum 3',
      'build_info{version="1.2.3"} 1',
      'feature{feature="a"} 1',
      'feature{feature="b"} 0',
      'thing NaN',
      'untyped_without_metadata{a="b"} -Infinity',
    ]);
    expect(metadata.get('acme_http_router_request_seconds')).toEqual({
      type: 'summary',
      unit: 'seconds',
      help: "Latency though all of ACME's HTTP request router.",
    });
    expect([...metadata.keys()]).toEqual(['acme_http_router_request_seconds', 'go_goroutines', 'process_cpu_seconds', 'foo', 'gh', 'build', 'feature', 'thing']);
    expect(metadata.get('build')?.type).toBe('info');
  });

  it('reports the family and type of each sample', () => {
    const p = createParser('# TYPE a counter\na_total 1\na_created 2\nb_total 3\n# EOF\n', OM);
    const seen: string[] = [];
    while (p.next()) seen.push(`${p.metricName()}:${p.familyName()}:${p.metricType()}`);
    expect(seen).toEqual(['a_total:a:counter', 'a_created:a:counter', 'b_total:b_total:unknown']);
  });

  it.each([
    ['# EOF without final newline', 'a 1\n# EOF'],
    ['empty page', '# EOF\n'],
    ['HELP escapes', '# HELP a x\\\\y\\n\\"z\\"\n# EOF\n'],
    ['negative and fractional timestamps', 'a 1 -1.5\nb 1 1e3\n# EOF\n'],
  ])('accepts %s', (_name, body) => {
    expect(() => parseExposition(body, OM)).not.toThrow();
  });

  it('converts timestamps from seconds like Prometheus (int64(ts*1000), truncating)', () => {
    expect(compact(parseExposition('a 1 -1.5\nb 1 1520879607.789\n# EOF\n', OM).samples)).toEqual(['a 1 @-1500', `b 1 @${Math.trunc(1520879607.789 * 1000)}`]);
  });
});

describe('OpenMetrics 1.0: invalid input', () => {
  it.each<[string, string, number, number, RegExp]>([
    ['missing # EOF', 'a 1\n', 2, 1, /requires a final "# EOF"/],
    ['missing newline before end', 'a 1', 1, 4, /requires a final "# EOF"/],
    ['data after # EOF', 'a 1\n# EOF\nb 1\n', 3, 1, /unexpected data after "# EOF"/],
    ['blank line after # EOF', '# EOF\n\n', 2, 1, /unexpected data after "# EOF"/],
    ['text after EOF keyword', '# EOFX\n', 1, 6, /unexpected data after "# EOF"/],
    ['empty line', 'a 1\n\nb 1\n# EOF\n', 2, 1, /empty line/],
    ['free-form comment', '# hello\n# EOF\n', 1, 3, /HELP, TYPE, UNIT or EOF/],
    ['comment without space', '#TYPE a gauge\n# EOF\n', 1, 2, /a space after "#"/],
    ['two spaces before value', 'a  1\n# EOF\n', 1, 3, /expected sample value/],
    ['space inside label set', 'a{b="c", d="e"} 1\n# EOF\n', 1, 9, /expected a label name/],
    ['missing comma', 'a{b="c"d="e"} 1\n# EOF\n', 1, 8, /expected "," or "\}"/],
    ['raw line break in label value', 'a{b="c\nd"} 1\n# EOF\n', 1, 7, /line break inside the value of label "b"/],
    ['trailing space', 'a 1 \n# EOF\n', 1, 5, /expected timestamp/],
    ['NaN timestamp', 'a 1 NaN\n# EOF\n', 1, 5, /invalid timestamp "NaN"/],
    ['bad exemplar', 'a_total 1 # trace 1\n# EOF\n', 1, 11, /a timestamp or an exemplar/],
    ['exemplar without value', 'a_total 1 # {t="1"}\n# EOF\n', 1, 20, /a space before the exemplar value/],
    ['unknown type', '# TYPE a untyped\n# EOF\n', 1, 10, /invalid metric type "untyped"/],
    ['unit not a suffix', '# TYPE a_bytes gauge\n# UNIT a_bytes seconds\n# EOF\n', 2, 16, /unit "seconds" is not a suffix of metric name "a_bytes"/],
    ['HELP without text separator', '# HELP a\n# EOF\n', 1, 9, /a space after the metric name/],
    ['duplicate TYPE', '# TYPE a gauge\n# TYPE a gauge\n# EOF\n', 2, 1, /second # TYPE line for "a"/],
    ['metadata after samples', '# TYPE a gauge\na 1\n# HELP a late\n# EOF\n', 3, 1, /# HELP for "a" after its samples/],
    ['interleaved families', '# TYPE a gauge\na 1\n# TYPE b gauge\nb 1\na 2\n# EOF\n', 5, 1, /metric family "a" appears again/],
    ['interleaved by suffix', '# TYPE h histogram\nh_bucket{le="+Inf"} 1\n# TYPE g gauge\ng 1\nh_count 1\n# EOF\n', 5, 1, /metric family "h" appears again/],
    ['repeated metadata for a family', '# TYPE a gauge\na 1\n# TYPE b gauge\n# TYPE a gauge\n# EOF\n', 4, 1, /metric family "a" appears again/],
    ['sample name not valid for the type', '# TYPE c counter\nc 1\n# EOF\n', 2, 1, /sample "c" does not fit counter family "c" \(expected c_total, c_created\)/],
    ['duplicate label names', 'a{b="1",b="2"} 1\n# EOF\n', 1, 9, /duplicate label name "b"/],
    ['quoted metric name', '{"a.b"} 1\n# EOF\n', 1, 1, /quoted \(UTF-8\) metric names/],
  ])('%s', (_name, body, line, column, message) => {
    const err = parseError(body, OM);
    expect(err.message).toMatch(message);
    expect([err.line, err.column]).toEqual([line, column]);
  });
});

describe('scrape-cache support', () => {
  it('series() is the raw series text: equal text means equal labels', () => {
    const p = createParser('a{b="1"} 1\na{b="1"} 2 1000\na {b="1"} 3\n', TEXT);
    const keys: string[] = [];
    while (p.next()) keys.push(p.series());
    expect(keys).toEqual(['a{b="1"}', 'a{b="1"}', 'a {b="1"}']);
  });

  it('does not need labels() to validate a line, and labels() can be skipped', () => {
    const p = createParser('a{b="1"} 1\na{b="1"} 2\n', TEXT);
    let n = 0;
    while (p.next()) n += p.value;
    expect(n).toBe(3);
  });

  /** Every sample as the accessors give it, passing each line's guess to next(). */
  function readWithGuesses(body: string, contentType: string, guesses: readonly (string | undefined)[]) {
    const p = createParser(body, contentType);
    const out: { matched: boolean; series: string; name: string; family: string; labels: Record<string, string>; value: number; ts: number | undefined }[] = [];
    while (p.next(guesses[out.length])) {
      out.push({ matched: p.matched, series: p.series(), name: p.metricName(), family: p.familyName(), labels: { ...p.labels() }, value: p.value, ts: p.timestampMs });
    }
    return out;
  }

  it('next(expected) matches a guessed series without scanning it; every accessor still answers', () => {
    const body = '# TYPE h histogram\nh_bucket{le="1"} 1 1000\nh_count 2\na {b="1"} 3\n';
    const plain = readWithGuesses(body, TEXT, []);
    const guessed = readWithGuesses(body, TEXT, ['h_bucket{le="1"}', 'h_count', 'a {b="1"}']);
    expect(guessed.map((s) => s.matched)).toEqual([true, true, true]);
    expect(guessed.map(({ matched: _, ...rest }) => rest)).toEqual(plain.map(({ matched: _, ...rest }) => rest));
    expect(guessed[0]).toMatchObject({ family: 'h', labels: { __name__: 'h_bucket', le: '1.0' }, ts: 1000 });
  });

  it('next(expected) falls back to a scan when the guess is wrong or only a prefix', () => {
    // A bare-name guess must not match the same name followed by a label set, nor a longer name.
    const body = 'a {b="1"} 1\nab 2\na{b="2"} 3\na{b="1"} 4\n';
    const guessed = readWithGuesses(body, TEXT, ['a', 'a', 'a{b="1"}', 'a{b="1"} ']);
    expect(guessed.map((s) => s.matched)).toEqual([false, false, false, false]);
    expect(guessed.map((s) => s.series)).toEqual(['a {b="1"}', 'ab', 'a{b="2"}', 'a{b="1"}']);
    expect(readWithGuesses('a{b="1"} 1\n# EOF\n', OM, ['a{b="1"}'])[0]!.matched).toBe(true);
  });

  it('a matched series still has the rest of its line checked', () => {
    for (const [body, type] of [
      ['a{b="1"} x\n', TEXT],
      ['a{b="1"} 1 2 3\n', TEXT],
      ['a{b="1"}  1\n# EOF\n', OM],
      ['a{b="1"}\t1\n# EOF\n', OM],
    ] as const) {
      const p = createParser(body, type);
      expect(() => p.next('a{b="1"}'), body).toThrow(ParseError);
    }
  });

  it('ownedString copies a slice', () => {
    const page = 'x'.repeat(50);
    expect(ownedString(page.slice(1, 30))).toBe('x'.repeat(29));
    expect(ownedString('short')).toBe('short');
  });

  it('labels are plain objects that can hold any valid label name, including __proto__', () => {
    const { samples } = parseExposition('a{__proto__="x",constructor="y",toString="z"} 1\n', TEXT);
    const labels = samples[0]!.labels;
    expect(Object.keys(labels)).toEqual(['__name__', '__proto__', 'constructor', 'toString']);
    expect(Object.getPrototypeOf(labels)).toBe(Object.prototype);
    expect(labels.constructor).toBe('y');
  });
});

describe('formatOpenMetricsFloat (Go strconv %g semantics)', () => {
  it.each([
    [1, '1.0'],
    [0, '0.0'],
    [-1, '-1.0'],
    [0.5, '0.5'],
    [0.0001, '0.0001'],
    [0.00001, '1e-05'],
    [1.5e-7, '1.5e-07'],
    [123456789, '123456789.0'],
    [1e20, '100000000000000000000.0'],
    [1e21, '1e+21'],
    [2.5e100, '2.5e+100'],
    [Infinity, '+Inf'],
    [-Infinity, '-Inf'],
    [NaN, 'NaN'],
  ])('%d → %s', (f, want) => {
    expect(formatOpenMetricsFloat(f)).toBe(want);
  });
});

import * as $protobuf from "protobufjs";
import Long = require("long");
export namespace opentelemetry {

    namespace proto {

        namespace collector {

            namespace metrics {

                namespace v1 {

                    interface IExportMetricsServiceRequest {
                        resourceMetrics?: (opentelemetry.proto.metrics.v1.IResourceMetrics[]|null);
                    }

                    class ExportMetricsServiceRequest implements IExportMetricsServiceRequest {
                        constructor(properties?: opentelemetry.proto.collector.metrics.v1.IExportMetricsServiceRequest);
                        public resourceMetrics: opentelemetry.proto.metrics.v1.IResourceMetrics[];
                        public static create(properties?: opentelemetry.proto.collector.metrics.v1.IExportMetricsServiceRequest): opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
                        public static encode(message: opentelemetry.proto.collector.metrics.v1.IExportMetricsServiceRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
                        public static fromObject(object: { [k: string]: any }): opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
                        public static toObject(message: opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                        public toJSON(): { [k: string]: any };
                        public static getTypeUrl(typeUrlPrefix?: string): string;
                    }

                    interface IExportMetricsServiceResponse {
                        partialSuccess?: (opentelemetry.proto.collector.metrics.v1.IExportMetricsPartialSuccess|null);
                    }

                    class ExportMetricsServiceResponse implements IExportMetricsServiceResponse {
                        constructor(properties?: opentelemetry.proto.collector.metrics.v1.IExportMetricsServiceResponse);
                        public partialSuccess?: (opentelemetry.proto.collector.metrics.v1.IExportMetricsPartialSuccess|null);
                        public static create(properties?: opentelemetry.proto.collector.metrics.v1.IExportMetricsServiceResponse): opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse;
                        public static encode(message: opentelemetry.proto.collector.metrics.v1.IExportMetricsServiceResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse;
                        public static fromObject(object: { [k: string]: any }): opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse;
                        public static toObject(message: opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                        public toJSON(): { [k: string]: any };
                        public static getTypeUrl(typeUrlPrefix?: string): string;
                    }

                    interface IExportMetricsPartialSuccess {
                        rejectedDataPoints?: (number|Long|null);
                        errorMessage?: (string|null);
                    }

                    class ExportMetricsPartialSuccess implements IExportMetricsPartialSuccess {
                        constructor(properties?: opentelemetry.proto.collector.metrics.v1.IExportMetricsPartialSuccess);
                        public rejectedDataPoints: (number|Long);
                        public errorMessage: string;
                        public static create(properties?: opentelemetry.proto.collector.metrics.v1.IExportMetricsPartialSuccess): opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess;
                        public static encode(message: opentelemetry.proto.collector.metrics.v1.IExportMetricsPartialSuccess, writer?: $protobuf.Writer): $protobuf.Writer;
                        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess;
                        public static fromObject(object: { [k: string]: any }): opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess;
                        public static toObject(message: opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess, options?: $protobuf.IConversionOptions): { [k: string]: any };
                        public toJSON(): { [k: string]: any };
                        public static getTypeUrl(typeUrlPrefix?: string): string;
                    }
                }
            }
        }

        namespace metrics {

            namespace v1 {

                interface IMetricsData {
                    resourceMetrics?: (opentelemetry.proto.metrics.v1.IResourceMetrics[]|null);
                }

                class MetricsData implements IMetricsData {
                    constructor(properties?: opentelemetry.proto.metrics.v1.IMetricsData);
                    public resourceMetrics: opentelemetry.proto.metrics.v1.IResourceMetrics[];
                    public static create(properties?: opentelemetry.proto.metrics.v1.IMetricsData): opentelemetry.proto.metrics.v1.MetricsData;
                    public static encode(message: opentelemetry.proto.metrics.v1.IMetricsData, writer?: $protobuf.Writer): $protobuf.Writer;
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.metrics.v1.MetricsData;
                    public static fromObject(object: { [k: string]: any }): opentelemetry.proto.metrics.v1.MetricsData;
                    public static toObject(message: opentelemetry.proto.metrics.v1.MetricsData, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    public toJSON(): { [k: string]: any };
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                interface IResourceMetrics {
                    resource?: (opentelemetry.proto.resource.v1.IResource|null);
                    scopeMetrics?: (opentelemetry.proto.metrics.v1.IScopeMetrics[]|null);
                    instrumentationLibraryMetrics?: (opentelemetry.proto.metrics.v1.IInstrumentationLibraryMetrics[]|null);
                    schemaUrl?: (string|null);
                }

                class ResourceMetrics implements IResourceMetrics {
                    constructor(properties?: opentelemetry.proto.metrics.v1.IResourceMetrics);
                    public resource?: (opentelemetry.proto.resource.v1.IResource|null);
                    public scopeMetrics: opentelemetry.proto.metrics.v1.IScopeMetrics[];
                    public instrumentationLibraryMetrics: opentelemetry.proto.metrics.v1.IInstrumentationLibraryMetrics[];
                    public schemaUrl: string;
                    public static create(properties?: opentelemetry.proto.metrics.v1.IResourceMetrics): opentelemetry.proto.metrics.v1.ResourceMetrics;
                    public static encode(message: opentelemetry.proto.metrics.v1.IResourceMetrics, writer?: $protobuf.Writer): $protobuf.Writer;
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.metrics.v1.ResourceMetrics;
                    public static fromObject(object: { [k: string]: any }): opentelemetry.proto.metrics.v1.ResourceMetrics;
                    public static toObject(message: opentelemetry.proto.metrics.v1.ResourceMetrics, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    public toJSON(): { [k: string]: any };
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                interface IScopeMetrics {
                    scope?: (opentelemetry.proto.common.v1.IInstrumentationScope|null);
                    metrics?: (opentelemetry.proto.metrics.v1.IMetric[]|null);
                    schemaUrl?: (string|null);
                }

                class ScopeMetrics implements IScopeMetrics {
                    constructor(properties?: opentelemetry.proto.metrics.v1.IScopeMetrics);
                    public scope?: (opentelemetry.proto.common.v1.IInstrumentationScope|null);
                    public metrics: opentelemetry.proto.metrics.v1.IMetric[];
                    public schemaUrl: string;
                    public static create(properties?: opentelemetry.proto.metrics.v1.IScopeMetrics): opentelemetry.proto.metrics.v1.ScopeMetrics;
                    public static encode(message: opentelemetry.proto.metrics.v1.IScopeMetrics, writer?: $protobuf.Writer): $protobuf.Writer;
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.metrics.v1.ScopeMetrics;
                    public static fromObject(object: { [k: string]: any }): opentelemetry.proto.metrics.v1.ScopeMetrics;
                    public static toObject(message: opentelemetry.proto.metrics.v1.ScopeMetrics, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    public toJSON(): { [k: string]: any };
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                interface IInstrumentationLibraryMetrics {
                    instrumentationLibrary?: (opentelemetry.proto.common.v1.IInstrumentationLibrary|null);
                    metrics?: (opentelemetry.proto.metrics.v1.IMetric[]|null);
                    schemaUrl?: (string|null);
                }

                class InstrumentationLibraryMetrics implements IInstrumentationLibraryMetrics {
                    constructor(properties?: opentelemetry.proto.metrics.v1.IInstrumentationLibraryMetrics);
                    public instrumentationLibrary?: (opentelemetry.proto.common.v1.IInstrumentationLibrary|null);
                    public metrics: opentelemetry.proto.metrics.v1.IMetric[];
                    public schemaUrl: string;
                    public static create(properties?: opentelemetry.proto.metrics.v1.IInstrumentationLibraryMetrics): opentelemetry.proto.metrics.v1.InstrumentationLibraryMetrics;
                    public static encode(message: opentelemetry.proto.metrics.v1.IInstrumentationLibraryMetrics, writer?: $protobuf.Writer): $protobuf.Writer;
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.metrics.v1.InstrumentationLibraryMetrics;
                    public static fromObject(object: { [k: string]: any }): opentelemetry.proto.metrics.v1.InstrumentationLibraryMetrics;
                    public static toObject(message: opentelemetry.proto.metrics.v1.InstrumentationLibraryMetrics, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    public toJSON(): { [k: string]: any };
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                interface IMetric {
                    name?: (string|null);
                    description?: (string|null);
                    unit?: (string|null);
                    gauge?: (opentelemetry.proto.metrics.v1.IGauge|null);
                    sum?: (opentelemetry.proto.metrics.v1.ISum|null);
                    histogram?: (opentelemetry.proto.metrics.v1.IHistogram|null);
                    exponentialHistogram?: (opentelemetry.proto.metrics.v1.IExponentialHistogram|null);
                    summary?: (opentelemetry.proto.metrics.v1.ISummary|null);
                }

                class Metric implements IMetric {
                    constructor(properties?: opentelemetry.proto.metrics.v1.IMetric);
                    public name: string;
                    public description: string;
                    public unit: string;
                    public gauge?: (opentelemetry.proto.metrics.v1.IGauge|null);
                    public sum?: (opentelemetry.proto.metrics.v1.ISum|null);
                    public histogram?: (opentelemetry.proto.metrics.v1.IHistogram|null);
                    public exponentialHistogram?: (opentelemetry.proto.metrics.v1.IExponentialHistogram|null);
                    public summary?: (opentelemetry.proto.metrics.v1.ISummary|null);
                    public data?: ("gauge"|"sum"|"histogram"|"exponentialHistogram"|"summary");
                    public static create(properties?: opentelemetry.proto.metrics.v1.IMetric): opentelemetry.proto.metrics.v1.Metric;
                    public static encode(message: opentelemetry.proto.metrics.v1.IMetric, writer?: $protobuf.Writer): $protobuf.Writer;
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.metrics.v1.Metric;
                    public static fromObject(object: { [k: string]: any }): opentelemetry.proto.metrics.v1.Metric;
                    public static toObject(message: opentelemetry.proto.metrics.v1.Metric, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    public toJSON(): { [k: string]: any };
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                interface IGauge {
                    dataPoints?: (opentelemetry.proto.metrics.v1.INumberDataPoint[]|null);
                }

                class Gauge implements IGauge {
                    constructor(properties?: opentelemetry.proto.metrics.v1.IGauge);
                    public dataPoints: opentelemetry.proto.metrics.v1.INumberDataPoint[];
                    public static create(properties?: opentelemetry.proto.metrics.v1.IGauge): opentelemetry.proto.metrics.v1.Gauge;
                    public static encode(message: opentelemetry.proto.metrics.v1.IGauge, writer?: $protobuf.Writer): $protobuf.Writer;
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.metrics.v1.Gauge;
                    public static fromObject(object: { [k: string]: any }): opentelemetry.proto.metrics.v1.Gauge;
                    public static toObject(message: opentelemetry.proto.metrics.v1.Gauge, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    public toJSON(): { [k: string]: any };
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                interface ISum {
                    dataPoints?: (opentelemetry.proto.metrics.v1.INumberDataPoint[]|null);
                    aggregationTemporality?: (opentelemetry.proto.metrics.v1.AggregationTemporality|null);
                    isMonotonic?: (boolean|null);
                }

                class Sum implements ISum {
                    constructor(properties?: opentelemetry.proto.metrics.v1.ISum);
                    public dataPoints: opentelemetry.proto.metrics.v1.INumberDataPoint[];
                    public aggregationTemporality: opentelemetry.proto.metrics.v1.AggregationTemporality;
                    public isMonotonic: boolean;
                    public static create(properties?: opentelemetry.proto.metrics.v1.ISum): opentelemetry.proto.metrics.v1.Sum;
                    public static encode(message: opentelemetry.proto.metrics.v1.ISum, writer?: $protobuf.Writer): $protobuf.Writer;
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.metrics.v1.Sum;
                    public static fromObject(object: { [k: string]: any }): opentelemetry.proto.metrics.v1.Sum;
                    public static toObject(message: opentelemetry.proto.metrics.v1.Sum, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    public toJSON(): { [k: string]: any };
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                interface IHistogram {
                    dataPoints?: (opentelemetry.proto.metrics.v1.IHistogramDataPoint[]|null);
                    aggregationTemporality?: (opentelemetry.proto.metrics.v1.AggregationTemporality|null);
                }

                class Histogram implements IHistogram {
                    constructor(properties?: opentelemetry.proto.metrics.v1.IHistogram);
                    public dataPoints: opentelemetry.proto.metrics.v1.IHistogramDataPoint[];
                    public aggregationTemporality: opentelemetry.proto.metrics.v1.AggregationTemporality;
                    public static create(properties?: opentelemetry.proto.metrics.v1.IHistogram): opentelemetry.proto.metrics.v1.Histogram;
                    public static encode(message: opentelemetry.proto.metrics.v1.IHistogram, writer?: $protobuf.Writer): $protobuf.Writer;
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.metrics.v1.Histogram;
                    public static fromObject(object: { [k: string]: any }): opentelemetry.proto.metrics.v1.Histogram;
                    public static toObject(message: opentelemetry.proto.metrics.v1.Histogram, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    public toJSON(): { [k: string]: any };
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                interface IExponentialHistogram {
                    dataPoints?: (opentelemetry.proto.metrics.v1.IExponentialHistogramDataPoint[]|null);
                    aggregationTemporality?: (opentelemetry.proto.metrics.v1.AggregationTemporality|null);
                }

                class ExponentialHistogram implements IExponentialHistogram {
                    constructor(properties?: opentelemetry.proto.metrics.v1.IExponentialHistogram);
                    public dataPoints: opentelemetry.proto.metrics.v1.IExponentialHistogramDataPoint[];
                    public aggregationTemporality: opentelemetry.proto.metrics.v1.AggregationTemporality;
                    public static create(properties?: opentelemetry.proto.metrics.v1.IExponentialHistogram): opentelemetry.proto.metrics.v1.ExponentialHistogram;
                    public static encode(message: opentelemetry.proto.metrics.v1.IExponentialHistogram, writer?: $protobuf.Writer): $protobuf.Writer;
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.metrics.v1.ExponentialHistogram;
                    public static fromObject(object: { [k: string]: any }): opentelemetry.proto.metrics.v1.ExponentialHistogram;
                    public static toObject(message: opentelemetry.proto.metrics.v1.ExponentialHistogram, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    public toJSON(): { [k: string]: any };
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                interface ISummary {
                    dataPoints?: (opentelemetry.proto.metrics.v1.ISummaryDataPoint[]|null);
                }

                class Summary implements ISummary {
                    constructor(properties?: opentelemetry.proto.metrics.v1.ISummary);
                    public dataPoints: opentelemetry.proto.metrics.v1.ISummaryDataPoint[];
                    public static create(properties?: opentelemetry.proto.metrics.v1.ISummary): opentelemetry.proto.metrics.v1.Summary;
                    public static encode(message: opentelemetry.proto.metrics.v1.ISummary, writer?: $protobuf.Writer): $protobuf.Writer;
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.metrics.v1.Summary;
                    public static fromObject(object: { [k: string]: any }): opentelemetry.proto.metrics.v1.Summary;
                    public static toObject(message: opentelemetry.proto.metrics.v1.Summary, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    public toJSON(): { [k: string]: any };
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                enum AggregationTemporality {
                    AGGREGATION_TEMPORALITY_UNSPECIFIED = 0,
                    AGGREGATION_TEMPORALITY_DELTA = 1,
                    AGGREGATION_TEMPORALITY_CUMULATIVE = 2
                }

                enum DataPointFlags {
                    FLAG_NONE = 0,
                    FLAG_NO_RECORDED_VALUE = 1
                }

                interface INumberDataPoint {
                    attributes?: (opentelemetry.proto.common.v1.IKeyValue[]|null);
                    startTimeUnixNano?: (number|Long|null);
                    timeUnixNano?: (number|Long|null);
                    asDouble?: (number|null);
                    asInt?: (number|Long|null);
                    exemplars?: (opentelemetry.proto.metrics.v1.IExemplar[]|null);
                    flags?: (number|null);
                }

                class NumberDataPoint implements INumberDataPoint {
                    constructor(properties?: opentelemetry.proto.metrics.v1.INumberDataPoint);
                    public attributes: opentelemetry.proto.common.v1.IKeyValue[];
                    public startTimeUnixNano: (number|Long);
                    public timeUnixNano: (number|Long);
                    public asDouble?: (number|null);
                    public asInt?: (number|Long|null);
                    public exemplars: opentelemetry.proto.metrics.v1.IExemplar[];
                    public flags: number;
                    public value?: ("asDouble"|"asInt");
                    public static create(properties?: opentelemetry.proto.metrics.v1.INumberDataPoint): opentelemetry.proto.metrics.v1.NumberDataPoint;
                    public static encode(message: opentelemetry.proto.metrics.v1.INumberDataPoint, writer?: $protobuf.Writer): $protobuf.Writer;
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.metrics.v1.NumberDataPoint;
                    public static fromObject(object: { [k: string]: any }): opentelemetry.proto.metrics.v1.NumberDataPoint;
                    public static toObject(message: opentelemetry.proto.metrics.v1.NumberDataPoint, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    public toJSON(): { [k: string]: any };
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                interface IHistogramDataPoint {
                    attributes?: (opentelemetry.proto.common.v1.IKeyValue[]|null);
                    startTimeUnixNano?: (number|Long|null);
                    timeUnixNano?: (number|Long|null);
                    count?: (number|Long|null);
                    sum?: (number|null);
                    bucketCounts?: ((number|Long)[]|null);
                    explicitBounds?: (number[]|null);
                    exemplars?: (opentelemetry.proto.metrics.v1.IExemplar[]|null);
                    flags?: (number|null);
                    min?: (number|null);
                    max?: (number|null);
                }

                class HistogramDataPoint implements IHistogramDataPoint {
                    constructor(properties?: opentelemetry.proto.metrics.v1.IHistogramDataPoint);
                    public attributes: opentelemetry.proto.common.v1.IKeyValue[];
                    public startTimeUnixNano: (number|Long);
                    public timeUnixNano: (number|Long);
                    public count: (number|Long);
                    public sum?: (number|null);
                    public bucketCounts: (number|Long)[];
                    public explicitBounds: number[];
                    public exemplars: opentelemetry.proto.metrics.v1.IExemplar[];
                    public flags: number;
                    public min?: (number|null);
                    public max?: (number|null);
                    public static create(properties?: opentelemetry.proto.metrics.v1.IHistogramDataPoint): opentelemetry.proto.metrics.v1.HistogramDataPoint;
                    public static encode(message: opentelemetry.proto.metrics.v1.IHistogramDataPoint, writer?: $protobuf.Writer): $protobuf.Writer;
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.metrics.v1.HistogramDataPoint;
                    public static fromObject(object: { [k: string]: any }): opentelemetry.proto.metrics.v1.HistogramDataPoint;
                    public static toObject(message: opentelemetry.proto.metrics.v1.HistogramDataPoint, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    public toJSON(): { [k: string]: any };
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                interface IExponentialHistogramDataPoint {
                    attributes?: (opentelemetry.proto.common.v1.IKeyValue[]|null);
                    startTimeUnixNano?: (number|Long|null);
                    timeUnixNano?: (number|Long|null);
                    count?: (number|Long|null);
                    sum?: (number|null);
                    scale?: (number|null);
                    zeroCount?: (number|Long|null);
                    positive?: (opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.IBuckets|null);
                    negative?: (opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.IBuckets|null);
                    flags?: (number|null);
                    exemplars?: (opentelemetry.proto.metrics.v1.IExemplar[]|null);
                    min?: (number|null);
                    max?: (number|null);
                }

                class ExponentialHistogramDataPoint implements IExponentialHistogramDataPoint {
                    constructor(properties?: opentelemetry.proto.metrics.v1.IExponentialHistogramDataPoint);
                    public attributes: opentelemetry.proto.common.v1.IKeyValue[];
                    public startTimeUnixNano: (number|Long);
                    public timeUnixNano: (number|Long);
                    public count: (number|Long);
                    public sum?: (number|null);
                    public scale: number;
                    public zeroCount: (number|Long);
                    public positive?: (opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.IBuckets|null);
                    public negative?: (opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.IBuckets|null);
                    public flags: number;
                    public exemplars: opentelemetry.proto.metrics.v1.IExemplar[];
                    public min?: (number|null);
                    public max?: (number|null);
                    public static create(properties?: opentelemetry.proto.metrics.v1.IExponentialHistogramDataPoint): opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint;
                    public static encode(message: opentelemetry.proto.metrics.v1.IExponentialHistogramDataPoint, writer?: $protobuf.Writer): $protobuf.Writer;
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint;
                    public static fromObject(object: { [k: string]: any }): opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint;
                    public static toObject(message: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    public toJSON(): { [k: string]: any };
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                namespace ExponentialHistogramDataPoint {

                    interface IBuckets {
                        offset?: (number|null);
                        bucketCounts?: ((number|Long)[]|null);
                    }

                    class Buckets implements IBuckets {
                        constructor(properties?: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.IBuckets);
                        public offset: number;
                        public bucketCounts: (number|Long)[];
                        public static create(properties?: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.IBuckets): opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets;
                        public static encode(message: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.IBuckets, writer?: $protobuf.Writer): $protobuf.Writer;
                        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets;
                        public static fromObject(object: { [k: string]: any }): opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets;
                        public static toObject(message: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets, options?: $protobuf.IConversionOptions): { [k: string]: any };
                        public toJSON(): { [k: string]: any };
                        public static getTypeUrl(typeUrlPrefix?: string): string;
                    }
                }

                interface ISummaryDataPoint {
                    attributes?: (opentelemetry.proto.common.v1.IKeyValue[]|null);
                    startTimeUnixNano?: (number|Long|null);
                    timeUnixNano?: (number|Long|null);
                    count?: (number|Long|null);
                    sum?: (number|null);
                    quantileValues?: (opentelemetry.proto.metrics.v1.SummaryDataPoint.IValueAtQuantile[]|null);
                    flags?: (number|null);
                }

                class SummaryDataPoint implements ISummaryDataPoint {
                    constructor(properties?: opentelemetry.proto.metrics.v1.ISummaryDataPoint);
                    public attributes: opentelemetry.proto.common.v1.IKeyValue[];
                    public startTimeUnixNano: (number|Long);
                    public timeUnixNano: (number|Long);
                    public count: (number|Long);
                    public sum: number;
                    public quantileValues: opentelemetry.proto.metrics.v1.SummaryDataPoint.IValueAtQuantile[];
                    public flags: number;
                    public static create(properties?: opentelemetry.proto.metrics.v1.ISummaryDataPoint): opentelemetry.proto.metrics.v1.SummaryDataPoint;
                    public static encode(message: opentelemetry.proto.metrics.v1.ISummaryDataPoint, writer?: $protobuf.Writer): $protobuf.Writer;
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.metrics.v1.SummaryDataPoint;
                    public static fromObject(object: { [k: string]: any }): opentelemetry.proto.metrics.v1.SummaryDataPoint;
                    public static toObject(message: opentelemetry.proto.metrics.v1.SummaryDataPoint, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    public toJSON(): { [k: string]: any };
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                namespace SummaryDataPoint {

                    interface IValueAtQuantile {
                        quantile?: (number|null);
                        value?: (number|null);
                    }

                    class ValueAtQuantile implements IValueAtQuantile {
                        constructor(properties?: opentelemetry.proto.metrics.v1.SummaryDataPoint.IValueAtQuantile);
                        public quantile: number;
                        public value: number;
                        public static create(properties?: opentelemetry.proto.metrics.v1.SummaryDataPoint.IValueAtQuantile): opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile;
                        public static encode(message: opentelemetry.proto.metrics.v1.SummaryDataPoint.IValueAtQuantile, writer?: $protobuf.Writer): $protobuf.Writer;
                        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile;
                        public static fromObject(object: { [k: string]: any }): opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile;
                        public static toObject(message: opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile, options?: $protobuf.IConversionOptions): { [k: string]: any };
                        public toJSON(): { [k: string]: any };
                        public static getTypeUrl(typeUrlPrefix?: string): string;
                    }
                }

                interface IExemplar {
                    filteredAttributes?: (opentelemetry.proto.common.v1.IKeyValue[]|null);
                    timeUnixNano?: (number|Long|null);
                    asDouble?: (number|null);
                    asInt?: (number|Long|null);
                    spanId?: (Uint8Array|null);
                    traceId?: (Uint8Array|null);
                }

                class Exemplar implements IExemplar {
                    constructor(properties?: opentelemetry.proto.metrics.v1.IExemplar);
                    public filteredAttributes: opentelemetry.proto.common.v1.IKeyValue[];
                    public timeUnixNano: (number|Long);
                    public asDouble?: (number|null);
                    public asInt?: (number|Long|null);
                    public spanId: Uint8Array;
                    public traceId: Uint8Array;
                    public value?: ("asDouble"|"asInt");
                    public static create(properties?: opentelemetry.proto.metrics.v1.IExemplar): opentelemetry.proto.metrics.v1.Exemplar;
                    public static encode(message: opentelemetry.proto.metrics.v1.IExemplar, writer?: $protobuf.Writer): $protobuf.Writer;
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.metrics.v1.Exemplar;
                    public static fromObject(object: { [k: string]: any }): opentelemetry.proto.metrics.v1.Exemplar;
                    public static toObject(message: opentelemetry.proto.metrics.v1.Exemplar, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    public toJSON(): { [k: string]: any };
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }
            }
        }

        namespace common {

            namespace v1 {

                interface IAnyValue {
                    stringValue?: (string|null);
                    boolValue?: (boolean|null);
                    intValue?: (number|Long|null);
                    doubleValue?: (number|null);
                    arrayValue?: (opentelemetry.proto.common.v1.IArrayValue|null);
                    kvlistValue?: (opentelemetry.proto.common.v1.IKeyValueList|null);
                    bytesValue?: (Uint8Array|null);
                }

                class AnyValue implements IAnyValue {
                    constructor(properties?: opentelemetry.proto.common.v1.IAnyValue);
                    public stringValue?: (string|null);
                    public boolValue?: (boolean|null);
                    public intValue?: (number|Long|null);
                    public doubleValue?: (number|null);
                    public arrayValue?: (opentelemetry.proto.common.v1.IArrayValue|null);
                    public kvlistValue?: (opentelemetry.proto.common.v1.IKeyValueList|null);
                    public bytesValue?: (Uint8Array|null);
                    public value?: ("stringValue"|"boolValue"|"intValue"|"doubleValue"|"arrayValue"|"kvlistValue"|"bytesValue");
                    public static create(properties?: opentelemetry.proto.common.v1.IAnyValue): opentelemetry.proto.common.v1.AnyValue;
                    public static encode(message: opentelemetry.proto.common.v1.IAnyValue, writer?: $protobuf.Writer): $protobuf.Writer;
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.common.v1.AnyValue;
                    public static fromObject(object: { [k: string]: any }): opentelemetry.proto.common.v1.AnyValue;
                    public static toObject(message: opentelemetry.proto.common.v1.AnyValue, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    public toJSON(): { [k: string]: any };
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                interface IArrayValue {
                    values?: (opentelemetry.proto.common.v1.IAnyValue[]|null);
                }

                class ArrayValue implements IArrayValue {
                    constructor(properties?: opentelemetry.proto.common.v1.IArrayValue);
                    public values: opentelemetry.proto.common.v1.IAnyValue[];
                    public static create(properties?: opentelemetry.proto.common.v1.IArrayValue): opentelemetry.proto.common.v1.ArrayValue;
                    public static encode(message: opentelemetry.proto.common.v1.IArrayValue, writer?: $protobuf.Writer): $protobuf.Writer;
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.common.v1.ArrayValue;
                    public static fromObject(object: { [k: string]: any }): opentelemetry.proto.common.v1.ArrayValue;
                    public static toObject(message: opentelemetry.proto.common.v1.ArrayValue, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    public toJSON(): { [k: string]: any };
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                interface IKeyValueList {
                    values?: (opentelemetry.proto.common.v1.IKeyValue[]|null);
                }

                class KeyValueList implements IKeyValueList {
                    constructor(properties?: opentelemetry.proto.common.v1.IKeyValueList);
                    public values: opentelemetry.proto.common.v1.IKeyValue[];
                    public static create(properties?: opentelemetry.proto.common.v1.IKeyValueList): opentelemetry.proto.common.v1.KeyValueList;
                    public static encode(message: opentelemetry.proto.common.v1.IKeyValueList, writer?: $protobuf.Writer): $protobuf.Writer;
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.common.v1.KeyValueList;
                    public static fromObject(object: { [k: string]: any }): opentelemetry.proto.common.v1.KeyValueList;
                    public static toObject(message: opentelemetry.proto.common.v1.KeyValueList, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    public toJSON(): { [k: string]: any };
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                interface IKeyValue {
                    key?: (string|null);
                    value?: (opentelemetry.proto.common.v1.IAnyValue|null);
                }

                class KeyValue implements IKeyValue {
                    constructor(properties?: opentelemetry.proto.common.v1.IKeyValue);
                    public key: string;
                    public value?: (opentelemetry.proto.common.v1.IAnyValue|null);
                    public static create(properties?: opentelemetry.proto.common.v1.IKeyValue): opentelemetry.proto.common.v1.KeyValue;
                    public static encode(message: opentelemetry.proto.common.v1.IKeyValue, writer?: $protobuf.Writer): $protobuf.Writer;
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.common.v1.KeyValue;
                    public static fromObject(object: { [k: string]: any }): opentelemetry.proto.common.v1.KeyValue;
                    public static toObject(message: opentelemetry.proto.common.v1.KeyValue, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    public toJSON(): { [k: string]: any };
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                interface IInstrumentationLibrary {
                    name?: (string|null);
                    version?: (string|null);
                }

                class InstrumentationLibrary implements IInstrumentationLibrary {
                    constructor(properties?: opentelemetry.proto.common.v1.IInstrumentationLibrary);
                    public name: string;
                    public version: string;
                    public static create(properties?: opentelemetry.proto.common.v1.IInstrumentationLibrary): opentelemetry.proto.common.v1.InstrumentationLibrary;
                    public static encode(message: opentelemetry.proto.common.v1.IInstrumentationLibrary, writer?: $protobuf.Writer): $protobuf.Writer;
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.common.v1.InstrumentationLibrary;
                    public static fromObject(object: { [k: string]: any }): opentelemetry.proto.common.v1.InstrumentationLibrary;
                    public static toObject(message: opentelemetry.proto.common.v1.InstrumentationLibrary, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    public toJSON(): { [k: string]: any };
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                interface IInstrumentationScope {
                    name?: (string|null);
                    version?: (string|null);
                }

                class InstrumentationScope implements IInstrumentationScope {
                    constructor(properties?: opentelemetry.proto.common.v1.IInstrumentationScope);
                    public name: string;
                    public version: string;
                    public static create(properties?: opentelemetry.proto.common.v1.IInstrumentationScope): opentelemetry.proto.common.v1.InstrumentationScope;
                    public static encode(message: opentelemetry.proto.common.v1.IInstrumentationScope, writer?: $protobuf.Writer): $protobuf.Writer;
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.common.v1.InstrumentationScope;
                    public static fromObject(object: { [k: string]: any }): opentelemetry.proto.common.v1.InstrumentationScope;
                    public static toObject(message: opentelemetry.proto.common.v1.InstrumentationScope, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    public toJSON(): { [k: string]: any };
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }
            }
        }

        namespace resource {

            namespace v1 {

                interface IResource {
                    attributes?: (opentelemetry.proto.common.v1.IKeyValue[]|null);
                    droppedAttributesCount?: (number|null);
                }

                class Resource implements IResource {
                    constructor(properties?: opentelemetry.proto.resource.v1.IResource);
                    public attributes: opentelemetry.proto.common.v1.IKeyValue[];
                    public droppedAttributesCount: number;
                    public static create(properties?: opentelemetry.proto.resource.v1.IResource): opentelemetry.proto.resource.v1.Resource;
                    public static encode(message: opentelemetry.proto.resource.v1.IResource, writer?: $protobuf.Writer): $protobuf.Writer;
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.resource.v1.Resource;
                    public static fromObject(object: { [k: string]: any }): opentelemetry.proto.resource.v1.Resource;
                    public static toObject(message: opentelemetry.proto.resource.v1.Resource, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    public toJSON(): { [k: string]: any };
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }
            }
        }
    }
}

export namespace google {

    namespace protobuf {

        interface IAny {
            type_url?: (string|null);
            value?: (Uint8Array|null);
        }

        class Any implements IAny {
            constructor(properties?: google.protobuf.IAny);
            public type_url: string;
            public value: Uint8Array;
            public static create(properties?: google.protobuf.IAny): google.protobuf.Any;
            public static encode(message: google.protobuf.IAny, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Any;
            public static fromObject(object: { [k: string]: any }): google.protobuf.Any;
            public static toObject(message: google.protobuf.Any, options?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IDuration {
            seconds?: (number|Long|null);
            nanos?: (number|null);
        }

        class Duration implements IDuration {
            constructor(properties?: google.protobuf.IDuration);
            public seconds: (number|Long);
            public nanos: number;
            public static create(properties?: google.protobuf.IDuration): google.protobuf.Duration;
            public static encode(message: google.protobuf.IDuration, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Duration;
            public static fromObject(object: { [k: string]: any }): google.protobuf.Duration;
            public static toObject(message: google.protobuf.Duration, options?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }

    namespace rpc {

        interface IStatus {
            code?: (number|null);
            message?: (string|null);
            details?: (google.protobuf.IAny[]|null);
        }

        class Status implements IStatus {
            constructor(properties?: google.rpc.IStatus);
            public code: number;
            public message: string;
            public details: google.protobuf.IAny[];
            public static create(properties?: google.rpc.IStatus): google.rpc.Status;
            public static encode(message: google.rpc.IStatus, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.rpc.Status;
            public static fromObject(object: { [k: string]: any }): google.rpc.Status;
            public static toObject(message: google.rpc.Status, options?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IRetryInfo {
            retryDelay?: (google.protobuf.IDuration|null);
        }

        class RetryInfo implements IRetryInfo {
            constructor(properties?: google.rpc.IRetryInfo);
            public retryDelay?: (google.protobuf.IDuration|null);
            public static create(properties?: google.rpc.IRetryInfo): google.rpc.RetryInfo;
            public static encode(message: google.rpc.IRetryInfo, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.rpc.RetryInfo;
            public static fromObject(object: { [k: string]: any }): google.rpc.RetryInfo;
            public static toObject(message: google.rpc.RetryInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }
}

export namespace prometheus {

    interface IWriteRequest {
        timeseries?: (prometheus.ITimeSeries[]|null);
        metadata?: (prometheus.IMetricMetadata[]|null);
    }

    class WriteRequest implements IWriteRequest {
        constructor(properties?: prometheus.IWriteRequest);
        public timeseries: prometheus.ITimeSeries[];
        public metadata: prometheus.IMetricMetadata[];
        public static create(properties?: prometheus.IWriteRequest): prometheus.WriteRequest;
        public static encode(message: prometheus.IWriteRequest, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): prometheus.WriteRequest;
        public static fromObject(object: { [k: string]: any }): prometheus.WriteRequest;
        public static toObject(message: prometheus.WriteRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IReadRequest {
        queries?: (prometheus.IQuery[]|null);
        acceptedResponseTypes?: (prometheus.ReadRequest.ResponseType[]|null);
    }

    class ReadRequest implements IReadRequest {
        constructor(properties?: prometheus.IReadRequest);
        public queries: prometheus.IQuery[];
        public acceptedResponseTypes: prometheus.ReadRequest.ResponseType[];
        public static create(properties?: prometheus.IReadRequest): prometheus.ReadRequest;
        public static encode(message: prometheus.IReadRequest, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): prometheus.ReadRequest;
        public static fromObject(object: { [k: string]: any }): prometheus.ReadRequest;
        public static toObject(message: prometheus.ReadRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace ReadRequest {

        enum ResponseType {
            SAMPLES = 0,
            STREAMED_XOR_CHUNKS = 1
        }
    }

    interface IReadResponse {
        results?: (prometheus.IQueryResult[]|null);
    }

    class ReadResponse implements IReadResponse {
        constructor(properties?: prometheus.IReadResponse);
        public results: prometheus.IQueryResult[];
        public static create(properties?: prometheus.IReadResponse): prometheus.ReadResponse;
        public static encode(message: prometheus.IReadResponse, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): prometheus.ReadResponse;
        public static fromObject(object: { [k: string]: any }): prometheus.ReadResponse;
        public static toObject(message: prometheus.ReadResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IQuery {
        startTimestampMs?: (number|Long|null);
        endTimestampMs?: (number|Long|null);
        matchers?: (prometheus.ILabelMatcher[]|null);
        hints?: (prometheus.IReadHints|null);
    }

    class Query implements IQuery {
        constructor(properties?: prometheus.IQuery);
        public startTimestampMs: (number|Long);
        public endTimestampMs: (number|Long);
        public matchers: prometheus.ILabelMatcher[];
        public hints?: (prometheus.IReadHints|null);
        public static create(properties?: prometheus.IQuery): prometheus.Query;
        public static encode(message: prometheus.IQuery, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): prometheus.Query;
        public static fromObject(object: { [k: string]: any }): prometheus.Query;
        public static toObject(message: prometheus.Query, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IQueryResult {
        timeseries?: (prometheus.ITimeSeries[]|null);
    }

    class QueryResult implements IQueryResult {
        constructor(properties?: prometheus.IQueryResult);
        public timeseries: prometheus.ITimeSeries[];
        public static create(properties?: prometheus.IQueryResult): prometheus.QueryResult;
        public static encode(message: prometheus.IQueryResult, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): prometheus.QueryResult;
        public static fromObject(object: { [k: string]: any }): prometheus.QueryResult;
        public static toObject(message: prometheus.QueryResult, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IChunkedReadResponse {
        chunkedSeries?: (prometheus.IChunkedSeries[]|null);
        queryIndex?: (number|Long|null);
    }

    class ChunkedReadResponse implements IChunkedReadResponse {
        constructor(properties?: prometheus.IChunkedReadResponse);
        public chunkedSeries: prometheus.IChunkedSeries[];
        public queryIndex: (number|Long);
        public static create(properties?: prometheus.IChunkedReadResponse): prometheus.ChunkedReadResponse;
        public static encode(message: prometheus.IChunkedReadResponse, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): prometheus.ChunkedReadResponse;
        public static fromObject(object: { [k: string]: any }): prometheus.ChunkedReadResponse;
        public static toObject(message: prometheus.ChunkedReadResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IMetricMetadata {
        type?: (prometheus.MetricMetadata.MetricType|null);
        metricFamilyName?: (string|null);
        help?: (string|null);
        unit?: (string|null);
    }

    class MetricMetadata implements IMetricMetadata {
        constructor(properties?: prometheus.IMetricMetadata);
        public type: prometheus.MetricMetadata.MetricType;
        public metricFamilyName: string;
        public help: string;
        public unit: string;
        public static create(properties?: prometheus.IMetricMetadata): prometheus.MetricMetadata;
        public static encode(message: prometheus.IMetricMetadata, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): prometheus.MetricMetadata;
        public static fromObject(object: { [k: string]: any }): prometheus.MetricMetadata;
        public static toObject(message: prometheus.MetricMetadata, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace MetricMetadata {

        enum MetricType {
            UNKNOWN = 0,
            COUNTER = 1,
            GAUGE = 2,
            HISTOGRAM = 3,
            GAUGEHISTOGRAM = 4,
            SUMMARY = 5,
            INFO = 6,
            STATESET = 7
        }
    }

    interface ISample {
        value?: (number|null);
        timestamp?: (number|Long|null);
    }

    class Sample implements ISample {
        constructor(properties?: prometheus.ISample);
        public value: number;
        public timestamp: (number|Long);
        public static create(properties?: prometheus.ISample): prometheus.Sample;
        public static encode(message: prometheus.ISample, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): prometheus.Sample;
        public static fromObject(object: { [k: string]: any }): prometheus.Sample;
        public static toObject(message: prometheus.Sample, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IExemplar {
        labels?: (prometheus.ILabel[]|null);
        value?: (number|null);
        timestamp?: (number|Long|null);
    }

    class Exemplar implements IExemplar {
        constructor(properties?: prometheus.IExemplar);
        public labels: prometheus.ILabel[];
        public value: number;
        public timestamp: (number|Long);
        public static create(properties?: prometheus.IExemplar): prometheus.Exemplar;
        public static encode(message: prometheus.IExemplar, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): prometheus.Exemplar;
        public static fromObject(object: { [k: string]: any }): prometheus.Exemplar;
        public static toObject(message: prometheus.Exemplar, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IHistogram {
        countInt?: (number|Long|null);
        countFloat?: (number|null);
        sum?: (number|null);
        schema?: (number|null);
        zeroThreshold?: (number|null);
        zeroCountInt?: (number|Long|null);
        zeroCountFloat?: (number|null);
        negativeSpans?: (prometheus.IBucketSpan[]|null);
        negativeDeltas?: ((number|Long)[]|null);
        negativeCounts?: (number[]|null);
        positiveSpans?: (prometheus.IBucketSpan[]|null);
        positiveDeltas?: ((number|Long)[]|null);
        positiveCounts?: (number[]|null);
        resetHint?: (prometheus.Histogram.ResetHint|null);
        timestamp?: (number|Long|null);
        customValues?: (number[]|null);
    }

    class Histogram implements IHistogram {
        constructor(properties?: prometheus.IHistogram);
        public countInt?: (number|Long|null);
        public countFloat?: (number|null);
        public sum: number;
        public schema: number;
        public zeroThreshold: number;
        public zeroCountInt?: (number|Long|null);
        public zeroCountFloat?: (number|null);
        public negativeSpans: prometheus.IBucketSpan[];
        public negativeDeltas: (number|Long)[];
        public negativeCounts: number[];
        public positiveSpans: prometheus.IBucketSpan[];
        public positiveDeltas: (number|Long)[];
        public positiveCounts: number[];
        public resetHint: prometheus.Histogram.ResetHint;
        public timestamp: (number|Long);
        public customValues: number[];
        public count?: ("countInt"|"countFloat");
        public zeroCount?: ("zeroCountInt"|"zeroCountFloat");
        public static create(properties?: prometheus.IHistogram): prometheus.Histogram;
        public static encode(message: prometheus.IHistogram, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): prometheus.Histogram;
        public static fromObject(object: { [k: string]: any }): prometheus.Histogram;
        public static toObject(message: prometheus.Histogram, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace Histogram {

        enum ResetHint {
            UNKNOWN = 0,
            YES = 1,
            NO = 2,
            GAUGE = 3
        }
    }

    interface IBucketSpan {
        offset?: (number|null);
        length?: (number|null);
    }

    class BucketSpan implements IBucketSpan {
        constructor(properties?: prometheus.IBucketSpan);
        public offset: number;
        public length: number;
        public static create(properties?: prometheus.IBucketSpan): prometheus.BucketSpan;
        public static encode(message: prometheus.IBucketSpan, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): prometheus.BucketSpan;
        public static fromObject(object: { [k: string]: any }): prometheus.BucketSpan;
        public static toObject(message: prometheus.BucketSpan, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface ITimeSeries {
        labels?: (prometheus.ILabel[]|null);
        samples?: (prometheus.ISample[]|null);
        exemplars?: (prometheus.IExemplar[]|null);
        histograms?: (prometheus.IHistogram[]|null);
    }

    class TimeSeries implements ITimeSeries {
        constructor(properties?: prometheus.ITimeSeries);
        public labels: prometheus.ILabel[];
        public samples: prometheus.ISample[];
        public exemplars: prometheus.IExemplar[];
        public histograms: prometheus.IHistogram[];
        public static create(properties?: prometheus.ITimeSeries): prometheus.TimeSeries;
        public static encode(message: prometheus.ITimeSeries, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): prometheus.TimeSeries;
        public static fromObject(object: { [k: string]: any }): prometheus.TimeSeries;
        public static toObject(message: prometheus.TimeSeries, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface ILabel {
        name?: (string|null);
        value?: (string|null);
    }

    class Label implements ILabel {
        constructor(properties?: prometheus.ILabel);
        public name: string;
        public value: string;
        public static create(properties?: prometheus.ILabel): prometheus.Label;
        public static encode(message: prometheus.ILabel, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): prometheus.Label;
        public static fromObject(object: { [k: string]: any }): prometheus.Label;
        public static toObject(message: prometheus.Label, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface ILabelMatcher {
        type?: (prometheus.LabelMatcher.Type|null);
        name?: (string|null);
        value?: (string|null);
    }

    class LabelMatcher implements ILabelMatcher {
        constructor(properties?: prometheus.ILabelMatcher);
        public type: prometheus.LabelMatcher.Type;
        public name: string;
        public value: string;
        public static create(properties?: prometheus.ILabelMatcher): prometheus.LabelMatcher;
        public static encode(message: prometheus.ILabelMatcher, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): prometheus.LabelMatcher;
        public static fromObject(object: { [k: string]: any }): prometheus.LabelMatcher;
        public static toObject(message: prometheus.LabelMatcher, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace LabelMatcher {

        enum Type {
            EQ = 0,
            NEQ = 1,
            RE = 2,
            NRE = 3
        }
    }

    interface IReadHints {
        stepMs?: (number|Long|null);
        func?: (string|null);
        startMs?: (number|Long|null);
        endMs?: (number|Long|null);
        grouping?: (string[]|null);
        by?: (boolean|null);
        rangeMs?: (number|Long|null);
    }

    class ReadHints implements IReadHints {
        constructor(properties?: prometheus.IReadHints);
        public stepMs: (number|Long);
        public func: string;
        public startMs: (number|Long);
        public endMs: (number|Long);
        public grouping: string[];
        public by: boolean;
        public rangeMs: (number|Long);
        public static create(properties?: prometheus.IReadHints): prometheus.ReadHints;
        public static encode(message: prometheus.IReadHints, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): prometheus.ReadHints;
        public static fromObject(object: { [k: string]: any }): prometheus.ReadHints;
        public static toObject(message: prometheus.ReadHints, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IChunk {
        minTimeMs?: (number|Long|null);
        maxTimeMs?: (number|Long|null);
        type?: (prometheus.Chunk.Encoding|null);
        data?: (Uint8Array|null);
    }

    class Chunk implements IChunk {
        constructor(properties?: prometheus.IChunk);
        public minTimeMs: (number|Long);
        public maxTimeMs: (number|Long);
        public type: prometheus.Chunk.Encoding;
        public data: Uint8Array;
        public static create(properties?: prometheus.IChunk): prometheus.Chunk;
        public static encode(message: prometheus.IChunk, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): prometheus.Chunk;
        public static fromObject(object: { [k: string]: any }): prometheus.Chunk;
        public static toObject(message: prometheus.Chunk, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace Chunk {

        enum Encoding {
            UNKNOWN = 0,
            XOR = 1,
            HISTOGRAM = 2,
            FLOAT_HISTOGRAM = 3
        }
    }

    interface IChunkedSeries {
        labels?: (prometheus.ILabel[]|null);
        chunks?: (prometheus.IChunk[]|null);
    }

    class ChunkedSeries implements IChunkedSeries {
        constructor(properties?: prometheus.IChunkedSeries);
        public labels: prometheus.ILabel[];
        public chunks: prometheus.IChunk[];
        public static create(properties?: prometheus.IChunkedSeries): prometheus.ChunkedSeries;
        public static encode(message: prometheus.IChunkedSeries, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): prometheus.ChunkedSeries;
        public static fromObject(object: { [k: string]: any }): prometheus.ChunkedSeries;
        public static toObject(message: prometheus.ChunkedSeries, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }
}

export namespace io {

    namespace prometheus {

        namespace write {

            namespace v2 {

                interface IRequest {
                    symbols?: (string[]|null);
                    timeseries?: (io.prometheus.write.v2.ITimeSeries[]|null);
                }

                class Request implements IRequest {
                    constructor(properties?: io.prometheus.write.v2.IRequest);
                    public symbols: string[];
                    public timeseries: io.prometheus.write.v2.ITimeSeries[];
                    public static create(properties?: io.prometheus.write.v2.IRequest): io.prometheus.write.v2.Request;
                    public static encode(message: io.prometheus.write.v2.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.prometheus.write.v2.Request;
                    public static fromObject(object: { [k: string]: any }): io.prometheus.write.v2.Request;
                    public static toObject(message: io.prometheus.write.v2.Request, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    public toJSON(): { [k: string]: any };
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                interface ITimeSeries {
                    labelsRefs?: (number[]|null);
                    samples?: (io.prometheus.write.v2.ISample[]|null);
                    histograms?: (io.prometheus.write.v2.IHistogram[]|null);
                    exemplars?: (io.prometheus.write.v2.IExemplar[]|null);
                    metadata?: (io.prometheus.write.v2.IMetadata|null);
                    createdTimestamp?: (number|Long|null);
                }

                class TimeSeries implements ITimeSeries {
                    constructor(properties?: io.prometheus.write.v2.ITimeSeries);
                    public labelsRefs: number[];
                    public samples: io.prometheus.write.v2.ISample[];
                    public histograms: io.prometheus.write.v2.IHistogram[];
                    public exemplars: io.prometheus.write.v2.IExemplar[];
                    public metadata?: (io.prometheus.write.v2.IMetadata|null);
                    public createdTimestamp: (number|Long);
                    public static create(properties?: io.prometheus.write.v2.ITimeSeries): io.prometheus.write.v2.TimeSeries;
                    public static encode(message: io.prometheus.write.v2.ITimeSeries, writer?: $protobuf.Writer): $protobuf.Writer;
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.prometheus.write.v2.TimeSeries;
                    public static fromObject(object: { [k: string]: any }): io.prometheus.write.v2.TimeSeries;
                    public static toObject(message: io.prometheus.write.v2.TimeSeries, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    public toJSON(): { [k: string]: any };
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                interface IExemplar {
                    labelsRefs?: (number[]|null);
                    value?: (number|null);
                    timestamp?: (number|Long|null);
                }

                class Exemplar implements IExemplar {
                    constructor(properties?: io.prometheus.write.v2.IExemplar);
                    public labelsRefs: number[];
                    public value: number;
                    public timestamp: (number|Long);
                    public static create(properties?: io.prometheus.write.v2.IExemplar): io.prometheus.write.v2.Exemplar;
                    public static encode(message: io.prometheus.write.v2.IExemplar, writer?: $protobuf.Writer): $protobuf.Writer;
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.prometheus.write.v2.Exemplar;
                    public static fromObject(object: { [k: string]: any }): io.prometheus.write.v2.Exemplar;
                    public static toObject(message: io.prometheus.write.v2.Exemplar, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    public toJSON(): { [k: string]: any };
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                interface ISample {
                    value?: (number|null);
                    timestamp?: (number|Long|null);
                }

                class Sample implements ISample {
                    constructor(properties?: io.prometheus.write.v2.ISample);
                    public value: number;
                    public timestamp: (number|Long);
                    public static create(properties?: io.prometheus.write.v2.ISample): io.prometheus.write.v2.Sample;
                    public static encode(message: io.prometheus.write.v2.ISample, writer?: $protobuf.Writer): $protobuf.Writer;
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.prometheus.write.v2.Sample;
                    public static fromObject(object: { [k: string]: any }): io.prometheus.write.v2.Sample;
                    public static toObject(message: io.prometheus.write.v2.Sample, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    public toJSON(): { [k: string]: any };
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                interface IMetadata {
                    type?: (io.prometheus.write.v2.Metadata.MetricType|null);
                    helpRef?: (number|null);
                    unitRef?: (number|null);
                }

                class Metadata implements IMetadata {
                    constructor(properties?: io.prometheus.write.v2.IMetadata);
                    public type: io.prometheus.write.v2.Metadata.MetricType;
                    public helpRef: number;
                    public unitRef: number;
                    public static create(properties?: io.prometheus.write.v2.IMetadata): io.prometheus.write.v2.Metadata;
                    public static encode(message: io.prometheus.write.v2.IMetadata, writer?: $protobuf.Writer): $protobuf.Writer;
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.prometheus.write.v2.Metadata;
                    public static fromObject(object: { [k: string]: any }): io.prometheus.write.v2.Metadata;
                    public static toObject(message: io.prometheus.write.v2.Metadata, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    public toJSON(): { [k: string]: any };
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                namespace Metadata {

                    enum MetricType {
                        METRIC_TYPE_UNSPECIFIED = 0,
                        METRIC_TYPE_COUNTER = 1,
                        METRIC_TYPE_GAUGE = 2,
                        METRIC_TYPE_HISTOGRAM = 3,
                        METRIC_TYPE_GAUGEHISTOGRAM = 4,
                        METRIC_TYPE_SUMMARY = 5,
                        METRIC_TYPE_INFO = 6,
                        METRIC_TYPE_STATESET = 7
                    }
                }

                interface IHistogram {
                    countInt?: (number|Long|null);
                    countFloat?: (number|null);
                    sum?: (number|null);
                    schema?: (number|null);
                    zeroThreshold?: (number|null);
                    zeroCountInt?: (number|Long|null);
                    zeroCountFloat?: (number|null);
                    negativeSpans?: (io.prometheus.write.v2.IBucketSpan[]|null);
                    negativeDeltas?: ((number|Long)[]|null);
                    negativeCounts?: (number[]|null);
                    positiveSpans?: (io.prometheus.write.v2.IBucketSpan[]|null);
                    positiveDeltas?: ((number|Long)[]|null);
                    positiveCounts?: (number[]|null);
                    resetHint?: (io.prometheus.write.v2.Histogram.ResetHint|null);
                    timestamp?: (number|Long|null);
                    customValues?: (number[]|null);
                }

                class Histogram implements IHistogram {
                    constructor(properties?: io.prometheus.write.v2.IHistogram);
                    public countInt?: (number|Long|null);
                    public countFloat?: (number|null);
                    public sum: number;
                    public schema: number;
                    public zeroThreshold: number;
                    public zeroCountInt?: (number|Long|null);
                    public zeroCountFloat?: (number|null);
                    public negativeSpans: io.prometheus.write.v2.IBucketSpan[];
                    public negativeDeltas: (number|Long)[];
                    public negativeCounts: number[];
                    public positiveSpans: io.prometheus.write.v2.IBucketSpan[];
                    public positiveDeltas: (number|Long)[];
                    public positiveCounts: number[];
                    public resetHint: io.prometheus.write.v2.Histogram.ResetHint;
                    public timestamp: (number|Long);
                    public customValues: number[];
                    public count?: ("countInt"|"countFloat");
                    public zeroCount?: ("zeroCountInt"|"zeroCountFloat");
                    public static create(properties?: io.prometheus.write.v2.IHistogram): io.prometheus.write.v2.Histogram;
                    public static encode(message: io.prometheus.write.v2.IHistogram, writer?: $protobuf.Writer): $protobuf.Writer;
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.prometheus.write.v2.Histogram;
                    public static fromObject(object: { [k: string]: any }): io.prometheus.write.v2.Histogram;
                    public static toObject(message: io.prometheus.write.v2.Histogram, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    public toJSON(): { [k: string]: any };
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                namespace Histogram {

                    enum ResetHint {
                        RESET_HINT_UNSPECIFIED = 0,
                        RESET_HINT_YES = 1,
                        RESET_HINT_NO = 2,
                        RESET_HINT_GAUGE = 3
                    }
                }

                interface IBucketSpan {
                    offset?: (number|null);
                    length?: (number|null);
                }

                class BucketSpan implements IBucketSpan {
                    constructor(properties?: io.prometheus.write.v2.IBucketSpan);
                    public offset: number;
                    public length: number;
                    public static create(properties?: io.prometheus.write.v2.IBucketSpan): io.prometheus.write.v2.BucketSpan;
                    public static encode(message: io.prometheus.write.v2.IBucketSpan, writer?: $protobuf.Writer): $protobuf.Writer;
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.prometheus.write.v2.BucketSpan;
                    public static fromObject(object: { [k: string]: any }): io.prometheus.write.v2.BucketSpan;
                    public static toObject(message: io.prometheus.write.v2.BucketSpan, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    public toJSON(): { [k: string]: any };
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }
            }
        }
    }
}

/** The PromQL module's public surface: the engine, the parser and the result types. */
export { Engine } from './engine.js';
export type { EngineOptions, QueryOutcome } from './engine.js';
export { parseExpr } from './parser.js';
export type { ParseOptions } from './parser.js';
export type { Expr } from './ast.js';
export type { QueryResult, Sample, ResultSeries } from './value.js';
export { PromQLExecutionError, PromQLParseError, PromQLTimeoutError, TooManySamplesError } from './errors.js';

/**
 * PromQL errors, typed like Prometheus's API error types (`bad_data`, `execution`, `timeout`) so
 * the HTTP layer can answer with the same `errorType` Grafana expects.
 */
import { SightlineError } from '../util/errors.js';

/** A syntax or type error in the query text; the message starts with `line:col: parse error:`. */
export class PromQLParseError extends SightlineError {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super('bad_data', message, { httpStatus: 400 });
  }
}

/** A failure while evaluating a well-formed query (e.g. duplicate series, many-to-many matching). */
export class PromQLExecutionError extends SightlineError {
  constructor(message: string) {
    super('execution', message, { httpStatus: 422 });
  }
}

export class PromQLTimeoutError extends SightlineError {
  constructor(where: string) {
    super('timeout', `query timed out in ${where}`, { httpStatus: 503 });
  }
}

export class TooManySamplesError extends PromQLExecutionError {
  constructor() {
    super('query processing would load too many samples into memory in query execution');
  }
}

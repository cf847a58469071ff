/** Where the promtool-style commands write: stdout and stderr, or buffers in tests. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export const processOutput: Output = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

/** promtool's exit codes: success, failure, and lint findings under --lint-fatal. */
export const EXIT_SUCCESS = 0;
export const EXIT_FAILURE = 1;
export const EXIT_LINT = 3;

/**
 * The import's progress line on stderr: redrawn in place (at most 5 times a second) on a terminal,
 * one line per time slice otherwise, so a log file gets a readable history instead of redraws.
 */
import type { ImportProgress } from './importer.js';

const count = (n: number): string => n.toLocaleString('en-US');
const time = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');

export function formatProgress(p: ImportProgress): string {
  const seconds = p.elapsedMs / 1000;
  const rate = seconds > 0 ? Math.round(p.samples / seconds) : 0;
  const slice = p.slice ? `slice ${p.slice.index}/${p.slice.count} ${time(p.slice.startMs)} – ${time(p.slice.endMs)}  ` : '';
  return `${slice}series ${count(p.series)}  samples ${count(p.samples)}${p.rejected ? `  refused ${count(p.rejected)}` : ''}  ${count(rate)} samples/s  ${seconds.toFixed(0)} s`;
}

export class ProgressLine {
  private lastDraw = 0;
  private lastSlice = 0;
  private drawn = '';

  constructor(private readonly out: NodeJS.WritableStream & { isTTY?: boolean }) {}

  update(p: ImportProgress): void {
    if (this.out.isTTY) {
      const now = performance.now();
      if (now - this.lastDraw < 200) return;
      this.lastDraw = now;
      this.drawn = formatProgress(p);
      this.out.write(`\r\x1b[K${this.drawn}`);
    } else if (p.slice && p.slice.index !== this.lastSlice) {
      this.lastSlice = p.slice.index;
      this.out.write(`${formatProgress(p)}\n`);
    }
  }

  /** The final state, on a line of its own. */
  done(p: ImportProgress): void {
    this.out.write(this.out.isTTY ? `\r\x1b[K${formatProgress(p)}\n` : `${formatProgress(p)}\n`);
  }
}

/** Warnings and infos attached to a query result, worded like Prometheus's util/annotations. */

export interface Annotation {
  readonly level: 'warning' | 'info';
  readonly message: string;
}

export class Annotations {
  private readonly byMessage = new Map<string, Annotation>();

  warn(detail: string): void {
    this.add({ level: 'warning', message: `PromQL warning: ${detail}` });
  }

  info(detail: string): void {
    this.add({ level: 'info', message: `PromQL info: ${detail}` });
  }

  private add(a: Annotation): void {
    if (!this.byMessage.has(a.message)) this.byMessage.set(a.message, a);
  }

  get warnings(): string[] {
    return [...this.byMessage.values()].filter((a) => a.level === 'warning').map((a) => a.message);
  }

  get infos(): string[] {
    return [...this.byMessage.values()].filter((a) => a.level === 'info').map((a) => a.message);
  }
}

/** Formats a float like Go's %g for the values Prometheus puts in annotation messages. */
export function formatG(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  return String(v);
}

/**
 * Head pages, the plain path's packed head for scrapes. A scrape commits ~all of a target's series
 * at one timestamp, in the same order scrape after scrape; as rows that is one heap tuple per
 * sample, and PostgreSQL's COPY cost ≈0.8 µs of CPU per row (bench/scrape.ts), about as much as
 * the whole scrape engine. A page instead stores the values packed, in pieces of PIECE_VALUES
 * (`metric_head_pages`: t, layout, piece, bytea), and the series order once per head partition as
 * a layout (`metric_head_layouts`: series → layout, piece, slot), which every later scrape with
 * the same order reuses. Reads and compaction slice a series' 8 bytes out of each piece.
 *
 * A series order is given a layout the second time it is seen in a partition; the first time its
 * page is written as rows, so a target whose series set changes every scrape costs rows, not a
 * layout per scrape. Layouts are cached per process after their transaction commits, and belong
 * to one head partition: they are created, compacted and dropped with it, so no layout outlives
 * its pages and nothing needs collecting.
 */
import { createHash } from 'node:crypto';
import type { Queryable } from '../db.js';
import { CopyWriter, float64Words, type SamplePage } from './copy.js';

/** Values per page row: 224 × 8 B keeps a row below PostgreSQL's ≈2 kB TOAST threshold, so pieces are read in place. */
export const PIECE_VALUES = 224;

/** A page placed in a layout of its head partition. */
interface PlacedPage {
  page: SamplePage;
  layoutId: number;
}

/** A layout this write creates: written in the write's transaction, cached once it commits. */
interface NewLayout {
  partitionStart: number;
  digest: string;
  layoutId: number;
  seriesIds: Int32Array;
}

/** How one group write stores its pages. */
export interface PagePlan {
  /** Pages first seen: written as rows. */
  asRows: SamplePage[];
  placed: PlacedPage[];
  layouts: NewLayout[];
}

function digestOf(ids: Int32Array): string {
  return createHash('sha1').update(new Uint8Array(ids.buffer, ids.byteOffset, ids.byteLength)).digest('base64');
}

export class HeadLayouts {
  // Per head partition start: layout id by the digest of its series order; null: seen once, no layout yet.
  private readonly byPartition = new Map<number, Map<string, number | null>>();

  /**
   * @param spanMs head partition span
   * @param keepMs how far behind the newest page a partition may still be written (older ones are forgotten)
   */
  constructor(
    private readonly spanMs: number,
    private readonly keepMs: number,
  ) {}

  /** Sorts a write's pages into rows, pages in known layouts and pages needing a new layout (ids from `db`'s sequence). */
  async plan(pages: readonly SamplePage[], db: Queryable): Promise<PagePlan> {
    const plan: PagePlan = { asRows: [], placed: [], layouts: [] };
    const fresh: { page: SamplePage; partitionStart: number; digest: string }[] = [];
    for (const page of pages) {
      const partitionStart = Math.floor(page.t / this.spanMs) * this.spanMs;
      let layouts = this.byPartition.get(partitionStart);
      if (layouts === undefined) {
        this.forgetBefore(page.t - this.keepMs - this.spanMs);
        layouts = new Map();
        this.byPartition.set(partitionStart, layouts);
      }
      const digest = digestOf(page.seriesIds);
      const id = layouts.get(digest);
      if (id === undefined) {
        layouts.set(digest, null);
        plan.asRows.push(page);
      } else if (id === null) fresh.push({ page, partitionStart, digest });
      else plan.placed.push({ page, layoutId: id });
    }
    if (fresh.length > 0) {
      const ids = await db.query<{ id: number }>("SELECT nextval('metric_head_layout_ids') AS id FROM generate_series(1, $1)", [fresh.length]);
      fresh.forEach((f, i) => {
        const layoutId = ids[i]!.id;
        plan.layouts.push({ partitionStart: f.partitionStart, digest: f.digest, layoutId, seriesIds: f.page.seriesIds });
        plan.placed.push({ page: f.page, layoutId });
      });
    }
    return plan;
  }

  /** Records the layouts of a committed write. */
  remember(layouts: readonly NewLayout[]): void {
    for (const l of layouts) this.byPartition.get(l.partitionStart)?.set(l.digest, l.layoutId);
  }

  private forgetBefore(t: number): void {
    for (const start of this.byPartition.keys()) if (start + this.spanMs <= t) this.byPartition.delete(start);
  }
}

/** `COPY metric_head_layouts (t, layout_id, series_id, piece, slot, valid_from)` rows for new layouts. */
export function encodeLayoutsCopy(layouts: readonly NewLayout[]): Uint8Array {
  const out = new CopyWriter(layouts.reduce((n, l) => n + l.seriesIds.length, 0) * 48 + 32);
  for (const l of layouts) {
    for (let i = 0; i < l.seriesIds.length; i++) {
      out.row(6);
      out.int8(l.partitionStart);
      out.int8(l.layoutId);
      out.int4(l.seriesIds[i]!);
      out.int2(Math.floor(i / PIECE_VALUES));
      out.int2(i % PIECE_VALUES);
      out.int8(l.partitionStart);
    }
  }
  return out.finish();
}

/** `COPY metric_head_pages (t, layout_id, piece, v)` rows: each page's values in pieces. */
export function encodePagesCopy(placed: readonly PlacedPage[]): Uint8Array {
  const out = new CopyWriter(placed.reduce((n, p) => n + p.page.values.length * 8 + 32 * Math.ceil(p.page.values.length / PIECE_VALUES), 0) + 32);
  for (const { page, layoutId } of placed) {
    const words = float64Words(page.values);
    for (let piece = 0, from = 0; from < page.values.length; piece++, from += PIECE_VALUES) {
      out.row(4);
      out.int8(page.t);
      out.int8(layoutId);
      out.int2(piece);
      out.float8s(words, from, Math.min(from + PIECE_VALUES, page.values.length));
    }
  }
  return out.finish();
}

/**
 * A read part (part 3, see backend.ts readRows) of page samples: per series, int8send(t) and the
 * value's 8 bytes (as float8send() writes them) in time order; ties keep write order (the piece
 * row's ctid, then the slot). `where` may use `l` (layouts) and `p` (pages).
 */
export function pagesPart(layouts: string, pages: string, where: string): string {
  const order = 'ORDER BY p.t, p.ctid, l.piece, l.slot';
  return `SELECT 3 AS part, l.series_id, NULL AS labels, NULL AS t_start, NULL AS data,
            string_agg(int8send(p.t), ''::bytea ${order}) AS ts, string_agg(substring(p.v FROM l.slot * 8 + 1 FOR 8), ''::bytea ${order}) AS vs
       FROM ${layouts} l JOIN ${pages} p ON p.layout_id = l.layout_id AND p.piece = l.piece AND p.t >= l.valid_from
      WHERE ${where} GROUP BY l.series_id`;
}

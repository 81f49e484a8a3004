import { createHash } from 'node:crypto';
import { canonicalJson } from '../../shared/canonicalJson';
import type { ChartSpec } from '../../shared/results/chartConfigs';

/** Pictures kept: a district's sealed results and summaries several times over. */
const defaultLimit = 256;

const digestOf = (chart: ChartSpec) => createHash('sha256').update(canonicalJson(chart)).digest('hex');

/**
 * Charts drawn once (issue 20, point 2): a chart is a pure picture of its configuration, so its
 * PNG is kept by the configuration's digest and a preview, its PDF and every later print of the
 * same sealed result reuse it instead of starting the chart page again. In memory only, the least
 * recently used dropped first, and forgotten when the vault locks.
 */
export class ChartCache {
  private readonly images = new Map<string, string>();

  constructor(private readonly limit = defaultLimit) {}

  async render(charts: readonly ChartSpec[], draw: (charts: ChartSpec[]) => Promise<string[]>): Promise<string[]> {
    const keys = charts.map(digestOf);
    const missing = new Map<string, ChartSpec>();
    keys.forEach((key, index) => {
      if (!this.images.has(key)) missing.set(key, charts[index]!);
    });
    const drawn = missing.size > 0 ? await draw([...missing.values()]) : [];
    const fresh = new Map([...missing.keys()].map((key, index) => [key, drawn[index]!]));
    const images = keys.map((key) => fresh.get(key) ?? this.images.get(key)!);
    for (const [index, key] of keys.entries()) this.keep(key, images[index]!);
    return images;
  }

  clear(): void {
    this.images.clear();
  }

  get size(): number {
    return this.images.size;
  }

  private keep(key: string, image: string): void {
    // Re-inserted: the map's order is least recently used first.
    this.images.delete(key);
    this.images.set(key, image);
    while (this.images.size > this.limit) this.images.delete(this.images.keys().next().value!);
  }
}

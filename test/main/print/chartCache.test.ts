import { describe, expect, it } from 'vitest';
import { ChartCache } from '../../../main/print/chartCache';
import type { PdfPrinter } from '../../../main/print/pdfPrinter';
import type { ChartSpec } from '../../../shared/results/chartConfigs';
import { openCampaign } from '../../helpers/testCounting';
import { sealContest, schoolBallots } from '../../helpers/testRemediation';
import { useTempDirectories } from '../../helpers/tempDirectory';

const chart = (id: string, value: number): ChartSpec =>
  ({ id, title: `Biểu đồ ${id}`, width: 400, height: 200, config: { data: [value] } }) as unknown as ChartSpec;
const png = (label: string) => `data:image/png;base64,${Buffer.from(label).toString('base64')}`;

/** Draws each chart as a PNG naming it, and counts what it was asked to draw. */
function countingDraw() {
  const asked: string[] = [];
  return {
    asked,
    draw: async (charts: ChartSpec[]) => {
      asked.push(...charts.map((each) => each.id));
      return charts.map((each) => png(each.id));
    },
  };
}

describe('charts drawn once, kept by their configuration', () => {
  it('draws only what it has not drawn, in the order asked, and the same configuration once', async () => {
    const cache = new ChartCache();
    const { asked, draw } = countingDraw();
    expect(await cache.render([chart('a', 1), chart('b', 2), chart('a', 1)], draw)).toEqual([
      png('a'),
      png('b'),
      png('a'),
    ]);
    expect(asked).toEqual(['a', 'b']);
    // The same picture again, and one whose numbers changed: only that one is drawn.
    expect(await cache.render([chart('b', 2), chart('a', 3)], draw)).toEqual([png('b'), png('a')]);
    expect(asked).toEqual(['a', 'b', 'a']);
    cache.clear();
    await cache.render([chart('b', 2)], draw);
    expect(asked).toEqual(['a', 'b', 'a', 'b']);
  });

  it('keeps a bounded number, dropping the least recently used', async () => {
    const cache = new ChartCache(2);
    const { asked, draw } = countingDraw();
    await cache.render([chart('a', 1), chart('b', 1)], draw);
    await cache.render([chart('a', 1)], draw);
    await cache.render([chart('c', 1)], draw);
    expect(cache.size).toBe(2);
    await cache.render([chart('a', 1), chart('b', 1)], draw);
    expect(asked).toEqual(['a', 'b', 'c', 'b']);
  });

  const temp = useTempDirectories();

  it('a result report previewed, printed and printed again starts the chart page once; a lock forgets it', async () => {
    let chartPages = 0;
    const printer: PdfPrinter = {
      print: async () => new Uint8Array([37, 80, 68, 70]),
      renderCharts: async (charts) => {
        chartPages += 1;
        return charts.map((each) => png(each.id));
      },
      close: async () => undefined,
    };
    const { core, head, school } = await openCampaign(temp(), 2, { pdfPrinter: printer });
    await sealContest(head, school, schoolBallots({ 1: 6, 2: 6 }), 'NP-2023-01');
    const document = { kind: 'resultReport', contestId: school.id } as const;
    const preview = await head.ok('print.preview', { document });
    expect(preview.html).toContain(png('criteria'));
    await head.ok('print.pdf', { document });
    await head.ok('print.pdf', { document });
    expect(chartPages).toBe(1);
    await head.ok('session.lock', {});
    await head.ok('session.signIn', { login: 'truongban', password: 'mật khẩu truongban' });
    await head.ok('print.pdf', { document });
    expect(chartPages).toBe(2);
    core.shutdown();
  }, 60_000);
});

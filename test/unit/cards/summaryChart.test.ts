import { PNG } from 'pngjs';
import { translator } from '../../../src/i18n';
import { BAR_CHART_HEIGHT, BAR_CHART_WIDTH, barChartPng } from '../../../src/teams/charts/barChartPng';
import { drawBarChartPng } from '../../../src/teams/charts/chartWorker';
import { monthlyChartElement, monthlyOrdersChart } from '../../../src/teams/cards/summaryChart';
import { card } from '../../../src/teams/cards/adaptive';
import { cardProblems } from '../../support/cardValidity';

const PER_MONTH = [3, 0, 7, 12, 4, 1, 0, 2, 9, 11, 6, 1];

describe("The yearly summary's orders-per-month chart", () => {
  it('When drawn in Finnish, then the months have their Finnish names, the values are the counts and the alt text reads them out', () => {
    const chart = monthlyOrdersChart(PER_MONTH, 2026, translator('fi'));
    expect(chart.title).toBe('Tilaukset kuukausittain 2026');
    expect(chart.bars.map((b) => b.label)).toEqual([
      'tammi',
      'helmi',
      'maalis',
      'huhti',
      'touko',
      'kesä',
      'heinä',
      'elo',
      'syys',
      'loka',
      'marras',
      'joulu',
    ]);
    expect(chart.bars.map((b) => b.value)).toEqual(PER_MONTH);
    expect(chart.altText).toBe(
      'Tilaukset kuukausittain 2026: tammikuu 3, helmikuu 0, maaliskuu 7, huhtikuu 12, toukokuu 4, kesäkuu 1, ' +
        'heinäkuu 0, elokuu 2, syyskuu 9, lokakuu 11, marraskuu 6 ja joulukuu 1.',
    );
  });

  it('When drawn in Swedish, then the months and the text are Swedish', () => {
    const chart = monthlyOrdersChart(PER_MONTH, 2026, translator('sv'));
    expect(chart.title).toBe('Beställningar per månad 2026');
    expect(chart.bars[0]).toEqual({ label: 'jan.', value: 3 });
    expect(chart.bars[4]).toEqual({ label: 'maj', value: 4 });
    expect(chart.altText).toMatch(
      /^Beställningar per månad 2026: januari 3, februari 0, mars 7, .* december 1\.$/,
    );
  });

  it('When drawn in English, then the months and the text are English', () => {
    const chart = monthlyOrdersChart(PER_MONTH, 2026, translator('en'));
    expect(chart.title).toBe('Orders per month in 2026');
    expect(chart.bars.map((b) => b.label).join(' ')).toBe('Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec');
    expect(chart.altText).toMatch(
      /^Orders per month in 2026: January 3, February 0, March 7, .* December 1\.$/,
    );
  });

  it("When put on a card, then it is Teams' bar chart with the PNG and the alt text as its fallback, and the card is valid", () => {
    const chart = monthlyOrdersChart(PER_MONTH, 2026, translator('fi'));
    const element = monthlyChartElement(chart, 'https://silta.example/exports/x/chart.png');
    expect(element).toMatchObject({
      type: 'Chart.VerticalBar',
      title: 'Tilaukset kuukausittain 2026',
      showBarValues: true,
      fallback: { type: 'Image', url: 'https://silta.example/exports/x/chart.png', altText: chart.altText },
    });
    expect(element.data).toEqual(chart.bars.map((bar) => ({ x: bar.label, y: bar.value })));
    expect(element.data.slice(0, 3)).toEqual([
      { x: 'tammi', y: 3 },
      { x: 'helmi', y: 0 },
      { x: 'maalis', y: 7 },
    ]);
    expect(cardProblems(card([element]))).toEqual([]);
  });

  it('When rendered, then the PNG decodes and has the expected size, in every language and with no orders at all', async () => {
    for (const [locale, counts] of [
      ['fi', PER_MONTH],
      ['sv', PER_MONTH],
      ['en', new Array(12).fill(0)],
    ] as const) {
      const png = await barChartPng(monthlyOrdersChart(counts, 2026, translator(locale)));
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      const image = PNG.sync.read(png);
      expect([image.width, image.height]).toEqual([BAR_CHART_WIDTH, BAR_CHART_HEIGHT]);
    }
  });

  it('When rendered, then the bars are drawn in proportion: the tallest month has the most bar colour in its column', async () => {
    const image = PNG.sync.read(await barChartPng(monthlyOrdersChart(PER_MONTH, 2026, translator('fi'))));
    const barPixels = (x: number) => {
      let n = 0;
      for (let y = 0; y < image.height; y += 1) {
        const i = (y * image.width + Math.round(x)) * 4;
        if (image.data[i] === 0x46 && image.data[i + 1] === 0x47 && image.data[i + 2] === 0xc1) n += 1;
      }
      return n;
    };
    // Columns across the plot, left to right: the bar colour's height in each is largest for April (12).
    const heights = Array.from({ length: image.width }, (_, x) => barPixels(x));
    const tallest = Math.max(...heights);
    expect(tallest).toBeGreaterThan(image.height / 2);
    const aprilColumn = heights.indexOf(tallest) / image.width;
    expect(aprilColumn).toBeGreaterThan(3 / 12 - 0.02);
    expect(aprilColumn).toBeLessThan(4 / 12 + 0.02);
  });

  it('When drawn in a worker thread (as Silta does), then the PNG is the same as one drawn in place', async () => {
    const chart = monthlyOrdersChart(PER_MONTH, 2026, translator('sv'));
    const [inWorker, inPlace] = await Promise.all([drawBarChartPng(chart), barChartPng(chart)]);
    expect(inWorker.equals(inPlace)).toBe(true);
    expect(PNG.sync.read(inWorker).width).toBe(BAR_CHART_WIDTH);
  });
});

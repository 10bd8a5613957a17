import { PNG } from 'pngjs';
import {
  CHART_COLORS,
  CHART_HEIGHT,
  CHART_PLOT,
  CHART_WIDTH,
  LABEL_SCALE,
  chartScale,
  monthSlot,
  monthlyChartPng,
} from '../../../src/domain/orders/chart';
import { DIGIT_FONT, GLYPH_HEIGHT, GLYPH_WIDTH } from '../../../src/domain/orders/digitFont';

const decode = (counts: number[]) => PNG.sync.read(monthlyChartPng(counts));
const is = (png: PNG, x: number, y: number, c: { r: number; g: number; b: number }) => {
  const i = (y * png.width + x) * 4;
  return png.data[i] === c.r && png.data[i + 1] === c.g && png.data[i + 2] === c.b;
};
const barHeight = (png: PNG, month: number) => {
  const slot = monthSlot(month);
  const x = Math.round(slot.x + slot.width / 2);
  let h = 0;
  for (let y = 0; y < png.height; y += 1) if (is(png, x, y, CHART_COLORS.bar)) h += 1;
  return h;
};

/** Reads the digits drawn in a box of the image, glyph by glyph, with the chart's own font. */
function readDigits(png: PNG, box: { x0: number; x1: number; y0: number; y1: number }): string {
  const ink = (x: number, y: number) => is(png, x, y, CHART_COLORS.text);
  const columns: number[] = [];
  const rows: number[] = [];
  for (let x = box.x0; x < box.x1; x += 1)
    for (let y = box.y0; y < box.y1; y += 1)
      if (ink(x, y)) {
        columns.push(x);
        rows.push(y);
      }
  if (columns.length === 0) return '';
  const top = Math.min(...rows);
  let text = '';
  for (let x = Math.min(...columns); x <= Math.max(...columns); x += (GLYPH_WIDTH + 1) * LABEL_SCALE) {
    const glyph = Array.from({ length: GLYPH_HEIGHT }, (_, gy) =>
      Array.from({ length: GLYPH_WIDTH }, (_, gx) =>
        ink(x + gx * LABEL_SCALE, top + gy * LABEL_SCALE) ? '#' : '.',
      ).join(''),
    );
    const digit = Object.entries(DIGIT_FONT).find(([, rows]) => rows.join() === glyph.join());
    text += digit ? digit[0] : '?';
  }
  return text;
}
const monthLabel = (png: PNG, month: number) => {
  const slot = monthSlot(month);
  return readDigits(png, {
    x0: Math.ceil(slot.x),
    x1: Math.floor(slot.x + slot.width),
    y0: CHART_PLOT.bottom + 1,
    y1: CHART_HEIGHT,
  });
};
/** The value written left of the plot at height `y`. */
const scaleLabel = (png: PNG, y: number) =>
  readDigits(png, { x0: 0, x1: CHART_PLOT.left - 1, y0: y - 7, y1: y + 7 });
const yOf = (value: number, top: number) =>
  CHART_PLOT.bottom - Math.round(((CHART_PLOT.bottom - CHART_PLOT.top) * value) / top);

describe('Orders-per-month chart', () => {
  it('When the chart is drawn, then it is a valid PNG of 480×200 with the PNG signature', () => {
    const buffer = monthlyChartPng([1, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(buffer.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const png = PNG.sync.read(buffer);
    expect([png.width, png.height]).toEqual([480, 200]);
    expect([CHART_WIDTH, CHART_HEIGHT]).toEqual([480, 200]);
  });

  it('When months differ, then bar heights are proportional to the top of the scale and empty months have no bar', () => {
    const png = decode([1, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
    const plotH = CHART_PLOT.bottom - CHART_PLOT.top; // the scale's top is 4
    expect(barHeight(png, 2)).toBe(plotH);
    expect(barHeight(png, 0)).toBe(plotH / 4);
    expect(barHeight(png, 11)).toBe(plotH / 2);
    expect(barHeight(png, 1)).toBe(0);
  });

  it('When the chart is drawn, then every month has its number 1–12 under its bar', () => {
    const png = decode([1, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
    expect(Array.from({ length: 12 }, (_, m) => monthLabel(png, m))).toEqual(
      Array.from({ length: 12 }, (_, m) => String(m + 1)),
    );
  });

  it('When the largest month has 4 orders, then the scale reads 0, 1, 2, 3, 4 at its grid lines', () => {
    const png = decode([1, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
    expect([0, 1, 2, 3, 4].map((v) => scaleLabel(png, yOf(v, 4)))).toEqual(['0', '1', '2', '3', '4']);
    for (const v of [1, 2, 3, 4])
      expect(is(png, CHART_PLOT.right - 2, yOf(v, 4), CHART_COLORS.grid)).toBe(true);
  });

  it('When months have tens of orders, then the scale steps by a round number and bars fit under its top', () => {
    expect(chartScale(37)).toEqual({ step: 10, top: 40 });
    const png = decode([37, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect([0, 10, 20, 30, 40].map((v) => scaleLabel(png, yOf(v, 40)))).toEqual([
      '0',
      '10',
      '20',
      '30',
      '40',
    ]);
    expect(barHeight(png, 0)).toBe(Math.round(((CHART_PLOT.bottom - CHART_PLOT.top) * 37) / 40));
  });

  it.each([
    [0, { step: 1, top: 1 }],
    [1, { step: 1, top: 1 }],
    [5, { step: 1, top: 5 }],
    [6, { step: 2, top: 6 }],
    [11, { step: 5, top: 15 }],
    [250, { step: 50, top: 250 }],
    [251, { step: 100, top: 300 }],
  ])('When the largest month has %i orders, then the scale is %j', (max, scale) => {
    expect(chartScale(max)).toEqual(scale);
  });

  it('When there are no orders at all, then the chart still draws (axes, months and a 0–1 scale, no bars)', () => {
    const png = decode(new Array(12).fill(0));
    for (let m = 0; m < 12; m += 1) expect(barHeight(png, m)).toBe(0);
    expect(is(png, 100, CHART_PLOT.bottom, CHART_COLORS.axis)).toBe(true);
    expect(monthLabel(png, 11)).toBe('12');
    expect([scaleLabel(png, yOf(0, 1)), scaleLabel(png, yOf(1, 1))]).toEqual(['0', '1']);
  });
});

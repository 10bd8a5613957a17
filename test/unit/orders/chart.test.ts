import { PNG } from 'pngjs';
import { CHART_HEIGHT, CHART_WIDTH, monthlyChartPng } from '../../../src/domain/orders/chart';

const BAR = [0x46, 0x47, 0xc1];

describe('Orders-per-month chart', () => {
  const decode = (counts: number[]) => PNG.sync.read(monthlyChartPng(counts));
  const barHeight = (png: PNG, month: number) => {
    const x = Math.round(16 + (month + 0.5) * ((CHART_WIDTH - 32) / 12));
    let h = 0;
    for (let y = 0; y < png.height; y += 1) {
      const i = (y * png.width + x) * 4;
      if (png.data[i] === BAR[0] && png.data[i + 1] === BAR[1] && png.data[i + 2] === BAR[2]) h += 1;
    }
    return h;
  };

  it('When the chart is drawn, then it is a valid PNG of 480×200 with the PNG signature', () => {
    const buffer = monthlyChartPng([1, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(buffer.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const png = PNG.sync.read(buffer);
    expect([png.width, png.height]).toEqual([480, 200]);
    expect([CHART_WIDTH, CHART_HEIGHT]).toEqual([480, 200]);
  });

  it('When months differ, then bar heights are proportional and empty months have no bar', () => {
    const png = decode([1, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
    expect(barHeight(png, 2)).toBe(168);
    expect(barHeight(png, 0)).toBe(42);
    expect(barHeight(png, 11)).toBe(84);
    expect(barHeight(png, 1)).toBe(0);
  });

  it('When there are no orders at all, then the chart still draws (axes only, no bars)', () => {
    const png = decode(new Array(12).fill(0));
    for (let m = 0; m < 12; m += 1) expect(barHeight(png, m)).toBe(0);
    const axis = (200 - 16) * 480 + 100; // a pixel on the x axis
    expect(png.data[axis * 4]).toBe(0x60);
  });
});

/** Orders per month as a small PNG bar chart, drawn on the server (no browser, no fonts). */
import { PNG } from 'pngjs';

export const CHART_WIDTH = 480;
export const CHART_HEIGHT = 200;
const MARGIN = 16;
const BAR = { r: 0x46, g: 0x47, b: 0xc1 };
const AXIS = { r: 0x60, g: 0x60, b: 0x60 };
const GRID = { r: 0xe6, g: 0xe6, b: 0xe6 };

export function monthlyChartPng(perMonth: readonly number[]): Buffer {
  const png = new PNG({ width: CHART_WIDTH, height: CHART_HEIGHT });
  const set = (x: number, y: number, c: { r: number; g: number; b: number }) => {
    const i = (y * CHART_WIDTH + x) * 4;
    png.data[i] = c.r;
    png.data[i + 1] = c.g;
    png.data[i + 2] = c.b;
    png.data[i + 3] = 255;
  };
  for (let y = 0; y < CHART_HEIGHT; y += 1)
    for (let x = 0; x < CHART_WIDTH; x += 1) set(x, y, { r: 255, g: 255, b: 255 });
  const max = Math.max(1, ...perMonth);
  const plotH = CHART_HEIGHT - 2 * MARGIN;
  const slot = (CHART_WIDTH - 2 * MARGIN) / 12;
  for (let g = 1; g <= 4; g += 1) {
    const y = CHART_HEIGHT - MARGIN - Math.round((plotH * g) / 4);
    for (let x = MARGIN; x < CHART_WIDTH - MARGIN; x += 1) set(x, y, GRID);
  }
  perMonth.slice(0, 12).forEach((count, month) => {
    const h = Math.round((plotH * count) / max);
    const x0 = Math.round(MARGIN + month * slot + slot * 0.15);
    const x1 = Math.round(MARGIN + (month + 1) * slot - slot * 0.15);
    for (let y = CHART_HEIGHT - MARGIN - h; y < CHART_HEIGHT - MARGIN; y += 1)
      for (let x = x0; x < x1; x += 1) set(x, y, BAR);
  });
  for (let x = MARGIN; x < CHART_WIDTH - MARGIN; x += 1) set(x, CHART_HEIGHT - MARGIN, AXIS);
  for (let y = MARGIN; y <= CHART_HEIGHT - MARGIN; y += 1) set(MARGIN, y, AXIS);
  return PNG.sync.write(png);
}

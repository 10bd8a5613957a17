/**
 * Orders per month as a small PNG bar chart, drawn on the server (no browser, no fonts): months 1–12 under
 * the bars and a value scale on the left, in a bitmap digit font.
 */
import { PNG } from 'pngjs';
import { GLYPH_HEIGHT, eachDot, textWidth } from './digitFont';

export const CHART_WIDTH = 480;
export const CHART_HEIGHT = 200;
/** The plot area (bars and grid): room on the left for the scale and below for the months. */
export const CHART_PLOT = { left: 40, right: CHART_WIDTH - 16, top: 16, bottom: CHART_HEIGHT - 24 };
/** Screen pixels per font pixel: digits are 6×10 pixels. */
export const LABEL_SCALE = 2;
export const CHART_COLORS = {
  bar: { r: 0x46, g: 0x47, b: 0xc1 },
  axis: { r: 0x60, g: 0x60, b: 0x60 },
  grid: { r: 0xe6, g: 0xe6, b: 0xe6 },
  text: { r: 0x24, g: 0x24, b: 0x24 },
  background: { r: 0xff, g: 0xff, b: 0xff },
};
type Color = { r: number; g: number; b: number };

/**
 * The value scale for counts up to `max`: a round step (1, 2, 5 × 10ⁿ) giving at most five steps, and
 * the top of the scale (a whole number of steps, at least `max`).
 */
export function chartScale(max: number): { step: number; top: number } {
  const highest = Math.max(1, Math.ceil(max));
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const unit of [1, 2, 5]) {
      const step = unit * magnitude;
      if (Math.ceil(highest / step) <= 5) return { step, top: step * Math.ceil(highest / step) };
    }
  }
}

/** Left edge of month `month`'s slot (0 = January) and the slot width. */
export function monthSlot(month: number): { x: number; width: number } {
  const width = (CHART_PLOT.right - CHART_PLOT.left) / 12;
  return { x: CHART_PLOT.left + month * width, width };
}

export function monthlyChartPng(perMonth: readonly number[]): Buffer {
  const png = new PNG({ width: CHART_WIDTH, height: CHART_HEIGHT });
  const set = (x: number, y: number, c: Color) => {
    if (x < 0 || y < 0 || x >= CHART_WIDTH || y >= CHART_HEIGHT) return;
    const i = (y * CHART_WIDTH + x) * 4;
    png.data[i] = c.r;
    png.data[i + 1] = c.g;
    png.data[i + 2] = c.b;
    png.data[i + 3] = 255;
  };
  /** Digits with their top left corner at (x, y), each font pixel a LABEL_SCALE square. */
  const write = (text: string, x: number, y: number) =>
    eachDot(text, (dx, dy) => {
      for (let sy = 0; sy < LABEL_SCALE; sy += 1)
        for (let sx = 0; sx < LABEL_SCALE; sx += 1)
          set(x + dx * LABEL_SCALE + sx, y + dy * LABEL_SCALE + sy, CHART_COLORS.text);
    });
  const labelWidth = (text: string) => textWidth(text) * LABEL_SCALE;
  const labelHeight = GLYPH_HEIGHT * LABEL_SCALE;

  for (let y = 0; y < CHART_HEIGHT; y += 1)
    for (let x = 0; x < CHART_WIDTH; x += 1) set(x, y, CHART_COLORS.background);
  const { left, right, top, bottom } = CHART_PLOT;
  const plotH = bottom - top;
  const scale = chartScale(Math.max(0, ...perMonth));
  const yOf = (value: number) => bottom - Math.round((plotH * value) / scale.top);

  // The scale: a grid line and its value at every step, right-aligned left of the plot.
  for (let value = 0; value <= scale.top; value += scale.step) {
    const y = yOf(value);
    if (value > 0) for (let x = left; x < right; x += 1) set(x, y, CHART_COLORS.grid);
    const text = String(value);
    write(text, left - 6 - labelWidth(text), y - Math.floor(labelHeight / 2));
  }
  perMonth.slice(0, 12).forEach((count, month) => {
    const slot = monthSlot(month);
    const x0 = Math.round(slot.x + slot.width * 0.15);
    const x1 = Math.round(slot.x + slot.width * 0.85);
    for (let y = yOf(count); y < bottom; y += 1) for (let x = x0; x < x1; x += 1) set(x, y, CHART_COLORS.bar);
  });
  // Months 1–12, centred under their bars.
  for (let month = 0; month < 12; month += 1) {
    const slot = monthSlot(month);
    const text = String(month + 1);
    write(text, Math.round(slot.x + slot.width / 2 - labelWidth(text) / 2), bottom + 6);
  }
  for (let x = left; x < right; x += 1) set(x, bottom, CHART_COLORS.axis);
  for (let y = top; y <= bottom; y += 1) set(left, y, CHART_COLORS.axis);
  return PNG.sync.write(png);
}

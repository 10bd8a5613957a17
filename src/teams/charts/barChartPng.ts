/**
 * A bar chart as a PNG, for clients that cannot draw an Adaptive Card chart: a Vega-Lite spec compiled by
 * vega-lite, laid out by vega as SVG and rasterised by resvg with the DejaVu Sans font that ships in the
 * `dejavu-fonts-ttf` package (no system fonts, no browser, no network).
 */
import { Resvg } from '@resvg/resvg-js';
import type * as Vega from 'vega';
import type * as VegaLite from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';

/**
 * vega and vega-lite load on the first chart, not when the module is imported (Silta draws charts in a
 * worker thread, chartWorker.ts). `import()` would not do: esbuild keeps it as an ES-module import,
 * which cannot resolve the extensionless CommonJS paths of the build.
 */
const renderer = () => ({
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  vega: require('vega') as typeof Vega,
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  vegaLite: require('vega-lite') as typeof VegaLite,
});

export interface BarChart {
  title: string;
  /** One bar per entry, in this order, each labelled with its value. */
  bars: ReadonlyArray<{ label: string; value: number }>;
}

export const BAR_CHART_WIDTH = 640;
export const BAR_CHART_HEIGHT = 320;
const FONT_FAMILY = 'DejaVu Sans';
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) =>
  require.resolve(`dejavu-fonts-ttf/ttf/${file}`),
);
const BAR_COLOR = '#4647c1';

function spec(chart: BarChart): TopLevelSpec {
  const order = chart.bars.map((bar) => bar.label);
  // Whole numbers only: with small counts, fewer ticks than the scale's default (0, 0.5, 1 … would repeat).
  const highest = Math.max(1, ...chart.bars.map((bar) => bar.value));
  const x = { field: 'label', type: 'ordinal' as const, sort: order, title: null };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: { text: chart.title, anchor: 'start', fontSize: 16, font: FONT_FAMILY, offset: 12 },
    width: BAR_CHART_WIDTH,
    height: BAR_CHART_HEIGHT,
    autosize: { type: 'fit', contains: 'padding' },
    padding: 12,
    background: '#ffffff',
    config: {
      font: FONT_FAMILY,
      view: { stroke: null },
      axis: { labelFontSize: 12, labelColor: '#424242', domainColor: '#616161', tickColor: '#616161' },
    },
    data: { values: chart.bars.map((bar) => ({ ...bar })) },
    encoding: { x: { ...x, axis: { labelAngle: 0, labelPadding: 6 } } },
    layer: [
      {
        mark: { type: 'bar', color: BAR_COLOR, cornerRadiusTopLeft: 2, cornerRadiusTopRight: 2 },
        encoding: {
          y: {
            field: 'value',
            type: 'quantitative',
            title: null,
            scale: { domainMin: 0, domainMax: highest },
            axis: {
              tickCount: Math.min(5, highest),
              tickMinStep: 1,
              format: 'd',
              gridColor: '#e6e6e6',
              domain: false,
              ticks: false,
            },
          },
        },
      },
      {
        mark: { type: 'text', baseline: 'bottom', dy: -3, fontSize: 12, color: '#242424' },
        encoding: {
          y: { field: 'value', type: 'quantitative' },
          text: { field: 'value', type: 'quantitative' },
        },
      },
    ],
  };
}

/** The chart as PNG bytes, BAR_CHART_WIDTH × BAR_CHART_HEIGHT pixels. */
export async function barChartPng(chart: BarChart): Promise<Buffer> {
  const { vega, vegaLite } = renderer();
  const view = new vega.View(vega.parse(vegaLite.compile(spec(chart)).spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  const resvg = new Resvg(svg, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
    fitTo: { mode: 'width', value: BAR_CHART_WIDTH },
  });
  return resvg.render().asPng();
}

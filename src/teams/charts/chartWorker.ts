/**
 * Draws a bar chart PNG in a worker thread that exits afterwards. Rendering in Silta's own thread would
 * keep vega's compiled code and resvg's native buffers for good: measured on Node 20, the process's
 * resident memory grew by about 100 MB over the first twenty charts and stayed there (the JavaScript
 * heap by 5 MB). In a worker that ends after each chart, it stays within a few MB of where it was.
 * A chart takes a few hundred milliseconds more this way (the worker loads vega each time); only the
 * county coordinator's yearly summary draws one.
 */
import { Worker } from 'node:worker_threads';
import type { BarChart } from './barChartPng';
import { SiltaError } from '../../domain/errors';

const RENDER_TIMEOUT_MS = 30_000;

/**
 * The worker's code: loads the renderer module (the built .js; under the tests, the .ts source through
 * tsx's loader) and sends back the PNG's bytes.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
if (workerData.module.endsWith('.ts')) require('tsx/cjs/api').register();
require(workerData.module)
  .barChartPng(workerData.chart)
  .then((png) => parentPort.postMessage(png), (error) => { throw error; });
`;

export function drawBarChartPng(chart: BarChart): Promise<Buffer> {
  const module = require.resolve('./barChartPng');
  return new Promise<Buffer>((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { module, chart } });
    const timer = setTimeout(() => {
      reject(new SiltaError('CHART_RENDER_TIMEOUT', { ms: RENDER_TIMEOUT_MS }));
      void worker.terminate();
    }, RENDER_TIMEOUT_MS);
    worker.once('message', (png: Uint8Array) => {
      clearTimeout(timer);
      resolve(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
      void worker.terminate();
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

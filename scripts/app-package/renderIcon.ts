/**
 * Renders a Teams app icon from its SVG source (appPackage/icons/<kind>.svg) with resvg, a complete SVG
 * renderer: color 192×192; outline 32×32, white on transparent.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { ICON_SIZE, type IconKind } from './icons';

export const ICON_SOURCES = path.join(__dirname, '..', '..', 'appPackage', 'icons');

export function renderIcon(kind: IconKind): Buffer {
  const svg = readFileSync(path.join(ICON_SOURCES, `${kind}.svg`), 'utf8');
  const rendered = new Resvg(svg, {
    fitTo: { mode: 'width', value: ICON_SIZE[kind] },
    font: { loadSystemFonts: false },
  })
    .render()
    .asPng();
  if (kind === 'color') return rendered;
  // Teams allows only white and transparent in the outline icon: anti-aliased edges keep their alpha,
  // and every visible pixel's colour is set to exactly white (un-premultiplying can leave 254).
  const png = PNG.sync.read(rendered);
  for (let i = 0; i < png.data.length; i += 4) png.data.fill(png.data[i + 3] === 0 ? 0 : 255, i, i + 3);
  return PNG.sync.write(png, { colorType: 6 });
}

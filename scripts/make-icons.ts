/**
 * Draws the Teams app icons: an arch bridge ("silta") over water.
 *   appPackage/color.png    192×192, full colour on Pohde blue
 *   appPackage/outline.png   32×32, white on transparent
 * Usage: npx tsx scripts/make-icons.ts   (deterministic: same bytes every run)
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';

type Rgb = readonly [number, number, number];
/** A shape in unit coordinates (0..1, y down): is the point inside? */
type Shape = (x: number, y: number) => boolean;
type Point = readonly [number, number];

const WHITE: Rgb = [255, 255, 255];
const BLUE_TOP: Rgb = [0, 104, 178];
const BLUE_BOTTOM: Rgb = [0, 72, 138];
const WATER: Rgb = [128, 208, 240];
const SUBSAMPLES = 4; // 4×4 samples per pixel for smooth edges

const rect =
  (x0: number, y0: number, x1: number, y1: number): Shape =>
  (x, y) =>
    x >= x0 && x <= x1 && y >= y0 && y <= y1;

function distanceToSegment(px: number, py: number, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function stroke(points: readonly Point[], width: number): Shape {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const half = width / 2;
  return (x, y) => {
    if (x < minX - half || x > maxX + half || y < minY - half || y > maxY + half) return false;
    for (let i = 1; i < points.length; i++) {
      if (distanceToSegment(x, y, points[i - 1]!, points[i]!) <= half) return true;
    }
    return false;
  };
}

const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    shapes.some((s) => s(x, y));

function sample(steps: number, f: (t: number) => Point): Point[] {
  return Array.from({ length: steps + 1 }, (_, i) => f(i / steps));
}

/** Height of the arch above the deck at x (a parabola through both feet and the crown). */
const archY = (x: number, footL: number, footR: number, feetY: number, crownY: number): number => {
  const mid = (footL + footR) / 2;
  const half = (footR - footL) / 2;
  return crownY + (feetY - crownY) * ((x - mid) / half) ** 2;
};

interface BridgeStyle {
  arch: number;
  deck: number;
  hanger: number;
  wave: number;
  waves: number[];
  /** Moves the drawing up (unit coordinates) to centre it vertically. */
  lift: number;
}

/** The bridge and the water as separate shapes, so the colour icon can paint them differently. */
function bridge(style: BridgeStyle): { bridge: Shape; water: Shape } {
  const [footL, footR, feetY, crownY] = [0.2, 0.8, 0.6, 0.27];
  const arch = stroke(
    sample(64, (t) => {
      const x = footL + t * (footR - footL);
      return [x, archY(x, footL, footR, feetY, crownY)];
    }),
    style.arch,
  );
  const deckTop = 0.58;
  const deck = rect(0.1, deckTop, 0.9, deckTop + style.deck);
  const hangers = [0.35, 0.5, 0.65].map((x) =>
    rect(x - style.hanger / 2, archY(x, footL, footR, feetY, crownY), x + style.hanger / 2, deckTop),
  );
  const piers = [rect(0.16, deckTop, 0.16 + style.deck, 0.76), rect(0.84 - style.deck, deckTop, 0.84, 0.76)];
  const water = union(
    ...style.waves.map((y0) =>
      stroke(
        sample(48, (t) => [0.14 + t * 0.72, y0 + 0.018 * Math.sin(t * Math.PI * 6)]),
        style.wave,
      ),
    ),
  );
  const lifted =
    (shape: Shape): Shape =>
    (x, y) =>
      shape(x, y + style.lift);
  return { bridge: lifted(union(arch, deck, ...hangers, ...piers)), water: lifted(water) };
}

function coverage(shape: Shape, px: number, py: number, size: number): number {
  let inside = 0;
  for (let sy = 0; sy < SUBSAMPLES; sy++) {
    for (let sx = 0; sx < SUBSAMPLES; sx++) {
      if (shape((px + (sx + 0.5) / SUBSAMPLES) / size, (py + (sy + 0.5) / SUBSAMPLES) / size)) inside++;
    }
  }
  return inside / (SUBSAMPLES * SUBSAMPLES);
}

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];

function colorIcon(size: number): PNG {
  const png = new PNG({ width: size, height: size });
  const { bridge: shape, water } = bridge({
    arch: 0.05,
    deck: 0.055,
    hanger: 0.024,
    wave: 0.026,
    waves: [0.8, 0.88],
    lift: 0.04,
  });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let rgb = mix(BLUE_TOP, BLUE_BOTTOM, y / (size - 1));
      rgb = mix(rgb, WATER, coverage(water, x, y, size));
      rgb = mix(rgb, WHITE, coverage(shape, x, y, size));
      const i = (y * size + x) * 4;
      png.data[i] = Math.round(rgb[0]);
      png.data[i + 1] = Math.round(rgb[1]);
      png.data[i + 2] = Math.round(rgb[2]);
      png.data[i + 3] = 255;
    }
  }
  return png;
}

function outlineIcon(size: number): PNG {
  const png = new PNG({ width: size, height: size });
  const { bridge: shape, water } = bridge({
    arch: 0.08,
    deck: 0.09,
    hanger: 0.055,
    wave: 0.07,
    waves: [0.86],
    lift: 0.07,
  });
  const all = union(shape, water);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      png.data.fill(255, i, i + 3); // white everywhere; only alpha carries the shape
      png.data[i + 3] = Math.round(255 * coverage(all, x, y, size));
    }
  }
  return png;
}

const appPackage = path.join(__dirname, '..', 'appPackage');
writeFileSync(path.join(appPackage, 'color.png'), PNG.sync.write(colorIcon(192), { colorType: 2 }));
writeFileSync(path.join(appPackage, 'outline.png'), PNG.sync.write(outlineIcon(32), { colorType: 6 }));
console.log('wrote appPackage/color.png (192×192) and appPackage/outline.png (32×32)');

/**
 * Teams icon rules: color 192×192 full colour; outline 32×32, white on a transparent background.
 */
import { PNG, type PNGWithMetadata } from 'pngjs';

export type IconKind = 'color' | 'outline';

export const ICON_SIZE: Record<IconKind, number> = { color: 192, outline: 32 };

const MAKE_ICONS = 'regenerate with `npx tsx scripts/make-icons.ts`';

/** Problems of one icon file, each starting with its name. */
export function iconProblems(name: string, bytes: Buffer, kind: IconKind): string[] {
  let png: PNGWithMetadata;
  try {
    png = PNG.sync.read(bytes);
  } catch (error) {
    return [`${name}: not a readable PNG (${(error as Error).message}); ${MAKE_ICONS}`];
  }
  const size = ICON_SIZE[kind];
  if (png.width !== size || png.height !== size) {
    return [
      `${name}: ${kind} icon must be ${size}×${size} pixels, found ${png.width}×${png.height}; ${MAKE_ICONS}`,
    ];
  }
  return kind === 'outline' ? outlineProblems(name, png) : [];
}

function outlineProblems(name: string, png: PNGWithMetadata): string[] {
  if (!png.alpha) {
    return [`${name}: outline icon has no alpha channel; it must be white on a transparent background`];
  }
  let transparent = 0;
  let visible = 0;
  let firstOffender: { x: number; y: number; rgba: number[] } | undefined;
  let offenders = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b, a] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!, png.data[i + 3]!];
    if (a === 0) {
      transparent++;
      continue;
    }
    visible++;
    if (r !== 255 || g !== 255 || b !== 255) {
      offenders++;
      const pixel = i / 4;
      firstOffender ??= { x: pixel % png.width, y: Math.floor(pixel / png.width), rgba: [r, g, b, a] };
    }
  }
  const problems: string[] = [];
  if (transparent === 0)
    problems.push(`${name}: outline icon has no transparent pixels; the background must be transparent`);
  if (visible === 0) problems.push(`${name}: outline icon is fully transparent; draw the symbol in white`);
  if (firstOffender) {
    const { x, y, rgba } = firstOffender;
    problems.push(
      `${name}: outline icon may contain only white and transparent pixels; ${offenders} pixel(s) are coloured, first at (${x}, ${y}) rgba(${rgba.join(', ')})`,
    );
  }
  return problems;
}

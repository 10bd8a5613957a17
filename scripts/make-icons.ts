/**
 * Writes the Teams app icons from their SVG sources:
 *   appPackage/icons/color.svg   → appPackage/color.png    192×192, full colour
 *   appPackage/icons/outline.svg → appPackage/outline.png   32×32, white on transparent
 * Usage: npx tsx scripts/make-icons.ts   (deterministic: same bytes every run; a test compares them)
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ICON_SIZE } from './app-package/icons';
import { renderIcon } from './app-package/renderIcon';

for (const kind of ['color', 'outline'] as const) {
  writeFileSync(path.join(__dirname, '..', 'appPackage', `${kind}.png`), renderIcon(kind));
  console.log(`wrote appPackage/${kind}.png (${ICON_SIZE[kind]}×${ICON_SIZE[kind]})`);
}

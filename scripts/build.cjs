/**
 * `npm run build`: src → dist/src, one JavaScript file per TypeScript file (CommonJS, Node 20, source
 * maps). esbuild only strips types, in well under a second; type checking is `npm run typecheck` (tsc),
 * which CI runs. tsc itself took 10–20 s here, most of `npm start`'s time to healthy on a fresh clone.
 */
const { rmSync } = require('node:fs');
const path = require('node:path');
const { buildSync } = require('esbuild');

const root = path.resolve(__dirname, '..');
rmSync(path.join(root, 'dist', 'src'), { recursive: true, force: true });
buildSync({
  absWorkingDir: root,
  entryPoints: ['src/**/*.ts'],
  outdir: 'dist/src',
  outbase: 'src',
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
});

import { dirname } from 'node:path';

/**
 * The embedded server's query compiler (`@zeit/cosmosdb-query`, under `@vercel/cosmosdb-server`)
 * turns `FROM c` into `docs.reduce(($, c) => … [...$, { c }] …, [])`: every document copies the
 * rows so far, so one query over N documents costs N²/2 copies. At 20,000 deliveries one claim query
 * held the single-threaded server for seconds and every instance's writes waited behind it
 * (docs/delivery.md §8). This rewrites that one shape into a filter and a map, which give the same rows
 * in the same order in linear time; any other code is left as it is. Dev and tests only: Azure runs
 * its own query engine.
 */
const QUADRATIC_FROM =
  /\$c\.reduce\(\(\$, (\w+)\) => typeof \1 !== "undefined" \? \[\.\.\.\$, \{\s*(\w+): \1\s*\}\] : \$, \[\]\)/g;

/** The compiled query code with its FROM clause made linear. */
export function linearFrom(code: string): string {
  return code.replace(
    QUADRATIC_FROM,
    (_, item: string, alias: string) =>
      `$c.filter((${item}) => typeof ${item} !== "undefined").map((${item}) => ({ ${alias}: ${item} }))`,
  );
}

interface CompiledQuery {
  readonly code: string;
  _linearCode?: string;
}

let patched = false;

/** Makes every query the embedded server compiles from now on use `linearFrom` (idempotent). */
export function patchEmbeddedQueries(): void {
  if (patched) return;
  // the compiler the server itself loads, wherever npm placed it (and in jest, the same module instance)
  const server = dirname(require.resolve('@vercel/cosmosdb-server'));
  const path = require.resolve('@zeit/cosmosdb-query', { paths: [server] });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const compile = (require(path) as { default: (query: string) => CompiledQuery }).default;
  const proto = Object.getPrototypeOf(compile('SELECT * FROM c')) as object;
  const original = Object.getOwnPropertyDescriptor(proto, 'code')?.get;
  if (!original) return; // another version: leave it as it is
  Object.defineProperty(proto, 'code', {
    configurable: true,
    get(this: CompiledQuery) {
      this._linearCode ??= linearFrom(original.call(this) as string);
      return this._linearCode;
    },
  });
  patched = true;
}

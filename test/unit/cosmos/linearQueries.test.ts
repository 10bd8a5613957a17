import { dirname } from 'node:path';
import { linearFrom, patchEmbeddedQueries } from '../../../src/infra/cosmos/linearQueries';

type Compile = (query: string) => {
  readonly code: string;
  exec(
    docs: unknown[],
    options?: { parameters?: Array<{ name: string; value: unknown }> },
  ): {
    result: unknown[];
  };
};

/** The compiler the embedded server uses (the module the patch changes). */
function compiler(): Compile {
  const server = dirname(require.resolve('@vercel/cosmosdb-server'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(require.resolve('@zeit/cosmosdb-query', { paths: [server] })) as { default: Compile })
    .default;
}

const QUERIES = [
  "SELECT TOP 5 * FROM c WHERE c.pk = @pk AND ((c.state = 'pending' AND c.n <= @n) OR c.state = 'sending')",
  'SELECT COUNT(1) AS total, SUM(c.n) AS n FROM c WHERE c.pk = @pk',
  'SELECT c.id, c.n FROM c WHERE c.pk = @pk ORDER BY c.n DESC',
  'SELECT VALUE COUNT(1) FROM c',
  'SELECT * FROM root r WHERE r.n > @n',
];

function documents(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    id: `d${i}`,
    _rid: `rid${String(i).padStart(6, '0')}`,
    pk: i % 3 === 0 ? 'a' : 'b',
    state: ['pending', 'sending', 'sent'][i % 4 === 0 ? 2 : i % 2]!,
    n: (i * 7919) % 101,
  }));
}

/** docs/delivery.md §8: the embedded server's FROM clause, linear instead of quadratic. */
describe('Embedded Cosmos queries in linear time', () => {
  it('When a query is compiled, then its FROM clause copies no rows per document, whatever the alias', () => {
    const compile = compiler();
    for (const query of QUERIES) {
      const original = compile(query);
      // what the compiler makes of FROM today, and what the patch makes of it
      const raw = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(original), 'code')!.get!.call(
        original,
      ) as string;
      expect(linearFrom(raw)).not.toContain('[...$,');
    }
  });

  it('When code has another shape (a JOIN), then it is left exactly as it was', () => {
    const code = '$c.reduce(($, f) => [...$, ...(f.children || []).map(c => ({ c, f }))], [])';
    expect(linearFrom(code)).toBe(code);
  });

  it('When the patch is on, then every query gives the same rows in the same order as the compiler alone', () => {
    const compile = compiler();
    const docs = documents(500);
    const parameters = [
      { name: '@pk', value: 'a' },
      { name: '@n', value: 40 },
    ];
    const before = QUERIES.map((q) => compile(q).exec(docs, { parameters }).result);
    patchEmbeddedQueries();
    patchEmbeddedQueries(); // idempotent
    const after = QUERIES.map((q) => compile(q).exec(docs, { parameters }).result);
    expect(after).toEqual(before);
    expect(compile(QUERIES[0]!).code).not.toContain('[...$,');
    expect((before[0] as unknown[]).length).toBe(5);
    expect((before[2] as unknown[]).length).toBeGreaterThan(100);
  });
});

import { cardActionInvoke as invoke, countingConnector, percentile, spawnServer, type Row } from './lib';

const LIAISON = {
  id: '29:liaison',
  aadObjectId: '520118f6-5108-54ae-ad12-e453ecae8d6b',
  name: 'Noora Eskola',
};
const ORDERER = {
  id: '29:orderer',
  aadObjectId: '0a0a0a0a-1111-4111-8111-000000000001',
  name: 'Bench Orderer',
};

async function timed(url: string, body: unknown): Promise<{ ms: number; json: unknown }> {
  const t0 = performance.now();
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = await res.json();
  if (res.status !== 200) throw new Error(`invoke answered ${res.status}`);
  return { ms: performance.now() - t0, json };
}

/** Issue 4: card-action (invoke) latency over HTTP — order views and real workflow transitions. */
export async function benchOrders(): Promise<Row[]> {
  const connector = await countingConnector();
  const silta = await spawnServer(['--enable-source-maps', 'dist/src/index.js'], {
    NODE_ENV: 'development',
    ALLOW_ANONYMOUS: 'true',
  });
  try {
    const form = {
      unitId: 'OU-TUI',
      contactName: 'Bench',
      purpose: 'training',
      themes: 'mielenterveys',
      language: 'fi',
      date: '2030-12-10',
      time: '10:00',
      durationMinutes: '90',
      mode: 'remote',
      audienceSize: '20',
      description: 'Benchmark',
      costCentre: '1',
    };
    const views: number[] = [];
    const transitions: number[] = [];
    for (let i = 0; i < 60; i += 1) {
      const created = await timed(silta.url, invoke(connector.url, ORDERER, 'order.submit', form, i));
      const orderId = /"orderId":"([0-9a-f-]{36})"/.exec(JSON.stringify(created.json))?.[1];
      if (!orderId)
        throw new Error(`no order id in the submit response: ${JSON.stringify(created.json).slice(0, 600)}`);
      transitions.push(created.ms);
      for (let k = 0; k < 5; k += 1)
        views.push((await timed(silta.url, invoke(connector.url, LIAISON, 'order.view', { orderId }, i))).ms);
      transitions.push(
        (
          await timed(
            silta.url,
            invoke(connector.url, LIAISON, 'order.act', { orderId, action: 'review' }, i),
          )
        ).ms,
      );
      transitions.push(
        (
          await timed(
            silta.url,
            invoke(connector.url, LIAISON, 'order.act', { orderId, action: 'reject', reason: 'bench' }, i),
          )
        ).ms,
      );
    }
    views.sort((a, b) => a - b);
    transitions.sort((a, b) => a - b);
    const skip = (xs: number[]) => xs.slice(Math.floor(xs.length * 0.1));
    const v = skip(views).sort((a, b) => a - b);
    const tr = skip(transitions).sort((a, b) => a - b);
    return [
      { name: 'card action "order.view" p50 (invoke over HTTP)', value: percentile(v, 50), unit: 'ms' },
      { name: 'card action "order.view" p95', value: percentile(v, 95), unit: 'ms', target: '< 100 ms' },
      { name: 'card action transition (submit/review/reject) p50', value: percentile(tr, 50), unit: 'ms' },
      {
        name: 'card action transition p95 (Cosmos write, audit, card updates)',
        value: percentile(tr, 95),
        unit: 'ms',
        target: '< 100 ms',
      },
    ];
  } finally {
    await silta.stop();
    await connector.close();
  }
}

/**
 * Issue 15: the NGO side. Submissions per second the public page accepts with its validation, the
 * Cosmos write, the audit and the liaison's card (its rate limits raised out of the way, so this is the
 * capacity behind them); the calendar question's whole turn over HTTP; the info screen with 200
 * activities this week.
 */
import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import {
  cardActionInvoke,
  countingConnector,
  messageActivity,
  percentile,
  runLoad,
  spawnServer,
  type Row,
} from './lib';

const LIAISON = {
  id: '29:liaison',
  aadObjectId: '520118f6-5108-54ae-ad12-e453ecae8d6b',
  name: 'Noora Eskola',
};
const SUBMISSIONS = 400;
const CONCURRENCY = 8;
const EVENTS = 200;
/** The page's default overall limit (NGO_SUBMIT_TOTAL_LIMITS 30/1min), per second. */
const DEFAULT_TOTAL_PER_SECOND = 30 / 60;

/** A time this week (Helsinki) still ahead: tomorrow at 18.00, or tonight at 23.00 on a Sunday. */
function thisWeek(): { date: string; start: string; end: string } {
  const now = DateTime.now().setZone('Europe/Helsinki');
  const tomorrow = now.plus({ days: 1 });
  if (tomorrow.weekday !== 1) return { date: tomorrow.toISODate()!, start: '18:00', end: '19:30' };
  return { date: now.toISODate()!, start: '23:00', end: '23:45' };
}

function offer(i: number): Record<string, string | string[]> {
  const when = thisWeek();
  return {
    language: 'fi',
    servedAt: String(Date.now() - 60_000),
    website: '',
    organisation: `Penkkiyhdistys ${i} ry`,
    contactName: 'Maija Meikäläinen',
    email: 'maija@yhdistys.example',
    phone: '040 123 4567',
    kind: 'activity',
    title: `Vertaisryhmä ${i}`,
    description: 'Kokoonnumme juttelemaan ja jakamaan kokemuksia. '.repeat(20),
    topics: ['omaishoito', 'ikääntyneet'],
    place: 'unit:OU-TUI',
    activityType: 'group',
    recurrence: 'once',
    firstDate: when.date,
    startTime: when.start,
    endTime: when.end,
    lahellaUrl: 'https://www.lahella.fi/toiminta/123',
  };
}

function urlEncoded(fields: Record<string, string | string[]>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(fields))
    for (const v of Array.isArray(value) ? value : [value]) params.append(name, v);
  return params.toString();
}

function acceptInvoke(serviceUrl: string, submissionId: string, i: number) {
  const data = { submissionId, seen: 1, decision: 'accept', onInfoScreen: 'true' };
  return cardActionInvoke(serviceUrl, LIAISON, 'ngo.decide', data, i);
}

export async function benchNgo(): Promise<Row[]> {
  const connector = await countingConnector();
  const silta = await spawnServer(['--enable-source-maps', 'dist/src/index.js'], {
    NODE_ENV: 'development',
    ALLOW_ANONYMOUS: 'true',
    NGO_SUBMIT_ADDRESS_LIMITS: '99999/1s',
    NGO_SUBMIT_TOTAL_LIMITS: '99999/1s',
  });
  try {
    // The liaison has talked to Silta, so every submission's card goes out to the connector.
    await fetch(`${silta.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...messageActivity('apua', connector.url, 0), from: LIAISON }),
    });

    const tokens: string[] = [];
    const latencies: number[] = [];
    let next = 0;
    let refused = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < SUBMISSIONS) {
          const i = next++;
          const t0 = performance.now();
          const res = await fetch(`${silta.url}/jarjestoille`, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: urlEncoded(offer(i)),
          });
          const text = await res.text();
          latencies.push(performance.now() - t0);
          if (res.status !== 201) refused += 1;
          const token = /\/tila\/([A-Za-z0-9_-]{43})/.exec(text)?.[1];
          if (token) tokens.push(token);
        }
      }),
    );
    const submitSeconds = (performance.now() - started) / 1000;
    if (refused > 0) throw new Error(`${refused} of ${SUBMISSIONS} benchmark submissions were refused`);
    latencies.sort((a, b) => a - b);
    const perSecond = SUBMISSIONS / submitSeconds;

    for (const [i, token] of tokens.slice(0, EVENTS).entries()) {
      const id = createHash('sha256').update(token).digest('hex');
      const res = await fetch(`${silta.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(acceptInvoke(connector.url, id, i)),
      });
      if (res.status !== 200) throw new Error(`accept answered ${res.status}`);
      await res.arrayBuffer();
    }

    const screen: number[] = [];
    let shown = 0;
    let bytes = 0;
    for (let i = 0; i < 200; i += 1) {
      const t0 = performance.now();
      const res = await fetch(`${silta.url}/infotaulu/OU-TUI`);
      const text = await res.text();
      screen.push(performance.now() - t0);
      shown = (text.match(/<li>/g) ?? []).length;
      bytes = Buffer.byteLength(text);
    }
    screen.sort((a, b) => a - b);

    const question = 'mitä järjestötoimintaa Tuiralla on tällä viikolla?';
    await runLoad(silta.url, (i) => messageActivity(question, connector.url, i), 50, 1);
    const alone = await runLoad(silta.url, (i) => messageActivity(question, connector.url, i), 200, 1);
    const loaded = await runLoad(silta.url, (i) => messageActivity(question, connector.url, i), 400, 16);

    return [
      {
        name: 'NGO page: submissions/s accepted (validation, Cosmos write, audit, card)',
        value: perSecond,
        unit: 'subm/s',
      },
      { name: 'NGO page: submission p50 (concurrency 8)', value: percentile(latencies, 50), unit: 'ms' },
      { name: 'NGO page: submission p95 (concurrency 8)', value: percentile(latencies, 95), unit: 'ms' },
      {
        name: 'NGO page: capacity ÷ default overall limit (30/min)',
        value: perSecond / DEFAULT_TOTAL_PER_SECOND,
        unit: '×',
        target: '≥ 10',
      },
      {
        name: `NGO calendar question, whole turn p50 (${EVENTS} activities this week)`,
        value: alone.p50,
        unit: 'ms',
      },
      {
        name: 'NGO calendar question, whole turn p95 (one at a time)',
        value: alone.p95,
        unit: 'ms',
        target: '< 50 ms',
      },
      { name: 'NGO calendar questions/s at concurrency 16', value: loaded.turnsPerSecond, unit: 'turns/s' },
      { name: 'NGO calendar question p95 at concurrency 16', value: loaded.p95, unit: 'ms' },
      {
        name: `info screen GET p50 (${EVENTS} activities this week)`,
        value: percentile(screen, 50),
        unit: 'ms',
      },
      { name: 'info screen GET p95', value: percentile(screen, 95), unit: 'ms', target: '< 100 ms' },
      {
        name: 'info screen: items on the page, page size',
        value: shown,
        unit: `items, ${Math.round(bytes / 1024)} KB`,
      },
    ];
  } finally {
    await silta.stop();
    await connector.close();
  }
}

/** Posting the public NGO page's form over HTTP, as a browser does (urlencoded) or as a script (JSON). */

export interface PageResponse {
  status: number;
  headers: Headers;
  text: string;
}

export type FormFields = Record<string, string | string[]>;

export function urlEncoded(fields: FormFields): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) params.append(name, v);
  }
  return params.toString();
}

export async function postForm(
  url: string,
  fields: FormFields | string,
  headers: Record<string, string> = {},
): Promise<PageResponse> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: typeof fields === 'string' ? fields : urlEncoded(fields),
  });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

export async function postJson(
  url: string,
  body: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

export async function getPage(url: string): Promise<PageResponse> {
  const res = await fetch(url);
  return { status: res.status, headers: res.headers, text: await res.text() };
}

/** A complete, valid activity offer for Tuira, served a minute before `now`, first date a week after it. */
export function validOffer(now: Date, overrides: FormFields = {}): FormFields {
  const inAWeek = new Date(now.getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
  const inTwoMonths = new Date(now.getTime() + 60 * 86_400_000).toISOString().slice(0, 10);
  return {
    language: 'fi',
    servedAt: String(now.getTime() - 60_000),
    website: '',
    organisation: 'Oulun Omaishoitajat ry',
    contactName: 'Maija Meikäläinen',
    email: 'maija@omaishoitajat.example',
    phone: '040 123 4567',
    kind: 'activity',
    title: 'Omaishoitajien vertaisryhmä',
    description: 'Kokoonnumme joka toinen tiistai juttelemaan ja jakamaan kokemuksia.',
    topics: ['omaishoito', 'ikääntyneet'],
    place: 'unit:OU-TUI',
    activityType: 'group',
    recurrence: 'biweekly',
    firstDate: inAWeek,
    lastDate: inTwoMonths,
    startTime: '13:00',
    endTime: '14:30',
    lahellaUrl: 'https://www.lahella.fi/toiminta/123',
    ...overrides,
  };
}

/** The values of every `id` attribute and every `<label for>` of a page. */
export function idsAndLabels(text: string): { inputs: string[]; labelled: Set<string> } {
  const inputs = [...text.matchAll(/<(?:input|select|textarea)\b[^>]*\bid="([^"]+)"[^>]*>/g)]
    .filter((m) => !/type="hidden"/.test(m[0]))
    .map((m) => m[1]!);
  const labelled = new Set([...text.matchAll(/<label for="([^"]+)"/g)].map((m) => m[1]!));
  return { inputs, labelled };
}

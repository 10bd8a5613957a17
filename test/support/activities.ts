import { randomUUID } from 'node:crypto';
import { observeCards } from './cardGate';

export interface User {
  id: string;
  aadObjectId: string;
  name: string;
}

export const TENANT = '11111111-2222-3333-4444-555555555555';

export function user(name: string, aadObjectId: string = randomUUID()): User {
  return { id: `29:${aadObjectId}`, aadObjectId, name };
}

interface Options {
  serviceUrl: string;
  from?: User;
  locale?: string;
  conversationId?: string;
  /** personal (default), groupChat or channel */
  conversationType?: string;
  tenantId?: string;
}

const BOT = { id: '28:silta-bot', name: 'Silta' };

function base(options: Options) {
  const from = options.from ?? user('Testi Käyttäjä', '00000000-0000-0000-0000-0000000000aa');
  const tenantId = options.tenantId ?? TENANT;
  return {
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: options.serviceUrl,
    timestamp: new Date().toISOString(),
    locale: options.locale ?? 'fi-FI',
    from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId },
    recipient: BOT,
    conversation: {
      id: options.conversationId ?? `a:personal-${from.aadObjectId}`,
      conversationType: options.conversationType ?? 'personal',
      tenantId,
    },
    channelData: { tenant: { id: tenantId } },
  };
}

export function message(text: string, options: Options) {
  return { ...base(options), type: 'message', text, textFormat: 'plain' };
}

export function cardAction(verb: string, data: Record<string, unknown>, options: Options) {
  return {
    ...base(options),
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data: { verb, ...data } }, trigger: 'manual' },
  };
}

export function installed(options: Options) {
  return { ...base(options), type: 'conversationUpdate', membersAdded: [{ id: BOT.id }] };
}

/** Posts an activity to the bot and returns the HTTP status and JSON body (the invoke response for invokes). */
export async function post(url: string, activity: unknown): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof activity === 'string' ? activity : JSON.stringify(activity),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    /* not JSON */
  }
  observeCards(`the HTTP answer to ${describeActivity(activity)}`, body);
  return { status: res.status, body };
}

/** All visible text of what the bot sent: message text plus every string inside card attachments. */
export function textOf(activity: { text?: string; attachments?: Array<{ content: unknown }> }): string {
  const parts: string[] = [activity.text ?? ''];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') parts.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  (activity.attachments ?? []).forEach((a) => walk(a.content));
  return parts.join('\n');
}

/** "invoke adaptiveCard/action order.review", "message" …: where a card in the answer came from. */
function describeActivity(activity: unknown): string {
  if (typeof activity !== 'object' || activity === null) return 'a raw body';
  const a = activity as { type?: unknown; name?: unknown; value?: { action?: { verb?: unknown } } };
  return [a.type, a.name, a.value?.action?.verb].filter((part) => typeof part === 'string').join(' ');
}

import { z } from 'zod';

/** Deeper JSON than this is no activity Teams sends (cards' data is a few levels deep). */
export const MAX_DEPTH = 32;

const text = (max: number) => z.string().max(max);
const optional = (max: number) => text(max).nullish();
const record = z.record(z.unknown());
/** An id: printable ASCII, as Teams' ids are; ids go into the connector's URLs and headers. */
const id = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[\x20-\x7e]+$/);
const optionalId = (max: number) => id(max).nullish();

const account = z
  .object({
    id: id(1024),
    name: optional(1024),
    aadObjectId: optionalId(256),
    role: optional(64),
  })
  .passthrough();
const conversation = z
  .object({
    id: id(1024),
    conversationType: optional(64),
    tenantId: optionalId(256),
    isGroup: z.boolean().nullish(),
    name: optional(1024),
  })
  .passthrough();
const named = z
  .object({ id: optionalId(1024), name: optional(1024) })
  .passthrough()
  .nullish();
const channelData = z
  .object({
    tenant: z
      .object({ id: optionalId(256) })
      .passthrough()
      .nullish(),
    team: z
      .object({ id: optionalId(1024), name: optional(1024), aadGroupId: optionalId(256) })
      .passthrough()
      .nullish(),
    channel: named,
    eventType: optional(128),
    settings: record.nullish(),
  })
  .passthrough();
const attachment = z
  .object({ contentType: text(256), contentUrl: optional(4096), name: optional(1024), content: z.unknown() })
  .passthrough();

const activity = z
  .object({
    type: text(64).min(1),
    id: optionalId(1024),
    name: optional(256),
    channelId: id(64),
    // Printable ASCII only: it becomes the connector's URL and headers.
    serviceUrl: text(2048).regex(/^https?:\/\/[\x21-\x7e]+$/i),
    timestamp: optional(64),
    localTimestamp: optional(64),
    locale: optional(64),
    text: z.string().nullish(),
    textFormat: optional(32),
    from: account,
    recipient: account,
    conversation,
    channelData: channelData.nullish(),
    attachments: z.array(attachment).nullish(),
    entities: z.array(z.object({ type: text(256) }).passthrough()).nullish(),
    membersAdded: z.array(account).nullish(),
    membersRemoved: z.array(account).nullish(),
    replyToId: optionalId(1024),
    action: optional(64),
    value: z.unknown(),
  })
  .passthrough();

/** What Silta's and teams-ai's routes read from an invoke's value, by invoke name. */
const extensionValue = z
  .object({
    commandId: optional(256),
    commandContext: optional(64),
    data: z.unknown(),
    messagePayload: z
      .object({
        subject: optional(1024),
        body: z.object({ content: z.string().nullish() }).passthrough().nullish(),
      })
      .passthrough()
      .nullish(),
  })
  .passthrough();
const invokeValues: Record<string, z.ZodTypeAny> = {
  'adaptiveCard/action': z
    .object({
      action: z.object({ type: optional(64), verb: text(256), data: record.nullish() }).passthrough(),
      trigger: optional(64),
    })
    .passthrough(),
  'composeExtension/fetchTask': extensionValue,
  'composeExtension/submitAction': extensionValue,
  'application/search': z
    .object({
      queryText: optional(1024),
      dataset: optional(256),
      queryOptions: z
        .object({
          top: z.number().int().nonnegative().nullish(),
          skip: z.number().int().nonnegative().nullish(),
        })
        .passthrough()
        .nullish(),
    })
    .passthrough(),
  'task/fetch': z.object({ data: z.unknown() }).passthrough(),
  'task/submit': z.object({ data: z.unknown() }).passthrough(),
};

/**
 * The activity's shape, checked at the edge before anything reads it: a field Silta, teams-ai or
 * botbuilder reads has the type they expect (wrong types made them throw, and the error handler with
 * them), no JSON nests deeper than MAX_DEPTH, and no object has a `__proto__` key. Unknown fields pass.
 * Returns what is wrong (a field path, for the log), or undefined when the shape is right.
 */
export function activityProblem(value: unknown): string | undefined {
  if (!withinDepth(value)) return 'depth or __proto__';
  const parsed = activity.safeParse(value);
  if (!parsed.success) return parsed.error.issues[0]?.path.join('.') || 'activity';
  const { type, name } = parsed.data;
  const invoke = type === 'invoke' && name ? invokeValues[name] : undefined;
  if (invoke) {
    const checked = invoke.safeParse(parsed.data.value);
    if (!checked.success) return `value.${checked.error.issues[0]?.path.join('.') ?? ''}`;
  }
  if (type === 'message' && parsed.data.value != null && !record.safeParse(parsed.data.value).success)
    return 'value';
  return undefined;
}

/** Walks the parsed JSON without recursion: depth at most MAX_DEPTH and no `__proto__` own keys. */
function withinDepth(root: unknown): boolean {
  const stack: Array<[unknown, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= MAX_DEPTH) return false;
    if (Array.isArray(node)) {
      for (const item of node) stack.push([item, depth + 1]);
    } else {
      if (Object.prototype.hasOwnProperty.call(node, '__proto__')) return false;
      for (const key of Object.keys(node)) stack.push([(node as Record<string, unknown>)[key], depth + 1]);
    }
  }
  return true;
}

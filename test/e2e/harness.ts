/**
 * End-to-end harness: Silta (built, embedded storage, demo data), the Microsoft 365 Agents Playground
 * (a Teams-like client with a mocked connector, telemetry off, bound to 127.0.0.1) and headless Debian
 * Chromium driven by playwright-core. Every step saves a screenshot to .e2e/screenshots.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { PEOPLE, playgroundConfig, type Person } from '../../scripts/playgroundConfig';
import { freePort } from '../support/freePort';

export const ROOT = path.resolve(__dirname, '../..');
const WORK = path.join(ROOT, '.e2e');
export const SCREENSHOTS = path.join(WORK, 'screenshots');

export { PEOPLE, type Person };

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`E2E_TIMEOUT ${what} did not happen within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A message the bot sent (or updated), as the Playground pushes it to the page over its websocket. */
export interface BotMessage {
  id: string;
  conversationId: string;
  action: 'createMessage' | 'updateMessage';
  text?: string;
  attachments?: Array<{ contentType: string; content: unknown }>;
}

/** The bot's message in one websocket frame ({action, actionConversationId, message}), if any. */
function messageIn(payload: string): BotMessage | undefined {
  try {
    const frame = JSON.parse(payload) as {
      action?: string;
      actionConversationId?: string;
      message?: { messageId?: string; text?: string; attachments?: BotMessage['attachments'] };
    };
    if ((frame.action !== 'createMessage' && frame.action !== 'updateMessage') || !frame.message?.messageId)
      return undefined;
    return {
      id: frame.message.messageId,
      conversationId: frame.actionConversationId ?? '',
      action: frame.action,
      ...(frame.message.text !== undefined ? { text: frame.message.text } : {}),
      ...(frame.message.attachments ? { attachments: frame.message.attachments } : {}),
    };
  } catch {
    return undefined;
  }
}

export interface E2E {
  page: Page;
  /** Every bot message seen so far, oldest first (an update appears again with the same id). */
  messages: BotMessage[];
  botUrl: string;
  playgroundUrl: string;
  /** A second tab for Silta's own pages (the NGO page, the info screen); the Playground stays in `page`. */
  tab(): Promise<Page>;
  /** Which tab the step's screenshot shows (the Playground unless a step says otherwise). */
  show(tab: Page): void;
  shot(name: string): Promise<void>;
  close(): Promise<void>;
}

export async function startE2E(): Promise<E2E> {
  rmSync(SCREENSHOTS, { recursive: true, force: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
  const children: ChildProcess[] = [];
  const botPort = await freePort();
  const bot = spawn(process.execPath, ['--enable-source-maps', 'dist/src/index.js'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(botPort),
      NODE_ENV: 'development',
      ALLOW_ANONYMOUS: 'true',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(bot);
  const botUrl = `http://127.0.0.1:${botPort}`;
  await waitFor(async () => (await fetch(`${botUrl}/healthz`)).ok, 'Silta healthy');

  const pgDir = path.join(WORK, 'playground');
  mkdirSync(pgDir, { recursive: true });
  writeFileSync(
    path.join(pgDir, '.m365agentsplayground.yml'),
    playgroundConfig(PEOPLE.staff, '28:silta-e2e'),
  );
  const pgPort = await freePort();
  const playground = spawn(
    process.execPath,
    [
      '-r',
      path.join(ROOT, 'scripts', 'bind-localhost.cjs'),
      path.join(ROOT, 'node_modules/@microsoft/m365agentsplayground/cli.js'),
      '-e',
      `${botUrl}/api/messages`,
      '-c',
      'msteams',
      '--dt',
      '-p',
      String(pgPort),
    ],
    {
      cwd: pgDir,
      env: {
        ...process.env,
        TEAMSAPPTESTER_BROWSER: 'none',
        M365_AGENTS_PLAYGROUND_LOGFILE: path.join(pgDir, 'playground.log'),
        M365_AGENTS_PLAYGROUND_CONFIG_PATH: path.join(pgDir, '.m365agentsplayground.yml'),
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  children.push(playground);
  const playgroundUrl = `http://127.0.0.1:${pgPort}`;
  await waitFor(async () => {
    if (playground.exitCode !== null)
      throw new Error(`Playground exited (${playground.exitCode}); see ${pgDir}/playground.log`);
    return (await (await fetch(`${playgroundUrl}/_debug/ping`)).text()).includes('pong');
  }, 'Playground ping');

  const profile = mkdtempSync(path.join(os.tmpdir(), 'silta-e2e-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 1000 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.route('**/*', (route) => {
    const host = new URL(route.request().url()).hostname;
    return host === '127.0.0.1' || host === 'localhost' ? route.continue() : route.abort();
  });
  // What the bot sends reaches the page over the Playground's websocket: keep every activity, so a
  // step can find the id of a message (to act on it as another user) and its card's data.
  const messages: BotMessage[] = [];
  page.on('websocket', (ws) =>
    ws.on('framereceived', (frame) => {
      const message = messageIn(String(frame.payload));
      if (message) messages.push(message);
    }),
  );
  await page.goto(playgroundUrl);
  let counter = 0;
  let second: Page | undefined;
  let shown: Page = page;
  return {
    page,
    messages,
    botUrl,
    playgroundUrl,
    async tab() {
      second ??= await context.newPage();
      return second;
    },
    show(tab) {
      shown = tab;
    },
    async shot(name) {
      counter += 1;
      const target = shown;
      shown = page;
      await target.screenshot({
        path: path.join(SCREENSHOTS, `${String(counter).padStart(2, '0')}-${name}.png`),
        fullPage: false,
      });
    },
    async close() {
      await context.close().catch(() => undefined);
      for (const child of children.reverse()) child.kill('SIGTERM');
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Types a message into the chat box like a person (the box is contenteditable: type, do not fill). */
export async function say(page: Page, text: string): Promise<void> {
  const box = page.locator('[role="textbox"][contenteditable="true"]').first();
  await box.click();
  await box.type(text, { delay: 5 });
  await box.press('Enter');
}

/** The last bot card that contains `text`, once it is there. */
export async function cardWith(page: Page, text: string, timeoutMs = 15_000) {
  const card = page.locator('.ac-adaptiveCard', { hasText: text }).last();
  await card.waitFor({ state: 'visible', timeout: timeoutMs });
  return card;
}

const GROUP_CHAT = 'group-chat-id';

/**
 * Another member writes to Silta in their personal chat (the page itself acts only as the staff
 * member). The Playground gives a personal chat to the current user only and accepts another user's
 * card clicks only where they are a member, so the group chat stands in for the other member's
 * personal chat: the activity says "personal", the conversation is the group chat's.
 */
export async function asUser(e: E2E, person: Person, text: string, locale = 'fi-FI'): Promise<void> {
  const template = (await (
    await fetch(`${e.playgroundUrl}/_internal/v1/customActivities/template?conversationId=${GROUP_CHAT}`)
  ).json()) as Record<string, unknown> & { conversation: Record<string, unknown> };
  const res = await fetch(`${e.playgroundUrl}/_internal/v1/customActivities`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      ...template,
      type: 'message',
      text,
      locale,
      from: { id: person.id, name: person.name, aadObjectId: person.aadObjectId },
      conversation: { ...template.conversation, id: GROUP_CHAT, conversationType: 'personal' },
    }),
  });
  if (!res.ok) throw new Error(`E2E_CUSTOM_ACTIVITY ${res.status}: ${await res.text()}`);
}

/**
 * Another member presses an Action.Execute button on a card Silta sent (the Playground's invoke API
 * honours their id). Returns the card Silta answers with.
 */
export async function invokeAs(
  e: E2E,
  person: Person,
  message: { id: string; conversationId: string },
  data: Record<string, unknown> & { verb: string },
): Promise<unknown> {
  const res = await fetch(`${e.playgroundUrl}/_conversation/v1/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: data.verb, data }, trigger: 'manual' },
      from: { id: person.id },
      conversation: { id: message.conversationId },
      replyToId: message.id,
    }),
  });
  const body = await res.text();
  if (!res.ok) throw new Error(`E2E_INVOKE ${res.status}: ${body}`);
  return body ? (JSON.parse(body) as unknown) : undefined;
}

/** The latest bot message (create or update) that matches, once it has arrived. */
export async function botMessage(
  e: E2E,
  matches: (m: BotMessage) => boolean,
  what: string,
  timeoutMs = 15_000,
): Promise<BotMessage> {
  let found: BotMessage | undefined;
  await waitFor(
    async () => {
      found = [...e.messages].reverse().find(matches);
      return found !== undefined;
    },
    what,
    timeoutMs,
  );
  return found!;
}

import type { Locator, Page } from 'playwright-core';
import { asUser, botMessage, cardWith, invokeAs, PEOPLE, say, type BotMessage, type E2E } from '../harness';

export type Data = Record<string, unknown> & { verb: string };

/** Every Action.Execute data object and every choice value of the input `inputId` in a card's JSON. */
export function walk(json: unknown, inputId?: string): { actions: Data[]; choices: string[] } {
  const actions: Data[] = [];
  const choices: string[] = [];
  const visit = (value: unknown) => {
    if (!value || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach(visit);
    const record = value as Record<string, unknown>;
    if (record.type === 'Action.Execute' && record.data) actions.push(record.data as Data);
    if (inputId && record.id === inputId && Array.isArray(record.choices))
      for (const c of record.choices as Array<{ value: string }>) choices.push(c.value);
    Object.values(record).forEach(visit);
  };
  visit(json);
  return { actions, choices };
}

/** What the steps learn on the way: the order, and the liaison's card (which another user acts on). */
const order = { id: '', liaisonMessageId: '', liaisonConversationId: '', offered: '' };

const isLiaisonCard = (m: BotMessage) => m.id === order.liaisonMessageId;
const liaisonCard = () => ({ id: order.liaisonMessageId, conversationId: order.liaisonConversationId });

/** The liaison's card as it is now, with the buttons for `action`. */
async function liaisonCardWith(e: E2E, action: string, not?: string): Promise<Data> {
  const message = await botMessage(
    e,
    (m) =>
      isLiaisonCard(m) &&
      walk(m.attachments).actions.some((a) => a.action === action && (!not || a.expertId !== not)),
    `the liaison's card offering "${action}"`,
  );
  return walk(message.attachments).actions.find((a) => a.action === action && (!not || a.expertId !== not))!;
}

export async function pick(page: Page, form: Locator, label: string, option: string): Promise<void> {
  await form.getByRole('combobox', { name: label }).click();
  await page
    .locator('[role="listbox"], [role="menu"], [role="dialog"]')
    .last()
    .getByText(option, { exact: true })
    .first()
    .click();
}

/** The first day of next month in the date picker's calendar (always in the future). */
async function pickDateNextMonth(page: Page, form: Locator): Promise<void> {
  await form.getByRole('combobox', { name: 'Date' }).click();
  await page
    .getByRole('button', { name: /next month/i })
    .first()
    .click();
  await page.getByRole('gridcell', { name: /^1,/ }).first().click();
}

/** The ordering side as a person sees it, and the liaison acting on the same order as another user. */
export const orderSteps: Array<[string, (e: E2E) => Promise<void>]> = [
  [
    'liaison-uses-silta',
    async (e) => {
      // The Tuira liaison writes to Silta once (in Finnish), so Silta can reach them in Teams.
      await asUser(e, PEOPLE.liaison, 'apua');
      await botMessage(
        e,
        (m) => JSON.stringify(m.attachments ?? []).includes('Näin Silta auttaa'),
        'the help for the liaison',
      );
    },
  ],
  [
    'my-unit-set',
    async ({ page }) => {
      await say(page, 'my unit is Tuira');
      await page.getByText('Your unit is now Tuiran hyvinvointikeskus').last().waitFor({ timeout: 15_000 });
    },
  ],
  [
    'order-form',
    async ({ page }) => {
      await say(page, 'order an experience expert');
      const form = await cardWith(page, 'Ordering unit');
      // The essentials; the contact person, language and other wishes are on demand.
      for (const label of [
        'Purpose',
        'Themes',
        'Date',
        'Duration in minutes',
        'Description of the task',
        'Cost centre',
      ]) {
        await form.getByText(label, { exact: true }).first().waitFor();
      }
      await form.getByRole('button', { name: 'Send the order' }).waitFor();
      await form.getByRole('button', { name: 'Contact person and more details' }).waitFor();
    },
  ],
  [
    'order-form-refuses-empty',
    async ({ page }) => {
      const form = await cardWith(page, 'Ordering unit');
      await form.getByRole('button', { name: 'Send the order' }).click();
      // The card validates required inputs before anything is sent; the server validates again.
      await form.getByText('Description of the task: required.').first().waitFor({ timeout: 10_000 });
    },
  ],
  [
    'order-form-filled',
    async ({ page }) => {
      const form = await cardWith(page, 'Ordering unit');
      await pick(page, form, 'Purpose', 'Training for professionals');
      await pick(page, form, 'Themes', 'mental health');
      await page.keyboard.press('Escape');
      await pickDateNextMonth(page, form);
      await form.getByRole('combobox', { name: 'Time (Finnish time)' }).fill('13:00');
      await page.keyboard.press('Tab'); // closes the time list, which would swallow the next click
      await form.getByLabel('Duration in minutes').fill('60');
      // Fluent's radio input sits under its styled label: click the input itself.
      const remote = form.getByRole('radio', { name: 'Remote' });
      await remote.click({ force: true });
      if (!(await remote.isChecked())) await remote.click({ force: true });
      if (!(await remote.isChecked())) throw new Error('E2E_EXPECTED "Remote" chosen');
      await form.getByLabel('Expected number of participants').fill('20');
      await form
        .getByLabel('Description of the task')
        .fill('Kokemuspuheenvuoro henkilöstön koulutuspäivään.');
      await form.getByLabel('Cost centre').fill('4100');
    },
  ],
  [
    'order-submitted',
    async (e) => {
      const form = await cardWith(e.page, 'Ordering unit');
      await form.getByRole('button', { name: 'Send the order' }).click();
      await e.page.getByText('Status: Submitted').last().waitFor({ timeout: 15_000 });
      // The liaison got a card of their own (Finnish, their locale) with the review button.
      const card = await botMessage(
        e,
        (m) => m.action === 'createMessage' && walk(m.attachments).actions.some((a) => a.action === 'review'),
        "the liaison's new-order card",
      );
      order.liaisonMessageId = card.id;
      order.liaisonConversationId = card.conversationId;
      order.id = String(walk(card.attachments).actions.find((a) => a.action === 'review')!.orderId);
    },
  ],
  [
    'liaison-reviews',
    async (e) => {
      const review = await liaisonCardWith(e, 'review');
      await invokeAs(e, PEOPLE.liaison, liaisonCard(), review);
      // The orderer's card is updated in place.
      await e.page.getByText('Status: In review').last().waitFor({ timeout: 15_000 });
    },
  ],
  [
    'liaison-proposes',
    async (e) => {
      const propose = await liaisonCardWith(e, 'propose');
      const message = await botMessage(e, isLiaisonCard, "the liaison's card");
      const suggested = walk(message.attachments, 'expertIds').choices;
      if (suggested.length < 2)
        throw new Error(`E2E_EXPECTED two suggested experts, got ${suggested.length}`);
      await invokeAs(e, PEOPLE.liaison, liaisonCard(), {
        ...propose,
        expertIds: suggested.slice(0, 2).join(','),
      });
      await e.page.getByText('Status: Candidates to choose from').last().waitFor({ timeout: 15_000 });
    },
  ],
  [
    'orderer-chooses',
    async ({ page }) => {
      const card = await cardWith(page, 'Choose candidate 1');
      await card.getByRole('button', { name: 'Choose candidate 1' }).click();
      await page.getByText('Status: Offered to the expert').last().waitFor({ timeout: 15_000 });
    },
  ],
  [
    'liaison-records-decline',
    async (e) => {
      const declined = (await liaisonCardWith(e, 'answer')) as Data & { expertId: string };
      order.offered = declined.expertId;
      await invokeAs(e, PEOPLE.liaison, liaisonCard(), { ...declined, accepted: 'false' });
      // The next proposed candidate is offered automatically: the liaison's card now asks about them.
      const next = (await liaisonCardWith(e, 'answer', order.offered)) as Data & { expertId: string };
      if (next.expertId === order.offered) throw new Error('E2E_EXPECTED the next candidate to be offered');
      order.offered = next.expertId;
      // What the liaison sees: switch to the chat that stands in for theirs (see asUser). Silta redraws
      // their card in their chat's language (Finnish), whatever language the invoke came in.
      await e.page.getByText('Tuiran tiimi', { exact: true }).first().click();
      const card = await cardWith(e.page, 'Kieltäytyneet: 1');
      await card.getByRole('button', { name: 'Kokemustoimija otti tehtävän' }).waitFor();
      // The liaison's card is complete: what they need to brief the expert, the cost centre among it.
      await card.getByText('Kustannuspaikka').first().waitFor();
      await card.getByText('4100').first().waitFor();
    },
  ],
  [
    'liaison-records-accept-confirmed',
    async (e) => {
      await e.page.getByText('Personal Chat', { exact: true }).first().click();
      const answer = await liaisonCardWith(e, 'answer');
      await invokeAs(e, PEOPLE.liaison, liaisonCard(), { ...answer, accepted: 'true' });
      await e.page.getByText('Status: Confirmed').last().waitFor({ timeout: 15_000 });
      // Only now does the team see the expert's contact details.
      await e.page
        .getByText(/^Contact: /)
        .last()
        .waitFor({ timeout: 15_000 });
    },
  ],
];

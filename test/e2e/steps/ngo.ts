import { DateTime } from 'luxon';
import { botMessage, cardWith, invokeAs, PEOPLE, say, type BotMessage, type E2E } from '../harness';
import { walk, type Data } from './orders';

const TITLE = 'Omaishoitajien iltakahvila';
const ORGANISATION = 'Oulun Omaishoitajat ry';

/** What the steps learn: the liaison's card (the message the liaison's click goes to). */
const submission = { card: { id: '', conversationId: '' }, accept: undefined as Data | undefined };

/**
 * A time this week (Monday–Sunday, Helsinki) that is still ahead, as the info screen shows this week
 * only: tomorrow at 18.00, or tonight at 23.00 when tomorrow is already next week.
 */
function thisWeek(): { date: string; start: string; end: string } {
  const now = DateTime.now().setZone('Europe/Helsinki');
  const tomorrow = now.plus({ days: 1 });
  if (tomorrow.weekday !== 1) return { date: tomorrow.toISODate()!, start: '18:00', end: '19:30' };
  if (now.hour >= 22) throw new Error('E2E_CLOCK Sunday after 22.00 in Helsinki: no time left this week');
  return { date: now.toISODate()!, start: '23:00', end: '23:45' };
}

const isNgoCard = (m: BotMessage) =>
  JSON.stringify(m.attachments ?? '').includes(TITLE) &&
  walk(m.attachments).actions.some((a) => a.verb === 'ngo.decide');

/**
 * The NGO side end to end: an NGO sends an activity from Silta's public page, the Tuira liaison gets the
 * card in Teams and accepts it for the info screen, staff find it in the calendar answer, and Tuira's
 * info screen shows it.
 */
export const ngoSteps: Array<[string, (e: E2E) => Promise<void>]> = [
  [
    'ngo-page-offer-sent',
    async (e) => {
      const tab = await e.tab();
      e.show(tab);
      await tab.setViewportSize({ width: 420, height: 900 });
      await tab.goto(`${e.botUrl}/jarjestoille`);
      const when = thisWeek();
      await tab.getByLabel('Järjestö tai seurakunta').fill(ORGANISATION);
      await tab.getByLabel('Yhteyshenkilö').fill('Maija Meikäläinen');
      await tab.getByLabel('Sähköposti').fill('maija@omaishoitajat.example');
      await tab.locator('#f-kind-activity').check();
      await tab.getByLabel('Otsikko').fill(TITLE);
      await tab
        .getByLabel('Kuvaus', { exact: false })
        .first()
        .fill('Iltakahvila omaishoitajille: juttelua ja vertaistukea.');
      await tab.locator('#f-place').selectOption('unit:OU-TUI');
      await tab.locator('#f-activityType').selectOption('group');
      await tab.locator('#f-recurrence').selectOption('once');
      await tab.locator('#f-firstDate').fill(when.date);
      await tab.locator('#f-startTime').fill(when.start);
      await tab.locator('#f-endTime').fill(when.end);
      // A person takes a while to fill the form; the page refuses a form sent back within 5 s.
      await tab.waitForTimeout(5_500);
      await Promise.all([tab.waitForNavigation(), tab.locator('#f-submit').click()]);
      await tab.getByText('Kiitos, viesti on perillä').waitFor({ timeout: 15_000 });
      await tab.getByText(/JR-[0-9A-Z]{4}-[0-9A-Z]{4}/).waitFor();
    },
  ],
  [
    'ngo-card-reaches-tuira-liaison',
    async (e) => {
      const card = await botMessage(e, isNgoCard, "the Tuira liaison's card of the NGO's offer", 30_000);
      submission.card = { id: card.id, conversationId: card.conversationId };
      submission.accept = walk(card.attachments).actions.find(
        (a) => a.verb === 'ngo.decide' && a.decision === 'accept',
      );
      if (!submission.accept) throw new Error('E2E_EXPECTED an accept action on the liaison card');
      // The group chat stands in for the liaison's personal chat (see harness.ts).
      await e.page.getByText('Tuiran tiimi', { exact: true }).first().click();
      await cardWith(e.page, TITLE, 15_000);
    },
  ],
  [
    'ngo-liaison-accepts-for-info-screen',
    async (e) => {
      const answer = await invokeAs(e, PEOPLE.liaison, submission.card, {
        ...submission.accept!,
        onInfoScreen: 'true',
      });
      if (!JSON.stringify(answer).includes('infotaululla') && !JSON.stringify(answer).includes('info screen'))
        throw new Error(`E2E_EXPECTED the accepted card, got ${JSON.stringify(answer).slice(0, 400)}`);
      await cardWith(e.page, TITLE, 15_000);
    },
  ],
  [
    'ngo-calendar-answer-in-chat',
    async ({ page }) => {
      await page.getByText('Personal Chat', { exact: true }).first().click();
      // The Playground sends en-US: the staff member asks in English.
      await say(page, 'What NGO activity is at Tuira this week?');
      const card = await cardWith(page, TITLE, 15_000);
      await card.getByText(ORGANISATION, { exact: false }).first().waitFor();
    },
  ],
  [
    'ngo-info-screen-shows-it',
    async (e) => {
      const tab = await e.tab();
      e.show(tab);
      await tab.setViewportSize({ width: 1280, height: 720 });
      await tab.goto(`${e.botUrl}/infotaulu/OU-TUI`);
      await tab.getByText(TITLE).waitFor({ timeout: 15_000 });
      await tab.getByText(ORGANISATION).first().waitFor();
      if (await tab.getByText('Maija').count())
        throw new Error('E2E_EXPECTED nothing personal on the info screen');
    },
  ],
];

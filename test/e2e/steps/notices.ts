import { asUser, botMessage, cardWith, invokeAs, PEOPLE, say, type BotMessage, type E2E } from '../harness';
import { pick, walk, type Data } from './orders';

const TITLE = 'Mielenterveysviikon avoin luento';

/** The liaison's notice form (its message is where their clicks go) and the notice's id. */
const notice = { form: { id: '', conversationId: '' }, id: '' };

function actionWithVerb(m: BotMessage | unknown, verb: string): Data | undefined {
  const json = (m as BotMessage).attachments ?? m;
  return walk(json).actions.find((a) => a.verb === verb);
}

/** A date `days` from today as an Input.Date value (YYYY-MM-DD). */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Notices: who may send, a staff member subscribing, the liaison sending, delivery and the report. */
export const noticeSteps: Array<[string, (e: E2E) => Promise<void>]> = [
  [
    'notice-refused-for-staff',
    async ({ page }) => {
      await say(page, 'new notice');
      await page.getByText('Notices are sent by centre NGO liaisons').last().waitFor({ timeout: 15_000 });
    },
  ],
  [
    'staff-subscribes-to-a-topic',
    async ({ page }) => {
      // The staff member's unit is Tuira (set in the order steps).
      await say(page, 'my topics');
      const form = await cardWith(page, 'My topics');
      await pick(page, form, 'Topics', 'mental health');
      await page.keyboard.press('Escape');
      await form.getByRole('button', { name: 'Save' }).click();
      await page
        .getByText('Saved. You will get notices about: mental health.')
        .last()
        .waitFor({ timeout: 15_000 });
    },
  ],
  [
    'liaison-previews-notice',
    async (e) => {
      await asUser(e, PEOPLE.liaison, 'uusi tiedote');
      const form = await botMessage(
        e,
        (m) => m.action === 'createMessage' && actionWithVerb(m, 'notice.preview') !== undefined,
        "the liaison's notice form",
      );
      notice.form = { id: form.id, conversationId: form.conversationId };
      const tuira = /"title":"Tuiran hyvinvointikeskus","value":"([^"]+)"/.exec(
        JSON.stringify(form.attachments),
      )?.[1];
      if (!tuira) throw new Error('E2E_EXPECTED Tuira among the units the liaison may send to');
      const preview = await invokeAs(e, PEOPLE.liaison, notice.form, {
        verb: 'notice.preview',
        title: TITLE,
        text: 'Tervetuloa kuulemaan kokemusasiantuntijaa **torstaina** kirjastolle.',
        ngo: 'Oulun Seudun Mielenterveysseura',
        link: 'https://www.lahella.fi/',
        topics: 'mielenterveys',
        targetGroups: 'henkilöstö',
        audienceKind: 'units',
        audienceIds: tuira,
        validUntil: inDays(30),
      });
      const send = actionWithVerb(preview, 'notice.send');
      if (!send) throw new Error(`E2E_EXPECTED a preview with "Send now", got ${JSON.stringify(preview)}`);
      if (!JSON.stringify(preview).includes('Recipients right now: 1'))
        throw new Error('E2E_EXPECTED one recipient (the subscribed staff member) in the preview');
      notice.id = String(send.noticeId);
      if (!JSON.stringify(preview).includes('Preview – this is what recipients will see'))
        throw new Error('E2E_EXPECTED the preview card');
      // The liaison's chat (the Playground does not redraw a card for an invoke made over its API, so
      // the form stays on screen until Silta updates the message with the report).
      await e.page.getByText('Tuiran tiimi', { exact: true }).first().click();
      await cardWith(e.page, 'Esikatsele');
    },
  ],
  [
    'liaison-sends-report-updates',
    async (e) => {
      await invokeAs(e, PEOPLE.liaison, notice.form, { verb: 'notice.send', noticeId: notice.id });
      // The report card in the liaison's chat updates itself until the sending is complete.
      await cardWith(e.page, 'Sending is complete.', 30_000);
      await e.page
        .getByText(/Total 1 · sent 1 · queued 0/)
        .last()
        .waitFor({ timeout: 15_000 });
    },
  ],
  [
    'notice-arrives-for-subscriber',
    async ({ page }) => {
      await page.getByText('Personal Chat', { exact: true }).first().click();
      const card = await cardWith(page, TITLE, 30_000);
      await card.getByText('Oulun Seudun Mielenterveysseura').first().waitFor();
    },
  ],
  [
    'staff-sees-current-notices',
    async ({ page }) => {
      // The staff member asks for the notices valid for their unit and topics (docs/notices.md §1).
      await say(page, 'notices');
      const list = await cardWith(page, 'Current notices', 15_000);
      await list.getByText(TITLE).first().waitFor();
      await list
        .getByText(/Oulun Seudun Mielenterveysseura/)
        .first()
        .waitFor();
    },
  ],
];

import { cardWith, say, type E2E } from '../harness';

/** The ordering side as a person sees it: own unit, the order form with its labelled fields. */
export const orderSteps: Array<[string, (e: E2E) => Promise<void>]> = [
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
      for (const label of [
        'Contact person',
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
    },
  ],
  [
    'order-form-refuses-empty',
    async ({ page }) => {
      const form = await cardWith(page, 'Ordering unit');
      await form.getByRole('button', { name: 'Send the order' }).click();
      // The card validates required inputs before anything is sent; the server validates again.
      await form.getByText('Description of the task: missing.').first().waitFor({ timeout: 10_000 });
    },
  ],
];

/** Notices: a staff member without a liaison role is told who can send. */
export const noticeSteps: Array<[string, (e: E2E) => Promise<void>]> = [
  [
    'notice-refused-for-staff',
    async ({ page }) => {
      await say(page, 'new notice');
      await page.getByText('Notices are sent by centre NGO liaisons').last().waitFor({ timeout: 15_000 });
    },
  ],
];

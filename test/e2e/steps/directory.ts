import { cardWith, say, type E2E } from '../harness';

export const directorySteps: Array<[string, (e: E2E) => Promise<void>]> = [
  [
    'playground-ready',
    async ({ page }) => {
      await page.locator('[role="textbox"][contenteditable="true"]').first().waitFor({ timeout: 30_000 });
    },
  ],
  [
    'welcome-and-help',
    async ({ page }) => {
      // The welcome has no locale (Finnish); the Playground's messages say en-US, so help comes in English.
      await page.getByText('Hei! Olen Silta').first().waitFor({ timeout: 15_000 });
      await say(page, 'apua');
      await page.getByText('How Silta helps').last().waitFor({ timeout: 15_000 });
    },
  ],
  [
    'liaison-answer-card',
    async ({ page }) => {
      await say(page, 'Kuka on Kempeleen sote-keskuksen järjestöyhdyshenkilö?');
      const card = await cardWith(page, 'Timo Tuomela');
      await card.getByText('timo.tuomela@pohde.example').waitFor();
    },
  ],
  [
    'choice-card',
    async ({ page }) => {
      await say(page, 'Kuka on Oulun sote-keskuksen järjestöyhdyshenkilö?');
      await cardWith(page, 'Tuiran hyvinvointikeskus');
    },
  ],
  [
    'choice-clicked',
    async ({ page }) => {
      const card = await cardWith(page, 'Tuiran hyvinvointikeskus');
      await card.getByRole('button', { name: 'Tuiran hyvinvointikeskus' }).click();
      await cardWith(page, 'Noora Eskola');
    },
  ],
];

import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Locale } from '../../src/i18n';
import { messageKey, t } from '../../src/i18n';
import { TOPICS } from '../../src/domain/notices/topics';
import { NGO_PAGE_PATHS } from '../../src/teams/pages/ngoPaths';
import {
  VIEWPORTS,
  wideElements,
  chooseWithArrows,
  focused,
  launchChromium,
  seriousViolations,
  tabTo,
  typeDate,
  typeTime,
} from '../support/browser';
import { freePort } from '../support/freePort';
import { startSilta, type TestSilta } from '../support/silta';

/** Monday 23 November 2026, 10.00 in Helsinki: the activity starts a week later. */
const now = new Date('2026-11-23T08:00:00Z');

/**
 * The NGO page in headless Chromium as a person uses it (docs/ngo.md §1, §2): once with the keyboard
 * only, then an axe-core scan of the form, the error state, the thanks page and the status page in
 * Finnish, Swedish and English, on a desktop and on a phone.
 */
describe('NGO page in a browser', () => {
  let silta: TestSilta;
  let browser: Browser;
  beforeAll(async () => {
    // The fill-time guard is tested over HTTP (test/component/ngoPage.test.ts); here the clock stands still.
    const port = await freePort();
    silta = await startSilta(
      {
        PORT: String(port),
        PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
        NGO_MIN_FILL_SECONDS: '0',
        NGO_SUBMIT_ADDRESS_LIMITS: '1000/1min',
        NGO_SUBMIT_TOTAL_LIMITS: '1000/1min',
      },
      () => now,
    );
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await silta?.stop();
  });

  async function open(
    locale: Locale,
    view: keyof typeof VIEWPORTS,
  ): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ ...VIEWPORTS[view], locale: `${locale}-FI` });
    const page = await context.newPage();
    await page.goto(`${silta.url}${NGO_PAGE_PATHS[locale]}`);
    return { context, page };
  }

  const type = (page: Page, text: string) => page.keyboard.type(text, { delay: 2 });

  it('When an NGO fills the form with the keyboard only, then every field is labelled and reachable, errors are announced and tied to their fields, and the offer arrives', async () => {
    const { context, page } = await open('fi', 'desktop');
    const unlabelled = await page.evaluate<string[]>(`
      [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
        .filter((el) => el.closest('[aria-hidden=true]') === null)
        .filter((el) => ![...el.labels].some((label) => label.textContent.trim() !== ''))
        .map((el) => el.id)`);
    expect(unlabelled).toEqual([]);

    // Who: an e-mail address without its @, and no title, to see the messages.
    const visited = await tabTo(page, 'f-organisation');
    expect(visited).toContain('body');
    await type(page, 'Oulun Omaishoitajat ry');
    await page.keyboard.press('Tab');
    await type(page, 'Maija Meikäläinen');
    await page.keyboard.press('Tab');
    await type(page, 'maija.omaishoitajat.example');
    await tabTo(page, 'f-kind-activity');
    await page.keyboard.press('Space');
    await tabTo(page, 'f-description');
    await type(page, 'Kokoonnumme joka toinen tiistai juttelemaan ja jakamaan kokemuksia.');
    await page.keyboard.press('Tab');
    expect((await focused(page)).label).toBe(t('fi', messageKey('ngo.topic_', TOPICS[0])));
    await page.keyboard.press('Space');
    await tabTo(page, 'f-place');
    await chooseWithArrows(page, 'unit:OU-TUI');
    await tabTo(page, 'f-activityType');
    await chooseWithArrows(page, 'group');
    await page.keyboard.press('Tab');
    await chooseWithArrows(page, 'biweekly');
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('f-firstDate');
    await typeDate(page, '2026-11-30');
    await tabTo(page, 'f-lastDate');
    await typeDate(page, '2027-01-25');
    await tabTo(page, 'f-startTime');
    await typeTime(page, '13:00');
    await tabTo(page, 'f-endTime');
    await typeTime(page, '14:30');
    const passed = await tabTo(page, 'f-submit');
    expect(passed).not.toContain('f-website');
    expect(
      await Promise.all(
        ['place', 'activityType', 'recurrence', 'firstDate', 'lastDate', 'startTime', 'endTime'].map((name) =>
          page.inputValue(`#f-${name}`),
        ),
      ),
    ).toEqual(['unit:OU-TUI', 'group', 'biweekly', '2026-11-30', '2027-01-25', '13:00', '14:30']);
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);

    // The error state: the summary has the focus and names each problem; each field points to its message.
    expect(await page.title()).toMatch(/^Lomakkeessa on korjattavaa/);
    expect(await focused(page)).toMatchObject({ id: 'error-summary' });
    const summary = await page.locator('#error-summary a').allTextContents();
    expect(summary).toEqual([
      'Sähköposti: kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.',
      'Otsikko: tämä tieto puuttuu.',
    ]);
    const described = await Promise.all(
      ['#f-email', '#f-title'].map(async (field) => {
        const refs = ((await page.getAttribute(field, 'aria-describedby')) ?? '').split(' ');
        const texts = await Promise.all(refs.map(async (ref) => (await page.textContent(`#${ref}`))?.trim()));
        return { invalid: await page.getAttribute(field, 'aria-invalid'), description: texts.join(' ') };
      }),
    );
    expect(described).toEqual([
      { invalid: 'true', description: summary[0] },
      { invalid: 'true', description: summary[1] },
    ]);
    expect(await page.inputValue('#f-organisation')).toBe('Oulun Omaishoitajat ry');

    // From the summary's first link to the field, fix it; Shift+Tab back to check the kind is kept.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('f-email');
    await page.keyboard.press('Control+A');
    await type(page, 'maija@omaishoitajat.example');
    await tabTo(page, 'f-title');
    await type(page, 'Omaishoitajien vertaisryhmä');
    await tabTo(page, 'f-kind-activity', 'Shift+Tab');
    expect(await page.isChecked('#f-kind-activity')).toBe(true);
    await tabTo(page, 'f-submit');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);

    // Thanks: the reference, and the status link followed with Enter.
    expect(await page.locator('h1').textContent()).toBe('Kiitos, viesti on perillä');
    const reference = /JR-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(
      (await page.locator('[role=status]').textContent())!,
    )![0];
    await tabTo(page, 'status-link');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    expect(await page.locator('dl').textContent()).toContain(reference);
    expect(await page.locator('dl').textContent()).toContain('Odottaa käsittelyä');

    const stored = (await silta.services.repos().ngoSubmissions.list()).find(
      (s) => s.reference === reference,
    )!;
    expect(stored.form).toMatchObject({
      email: 'maija@omaishoitajat.example',
      title: 'Omaishoitajien vertaisryhmä',
      topics: [TOPICS[0]],
      schedule: {
        activityType: 'group',
        recurrence: 'biweekly',
        firstDate: '2026-11-30',
        lastDate: '2027-01-25',
      },
    });
    expect(stored.liaisons.map((l) => l.name)).toEqual(['Noora Eskola']);
    await context.close();
  }, 60_000);

  it.each(
    (['fi', 'sv', 'en'] as const).flatMap((locale) =>
      (['desktop', 'phone'] as const).map((view) => [locale, view] as const),
    ),
  )(
    'When the page is used in %s on a %s, then axe-core finds no serious or critical violation, and on a phone nothing is wider than its screen, on the form, the error state, the thanks page and the status page',
    async (locale, view) => {
      const { context, page } = await open(locale, view);
      const found: Record<string, unknown> = {};
      const scan = async (state: string) => {
        const violations = await seriousViolations(page);
        if (violations.length > 0) found[state] = violations;
        const wide = view === 'phone' ? await wideElements(page, VIEWPORTS.phone.viewport.width) : [];
        if (wide.length > 0) found[`${state}: wider than the phone`] = wide;
      };
      await scan('form');
      await Promise.all([page.waitForNavigation(), page.locator('#f-submit').press('Enter')]);
      expect(await page.locator('#error-summary').count()).toBe(1);
      await scan('errors');
      await page.fill('#f-organisation', 'Raahen seurakunta');
      await page.fill('#f-contactName', 'Pekka Pappi');
      await page.fill('#f-email', 'pekka@seurakunta.example');
      await page.check('#f-kind-cooperation');
      await page.fill('#f-title', t(locale, 'ngo.kind_cooperation'));
      await page.fill('#f-description', 'Toivomme yhteistyötä diakoniatyön ja sote-keskuksen välille.');
      await page.selectOption('#f-place', 'unit:RA-RAA');
      await Promise.all([page.waitForNavigation(), page.locator('#f-submit').press('Enter')]);
      expect(await page.locator('h1').textContent()).toBe(t(locale, 'ngo.thanksTitle'));
      await scan('thanks');
      await Promise.all([page.waitForNavigation(), page.locator('#status-link').press('Enter')]);
      expect(await page.locator('dl').textContent()).toContain(t(locale, 'ngo.state_received'));
      await scan('status');
      expect(found).toEqual({});
      await context.close();
    },
    120_000,
  );
});

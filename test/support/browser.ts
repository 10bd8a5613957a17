/**
 * Headless Debian Chromium for the tests that drive a page as a person would (playwright-core, the same
 * binary as `npm run e2e`), keyboard helpers, and an axe-core scan. Without Chromium the test fails with
 * a line saying what to install: it never skips. Code run in the page is written as a string: the
 * project's TypeScript has no DOM types.
 */
import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `CHROMIUM_MISSING: this test drives the page in headless Chromium, expected at ${CHROMIUM_PATH}. ` +
        'Install it (apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.',
    );
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

export const VIEWPORTS = {
  desktop: { viewport: { width: 1280, height: 900 } },
  phone: { viewport: { width: 375, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
} as const;

/** What has the keyboard focus: its id, tag and accessible label text. */
export async function focused(page: Page): Promise<{ id: string; tag: string; label: string }> {
  return page.evaluate<{ id: string; tag: string; label: string }>(`(() => {
    const el = document.activeElement;
    return {
      id: el?.id ?? '',
      tag: el?.tagName.toLowerCase() ?? '',
      label: [...(el?.labels ?? [])].map((l) => l.textContent ?? '').join(' ').trim(),
    };
  })()`);
}

/**
 * Presses Tab (or Shift+Tab) until the element with `id` has the focus, as a keyboard user moves
 * through the page; returns the ids passed on the way. Fails when it is not reached.
 */
export async function tabTo(page: Page, id: string, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<string[]> {
  const passed: string[] = [];
  for (let i = 0; i < 150; i += 1) {
    const now = await focused(page);
    if (now.id === id) return passed;
    passed.push(now.id || now.tag);
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached #${id}; passed ${passed.join(', ')}`);
}

/**
 * Moves the focused closed <select> to the option with `value` with the arrow keys, as a keyboard user
 * does (typing the option's first letters works too, but depends on the key timing).
 */
export async function chooseWithArrows(page: Page, value: string): Promise<void> {
  const steps = await page.evaluate<number>(`(() => {
    const select = document.activeElement;
    return [...select.options].findIndex((o) => o.value === ${JSON.stringify(value)}) - select.selectedIndex;
  })()`);
  for (let i = 0; i < Math.abs(steps); i += 1) await page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
}

/**
 * The order in which this browser's date field takes day, month and year from the keyboard (it follows
 * the browser's own language, which headless Chromium does not always take from the environment):
 * found by typing a known date into a scratch page.
 */
async function dateOrder(page: Page): Promise<'dmy' | 'mdy' | 'ymd'> {
  const probe = await page.context().newPage();
  try {
    await probe.setContent('<input type="date" id="d">');
    await probe.focus('#d');
    await probe.keyboard.type('01022003');
    const value = await probe.inputValue('#d');
    return value === '2003-02-01' ? 'dmy' : value === '2003-01-02' ? 'mdy' : 'ymd';
  } finally {
    await probe.close();
  }
}

/** Types a date (yyyy-mm-dd) into the focused date field, in the order the field takes it. */
export async function typeDate(page: Page, iso: string): Promise<void> {
  const [y, m, d] = iso.split('-') as [string, string, string];
  const order = await dateOrder(page);
  await page.keyboard.type(order === 'dmy' ? d + m + y : order === 'mdy' ? m + d + y : y + m + d);
}

/** Types a time (hh:mm, 24 h) into the focused time field, with AM/PM where the field has it. */
export async function typeTime(page: Page, hhmm: string): Promise<void> {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const { id } = await focused(page);
  await page.keyboard.type(`${String(h).padStart(2, '0')}${String(m).padStart(2, '0')}`);
  if ((await page.inputValue(`#${id}`)) !== hhmm) await page.keyboard.type(h < 12 ? 'A' : 'P');
}

let axeSource: string | undefined;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe-core on the page as it is (WCAG 2.0/2.1 A and AA rules): the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol, so the page's Content-Security-Policy stays as served.
  await page.evaluate(axeSource);
  const violations = await page.evaluate<
    Array<{ id: string; impact: string | null; help: string; nodes: Array<{ html: string }> }>
  >(`axe
    .run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    .then((result) => result.violations)`);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.html.slice(0, 160)),
    }));
}

/**
 * The elements that reach past `width` CSS pixels, the device's width (WCAG 1.4.10 reflow): a phone
 * browser widens its layout to content that overflows, so the window's own width cannot tell.
 */
export async function wideElements(page: Page, width: number): Promise<string[]> {
  return page.evaluate<string[]>(`
    [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > ${width} + 1 && el.closest('[aria-hidden=true]') === null)
      .map((el) => el.outerHTML.slice(0, 100))`);
}

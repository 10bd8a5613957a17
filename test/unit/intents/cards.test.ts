/**
 * The help and clarify cards stay small, with at most 6 actions per set, and use only Adaptive Card 1.5
 * element and action types.
 */
import { LOCALES, translator } from '../../../src/i18n';
import { attachment } from '../../../src/teams/cards/adaptive';
import { clarifyCard, helpCard } from '../../../src/teams/cards/helpCard';

const TYPES_1_5 = new Set([
  'AdaptiveCard',
  'RichTextBlock',
  'TextRun',
  'ActionSet',
  'Action.Submit',
  'imBack',
]);

function types(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => types(item, found));
  else if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (typeof object.type === 'string') found.push(object.type);
    Object.values(object).forEach((item) => types(item, found));
  }
  return found;
}

function actionSetSizes(value: unknown, found: number[] = []): number[] {
  if (Array.isArray(value)) value.forEach((item) => actionSetSizes(item, found));
  else if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (Array.isArray(object.actions)) found.push(object.actions.length);
    Object.values(object).forEach((item) => actionSetSizes(item, found));
  }
  return found;
}

describe('Help and clarify cards', () => {
  const long = 'Ä'.repeat(500);
  it.each(LOCALES)('When built in %s for every role, then each is valid and under 28 KB', (locale) => {
    const t = translator(locale);
    const cards = [
      ...(['staff', 'liaison', 'coordinator'] as const).flatMap((role) => [
        helpCard(role, t),
        helpCard(role, t, { channel: true }),
      ]),
      clarifyCard(
        [
          { kind: 'orderExpert' },
          { kind: 'myOrders' },
          { kind: 'question', text: long },
          { kind: 'setMyUnit', place: long },
          { kind: 'summary' },
          { kind: 'askMyUnit' },
          { kind: 'notices' },
        ],
        t,
      ),
    ];
    for (const card of cards) {
      expect(types(card).filter((type) => !TYPES_1_5.has(type))).toEqual([]);
      for (const size of actionSetSizes(card)) expect(size).toBeLessThanOrEqual(6);
      expect(new TextEncoder().encode(JSON.stringify(attachment(card))).length).toBeLessThan(28 * 1024);
    }
  });

  it('When the user is the coordinator, then the card offers more tasks than to staff', () => {
    const t = translator('fi');
    const count = (card: unknown) => actionSetSizes(card).reduce((a, b) => a + b, 0);
    expect(count(helpCard('liaison', t))).toBeGreaterThan(count(helpCard('staff', t)));
    expect(count(helpCard('coordinator', t))).toBeGreaterThan(count(helpCard('liaison', t)));
  });
});

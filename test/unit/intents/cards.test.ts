/** The help card by role (validity, size and action counts of every card: test/unit/cards/allCards.test.ts). */
import { translator } from '../../../src/i18n';
import { helpCard } from '../../../src/teams/cards/helpCard';

function buttons(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => buttons(item, found));
  else if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (object.type === 'Action.Submit') found.push(String(object.title));
    Object.values(object).forEach((item) => buttons(item, found));
  }
  return found;
}

describe('The help card by role', () => {
  const t = translator('fi');

  it('When the user is a liaison, then the card adds the new notice and the notice board to what staff get', () => {
    const staff = buttons(helpCard('staff', t));
    const liaison = buttons(helpCard('liaison', t));
    expect(liaison).toEqual([
      ...staff,
      t('intents.button_newNotice'),
      t('intents.button_registerNoticeBoard'),
    ]);
  });

  it('When the user is the coordinator, then the card adds reminders, the summary and the register', () => {
    const liaison = buttons(helpCard('liaison', t));
    expect(buttons(helpCard('coordinator', t))).toEqual([
      ...liaison,
      t('intents.button_reminders'),
      t('intents.button_summary'),
      t('intents.button_registerUpload'),
    ]);
  });

  it.each(['staff', 'liaison', 'coordinator'] as const)(
    'When a %s asks for help, then the card shows its title as its heading and at most 6 buttons at once',
    (role) => {
      const content = helpCard(role, t);
      expect(content.body[0]).toMatchObject({ inlines: [{ text: t('common.helpTitle'), weight: 'bolder' }] });
      const sets = content.body.filter((element) => element.type === 'ActionSet');
      expect(sets).toHaveLength(1);
      const visible = (sets[0] as { actions: Array<{ type: string; title: string }> }).actions;
      expect(visible.length).toBeLessThanOrEqual(6);
      if (role === 'coordinator')
        expect(visible.at(-1)).toMatchObject({ type: 'Action.ShowCard', title: t('intents.moreTasks') });
    },
  );

  it('When the help is shown in a channel, then it says to @mention Silta', () => {
    expect(JSON.stringify(helpCard('staff', t, { channel: true }))).toContain(t('intents.helpChannel'));
    expect(JSON.stringify(helpCard('staff', t))).not.toContain(t('intents.helpChannel'));
  });
});

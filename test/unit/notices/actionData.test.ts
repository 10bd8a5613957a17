import {
  NOTICE_FORM,
  NOTICE_REF,
  REMINDER_PAUSE,
  SUBSCRIPTION,
  readCardData,
} from '../../../src/domain/notices';
import { REMINDER_FORM } from '../../../src/domain/scheduling/reminderForm';
import { translator } from '../../../src/i18n';
import { noticeFormCard, remindersCard } from '../../../src/teams/cards/noticeCards';

describe('Notice card data (the Action.Execute payloads)', () => {
  it('When a card names a notice or reminder by id, then the id is read; anything else is none', () => {
    expect(readCardData(NOTICE_REF, { noticeId: 'abc-123' }).noticeId).toBe('abc-123');
    expect(readCardData(NOTICE_REF, { noticeId: 'x; DROP' }).noticeId).toBeUndefined();
    expect(readCardData(NOTICE_REF, { noticeId: { $gt: '' } }).noticeId).toBeUndefined();
    expect(readCardData(NOTICE_REF, null).noticeId).toBeUndefined();
    expect(readCardData(REMINDER_PAUSE, { reminderId: 'r-1', paused: 'true' })).toEqual({
      reminderId: 'r-1',
      paused: true,
    });
  });

  it('When the topics card is sent, then only known topics and flags are kept; unsubscribe clears all', () => {
    const [topic] = NOTICE_FORM.topics.choices;
    expect(readCardData(SUBSCRIPTION, { topics: `${topic}, nope`, flags: 'ngoTeam,admin' })).toEqual({
      topics: [topic],
      allTopics: false,
      ngoTeam: true,
    });
    expect(readCardData(SUBSCRIPTION, { topics: topic, flags: 'all', unsubscribe: true })).toEqual({
      topics: [],
      allTopics: false,
      ngoTeam: false,
    });
  });
});

describe('The notice and reminder forms are drawn from their specs', () => {
  type Input = Record<string, unknown>;
  const inputsOf = (body: unknown[]): Input[] =>
    (body as Input[]).flatMap((e) =>
      String(e.type).startsWith('Input.') ? [e] : Array.isArray(e.items) ? inputsOf(e.items) : [],
    );
  const t = translator('fi');

  it("When the notice form is drawn, then its inputs are the spec's fields with the spec's limits", () => {
    const card = noticeFormCard({ units: [], coordinator: true, values: {} }, t);
    const inputs = inputsOf(card.body);
    expect(inputs.map((e) => e.id)).toEqual(Object.keys(NOTICE_FORM));
    for (const input of inputs.filter((e) => e.type === 'Input.Text'))
      expect(input.maxLength).toBe(NOTICE_FORM[input.id as keyof typeof NOTICE_FORM].maxLength);
  });

  it.each([
    ['dayOfMonth', 'weekday'],
    ['firstWeekday', 'day'],
  ] as const)(
    "When the reminder form is shown for the rhythm %s, then its inputs are the spec's fields of that rhythm only",
    (rhythm, other) => {
      const errors = [{ field: 'title', code: 'required' }] as const;
      const card = remindersCard([], t, { form: { rhythm, values: {}, errors } });
      // The rhythm is chosen in the step before and sent with the save button.
      expect(inputsOf(card.body).map((e) => e.id)).toEqual(
        Object.keys(REMINDER_FORM).filter((f) => f !== 'rhythm' && f !== other),
      );
      const save = card.actions?.[0] as { data?: Record<string, unknown> };
      expect(save.data).toMatchObject({ verb: 'reminder.add', rhythm });
    },
  );
});

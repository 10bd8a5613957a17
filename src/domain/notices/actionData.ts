/**
 * The data of the notice, board, topic and reminder cards' Action.Execute verbs (card data: checked,
 * never trusted). The card builders type what they send with these schemas' inputs.
 */
import { z } from 'zod';
import { isTopic, type Topic } from './topics';

const clipped = (max: number) => z.unknown().transform((v) => (typeof v === 'string' ? v.slice(0, max) : ''));
/** An id of a notice, reminder or unit: letters, digits and dashes (anything else: none). */
const id = clipped(64).transform((v) => (/^[0-9a-z-]{1,64}$/i.test(v) ? v : undefined));
const flag = z.unknown().transform((v) => v === true || v === 'true');

/** notice.send, notice.edit, notice.cancel: which notice. notice.preview: the draft it replaces. */
export const NOTICE_REF = z.object({ noticeId: id });
export const NOTICE_PREVIEW = z.object({ replacing: id });
/** notice.send: which notice, and whether the sender confirmed sending it to nobody (docs/notices.md §5). */
export const NOTICE_SEND = NOTICE_REF.extend({ emptyConfirmed: flag });

/** notice.board: the unit whose notice board the channel becomes. */
export const BOARD_CHOICE = z.object({ unitId: id });

/**
 * notice.subscribe: known topics only; the toggles allTopics and ngoTeam (cards posted before them
 * send the same as "all" and "ngoTeam" in `flags`); unsubscribe clears everything.
 */
export const SUBSCRIPTION = z
  .object({ topics: clipped(2000), flags: clipped(40), allTopics: flag, ngoTeam: flag, unsubscribe: flag })
  .transform(({ topics, flags, allTopics, ngoTeam, unsubscribe }) => {
    if (unsubscribe) return { topics: [] as Topic[], allTopics: false, ngoTeam: false };
    const chosen = topics
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0)
      .filter(isTopic);
    const set = flags.split(',');
    return {
      topics: chosen,
      allTopics: allTopics || set.includes('all'),
      ngoTeam: ngoTeam || set.includes('ngoTeam'),
    };
  });

/** reminder.edit: which reminder; reminder.pause: and whether to pause (true) or resume (false). */
export const REMINDER_REF = z.object({ reminderId: id });
export const REMINDER_PAUSE = REMINDER_REF.extend({ paused: flag });

/** The stored version (ETag) a card was drawn from: a change made since then makes the card stale. */
const version = clipped(200).transform((v) => v || undefined);

/** reminder.remove: which reminder, confirmed on the card, as it was when the card was drawn. */
export const REMINDER_REMOVE = REMINDER_REF.extend({ confirmed: flag, version });

/** reminder.update: the edited reminder and its version; reminder.form: the form again with this rhythm. */
export const REMINDER_UPDATE = REMINDER_REF.extend({ version });
export const REMINDER_FORM_STEP = REMINDER_UPDATE.extend({
  rhythm: clipped(20).transform((v) => (v === 'dayOfMonth' || v === 'firstWeekday' ? v : undefined)),
});

/** Card data → what the schema reads (never fails: wrong types read as empty). */
export const readCardData = <T extends z.ZodTypeAny>(schema: T, data: unknown): z.output<T> =>
  schema.parse(typeof data === 'object' && data !== null ? data : {});

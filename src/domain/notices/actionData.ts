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

/** notice.board: the unit whose notice board the channel becomes. */
export const BOARD_CHOICE = z.object({ unitId: id });

/** notice.subscribe: known topics only; "all" and "ngoTeam" flags; unsubscribe clears everything. */
export const SUBSCRIPTION = z
  .object({ topics: clipped(2000), flags: clipped(40), unsubscribe: flag })
  .transform(({ topics, flags, unsubscribe }) => {
    if (unsubscribe) return { topics: [] as Topic[], allTopics: false, ngoTeam: false };
    const chosen = topics
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0)
      .filter(isTopic);
    const set = flags.split(',');
    return { topics: chosen, allTopics: set.includes('all'), ngoTeam: set.includes('ngoTeam') };
  });

/** reminder.remove: which reminder; reminder.pause: and whether to pause (true) or resume (false). */
export const REMINDER_REF = z.object({ reminderId: id });
export const REMINDER_PAUSE = REMINDER_REF.extend({ paused: flag });

/** Card data → what the schema reads (never fails: wrong types read as empty). */
export const readCardData = <T extends z.ZodTypeAny>(schema: T, data: unknown): z.output<T> =>
  schema.parse(typeof data === 'object' && data !== null ? data : {});

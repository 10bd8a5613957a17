import {
  ACTION_KINDS,
  FEEDBACK_QUESTIONS,
  type OrderAction,
  type OrderActionKind,
} from '../../domain/orders';

type Data = Record<string, unknown>;
const str = (value: unknown, max = 2000): string => (typeof value === 'string' ? value.slice(0, max) : '');
export const orderIdFrom = (data: Data): string | undefined => {
  const id = str(data.orderId, 64);
  return /^[0-9a-f-]{36}$/i.test(id) ? id : undefined;
};

/** The action a card button asks for, built from card data that is checked, never trusted. */
export function actionFrom(data: Data): OrderAction | undefined {
  const kind = str(data.action, 20) as OrderActionKind;
  if (!ACTION_KINDS.includes(kind)) return undefined;
  switch (kind) {
    case 'requestInfo':
      return { kind, question: str(data.question) };
    case 'resubmit':
      return { kind, answer: str(data.answer) };
    case 'reject':
      return { kind, reason: str(data.reason) };
    case 'propose':
      return {
        kind,
        expertIds: str(data.expertIds, 200)
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      };
    case 'choose':
      return { kind, expertId: str(data.expertId, 40) };
    case 'answer': {
      const expertId = str(data.expertId, 40);
      return {
        kind,
        accepted: data.accepted === 'true' || data.accepted === true,
        ...(expertId ? { expertId } : {}),
      };
    }
    case 'feedback': {
      const ratings: Partial<Record<(typeof FEEDBACK_QUESTIONS)[number], number>> = {};
      for (const q of FEEDBACK_QUESTIONS) {
        const value = str(data[`rating_${q}`], 3);
        if (value) ratings[q] = Number(value);
      }
      return { kind, role: data.role === 'expert' ? 'expert' : 'orderer', ratings, text: str(data.text) };
    }
    default:
      return { kind } as OrderAction;
  }
}

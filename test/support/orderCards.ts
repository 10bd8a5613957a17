import { user } from './activities';

/** The people of the order tests over HTTP (the liaison and the coordinator are in the demo register). */
export const PEOPLE = {
  /** A staff member of Tuira, who orders. */
  orderer: user('Olli Tilaaja', '0a0a0a0a-1111-4111-8111-000000000001'),
  /** The Tuira centre liaison. */
  liaison: user('Noora Eskola', '520118f6-5108-54ae-ad12-e453ecae8d6b'),
  /** The county coordinator. */
  coordinator: user('Aino Ahola', 'd9f2c053-ec66-5a22-9101-1ee88715a060'),
  /** A staff member with no role on the order. */
  other: user('Muu Hoitaja', '0a0a0a0a-1111-4111-8111-000000000009'),
};

/** A valid order form for Tuira (an event on 10.12.2026), as the card sends it. */
export const ORDER_FORM = {
  unitId: 'OU-TUI',
  contactName: 'Olli Tilaaja',
  contactEmail: 'olli.tilaaja@pohde.example',
  purpose: 'training',
  themes: 'mielenterveys',
  language: 'fi',
  date: '2026-12-10',
  time: '10:00',
  durationMinutes: '90',
  mode: 'remote',
  audienceSize: '25',
  description: 'Kokemuspuheenvuoro mielenterveyden tukemisesta henkilöstökoulutukseen',
  costCentre: '410200',
};

export type CardAction = {
  type: string;
  title: string;
  verb?: string;
  data?: Record<string, unknown>;
  card?: { body: unknown[]; actions: CardAction[] };
};
export type Card = {
  body: unknown[];
  actions?: CardAction[];
  refresh?: { action: { verb: string; data: Record<string, unknown> }; userIds: string[] };
};

/** Every action of a card, those inside Action.ShowCard forms too. */
export function allActions(card: Card): CardAction[] {
  const out: CardAction[] = [];
  const walk = (actions: CardAction[] | undefined) =>
    (actions ?? []).forEach((a) => {
      out.push(a);
      if (a.card) walk(a.card.actions);
    });
  walk(card.actions);
  return out;
}

/** The card's button for the order action `action` (and matching `extra`), as the card carries it. */
export const button = (
  card: Card,
  action: string,
  extra: (data: Record<string, unknown>) => boolean = () => true,
) => allActions(card).find((a) => a.data?.action === action && extra(a.data));

/** The card a message carries, if it carries one. */
export const cardIn = (s: { activity: { attachments?: Array<{ content: unknown }> } }) =>
  s.activity.attachments?.[0]?.content as Card | undefined;

/**
 * What each message the bot sent shows now, as the connector saw it: a message's latest version (an
 * update replaces what was posted), keyed by conversation and message id, in the order first sent.
 */
export function messagesNow<
  S extends { conversationId: string; id: string; activity: { attachments?: Array<{ content: unknown }> } },
>(sent: readonly S[]): Map<string, S> {
  const now = new Map<string, S>();
  for (const s of sent) now.set(`${s.conversationId} ${s.id}`, s);
  return now;
}

/** The order's cards in a conversation that offer a workflow button now (its live, actionable copies). */
export function liveOrderCards<
  S extends { conversationId: string; id: string; activity: { attachments?: Array<{ content: unknown }> } },
>(sent: readonly S[], conversationId: string, orderId: string): Card[] {
  return [...messagesNow(sent).values()]
    .filter((s) => s.conversationId === conversationId)
    .map(cardIn)
    .filter(
      (c): c is Card =>
        !!c && allActions(c).some((a) => a.verb === 'order.act' && a.data?.orderId === orderId),
    );
}

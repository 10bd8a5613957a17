import type { HistoryLine, Order } from '../../domain/orders';
import type { Translate } from '../../i18n';
import { dateTimeText } from '../../i18n/formats';
import { card, execute, heading, sentence, type AdaptiveCard } from './adaptive';
import { VERBS } from './verbs';

/**
 * The order's history for one viewer (docs/orders.md §5.1): `lines` are already what they may read;
 * `nameOf` gives a named expert's name (never a register id: unknown names read as a candidate).
 */
export function historyCard(
  order: Order,
  lines: readonly HistoryLine[],
  nameOf: (expertId: string) => string | undefined,
  t: Translate,
): AdaptiveCard {
  const text = (h: HistoryLine) => {
    const experts = h.experts.map((e, i) =>
      e.kind === 'named'
        ? (nameOf(e.id) ?? t('orders.historyCandidate', { n: i + 1 }))
        : t('orders.historyCandidate', { n: e.n }),
    );
    const notes = [
      ...(experts.length > 0 ? [experts.join(h.action === 'answer' ? ' → ' : ', ')] : []),
      ...(h.feedbackRole ? [t(`orders.historyFeedback_${h.feedbackRole}`)] : []),
      ...(h.note ? [h.note] : []),
    ];
    const line = t('orders.historyLine', {
      at: dateTimeText(h.at, t),
      name: h.name,
      from: t(`orders.state_${h.from}`),
      to: t(`orders.state_${h.to}`),
    });
    return notes.length > 0 ? `${line} – ${notes.join(' – ')}` : line;
  };
  return card(
    [heading(t('orders.historyTitle')), ...lines.map((h) => sentence(text(h), { spacing: 'none' }))],
    [execute(t('orders.back'), VERBS.orderView, { orderId: order.id })],
  );
}

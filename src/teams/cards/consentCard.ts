import type { Expert } from '../../domain/experts/types';
import type { Order } from '../../domain/orders';
import type { Translate } from '../../i18n';
import { dateText } from '../../i18n/formats';
import { card, container, execute, heading, sentence, type AdaptiveCard, type Element } from './adaptive';
import { VERBS } from './verbs';

/** At most this many order lines on the card; the count covers all of them. */
export const MAX_ORDER_LINES = 10;

export interface ErasureView {
  token: string;
  expert: Expert;
  orders: readonly Order[];
  auditEntries: number;
  unitName: (unitId: string) => string;
}

/** Everything that will be erased, with the confirmation bound to the stored request (the token). */
export function consentPreviewCard(view: ErasureView, t: Translate): AdaptiveCard {
  const { expert, orders } = view;
  const fields = (['organisation', 'email', 'phone', 'consentDate'] as const).flatMap((field) => {
    const value = expert[field];
    if (!value) return [];
    const shown = field === 'consentDate' ? dateText(value, t) : value;
    return [
      sentence(t('consent.fieldLine', { label: t(`consent.field_${field}`), value: shown }), {
        spacing: 'small',
      }),
    ];
  });
  const orderLines: Element[] =
    orders.length === 0
      ? [sentence(t('consent.noOrders'), { spacing: 'small' })]
      : orders.slice(0, MAX_ORDER_LINES).map((order) =>
          sentence(
            t('consent.orderLine', {
              date: dateText(order.details.date, t),
              unit: view.unitName(order.details.unitId),
              state: t(`orders.state_${order.state}`),
            }),
            { spacing: 'small' },
          ),
        );
  if (orders.length > MAX_ORDER_LINES) {
    orderLines.push(
      sentence(t('consent.moreOrders', { count: orders.length - MAX_ORDER_LINES }), { spacing: 'small' }),
    );
  }
  return card(
    [
      heading(t('consent.previewTitle', { name: expert.name, id: expert.id }), 'large'),
      sentence(t('consent.previewIntro')),
      container(
        [
          heading(t('consent.registerHeading')),
          sentence(t('consent.registerLine', { name: expert.name, id: expert.id }), { spacing: 'small' }),
          ...fields,
        ],
        { separator: true },
      ),
      container([heading(t('consent.ordersHeading', { count: orders.length })), ...orderLines], {
        separator: true,
      }),
      container([sentence(t('consent.auditLine', { count: view.auditEntries }))], { separator: true }),
      sentence(t('consent.reimport'), { subtle: true }),
    ],
    [
      execute(t('consent.confirm'), VERBS.consentErase, { token: view.token }),
      execute(t('consent.cancel'), VERBS.consentCancel, { token: view.token }),
    ],
  );
}

/** The answer to a button: one sentence, no buttons (the preview cannot be pressed twice). */
export function consentMessageCard(text: string): AdaptiveCard {
  return card([sentence(text)]);
}

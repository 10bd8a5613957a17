import type { Order, OrderAlertKey, OrderMessage } from '../../domain/orders';
import { localeFrom, translator } from '../../i18n';
import { dateText } from '../../i18n/formats';
import type { Services } from '../../services';
import type { StoredReference } from '../../services/repositories';
import type { OrderCardLead, OrderMessenger, Posted, Reachable } from '../../services/ports';
import { attachment } from '../cards/adaptive';
import type { Proactive } from '../proactive';
import type { OrderViews } from './views';

/** Order messages through the Bot Framework: each person's card in the language of their own chat. */
export class TeamsOrderMessenger implements OrderMessenger {
  constructor(
    private readonly services: Services,
    private readonly proactive: Proactive,
    private readonly views: OrderViews,
  ) {}

  private async chatOf(aadObjectId: string) {
    const reference = await this.services.conversations.ofUser(aadObjectId);
    return reference && { reference, t: await this.translatorFor(reference, aadObjectId, reference) };
  }

  /**
   * The person's latest language (docs/orders.md §6.3): the one they chose ("kieli ruotsi"), else the
   * locale of their latest turn in their personal chat (`ownChat`, read when not given), else the
   * locale `reference` was stored with. A message without a viewer follows its chat.
   */
  private async translatorFor(reference: StoredReference, viewer?: string, ownChat?: StoredReference) {
    if (!viewer) return translator(localeFrom(reference.locale as string | undefined));
    const [chosen, own] = await Promise.all([
      this.services.languages.of(viewer).catch(() => undefined),
      ownChat ?? this.services.conversations.ofUser(viewer),
    ]);
    return translator(localeFrom(chosen ?? ((own ?? reference).locale as string | undefined)));
  }

  private line(order: Order, key: OrderCardLead, t: ReturnType<typeof translator>): string {
    const unit = this.services.directory.unit(order.details.unitId)?.name ?? order.details.unitId;
    return t(key, {
      unit,
      date: dateText(order.details.date, t),
      orderer: order.orderer.name,
      // Only the liaisons' line names the expert (a confirmed order was cancelled: they tell the expert).
      expert: order.confirmedExpert?.name ?? '–',
    });
  }

  async postCard(order: Order, to: Reachable, lead: OrderCardLead, leadOnCard: boolean): Promise<Posted> {
    const chat = await this.chatOf(to.aadObjectId);
    if (!chat) return { sent: false };
    const text = this.line(order, lead, chat.t);
    const viewer = this.views.viewerOf(order, to.aadObjectId);
    const content = this.views.card(order, viewer, chat.t, undefined, leadOnCard ? text : undefined);
    const { activityId } = await this.proactive.send(chat.reference, {
      type: 'message',
      summary: text,
      attachments: [attachment(content)],
      channelData: { notification: { alert: true } },
    });
    if (!activityId) return { sent: true };
    const key = this.services.conversations.userKey(to.aadObjectId);
    return { sent: true, message: { key, activityId, viewer: to.aadObjectId } };
  }

  async tell(order: Order, to: Reachable, key: OrderAlertKey): Promise<boolean> {
    const chat = await this.chatOf(to.aadObjectId);
    if (!chat) return false;
    const text = this.line(order, key, chat.t);
    await this.proactive.send(chat.reference, {
      type: 'message',
      summary: text,
      channelData: { notification: { alert: true } },
      text,
    });
    return true;
  }

  async redraw(order: Order, message: OrderMessage): Promise<void> {
    const reference = await this.services.conversations.get(message.key);
    if (!reference) return;
    const t = await this.translatorFor(reference, message.viewer);
    const content = message.viewer
      ? this.views.card(order, this.views.viewerOf(order, message.viewer), t)
      : this.views.shared(order, t);
    await this.proactive.update(
      { reference, activityId: message.activityId },
      { attachments: [attachment(content)] },
    );
  }
}

import type { DeliveryProgress, Notice, SendRefusal } from '../../domain/notices';
import { localeFrom, translator } from '../../i18n';
import type { Services } from '../../services';
import type { StoredReference } from '../../services/repositories';
import { attachment, card, sentence, type AdaptiveCard } from '../cards/adaptive';
import { noticeCard, reportCard } from '../cards/noticeCards';
import { userMessage } from '../errors';
import type { Proactive } from '../proactive';

type Translate = ReturnType<typeof translator>;
const languageOf = (reference: StoredReference): Translate =>
  translator(localeFrom(reference.locale as string | undefined));

/** What the delivery engine shows in Teams: the notice to each recipient, the report to the sender. */
export class NoticeReports {
  constructor(
    private readonly services: Services,
    private readonly proactive: Proactive,
  ) {}

  /**
   * The notice as one recipient gets it, in the language of their chat; a person's own copy carries the
   * acknowledge button when the notice asks for it (docs/notices.md §7).
   */
  message(notice: Notice, reference: StoredReference, acknowledge = false) {
    const content = noticeCard(notice, languageOf(reference), { acknowledge });
    return { summary: notice.title, attachments: [attachment(content)] };
  }

  /** Rights lost since scheduling: the sender's card says why the notice was not sent. */
  async withdrawn(notice: Notice, code: SendRefusal | undefined): Promise<void> {
    await this.redrawReport(notice.reportMessage, (t) =>
      card([
        sentence(t('notices.withdrawn', { title: notice.title })),
        sentence(code ? userMessage(code, t) : t('notices.notAllowed')),
      ]),
    );
  }

  /** The sender's report card, with the delivery counts so far and who read and acknowledged it. */
  async progress(notice: Notice, progress: DeliveryProgress, done: boolean): Promise<void> {
    const current = await this.services.notices.get(notice.id);
    if (!current?.reportMessage) return;
    const reads = await this.services.readReceipts.counts(notice.id);
    await this.redrawReport(current.reportMessage, (t) => reportCard(notice, progress, done, t, reads));
  }

  private async redrawReport(
    location: Notice['reportMessage'],
    render: (t: Translate) => AdaptiveCard,
  ): Promise<void> {
    if (!location) return;
    const reference = await this.services.conversations.get(location.key);
    if (!reference) return;
    await this.proactive.update(
      { reference, activityId: location.activityId },
      { attachments: [attachment(render(languageOf(reference)))] },
    );
  }
}

import { logError } from '../../domain/errors';
import { localeFrom, translator } from '../../i18n';
import type { Services } from '../../services';
import { attachment } from '../cards/adaptive';
import { reportCard } from '../cards/noticeCards';
import type { Proactive } from '../proactive';

/** As the delivery engine's own report updates: at most once every 3 s per notice and instance. */
export const READ_REPORT_EVERY_MS = 3_000;

/**
 * Redraws a notice's report card when reads or acknowledgements come in (docs/notices.md §7): at most
 * once every `everyMs` per notice on this instance, and always once after the last change, so the
 * card ends with the stored counts.
 */
export class ReadReports {
  private readonly last = new Map<string, number>();
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly services: Services,
    private readonly proactive: Proactive,
    private readonly everyMs = READ_REPORT_EVERY_MS,
  ) {
    services.onClose(() => {
      this.timers.forEach((timer) => clearTimeout(timer));
      this.timers.clear();
    });
  }

  /** The notice's reads changed: redraw its report now, or once when the interval has passed. */
  changed(noticeId: string): void {
    if (this.timers.has(noticeId)) return;
    const wait = Math.max(0, (this.last.get(noticeId) ?? -Infinity) + this.everyMs - Date.now());
    const timer = setTimeout(() => {
      this.timers.delete(noticeId);
      this.last.set(noticeId, Date.now());
      this.redraw(noticeId).catch((error: unknown) =>
        logError(this.services.log, 'warn', 'DELIVERY_REPORT_FAILED', { err: error, noticeId }),
      );
    }, wait);
    timer.unref();
    this.timers.set(noticeId, timer);
  }

  private async redraw(noticeId: string): Promise<void> {
    const { services } = this;
    const notice = await services.notices.get(noticeId);
    const location = notice?.reportMessage;
    if (!notice || !location) return;
    const reference = await services.conversations.get(location.key);
    if (!reference) return;
    const t = translator(localeFrom(reference.locale as string | undefined));
    const [progress, reads] = await Promise.all([
      services.notices.progress(noticeId),
      services.readReceipts.counts(noticeId),
    ]);
    await this.proactive.update(
      { reference, activityId: location.activityId },
      { attachments: [attachment(reportCard(notice, progress, notice.state === 'sent', t, reads))] },
    );
  }
}

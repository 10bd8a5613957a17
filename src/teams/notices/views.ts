import { ID_FIELD, type Notice } from '../../domain/notices';
import type { Translate } from '../../i18n';
import { dateTimeText } from '../../i18n/formats';
import type { Services } from '../../services';
import type { Forbidden, SendResult } from '../../services/noticeService';
import { card, execute, sentence, type AdaptiveCard } from '../cards/adaptive';
import { noticePreviewCard, reportCard, type NoticeFormOptions } from '../cards/noticeCards';
import { VERBS } from '../cards/verbs';
import { userMessage } from '../errors';

/** The notice form's options for one sender: the units they may send to, and the county if they may. */
export function formOptions(
  services: Services,
  aad: string,
  values: Record<string, string>,
  extra: Partial<NoticeFormOptions> = {},
): NoticeFormOptions {
  return {
    units: services.notices.unitsFor(aad),
    coordinator: services.directory.roles(aad).coordinator,
    values,
    ...extra,
  };
}

/** Why a notice was refused, as specifically as the rights rule says. */
export function refusalCard(refusal: Forbidden, t: Translate): AdaptiveCard {
  return card([sentence(refusal.code ? userMessage(refusal.code, t) : t('notices.notAllowed'))]);
}

/** The answer to send, schedule or cancel: the report card, the scheduled time, or why not. */
export function resultCard(result: SendResult, t: Translate): AdaptiveCard {
  switch (result.kind) {
    case 'sending': {
      const total = result.recipients;
      const progress = { total, pending: total, sending: 0, sent: 0, failed: 0, unreachable: 0 };
      return reportCard(result.notice, progress, total === 0, t);
    }
    case 'scheduled':
      return card(
        [sentence(t('notices.scheduled', { when: dateTimeText(result.notice.sendAt!, t) }))],
        [execute(t('notices.cancel'), VERBS.noticeCancel, { noticeId: result.notice.id })],
      );
    case 'cancelled':
      return card([sentence(t('notices.cancelled'))]);
    case 'notFound':
      return card([sentence(t('notices.notFound'))]);
    case 'forbidden':
      return refusalCard(result, t);
    case 'noRecipients':
      return noticePreviewCard(result.notice, 0, t);
    case 'alreadyHandled':
      return card([
        sentence(t('notices.alreadyHandled', { state: t(`notices.state_${result.notice.state}`) })),
      ]);
  }
}

/** A draft's values for the form again (editing it). */
export function valuesOf(n: Notice): Record<string, string> {
  const local = n.sendAt ? new Date(n.sendAt).toLocaleString('sv-SE', { timeZone: 'Europe/Helsinki' }) : '';
  return {
    title: n.title,
    text: n.text,
    ngo: n.ngo,
    link: n.link ?? '',
    imageUrl: n.imageUrl ?? '',
    topics: n.topics.join(','),
    targetGroups: n.targetGroups ?? '',
    acknowledge: n.askAcknowledgement ? 'true' : 'false',
    infoScreen: n.onInfoScreen ? 'true' : 'false',
    remindAfterDays: n.remindAfterDays ? String(n.remindAfterDays) : '',
    audienceKind: n.audience.kind,
    ...(n.audience.kind === 'county' ? {} : { [ID_FIELD[n.audience.kind]]: n.audience.ids.join(',') }),
    validUntil: n.validUntil,
    sendDate: local.slice(0, 10),
    sendTime: local.slice(11, 16),
  };
}

/**
 * The liaison's side of NGO submissions (docs/ngo.md §3, §4): the proactive card to the people a
 * submission is routed to, and their decisions from it. Thin: the NGO service decides and stores.
 */
import type { TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { logError } from '../../domain/errors';
import type { Decision, Submission } from '../../domain/ngo';
import { localeFrom, translator, type Translate } from '../../i18n';
import type { Stored } from '../../services/repositories';
import type { Services } from '../../services';
import type { SubmissionNotifier } from '../../services/ngoService';
import { answerInvoke } from '../answerInvoke';
import { attachment, card, sentence, type AdaptiveCard } from '../cards/adaptive';
import { contactText, submissionCard } from '../cards/ngoCards';
import { noticeFormCard } from '../cards/noticeCards';
import { VERBS } from '../cards/verbs';
import type { Proactive } from '../proactive';
import { actorOf, languageOf } from '../turn';

type Data = Record<string, unknown>;
const str = (value: unknown, max = 600): string => (typeof value === 'string' ? value.slice(0, max) : '');

function placeName(services: Services, s: Submission): string {
  return s.form.places
    .map((place) =>
      place.kind === 'unit'
        ? (services.directory.unit(place.unitId)?.name ?? place.unitId)
        : place.municipality,
    )
    .join(', ');
}

function view(
  services: Services,
  s: Submission,
  t: Translate,
  viewer: string | undefined,
  note?: string,
  showContact = false,
) {
  return submissionCard(s, t, {
    placeName: placeName(services, s),
    forwardTargets: services.ngo.forwardTargets(),
    ...(viewer ? { viewerAadObjectId: viewer } : {}),
    ...(note ? { note } : {}),
    showContact,
  });
}

/** Sends the submission's card to each liaison's personal chat (those Silta has a conversation with). */
class LiaisonNotifier implements SubmissionNotifier {
  constructor(
    private readonly services: Services,
    private readonly proactive: Proactive,
  ) {}

  async submitted(submission: Stored<Submission>): Promise<void> {
    for (const liaison of submission.liaisons) {
      const reference = liaison.aadObjectId
        ? await this.services.conversations.ofUser(liaison.aadObjectId)
        : undefined;
      if (!reference) {
        logError(this.services.log, 'warn', 'NGO_LIAISON_UNREACHABLE', { reference: submission.reference });
        continue;
      }
      const t = translator(localeFrom(reference.locale));
      await this.proactive.send(reference, {
        type: 'message',
        summary: t('ngo.card_title', { title: submission.form.title }),
        attachments: [attachment(view(this.services, submission, t, liaison.aadObjectId))],
        channelData: { notification: { alert: true } },
      });
    }
  }
}

function decisionFrom(data: Data): Decision | undefined {
  switch (str(data.decision, 20)) {
    case 'accept':
      return { kind: 'accept', onInfoScreen: data.onInfoScreen === 'true' || data.onInfoScreen === true };
    case 'notice':
      return { kind: 'notice' };
    case 'moreInfo':
      return { kind: 'moreInfo' };
    case 'forward':
      return { kind: 'forward', to: { name: '', aadObjectId: str(data.forwardTo, 64) } };
    case 'decline':
      return { kind: 'decline', reason: str(data.reason, 2000) };
    default:
      return undefined;
  }
}

export function registerNgoActions(
  app: Application<TurnState>,
  services: Services,
  proactive: Proactive,
): void {
  services.ngo.useNotifier(new LiaisonNotifier(services, proactive));

  app.adaptiveCards.actionExecute(VERBS.ngoDecide, async (context: TurnContext, _state, data: Data) => {
    const content = await onDecision(context, data);
    await answerInvoke(context, content);
    return content;
  });

  async function onDecision(context: TurnContext, data: Data): Promise<AdaptiveCard> {
    const { t } = languageOf(context);
    const actor = actorOf(context);
    const decision = decisionFrom(data);
    const result = decision
      ? await services.ngo.decide(str(data.submissionId, 64), decision, actor, Number(data.seen))
      : ({ kind: 'notFound' } as const);
    if (result.kind === 'notFound') return card([sentence(t('ngo.notFound'))]);
    if (result.kind === 'refused') {
      logError(services.log, 'info', 'NGO_DECISION_REFUSED', {
        reason: result.code,
        reference: result.submission.reference,
      });
      // Someone the submission is not routed to sees nothing of it (no contact details, no text).
      if (result.code === 'forbidden') return card([sentence(t('ngo.refused_forbidden'))]);
      return view(services, result.submission, t, actor.aadObjectId, t(`ngo.refused_${result.code}`));
    }
    const s = result.submission;
    switch (decision!.kind) {
      case 'accept':
        return view(
          services,
          s,
          t,
          actor.aadObjectId,
          t(s.onInfoScreen ? 'ngo.done_acceptedScreen' : 'ngo.done_accepted'),
        );
      case 'moreInfo':
        return view(
          services,
          s,
          t,
          actor.aadObjectId,
          t('ngo.done_moreInfo', { contact: contactText(s) }),
          true,
        );
      case 'forward':
        return view(
          services,
          s,
          t,
          actor.aadObjectId,
          t('ngo.done_forwarded', { name: s.liaisons[0]?.name ?? '' }),
        );
      case 'decline':
        return view(services, s, t, actor.aadObjectId, t('ngo.done_declined'));
      case 'notice':
        return noticeForm(s, actor.aadObjectId ?? '', t);
    }
  }

  /** The existing notice form, filled in from the submission (docs/notices.md): the liaison checks and sends. */
  function noticeForm(s: Submission, aad: string, t: Translate): AdaptiveCard {
    const units = services.notices.unitsFor(aad);
    // The chosen units the liaison may send notices to (docs/notices.md §2).
    const chosen = s.form.places.flatMap((p) => (p.kind === 'unit' ? [p.unitId] : []));
    const audienceIds = chosen.filter((id) => units.some((u) => u.id === id));
    return noticeFormCard(
      {
        units,
        coordinator: services.directory.roles(aad).coordinator,
        values: {
          title: s.form.title,
          text: s.form.description,
          ngo: s.form.organisation,
          ...(s.form.lahellaUrl ? { link: s.form.lahellaUrl } : {}),
          topics: s.form.topics.join(','),
          audienceKind: 'units',
          ...(audienceIds.length > 0 ? { audienceIds: audienceIds.join(',') } : {}),
        },
        warning: t('ngo.done_notice'),
      },
      t,
    );
  }
}

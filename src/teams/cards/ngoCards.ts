/**
 * The liaison's card for an NGO submission (docs/ngo.md §4): the submission in full (every text from the
 * NGO in TextRuns, never markdown) and the five decisions. Each action carries the submission's id and
 * the `version` it shows, so a decision on an outdated card is refused.
 */
import { MAX_REASON_LENGTH, type LiaisonRef, type Submission } from '../../domain/ngo';
import { messageKey, type Translate } from '../../i18n';
import { dateText, dateTimeText, hhmmText, rangeEndText } from '../../i18n/formats';
import {
  card,
  choiceInput,
  container,
  execute,
  heading,
  runs,
  sentence,
  showCard,
  textInput,
  type AdaptiveCard,
  type Action,
  type BodyElement,
} from './adaptive';
import { VERBS } from './verbs';

export interface SubmissionCardOptions {
  /** The unit's or municipality's name as shown. */
  placeName: string;
  /** People it can be forwarded to (the viewer is left out). */
  forwardTargets: readonly LiaisonRef[];
  /** Who is looking: the actions are only for the people it is routed to. */
  viewerAadObjectId?: string;
  /** A line on top: the result of the last action, or why it was refused. */
  note?: string;
  /** Show the NGO's contact details (after "ask for more"). */
  showContact?: boolean;
}

const line = (label: string, value: string): BodyElement =>
  runs([{ text: `${label}: `, bold: true }, { text: value }]);

export function submissionCard(s: Submission, t: Translate, o: SubmissionCardOptions): AdaptiveCard {
  const f = s.form;
  const body: BodyElement[] = [];
  if (o.note) body.push(container([sentence(o.note)], { style: 'emphasis' }));
  body.push(
    heading(t('ngo.card_title', { title: f.title }), 'large'),
    sentence(t('ngo.card_intro', { organisation: f.organisation, reference: s.reference }), { subtle: true }),
  );
  if (s.routedTo === 'regional') body.push(sentence(t('ngo.card_routedRegional'), { subtle: true }));
  if (s.routedTo === 'county') body.push(sentence(t('ngo.card_routedCounty'), { subtle: true }));
  body.push(
    line(t('ngo.field_kind'), t(messageKey('ngo.kind_', f.kind))),
    line(t('ngo.card_place'), o.placeName),
  );
  if (f.schedule) {
    const sc = f.schedule;
    body.push(
      line(
        t('ngo.card_when'),
        t('ngo.card_whenLine', {
          type: t(messageKey('ngo.activityType_', sc.activityType)),
          recurrence: t(messageKey('ngo.recurrence_', sc.recurrence)),
          dates:
            sc.firstDate === sc.lastDate
              ? dateText(sc.firstDate, t)
              : `${dateText(sc.firstDate, t)}–${dateText(sc.lastDate, t)}`,
          start: hhmmText(sc.startTime, t),
          end: rangeEndText(sc.endTime, t),
        }),
      ),
    );
  }
  if (f.topics.length > 0)
    body.push(
      line(t('ngo.field_topics'), f.topics.map((topic) => t(messageKey('ngo.topic_', topic))).join(', ')),
    );
  body.push(runs([{ text: t('ngo.field_description'), bold: true }], 'medium'), sentence(f.description));
  if (f.lahellaUrl) body.push(runs([{ text: f.lahellaUrl, url: f.lahellaUrl }]));
  body.push(sentence(`${t('ngo.statusSent')}: ${dateTimeText(s.createdAt, t)}`, { subtle: true }));
  if (o.showContact || s.state === 'moreInfo') {
    body.push(
      container([runs([{ text: t('ngo.card_contact'), bold: true }]), sentence(contactText(s))], {
        separator: true,
      }),
    );
  }
  body.push(sentence(t('ngo.card_state', { state: t(messageKey('ngo.state_', s.state)) }), { subtle: true }));

  const mayAct =
    !!o.viewerAadObjectId &&
    s.liaisons.some((l) => l.aadObjectId === o.viewerAadObjectId!.toLowerCase()) &&
    (s.state === 'received' || s.state === 'moreInfo');
  if (!mayAct) return card(body);
  const data = (decision: string) => ({ submissionId: s.id, seen: s.version, decision });
  // A required field says what is missing when it is sent empty.
  const required = (label: string) => ({ required: true, errorMessage: t('ngo.error_required', { label }) });
  const targets = o.forwardTargets.filter((p) => p.aadObjectId !== o.viewerAadObjectId?.toLowerCase());
  const actions: Action[] = [
    showCard(
      t('ngo.action_accept'),
      f.schedule
        ? [
            choiceInput(
              'onInfoScreen',
              t('ngo.action_acceptOnScreen'),
              [{ title: t('ngo.action_acceptOnScreen'), value: 'true' }],
              { multi: true, expanded: true },
            ),
          ]
        : [sentence(t(messageKey('ngo.kind_', f.kind)), { subtle: true })],
      [execute(t('ngo.action_acceptConfirm'), VERBS.ngoDecide, data('accept'))],
    ),
    execute(t('ngo.action_notice'), VERBS.ngoDecide, data('notice')),
    execute(t('ngo.action_moreInfo'), VERBS.ngoDecide, data('moreInfo')),
    showCard(
      t('ngo.action_forward'),
      [
        choiceInput(
          'forwardTo',
          t('ngo.action_forwardTo'),
          targets.map((p) => ({ title: p.name, value: p.aadObjectId! })),
          required(t('ngo.action_forwardTo')),
        ),
      ],
      [execute(t('ngo.action_forwardConfirm'), VERBS.ngoDecide, data('forward'))],
    ),
    showCard(
      t('ngo.action_decline'),
      [
        textInput('reason', t('ngo.action_declineReason'), {
          ...required(t('ngo.action_declineReason')),
          multiline: true,
          maxLength: MAX_REASON_LENGTH,
        }),
      ],
      [execute(t('ngo.action_declineConfirm'), VERBS.ngoDecide, data('decline'))],
    ),
  ];
  return card(body, actions);
}

/** The NGO's contact details, as one line of text. */
export function contactText(s: Submission): string {
  return [s.form.contactName, s.form.organisation, s.form.email, s.form.phone].filter(Boolean).join(', ');
}

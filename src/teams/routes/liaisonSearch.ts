import type { TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import type { MessagingExtensionAttachment, MessagingExtensionResult } from 'botbuilder';
import { scopeDisplayName, type Person } from '../../domain/directory';
import type { Translate } from '../../i18n';
import type { Services } from '../../services';
import type { InsertableAnswer, SearchHit } from '../../services/liaisonSearch';
import { CARD_CONTENT_TYPE } from '../cards/adaptive';
import { directoryCard } from '../cards/directoryCard';
import { actorOf, languageOf } from '../turn';

/** The search command's id and its one parameter in the app manifest (composeExtensions). */
export const FIND_LIAISON_COMMAND = 'findLiaison';
export const FIND_LIAISON_PARAMETER = 'question';
/** Teams shows at most 25 results a page. */
const PAGE_MAX = 25;

const names = (people: Person[]) => people.map((person) => person.name).join(', ');

/** The preview's title and line: the unit or the level, and the people who answer for it. */
function previewOf(answer: InsertableAnswer, t: Translate): { title: string; text: string } {
  switch (answer.kind) {
    case 'unit': {
      const { unit } = answer;
      if (answer.liaisons.length > 0) return { title: unit.name, text: names(answer.liaisons) };
      const text =
        answer.regional.length > 0
          ? t('search.noLiaison', { names: names(answer.regional) })
          : t('search.nobody');
      return { title: unit.name, text };
    }
    case 'level': {
      const scope = scopeDisplayName(answer.scope, t.locale ?? 'fi');
      const title = t(`directory.levelTitle_${answer.level}`, { scope });
      return { title, text: answer.people.length > 0 ? names(answer.people) : t('search.nobody') };
    }
    case 'outside':
      return { title: t('search.outsideTitle', { place: answer.place }), text: names(answer.coordinator) };
  }
}

function subtitleOf(hit: SearchHit, t: Translate): string | undefined {
  const place = hit.answer.kind === 'unit' ? hit.answer.unit.municipality : undefined;
  if (!hit.suggested) return place;
  return [t('search.suggested'), place].filter(Boolean).join(' · ');
}

/** A result: the answer card to insert, and a thumbnail preview whose tap asks for it (selectItem). */
function resultOf(hit: SearchHit, t: Translate): MessagingExtensionAttachment {
  const subtitle = subtitleOf(hit, t);
  return {
    contentType: CARD_CONTENT_TYPE,
    content: directoryCard(hit.answer, t),
    preview: {
      contentType: 'application/vnd.microsoft.card.thumbnail',
      content: {
        ...previewOf(hit.answer, t),
        ...(subtitle ? { subtitle } : {}),
        tap: { type: 'invoke', value: hit.item },
      },
    },
  };
}

const message = (text: string): MessagingExtensionResult => ({ type: 'message', text });
const results = (attachments: MessagingExtensionAttachment[]): MessagingExtensionResult => ({
  type: 'result',
  attachmentLayout: 'list',
  attachments,
});

const userKey = (context: TurnContext) => {
  const actor = actorOf(context);
  return actor.aadObjectId ?? actor.id;
};

/**
 * The directory in any chat (docs/directory.md §9): the search command answers as the bot does, with a
 * preview per result; the picked result inserts the answer card in the user's language.
 */
export function registerLiaisonSearch(app: Application<TurnState>, services: Services): void {
  app.messageExtensions.query(FIND_LIAISON_COMMAND, async (context, _state, query) => {
    const { t } = languageOf(context);
    const raw: unknown = query.parameters[FIND_LIAISON_PARAMETER];
    const outcome = await services.liaisonSearch.search(userKey(context), typeof raw === 'string' ? raw : '');
    switch (outcome.kind) {
      case 'needMyUnit':
        return message(t('search.hint'));
      case 'tooLong':
        return message(t('search.tooLong', { length: outcome.length, max: outcome.max }));
      case 'notFound':
        return message(t('search.notFound', { unknown: outcome.unknown }));
      case 'hits': {
        const skip = Math.max(0, Math.floor(Number(query.skip) || 0));
        const count = Math.min(PAGE_MAX, Math.max(1, Math.floor(Number(query.count) || PAGE_MAX)));
        return results(outcome.hits.slice(skip, skip + count).map((hit) => resultOf(hit, t)));
      }
    }
  });

  app.messageExtensions.selectItem(async (context, _state, item) => {
    const { t } = languageOf(context);
    const answer = await services.liaisonSearch.pick(userKey(context), item);
    if (!answer) return message(t('directory.unknownUnit'));
    const card = directoryCard(answer, t);
    return results([
      {
        contentType: CARD_CONTENT_TYPE,
        content: card,
        preview: {
          contentType: 'application/vnd.microsoft.card.thumbnail',
          content: previewOf(answer, t),
        },
      },
    ]);
  });
}

import {
  countyDisplayName,
  scopeDisplayName,
  type DirectoryAnswer,
  type Person,
} from '../../domain/directory';
import type { Unit } from '../../domain/directory/types';
import type { Translate } from '../../i18n';
import { municipalityName, titleName, type MunicipalityNames } from '../../domain/register/termNames';
import {
  actionSet,
  card,
  choiceInput,
  container,
  execute,
  heading,
  runs,
  sentence,
  type AdaptiveCard,
  type Element,
} from './adaptive';
import { unitChoices } from './orderCards';
import { VERBS } from './verbs';

const telUrl = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;
const chatUrl = (email: string) =>
  `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(email)}`;

/** One person: name, title, substitute note, e-mail, phone and (for Teams users) a chat link. */
export function personBlock(person: Person, t: Translate): Element[] {
  const lines: Element[] = [
    runs([{ text: person.name, bold: true }]),
    runs([{ text: titleName(person.title, t.locale ?? 'fi'), subtle: true }], 'none'),
  ];
  if (person.substituteFor)
    lines.push(runs([{ text: t('directory.substitute', { name: person.substituteFor }) }], 'none'));
  if (person.note) lines.push(runs([{ text: person.note, subtle: true }], 'none'));
  const contact = [
    { text: `${t('directory.email')}: ` },
    { text: person.email, url: `mailto:${person.email}` },
  ];
  lines.push(runs(contact, 'none'));
  if (person.phone) {
    lines.push(
      runs(
        [{ text: `${t('directory.phone')}: ` }, { text: person.phone, url: telUrl(person.phone) }],
        'none',
      ),
    );
  }
  if (person.aadObjectId)
    lines.push(runs([{ text: t('directory.chat'), url: chatUrl(person.email) }], 'none'));
  return lines;
}

function section(title: string, people: Person[], t: Translate): Element {
  return container([heading(title), ...people.flatMap((person) => personBlock(person, t))], {
    separator: true,
  });
}

/** Teams shows at most 6 actions of an action set and drops the rest. */
const MAX_ACTIONS_PER_SET = 6;

/** A button per unit, in action sets of at most six so that Teams shows every one. */
function unitButtons(units: Unit[], verb: string): Element[] {
  const sets: Element[] = [];
  for (let i = 0; i < units.length; i += MAX_ACTIONS_PER_SET)
    sets.push(
      actionSet(
        units.slice(i, i + MAX_ACTIONS_PER_SET).map((unit) => execute(unit.name, verb, { unitId: unit.id })),
      ),
    );
  return sets;
}

/**
 * Words as the user wrote them, case and spelling kept ("Kuusikylän"): the directory reads a question in
 * lower case, and an unknown place is echoed back as it was written. A word not found as such in the
 * question (its punctuation was dropped, say) is shown as read.
 */
export function asWritten(words: string, question: string): string {
  const written = question.normalize('NFC');
  const lower = written.toLowerCase();
  if (lower.length !== written.length) return words;
  let from = 0;
  return words
    .split(' ')
    .map((word) => {
      const at = lower.indexOf(word, from);
      if (at < 0) return word;
      from = at + word.length;
      return written.slice(at, from);
    })
    .join(' ');
}

export interface DirectoryCardOptions {
  /** A line above the answer (e.g. "your unit is now …"). */
  note?: string;
  /** The register's units, for municipality names in Swedish (kunta_sv). */
  units?: readonly MunicipalityNames[];
  /** The question as the user wrote it, to echo an unknown place in their spelling. */
  question?: string;
}

/**
 * The answer card for a liaison question, in the user's language: titles from the term table, and
 * municipality names in Swedish from the register's units (kunta_sv).
 */
export function directoryCard(
  answer: DirectoryAnswer,
  t: Translate,
  { note, units = [], question }: DirectoryCardOptions = {},
): AdaptiveCard {
  const language = t.locale ?? 'fi';
  const known = [
    ...(answer.kind === 'unit' ? [answer.unit] : answer.kind === 'choose' ? answer.options : []),
    ...units,
  ];
  const place = (municipality: string) => municipalityName(municipality, language, known);
  /** A list of municipality names ("Oulu, Raahe"), each in the language. */
  const places = (list: string) => list.split(', ').map(place).join(', ');
  const top: Element[] = note ? [sentence(note, { subtle: true })] : [];
  switch (answer.kind) {
    case 'unit': {
      const { unit } = answer;
      const body: Element[] = [...top, heading(unit.name, 'large')];
      if (answer.liaisonRole === 'serviceArea') {
        body.push(sentence(t('directory.serviceAreaLiaison', { serviceArea: answer.serviceArea ?? '' })));
      }
      if (answer.noCentreLiaison) body.push(sentence(t('directory.noCentreLiaison')));
      if (answer.liaisons.length > 0) {
        const title = t('directory.liaisons', { count: answer.liaisons.length });
        body.push(section(title, answer.liaisons, t));
      }
      if (answer.municipal.length > 0) {
        body.push(
          section(t('directory.municipal', { municipality: place(unit.municipality) }), answer.municipal, t),
        );
      }
      if (answer.regional.length > 0)
        body.push(section(t('directory.regional', { area: unit.area }), answer.regional, t));
      if (answer.otherUnits.length > 0) {
        body.push(sentence(t('directory.otherUnits', { municipality: place(unit.municipality) })));
        body.push(...unitButtons(answer.otherUnits, VERBS.directoryUnit));
      }
      return card(body, [execute(t('directory.setMyUnit'), VERBS.directorySetMyUnit, { unitId: unit.id })]);
    }
    case 'level': {
      const body = [
        ...top,
        heading(
          t(`directory.levelTitle_${answer.level}`, {
            scope: answer.level === 'kunta' ? places(answer.scope) : scopeDisplayName(answer.scope, language),
          }),
          'large',
        ),
      ];
      if (answer.people.length === 0) body.push(sentence(t('directory.levelNobody')));
      body.push(
        ...answer.people.flatMap((person) => [container(personBlock(person, t), { separator: true })]),
      );
      return card(body);
    }
    case 'choose':
      return card([
        ...top,
        sentence(t('directory.choose', { scope: places(answer.scope) })),
        ...unitButtons(answer.options, VERBS.directoryUnit),
      ]);
    case 'chooseScope':
      return card([
        ...top,
        sentence(t('directory.chooseScope')),
        actionSet(
          answer.options.map((scope) =>
            execute(scopeDisplayName(scope, t.locale ?? 'fi'), VERBS.directoryScope, {
              level: answer.level,
              scope,
            }),
          ),
        ),
      ]);
    case 'outside':
      return card([
        ...top,
        sentence(
          answer.otherCounty
            ? t('directory.otherCounty', { county: countyDisplayName(answer.place, t.locale ?? 'fi') })
            : t('directory.outside', { place: answer.place }),
        ),
        section(t('directory.levelTitle_hyvinvointialue'), answer.coordinator, t),
      ]);
    case 'needMyUnit':
      return card([...top, sentence(t('directory.myUnitNotSet'))]);
    case 'notFound': {
      const body = [
        ...top,
        sentence(
          answer.unknown
            ? t('directory.notFound', {
                unknown: question ? asWritten(answer.unknown, question) : answer.unknown,
              })
            : t('directory.notFoundNoWords'),
        ),
      ];
      if (answer.suggestions.length > 0) {
        body.push(
          sentence(t('directory.suggestions')),
          ...unitButtons(answer.suggestions, VERBS.directoryUnit),
        );
      }
      return card(body);
    }
  }
}

/** "Several units match": buttons that set the chosen one as the user's own unit. */
export function chooseMyUnitCard(text: string, units: Unit[], t: Translate): AdaptiveCard {
  return card([
    sentence(t('directory.myUnitChoose', { text })),
    ...unitButtons(units, VERBS.directorySetMyUnit),
  ]);
}

/**
 * "Who is our liaison?" from someone with no unit of their own: pick the unit here (the order form's
 * unit picker, with its typeahead for a large register); the button saves it and answers the question.
 */
export function pickMyUnitCard(units: readonly Unit[], t: Translate): AdaptiveCard {
  const { choices, dataset } = unitChoices(units, []);
  return card([
    sentence(t('directory.myUnitPick')),
    choiceInput('unitId', t('directory.myUnitLabel'), choices, {
      required: true,
      errorMessage: t('directory.myUnitRequired'),
      filtered: true,
      dataset,
    }),
    actionSet([execute(t('directory.setMyUnit'), VERBS.directorySetMyUnit)]),
  ]);
}

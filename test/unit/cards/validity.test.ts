import { cardProblems } from '../../support/cardValidity';
import { observeCards, takeCardGateResults } from '../../support/cardGate';
import { messageCardResponse } from '../../../src/teams/errors';
import {
  actionSet,
  attachment,
  card,
  cardInvokeResponse,
  choiceInput,
  execute,
  numberInput,
  peoplePicker,
  sentence,
  textInput,
} from '../../../src/teams/cards/adaptive';

describe('Card validity checks', () => {
  it('When a card is valid, then no problems', () => {
    expect(cardProblems(messageCardResponse('Hei').value)).toEqual([]);
  });
  it('When a card has a typo or a bad value, then both checks say so', () => {
    const bad = card([{ ...sentence('x'), spacing: 'huge' as 'none' }]);
    expect(cardProblems(bad).join('\n')).toMatch(
      /schema: \/body\/0\/spacing[\s\S]*parser \(InvalidPropertyValue\).*Invalid value "huge"/,
    );
  });
  it('When an input has no label or a check without an errorMessage, then the input is named', () => {
    const bad = card([
      textInput('link', '', { regex: '^https://' }),
      numberInput('days', 'Päivät', { min: 1, max: 30 }),
      textInput('why', 'Miksi', { required: true }),
      textInput('ok', 'Valmis', { required: true, errorMessage: 'Kirjoita jotain.' }),
    ]);
    expect(cardProblems(bad)).toEqual([
      'input: Input.Text "link" at /body/0 has no label',
      'input: Input.Text "link" at /body/0 is checked (regex) but has no errorMessage',
      'input: Input.Number "days" at /body/1 is checked (min, max) but has no errorMessage',
      'input: Input.Text "why" at /body/2 is checked (isRequired) but has no errorMessage',
    ]);
  });
  it('When an action set or the card has more than 6 actions, then it is named', () => {
    const seven = Array.from({ length: 7 }, (_, i) => execute(`Nappi ${i}`, 'x'));
    expect(cardProblems(card([actionSet(seven)]))).toEqual([
      'actions: 7 actions in ActionSet at /body/0 (Teams shows 6)',
    ]);
    expect(cardProblems(card([sentence('x')], seven))).toEqual([
      'actions: 7 actions in AdaptiveCard at / (Teams shows 6)',
    ]);
  });
  it('When a choice set is empty, even the people picker, then the parser says so', () => {
    expect(cardProblems(card([choiceInput('x', 'Valitse', [])]))).toEqual([
      'parser (CollectionCantBeEmpty) at Input.ChoiceSet "x": An Input.ChoiceSet must have at least one choice defined.',
    ]);
    expect(cardProblems(card([peoplePicker('who', 'Kuka', [])]))).toEqual([
      'parser (CollectionCantBeEmpty) at Input.ChoiceSet "who": An Input.ChoiceSet must have at least one choice defined.',
    ]);
    expect(cardProblems(card([peoplePicker('who', 'Kuka', [{ title: 'Minä', value: 'a' }])]))).toEqual([]);
  });
});

describe('The card gate', () => {
  it('When a bad card is sent or answered, then the failure names where it was seen, the rule and the element', () => {
    const bad = card([textInput('q', 'Kysymys', { required: true })]);
    observeCards('POST /v3/conversations/c/activities (the Teams connector)', {
      type: 'message',
      attachments: [attachment(bad)],
    });
    observeCards('the HTTP answer to invoke adaptiveCard/action x', cardInvokeResponse(bad));
    const { failures, cardsSeen } = takeCardGateResults();
    expect(cardsSeen).toBe(2);
    // The same card is reported once, where it was first seen.
    expect(failures).toEqual([
      'card "" seen at POST /v3/conversations/c/activities (the Teams connector):\n' +
        '  - input: Input.Text "q" at /body/0 is checked (isRequired) but has no errorMessage',
    ]);
  });
  it('When a message is over 28 KB, then it fails; message-extension results count one by one', () => {
    const big = card([sentence('ä'.repeat(15_000))]);
    observeCards('a message', JSON.stringify({ type: 'message', attachments: [attachment(big)] }));
    expect(takeCardGateResults().failures.join('\n')).toMatch(
      /size: the message is \d+ bytes, over Teams' 28672/,
    );
    const result = {
      contentType: 'application/vnd.microsoft.card.adaptive',
      content: card([sentence('ä'.repeat(7000))]),
    };
    observeCards('a search', { composeExtension: { type: 'result', attachments: [result, result, result] } });
    expect(takeCardGateResults()).toEqual({ failures: [], cardsSeen: 3 });
  });
});

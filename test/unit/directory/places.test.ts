import { answerQuestion, scopeDisplayName, type DirectoryAnswer } from '../../../src/domain/directory';
import { demoIndex, emailsIn } from '../../support/demoRegister';
import { failures, languageOf, placeCases } from '../../support/placeCases';

const index = demoIndex();
const TODAY = '2026-11-22';

function shown(answer: DirectoryAnswer, locale: string) {
  const units =
    answer.kind === 'choose'
      ? answer.options.map((unit) => unit.name)
      : answer.kind === 'chooseScope'
        ? answer.options.map((scope) => scopeDisplayName(scope, languageOf(locale)))
        : [];
  return { kind: answer.kind, emails: emailsIn(answer), units };
}

describe('Places as staff write them (places.jsonl) against the domain', () => {
  it.each(placeCases.map((c) => [c.class, c.q, c] as const))('[%s] "%s"', (_class, _q, c) => {
    expect(failures(c, shown(answerQuestion(index, c.q, { today: TODAY }), c.locale))).toEqual([]);
  });
});

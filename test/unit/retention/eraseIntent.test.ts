import { buildDirectoryIndex } from '../../../src/domain/directory';
import { readMessage } from '../../../src/domain/intents';
import { validateImport } from '../../../src/domain/register';
import { readDemoFiles } from '../../../src/services/projectFiles';

const index = buildDirectoryIndex(validateImport({ units: [], assignments: [] }, readDemoFiles()).next!);
const classifyMessage = (text: string) => readMessage(text, index);

describe('The consent-withdrawn command in fi, sv and en', () => {
  it.each([
    ['suostumus peruttu KT-010', 'KT-010'],
    ['Suostumus on peruttu: Anu Tuomela', 'Anu Tuomela'],
    ['kokemustoimijan suostumus peruttu kt-010', 'kt-010'],
    ['poista kokemustoimijan tiedot KT-010', 'KT-010'],
    ['poista kokemustoimija Anu Tuomela', 'Anu Tuomela'],
    ['samtycke återkallat KT-010', 'KT-010'],
    ['radera erfarenhetsexpertens uppgifter Anu Tuomela', 'Anu Tuomela'],
    ['consent withdrawn KT-010', 'KT-010'],
    ['Consent withdrawn for Anu Tuomela.', 'Anu Tuomela'],
    ['erase expert data KT-010', 'KT-010'],
    ["erase experience expert's data of KT-010", 'KT-010'],
  ])('When the coordinator writes "%s", then it asks to erase %s', (text, who) => {
    expect(classifyMessage(text)).toEqual({ kind: 'eraseExpert', who });
  });

  it.each(['suostumus peruttu', 'consent withdrawn', 'samtycke återkallat'])(
    'When "%s" names nobody, then it still asks to erase (and Silta asks whom)',
    (text) => {
      expect(classifyMessage(text)).toEqual({ kind: 'eraseExpert', who: '' });
    },
  );

  it('When a question only mentions consent, then it stays a question', () => {
    expect(classifyMessage('Kuka hoitaa suostumukset Tuirassa?').kind).toBe('question');
  });
});

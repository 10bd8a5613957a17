import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  answerQuestion,
  buildDirectoryIndex,
  matchUnits,
  MAX_TOKENS,
  type DirectoryAnswer,
  type Register,
} from '../../../src/domain/directory';
import { validateImport } from '../../../src/domain/register';
import { demoIndex, demoRegister, emailsIn } from '../../support/demoRegister';

const TODAY = '2026-11-22';
const index = demoIndex();
const ask = (q: string, today = TODAY, myUnitId?: string): DirectoryAnswer =>
  answerQuestion(index, q, { today, ...(myUnitId ? { myUnitId } : {}) });

function unitAnswer(answer: DirectoryAnswer) {
  if (answer.kind !== 'unit')
    throw new Error(`expected a unit answer, got ${JSON.stringify(answer).slice(0, 200)}`);
  return answer;
}
function levelAnswer(answer: DirectoryAnswer) {
  if (answer.kind !== 'level')
    throw new Error(`expected a level answer, got ${JSON.stringify(answer).slice(0, 200)}`);
  return answer;
}

interface DevCase {
  q: string;
  kind: string;
  expect: string[];
  forbid: string[];
  any_of?: string[];
  min_any?: number;
}
const devCases = readFileSync(path.join(__dirname, '../../fixtures/kysymykset-dev.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as DevCase);

describe('The example questions (kysymykset-dev.jsonl) against the domain', () => {
  it.each(devCases.map((c) => [c.q, c] as const))(
    'When asked "%s", then the right people are named',
    (_q, c) => {
      const answer = ask(c.q);
      const emails = emailsIn(answer);
      for (const email of c.expect) expect(emails).toContain(email);
      for (const email of c.forbid) expect(emails).not.toContain(email);
      if (c.kind === 'outside') expect(answer.kind).toBe('outside');
      if (c.kind === 'disambiguate') {
        expect(answer.kind).toBe('choose');
        const text = JSON.stringify(answer);
        expect(c.any_of!.filter((word) => text.includes(word)).length).toBeGreaterThanOrEqual(c.min_any!);
      }
    },
  );
});

describe('Who covers a unit', () => {
  it('When a centre has a liaison, then the answer names them, the municipal liaisons and the regional coordinator', () => {
    const answer = unitAnswer(ask('Kuka on Tuiran yhdyshenkilö?'));
    expect(answer.unit.id).toBe('OU-TUI');
    expect(answer.liaisons.map((p) => p.email)).toEqual(['noora.eskola@pohde.example']);
    expect(answer.municipal.map((p) => p.email)).toEqual([
      'teemu.palo@oulu.example',
      'kaisa.rautio@oulu.example',
    ]);
    expect(answer.regional.map((p) => p.email)).toEqual(['riikka.juntunen@pohde.example']);
    expect(answer.noCentreLiaison).toBe(false);
  });

  it('When a centre has no liaison (Utajärvi), then it says so and the regional coordinator is the contact', () => {
    const answer = unitAnswer(ask('Utajärven yhdyshenkilö'));
    expect(answer.noCentreLiaison).toBe(true);
    expect(answer.liaisons).toEqual([]);
    expect(answer.regional.map((p) => p.email)).toEqual(['anu.toivonen@pohde.example']);
  });

  it('When the unit is a hospital, then the OYS Sairaalapalvelut ja ensihoito liaison answers', () => {
    for (const q of ['OYS:n yhdyshenkilö', 'Oulaskankaan sairaalan järjestöyhdyshenkilö']) {
      const answer = unitAnswer(ask(q));
      expect(answer.liaisonRole).toBe('serviceArea');
      expect(answer.serviceArea).toBe('OYS Sairaalapalvelut ja ensihoito');
      expect(answer.liaisons.map((p) => p.email)).toEqual(['lauri.tapio@pohde.example']);
    }
  });

  it('When a hospital word comes with a name the centre shares (Oulaisten sairaala), then the hospital rule answers, not the centre', () => {
    const hospital = unitAnswer(ask('Kuka on Oulaisten sairaalan yhdyshenkilö'));
    expect(hospital.unit.id).toBe('OL-OSK');
    expect(hospital.liaisonRole).toBe('serviceArea');
    expect(hospital.liaisons.map((p) => p.email)).toEqual(['lauri.tapio@pohde.example']);
    expect(emailsIn(hospital)).not.toContain('kalle.saarela@pohde.example');
    expect(unitAnswer(ask('Oulaisten sote-keskuksen yhdyshenkilö')).unit.id).toBe('OL-OUL');
    expect(unitAnswer(ask('oulaisten terveyskeskuksen yhdyshenkilö')).unit.id).toBe('OL-OUL');
  });

  it('When a hospital the register does not list is asked, then the hospital service area answers, never a centre', () => {
    for (const q of [
      'Raahen sairaalan yhdyshenkilö',
      'keskussairaalan yhdyshenkilö',
      'Vem är kontaktperson för universitetssjukhuset?',
      'Who is the hospital liaison?',
    ]) {
      const answer = levelAnswer(ask(q));
      expect([answer.level, answer.scope]).toEqual(['toimialue', 'OYS Sairaalapalvelut ja ensihoito']);
      expect(emailsIn(answer)).toEqual(['lauri.tapio@pohde.example']);
    }
    expect(unitAnswer(ask('Vem är kontaktperson för universitetssjukhuset i Uleåborg?')).unit.id).toBe(
      'OU-OYS',
    );
    expect(ask('Tampereen sairaalan yhdyshenkilö').kind).toBe('outside');
  });

  it('When a substitute covers (Pyhäjärvi), then the substitute is named as such and the absent liaison keeps their note', () => {
    const answer = unitAnswer(ask('Pyhäjärvellä yhdyshenkilö'));
    const pirjo = answer.liaisons.find((p) => p.email === 'pirjo.heikkila@pohde.example');
    expect(pirjo?.substituteFor).toBe('Oskari Wallin');
    expect(answer.liaisons.find((p) => p.email === 'oskari.wallin@pohde.example')?.note).toMatch(
      /perhevapaalla/,
    );
  });

  it('When a substitute period has not begun, then the substitute is not shown', () => {
    const answer = unitAnswer(ask('Pyhäjärvellä yhdyshenkilö', '2026-05-31'));
    expect(emailsIn(answer)).not.toContain('pirjo.heikkila@pohde.example');
  });

  it('When a row has expired (Sievi, 2025-12-31), then it is never shown; before that date it was', () => {
    expect(emailsIn(ask('Sievin yhdyshenkilö'))).not.toContain('raimo.kemppainen@pohde.example');
    expect(emailsIn(ask('Sievin yhdyshenkilö', '2025-12-31'))).toContain('raimo.kemppainen@pohde.example');
    expect(emailsIn(ask('Sievin yhdyshenkilö', '2025-12-31'))).not.toContain('sanna.lehtola@pohde.example');
  });

  it('When a municipality has one main centre and other units (Kalajoki), then the main one answers and the others are offered', () => {
    const answer = unitAnswer(ask('Kalajoella järjestöyhdyshenkilö'));
    expect(answer.unit.id).toBe('KA-KAL');
    expect(answer.otherUnits.map((u) => u.id)).toEqual(['KA-HIM', 'KA-TYN']);
  });
});

describe('Levels', () => {
  const cases: Array<[string, string, string[]]> = [
    ['Kuka on Limingan kunnan järjestöyhdyshenkilö?', 'kunta', ['liisa.leinonen@liminka.example']],
    ['Kempeleen alueellinen koordinaattori', 'alue', ['sami.korhonen@pohde.example']],
    ['Koillismaan aluekoordinaattori', 'alue', ['anu.toivonen@pohde.example']],
    ['vammaispalveluiden järjestöyhdyshenkilö', 'toimialue', ['kaisa.rantala@pohde.example']],
    ['Koillismaan vastuualueen yhdyshenkilö', 'pelastus-vastuualue', ['outi.tervo@pohde.example']],
    ['pelastuslaitoksen järjestöyhdyshenkilö', 'pelastus-palvelualue', ['minna.vaisanen@pohde.example']],
    ['järjestötyön koordinaattori', 'hyvinvointialue', ['aino.ahola@pohde.example']],
    ['Vem är kommunens kontaktperson i Limingo?', 'kunta', ['liisa.leinonen@liminka.example']],
    ['Who is the regional coordinator for Kuusamo?', 'alue', ['anu.toivonen@pohde.example']],
    ['Who is the rescue services liaison?', 'pelastus-palvelualue', ['minna.vaisanen@pohde.example']],
    ['Who is the liaison for elderly services?', 'toimialue', ['juho.mattila@pohde.example']],
    ['Vem är kontaktperson för äldreomsorgen?', 'toimialue', ['juho.mattila@pohde.example']],
    ['kontaktperson för handikappservicen', 'toimialue', ['kaisa.rantala@pohde.example']],
    ['Who is the liaison for psychiatry?', 'toimialue', ['eero.jokela@pohde.example']],
    ['Vem är kontaktperson för socialtjänsten?', 'toimialue', ['eero.jokela@pohde.example']],
    ['Who covers emergency care?', 'toimialue', ['lauri.tapio@pohde.example']],
    ['Vem är kontaktperson för universitetssjukhuset?', 'toimialue', ['lauri.tapio@pohde.example']],
    ['Vem är kontaktperson för räddningsverket?', 'pelastus-palvelualue', ['minna.vaisanen@pohde.example']],
    ['Who is the NGO coordinator?', 'hyvinvointialue', ['aino.ahola@pohde.example']],
    ['NGO work coordinator', 'hyvinvointialue', ['aino.ahola@pohde.example']],
    ['järjestökoordinaattori', 'hyvinvointialue', ['aino.ahola@pohde.example']],
    ['Vem är organisationskoordinatorn?', 'hyvinvointialue', ['aino.ahola@pohde.example']],
    ['Vem är områdeskoordinator i Kuusamo?', 'alue', ['anu.toivonen@pohde.example']],
    ['regionkoordinator för Brahestad', 'alue', ['tiina.nieminen@pohde.example']],
    ['Who is the regional NGO coordinator for Kuusamo?', 'alue', ['anu.toivonen@pohde.example']],
  ];
  it.each(cases)('When asked "%s", then the %s level answers', (q, level, emails) => {
    const answer = levelAnswer(ask(q));
    expect(answer.level).toBe(level);
    expect(answer.people.map((p) => p.email)).toEqual(emails);
  });

  it('When the municipal level is asked with "our", then the own unit decides the municipality', () => {
    const answer = levelAnswer(ask('kuka on meidän kunnan yhdyshenkilö', TODAY, 'RA-RAA'));
    expect(answer.people.map((p) => p.email)).toEqual(['sirpa.huhta@raahe.example']);
  });
});

describe('Understanding place names', () => {
  const cases: Array<[string, string]> = [
    ['Kuka on Haukiputaan yhdyshenkilö', 'OU-HAU'],
    ['yhdyshenkilö Kontinkankaalla', 'OU-KON'],
    ['Kontin yhdyshenkilö', 'OU-KON'],
    ['Iissä järjestöyhdyshenkilö', 'II-IIS'],
    ['Yli-Iissä yhdyshenkilö', 'OU-YII'],
    ['Hailuodossa yhdyshenkilö', 'HA-HAI'],
    ['Limingassa yhdyshenkilö', 'LI-LIM'],
    ['Oulaisissa yhdyshenkilö', 'OL-OUL'],
    ['Pudasjärvellä yhdyshenkilö', 'PU-PUD'],
    ['Kärsämäellä yhdyshenkilö', 'KR-KAR'],
    ['Pyhännällä yhdyshenkilö', 'PT-PYT'],
    ['Ruukissa yhdyshenkilö', 'SJ-SII'],
    ['Kiimingissä yhdyshenkilö', 'OU-KII'],
    ['Muhoksella yhdyshenkilö', 'MU-MUH'],
    ['Haapavedellä yhdyshenkilö', 'HV-HAV'],
    ['Taivalkoskella yhdyshenkilö', 'TA-TAI'],
    ['Who is the liaison in Ijo?', 'II-IIS'],
    ['kontaktperson i Karlö', 'HA-HAI'],
    ['kontaktperson i Limingo', 'LI-LIM'],
    ['Karsamaella yhdyshenkilo', 'KR-KAR'],
    ['Ijos hälsocentral', 'II-IIS'],
    ['Iis hälsocentral', 'II-IIS'],
    ["Ii's health centre", 'II-IIS'],
    ['Limingos hälsocentral', 'LI-LIM'],
    ["Who is Kempele's liaison?", 'KE-KEM'],
    ["Tuira's liaison", 'OU-TUI'],
  ];
  it.each(cases)('When asked "%s", then the unit is %s', (q, unitId) => {
    expect(unitAnswer(ask(q)).unit.id).toBe(unitId);
  });

  const typos: Array<[string, string]> = [
    ['Kempleen yhdyshenkilö', 'KE-KEM'],
    ['Haukiputaala yhdyshenkilö', 'OU-HAU'],
    ['Pudasjärvelä yhdyshenkilö', 'PU-PUD'],
    ['Kontinkankaala yhdyshenkilö', 'OU-KON'],
    ['Tyrnävällää yhdyshenkilö', 'TY-TYR'],
  ];
  it.each(typos)('When the place is misspelt ("%s"), then it is still %s', (q, unitId) => {
    expect(unitAnswer(ask(q)).unit.id).toBe(unitId);
  });

  it("When a unit word is also in a scope's English name (health), then it still asks for the unit", () => {
    expect(unitAnswer(ask('Who is the liaison at Kempele health centre?')).unit.id).toBe('KE-KEM');
  });

  it('When a short word is one letter off a place, then it is not taken as that place', () => {
    expect(ask('Kuka on Oul yhdyshenkilö?').kind).not.toBe('unit');
  });

  it('When a question names Oulu, then a choice of its units comes back, and each option answers for itself', () => {
    const answer = ask('Oulun yhdyshenkilö');
    if (answer.kind !== 'choose') throw new Error(answer.kind);
    expect(answer.options.map((u) => u.id)).toContain('OU-TUI');
    expect(answer.options).toHaveLength(9);
    const sote = ask('Oulun sote-keskuksen yhdyshenkilö');
    expect(sote.kind === 'choose' && sote.options.every((u) => u.type !== 'sairaala')).toBe(true);
  });

  it('When the place is outside the county, then the answer says so and gives the county coordinator', () => {
    for (const q of [
      'Tampereella järjestöyhdyshenkilö',
      'kontaktperson i Helsingfors',
      'Kuopion sote-keskus',
    ]) {
      const answer = ask(q);
      expect(answer.kind).toBe('outside');
      expect(emailsIn(answer)).toEqual(['aino.ahola@pohde.example']);
    }
  });

  it('When nothing is recognised, then the words are reported back with the closest units', () => {
    const answer = ask('Kuka on Kaakurri yhdyshenkilö?');
    if (answer.kind !== 'notFound') throw new Error(answer.kind);
    expect(answer.unknown).toBe('kaakurri');
    expect(answer.suggestions.map((u) => u.id)).toContain('OU-KAA');
  });

  it('When "our" liaison is asked without a known unit, then the user is asked to set it; with one, it answers', () => {
    expect(ask('kuka on meidän yhdyshenkilö?').kind).toBe('needMyUnit');
    expect(unitAnswer(ask('kuka on meidän yhdyshenkilö?', TODAY, 'OU-TUI')).unit.id).toBe('OU-TUI');
  });

  it('When a place comes after the last word read, then it is not read (questions are cut there)', () => {
    const filler = Array.from({ length: MAX_TOKENS }, () => 'kuka').join(' ');
    expect(ask(`${filler} Kempeleessä`).kind).not.toBe('unit');
    expect(ask(`${filler.slice('kuka '.length)} Kempeleessä`).kind).toBe('unit');
  });
});

describe('A register that changes', () => {
  function withNewUnit(): Register {
    const register = demoRegister();
    return {
      units: [
        ...register.units,
        {
          id: 'KE-LIN',
          name: 'Linnakankaan hyvinvointipiste',
          type: 'hyvinvointipiste',
          municipality: 'Kempele',
          area: 'Lakeus',
          aliases: [],
        },
        {
          id: 'OU-JAA',
          name: 'Jäälin hyvinvointipiste',
          type: 'hyvinvointipiste',
          municipality: 'Oulu',
          area: 'Oulu',
          aliases: ['Jääli'],
        },
      ],
      assignments: [
        ...register.assignments,
        {
          level: 'sote-keskus',
          coverage: ['KE-LIN'],
          name: 'Uusi Henkilö',
          title: 'sairaanhoitaja',
          email: 'uusi.henkilo@pohde.example',
          phone: '',
          validFrom: '2026-01-01',
        },
      ],
    };
  }

  it('When a unit is added to the register, then it is found in its inflected forms without code changes', () => {
    const changed = buildDirectoryIndex(withNewUnit());
    const at = (q: string) => answerQuestion(changed, q, { today: TODAY });
    expect(unitAnswer(at('Linnakankaalla yhdyshenkilö')).unit.id).toBe('KE-LIN');
    expect(unitAnswer(at('Linnakankaan hyvinvointipisteen yhdyshenkilö')).liaisons[0]?.email).toBe(
      'uusi.henkilo@pohde.example',
    );
    expect(unitAnswer(at('Jäälissä yhdyshenkilö')).unit.id).toBe('OU-JAA');
    expect(unitAnswer(at('Jäälin yhdyshenkilö')).unit.id).toBe('OU-JAA');
  });
});

describe('New units with no aliases, through the import', () => {
  const units = (lines: string[]) =>
    `${readFileSync(path.join(__dirname, '../../../data/sample/toimipisteet.csv'), 'utf8')}${lines.join('\r\n')}\r\n`;
  const next = validateImport(demoRegister(), [
    {
      name: 'toimipisteet.csv',
      bytes: Buffer.from(
        units([
          'RA-SAL;Saloisten hyvinvointipiste;hyvinvointipiste;Raahe;Brahestad;Rannikkoseutu;',
          'RA-VIH;Vihannin hyvinvointipiste;hyvinvointipiste;Raahe;Brahestad;Rannikkoseutu;',
          'OU-HIE;Hietasaaren hyvinvointipiste;hyvinvointipiste;Oulu;Uleåborg;Oulu;',
          'OU-MET;Metsokankaan hyvinvointipiste;hyvinvointipiste;Oulu;Uleåborg;Oulu;',
          'SJ-LAM;Lammen hyvinvointipiste;hyvinvointipiste;Siikajoki;;Rannikkoseutu;',
        ]),
      ),
    },
  ]).next!;
  const changed = buildDirectoryIndex(next);
  const at = (q: string) => answerQuestion(changed, q, { today: TODAY });

  const cases: Array<[string, string]> = [
    ['Saloinen', 'RA-SAL'],
    ['Kuka on Saloisten yhdyshenkilö?', 'RA-SAL'],
    ['yhdyshenkilö Saloisissa', 'RA-SAL'],
    ['Vihanti', 'RA-VIH'],
    ['Vihannin hyvinvointipisteen yhdyshenkilö', 'RA-VIH'],
    ['yhdyshenkilö Vihannissa', 'RA-VIH'],
    ['Hietasaari', 'OU-HIE'],
    ['Hietasaaressa yhdyshenkilö', 'OU-HIE'],
    ['Metsokangas', 'OU-MET'],
    ['Metsokankaalla yhdyshenkilö', 'OU-MET'],
    ['Lampi', 'SJ-LAM'],
    ['Lammella yhdyshenkilö', 'SJ-LAM'],
  ];
  it.each(cases)('When asked "%s", then the new unit %s answers', (q, unitId) => {
    expect(unitAnswer(at(q)).unit.id).toBe(unitId);
  });

  it('When the new units are added, then the questions about the old ones keep their answers', () => {
    expect(unitAnswer(at('Raahen sote-keskuksen yhdyshenkilö')).unit.id).toBe('RA-RAA');
    expect(unitAnswer(at('Siikajoen yhdyshenkilö')).unit.id).toBe('SJ-SII');
  });
});

describe('matchUnits (for "my unit is …")', () => {
  it('When the text names a unit, a municipality with a main centre, or Oulu, then the right units come back', () => {
    expect(matchUnits(index, 'Tuira').map((u) => u.id)).toEqual(['OU-TUI']);
    expect(matchUnits(index, 'Kalajoki').map((u) => u.id)).toEqual(['KA-KAL']);
    expect(matchUnits(index, 'Oulu')).toHaveLength(9);
    expect(matchUnits(index, 'Rovaniemi')).toEqual([]);
    expect(matchUnits(index, 'Oulaisten sairaala').map((u) => u.id)).toEqual(['OL-OSK']);
  });
});

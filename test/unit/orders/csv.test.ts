import { FEEDBACK_QUESTIONS, csvCell, ordersCsv } from '../../../src/domain/orders';
import { order } from '../../support/orders';

describe('CSV for Finnish Excel', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+358 40 123', "'+358 40 123"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['  =HYPERLINK("x")', '"\'  =HYPERLINK(""x"")"'],
    ['＝1+1', "'＝1+1"],
  ])('When a cell starts like a formula (%j), then it is defused with an apostrophe', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each([
    ['a;b', '"a;b"'],
    ['sanoi "moi"', '"sanoi ""moi"""'],
    ['rivi1\r\nrivi2', '"rivi1\r\nrivi2"'],
    ['rivi1\nrivi2', '"rivi1\nrivi2"'],
    ['tavallinen', 'tavallinen'],
    ['Kärsämäki', 'Kärsämäki'],
  ])('When a cell holds %j, then it is quoted only as RFC 4180 needs', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('When numbers and empty values are written, then they are plain', () => {
    expect(csvCell(42)).toBe('42');
    expect(csvCell(undefined)).toBe('');
  });

  it('When the orders are exported, then it is Excel-ready (BOM, ";", CRLF), one row per order, formulas defused', () => {
    const csv = ordersCsv(
      [
        order({
          details: { ...order().details, costCentre: '=HYPERLINK("http://x")' },
          feedback: { orderer: { ratings: { usefulness: 5 }, at: '', by: 'orderer' } },
        }),
      ],
      (id) => (id === 'OU-TUI' ? 'Tuiran hyvinvointikeskus' : undefined),
    );
    expect(csv.startsWith('\uFEFFtunnus;tila;toimipiste;toimipisteen_tunnus;tilattu;tilaisuus;')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(lines[1]).toBe(
      `order-1;submitted;Tuiran hyvinvointikeskus;OU-TUI;2026-11-22;2026-12-10 10:00;training;mielenterveys;fi;onsite;90;20;"'=HYPERLINK(""http://x"")";5;;;;;;;`,
    );
  });

  it('When orders are exported, then no names or free text go out', () => {
    const csv = ordersCsv([order()]);
    for (const personal of [
      'Olli Orderer',
      'Kaisa Contact',
      'Liisa Liaison',
      'Tuirantie',
      'kokemuspuheenvuoro',
    ])
      expect(csv.toLowerCase()).not.toContain(personal.toLowerCase());
  });

  it("When orders have feedback, then each row carries the orderer's and the expert's ratings in their own columns", () => {
    const csv = ordersCsv([
      order({
        feedback: {
          orderer: { ratings: { usefulness: 5, recommend: 4 }, at: '', by: 'orderer' },
          expert: { ratings: { arrangements: 3 }, at: '', by: 'expert' },
        },
      }),
    ]);
    const [header, row] = csv
      .slice(1)
      .split('\r\n')
      .map((line) => line.split(';'));
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(header!.slice(-2 * FEEDBACK_QUESTIONS.length)).toEqual([
      ...FEEDBACK_QUESTIONS.map((q) => `tilaajan_arvio_${q}`),
      ...FEEDBACK_QUESTIONS.map((q) => `kokemustoimijan_arvio_${q}`),
    ]);
    expect(cell('tilaajan_arvio_usefulness')).toBe('5');
    expect(cell('tilaajan_arvio_recommend')).toBe('4');
    expect(cell('tilaajan_arvio_arrangements')).toBe('');
    expect(cell('kokemustoimijan_arvio_arrangements')).toBe('3');
    expect(cell('kokemustoimijan_arvio_usefulness')).toBe('');
  });
});

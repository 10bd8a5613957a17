import { FEEDBACK_QUESTIONS, csvCell, ordersCsv } from '../../../src/domain/orders';
import { documentedColumns } from '../../support/documentedColumns';
import { order } from '../../support/orders';

/** The columns docs/orders.md §9.1 documents, in order. */
const DOCUMENTED = documentedColumns('orders.md', '### 9.1 The CSV');

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
      `order-1;lähetetty;Tuiran hyvinvointikeskus;OU-TUI;2026-11-22;2026-12-10 10:00;ammattilaisten koulutus;mielenterveys;suomi;paikan päällä;90;20;"'=HYPERLINK(""http://x"")";5;;;;;;;`,
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
    expect(header!.slice(-2 * FEEDBACK_QUESTIONS.length)).toEqual(
      DOCUMENTED.slice(-2 * FEEDBACK_QUESTIONS.length),
    );
    expect(cell('tilaajan_arvio_hyoty')).toBe('5');
    expect(cell('tilaajan_arvio_suosittelu')).toBe('4');
    expect(cell('tilaajan_arvio_jarjestelyt')).toBe('');
    expect(cell('kokemustoimijan_arvio_jarjestelyt')).toBe('3');
    expect(cell('kokemustoimijan_arvio_hyoty')).toBe('');
  });

  it('When the header is written, then it is the documented column list: stable snake_case Finnish, no English', () => {
    const header = ordersCsv([]).slice(1).split('\r\n')[0]!.split(';');
    expect(header).toEqual(DOCUMENTED);
    for (const name of header) expect(name).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
    expect(header.join(' ')).not.toMatch(/usefulness|content|arrangements|recommend/);
  });

  it.each([
    ['state', { state: 'confirmed' as const }, 'tila', 'vahvistettu'],
    ['state', { state: 'feedbackReceived' as const }, 'tila', 'palaute saatu'],
    [
      'purpose',
      { details: { ...order().details, purpose: 'development' as const } },
      'tarkoitus',
      'palvelujen kehittäminen',
    ],
    ['language', { details: { ...order().details, language: 'sv' as const } }, 'kieli', 'ruotsi'],
    ['mode', { details: { ...order().details, mode: 'remote' as const } }, 'tapa', 'etänä'],
  ])(
    'When an order has an English code for its %s, then the CSV writes the Finnish word',
    (_what, overrides, column, value) => {
      const [header, row] = ordersCsv([order(overrides)])
        .slice(1)
        .split('\r\n')
        .map((line) => line.split(';'));
      expect(row![header!.indexOf(column)]).toBe(value);
      expect(row!.join(';')).not.toMatch(
        /confirmed|feedbackReceived|development|training|onsite|remote|\bsv\b/,
      );
    },
  );
});

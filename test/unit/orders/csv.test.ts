import { csvCell, ordersCsv, summaryCsv, yearlySummary } from '../../../src/domain/orders';
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
    const csv = ordersCsv([
      order({
        details: { ...order().details, costCentre: '=HYPERLINK("http://x")' },
        feedback: { orderer: { ratings: { usefulness: 5 }, at: '', by: 'orderer' } },
      }),
    ]);
    expect(csv.startsWith('\uFEFFtunnus;tila;toimipiste;tilattu;tilaisuus;')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(lines[1]).toBe(
      `order-1;submitted;OU-TUI;2026-11-22;2026-12-10 10:00;training;mielenterveys;fi;onsite;90;20;"'=HYPERLINK(""http://x"")";5;;;`,
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

  it('When the summary is exported, then every section is a row with Finnish decimal commas', () => {
    const summary = yearlySummary(
      [
        order({
          createdAt: '2026-03-01T10:00:00Z',
          feedback: { orderer: { ratings: { usefulness: 5 }, at: '', by: 'orderer' } },
        }),
        order({
          createdAt: '2026-03-02T10:00:00Z',
          feedback: { orderer: { ratings: { usefulness: 4 }, at: '', by: 'orderer' } },
        }),
      ],
      2026,
    );
    const rows = summaryCsv(summary).slice(1).split('\r\n');
    expect(rows[0]).toBe('osio;kohde;arvo');
    expect(rows).toContain('tilauksia;;2');
    expect(rows).toContain('tila;submitted;2');
    expect(rows).toContain('tila;closed;0');
    expect(rows).toContain('teema;mielenterveys;2');
    expect(rows).toContain('toimipiste;OU-TUI;2');
    expect(rows).toContain('kuukausi;03;2');
    expect(rows).toContain('kuukausi;12;0');
    expect(rows).toContain('tilaajan_arvio;usefulness;4,5');
    expect(rows).toContain('tilaajan_arvio;content;');
    expect(rows).toContain('kokemustoimijan_palautteita;;0');
  });
});

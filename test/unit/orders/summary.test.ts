import { PNG } from 'pngjs';
import { suggestExperts } from '../../../src/domain/experts/suggest';
import type { Expert } from '../../../src/domain/experts/types';
import {
  csvCell,
  isDueForPurge,
  monthlyChartPng,
  ordersCsv,
  purgePersonalData,
  yearlySummary,
} from '../../../src/domain/orders';
import { order } from '../../support/orders';

const confirmedAfter = (days: number) => ({
  at: new Date(Date.parse('2026-03-01T10:00:00Z') + days * 86_400_000).toISOString(),
  by: { name: 'L' },
  action: 'answer',
  from: 'offered' as const,
  to: 'confirmed' as const,
});

describe('Yearly summary', () => {
  const orders = [
    order({
      id: 'a',
      createdAt: '2026-03-01T10:00:00Z',
      state: 'closed',
      history: [confirmedAfter(2)],
      feedback: { orderer: { ratings: { usefulness: 5, content: 4 }, at: '', by: 'orderer' } },
    }),
    order({
      id: 'b',
      createdAt: '2026-03-01T10:00:00Z',
      state: 'confirmed',
      history: [confirmedAfter(4)],
      details: { ...order().details, unitId: 'KE-KEM', themes: ['syöpä', 'mielenterveys'] },
    }),
    order({
      id: 'c',
      createdAt: '2026-07-15T10:00:00Z',
      state: 'rejected',
      feedback: { orderer: { ratings: { usefulness: 3 }, at: '', by: 'orderer' } },
    }),
    order({ id: 'new-year', createdAt: '2025-12-31T22:30:00Z' }),
  ];

  it("When orders span years, then only the year's orders count (by Helsinki date), by state, theme and unit", () => {
    const summary = yearlySummary(orders, 2026);
    expect(summary.total).toBe(4);
    expect(summary.byState).toEqual({ closed: 1, confirmed: 1, rejected: 1, submitted: 1 });
    expect(summary.byTheme).toEqual({ mielenterveys: 4, syöpä: 1 });
    expect(summary.byUnit).toEqual({ 'OU-TUI': 3, 'KE-KEM': 1 });
    expect(summary.perMonth).toEqual([1, 0, 2, 0, 0, 0, 1, 0, 0, 0, 0, 0]);
    expect(yearlySummary(orders, 2025).total).toBe(0);
  });

  it('When feedback exists, then ratings are averaged per question and the median time to confirmation is given', () => {
    const summary = yearlySummary(orders, 2026);
    expect(summary.ratings).toEqual({ usefulness: 4, content: 4 });
    expect(summary.feedbackCount).toBe(2);
    expect(summary.medianDaysToConfirm).toBe(3);
  });

  it('When exported as CSV, then it is Excel-ready (BOM, ";", CRLF) and formulas are defused', () => {
    const csv = ordersCsv([order({ details: { ...order().details, costCentre: '=HYPERLINK("http://x")' } })]);
    expect(csv.startsWith('\uFEFFtunnus;tila;toimipiste')).toBe(true);
    expect(csv).toContain('"\'=HYPERLINK(""http://x"")"');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csvCell('+358 40')).toBe("'+358 40");
    expect(csvCell('a;b')).toBe('"a;b"');
  });

  it('When the chart is drawn, then it is a valid PNG of the documented size with taller bars for busier months', () => {
    const png = PNG.sync.read(monthlyChartPng([1, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
    expect([png.width, png.height]).toEqual([480, 200]);
    const barHeight = (month: number) => {
      const x = Math.round(16 + (month + 0.5) * ((480 - 32) / 12));
      let h = 0;
      for (let y = 0; y < 200; y += 1) if (png.data[(y * 480 + x) * 4] === 0x46) h += 1;
      return h;
    };
    expect(barHeight(2)).toBeGreaterThan(barHeight(0));
    expect(barHeight(0)).toBeGreaterThan(0);
    expect(barHeight(1)).toBe(0);
  });
});

describe('Retention', () => {
  const closed = order({
    state: 'closed',
    updatedAt: '2024-01-01T00:00:00Z',
    confirmedExpert: { id: 'KT-1', name: 'Expert', email: 'e@x.example' },
    feedback: { orderer: { ratings: { usefulness: 5 }, text: 'Kiitos Liisalle', at: '', by: 'orderer' } },
    history: [
      {
        at: '2024-01-01T00:00:00Z',
        by: { name: 'Liisa', aadObjectId: 'x' },
        action: 'reject',
        from: 'inReview',
        to: 'rejected',
        note: 'Liisan perustelu',
      },
    ],
  });

  it('When a closed order is older than the retention period, then names, contacts and free text are removed; ratings stay', () => {
    const now = new Date('2026-02-01T00:00:00Z');
    expect(isDueForPurge(closed, now)).toBe(true);
    const purged = purgePersonalData(closed, now);
    const text = JSON.stringify(purged);
    for (const personal of [
      'Olli Orderer',
      'Kaisa Contact',
      'e@x.example',
      'Kiitos Liisalle',
      'Liisan perustelu',
      'Tuirantie',
    ])
      expect(text).not.toContain(personal);
    expect(purged.feedback.orderer?.ratings).toEqual({ usefulness: 5 });
    expect(purged.details.themes).toEqual(['mielenterveys']);
    expect(purged.purgedAt).toBe(now.toISOString());
  });

  it('When the period has not passed or the order is open, then nothing is removed', () => {
    expect(purgePersonalData(closed, new Date('2025-06-01T00:00:00Z'))).toBe(closed);
    const open = order({ updatedAt: '2020-01-01T00:00:00Z' });
    expect(purgePersonalData(open, new Date('2026-02-01T00:00:00Z'))).toBe(open);
  });
});

describe('Expert suggestions', () => {
  const e = (
    id: string,
    themes: string[],
    area: string,
    remote: boolean,
    status: Expert['status'] = 'aktiivinen',
    languages = ['fi'],
  ): Expert => ({ id, name: id, themes, languages, area, remote, status });
  it('When experts are suggested, then only active ones who share a theme, speak the language and can come are ranked', () => {
    const experts = [
      e('A', ['mielenterveys'], 'Oulu', false),
      e('B', ['mielenterveys', 'päihteet'], 'Lakeus', true),
      e('C', ['mielenterveys'], 'Oulu', false, 'tauolla'),
      e('D', ['syöpä'], 'Oulu', false),
      e('E', ['mielenterveys'], 'Koillismaa', false),
      e('F', ['mielenterveys'], 'Oulu', false, 'aktiivinen', ['sv']),
    ];
    const ids = suggestExperts(experts, {
      themes: ['mielenterveys', 'päihteet'],
      language: 'fi',
      area: 'Oulu',
      remote: true,
    }).map((s) => s.expert.id);
    expect(ids).toEqual(['B', 'A']);
  });
});

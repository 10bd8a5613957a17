import type { Notice } from '../../../src/domain/notices';
import { translator } from '../../../src/i18n';
import { reportCard } from '../../../src/teams/cards/noticeCards';

const notice = { title: 'Vertaisryhmä omaishoitajille' } as Notice;
const progress = { total: 3, pending: 0, sending: 0, sent: 2, failed: 0, unreachable: 0 };

describe('The sender’s report card', () => {
  it('When everything was delivered, then it counts and says it is complete, with no unreachable hint', () => {
    const text = JSON.stringify(reportCard(notice, { ...progress, sent: 3 }, true, translator('fi')));
    expect(text).toContain('Tiedotteen ”Vertaisryhmä omaishoitajille” lähetys');
    expect(text).toContain('Lähetys on valmis.');
    expect(text).not.toContain('Ei tavoitettavissa');
  });

  it('When a recipient was unreachable, then the card says what that means (in the sender’s language)', () => {
    const text = JSON.stringify(reportCard(notice, { ...progress, unreachable: 1 }, true, translator('en')));
    expect(text).toContain('unreachable 1');
    expect(text).toContain('Unreachable: the recipient has not installed Silta or has blocked its messages.');
  });

  it('When reads are known, then the card counts read and acknowledged in every language and says channels are not counted', () => {
    const reads = { people: 2, read: 1, acknowledged: 1 };
    const fi = JSON.stringify(reportCard(notice, progress, true, translator('fi'), reads));
    expect(fi).toContain('Luettu 1/2 · kuitattu 1');
    expect(fi).toContain('kanavien ilmoitustauluilta Teams ei kerro lukemisia');
    expect(JSON.stringify(reportCard(notice, progress, true, translator('sv'), reads))).toContain(
      'Lästa 1/2 · bekräftade 1',
    );
    expect(JSON.stringify(reportCard(notice, progress, true, translator('en'), reads))).toContain(
      'Read 1/2 · acknowledged 1',
    );
    const nothingSent = JSON.stringify(
      reportCard(notice, { ...progress, sent: 0, pending: 3 }, false, translator('fi'), reads),
    );
    expect(nothingSent).not.toContain('Luettu');
  });
});

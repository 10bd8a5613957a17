import { readFileSync } from 'node:fs';
import path from 'node:path';
import { message, post, textOf, user } from '../support/activities';
import { FileServer } from '../support/fileServer';
import { startSilta, type TestSilta } from '../support/silta';

const clock = () => new Date('2026-11-22T10:00:00Z');
/** The county coordinator in the demo register (taso hyvinvointialue, Aino Ahola). */
const coordinator = user('Aino Ahola', 'd9f2c053-ec66-5a22-9101-1ee88715a060');
const sample = (name: string) => readFileSync(path.join(__dirname, '../../data/sample', name), 'utf8');
const TEAMS_FILE = 'application/vnd.microsoft.teams.file.download.info';
const changedLiaisons = () => sample('yhdyshenkilot.csv').replace('+358 40 555 1703', '+358 40 123 4567');

/** The code of a logged line (logError puts it among the fields). */
const codeField = (fields: unknown) => String((fields as { code?: unknown } | undefined)?.code);

type Attachment = { contentType: string; name: string; content?: unknown; contentUrl?: string };
const teamsFile = (name: string, downloadUrl: string): Attachment => ({
  contentType: TEAMS_FILE,
  name,
  content: { downloadUrl, uniqueId: '1a2b3c', fileType: 'csv' },
});

/** Sends the attachments as the coordinator and returns the reply's text and what was logged. */
async function upload(silta: TestSilta, attachments: Attachment[], locale = 'fi-FI') {
  silta.connector.clear();
  const warn = jest.spyOn(silta.services.log, 'warn');
  try {
    const activity = {
      ...message('', { serviceUrl: silta.connector.url, from: coordinator, locale }),
      attachments,
    };
    expect((await post(silta.url, activity)).status).toBe(200);
    const [reply] = await silta.connector.waitForCount(1);
    const failures = warn.mock.calls
      .filter((call) =>
        ['REGISTER_DOWNLOAD_FAILED', 'REGISTER_DOWNLOAD_REFUSED'].includes(codeField(call[0])),
      )
      .map((call) => call[0] as { reason: string; host?: string; redirectTo?: string });
    return { text: textOf(reply!.activity), failures };
  } finally {
    warn.mockRestore();
  }
}

const REFUSED_FI = 'Silta hakee rekisteritiedostot vain Teamsin omasta tiedostopalvelusta';

describe('Register file downloads, local rules (any host, http and loopback allowed)', () => {
  let silta: TestSilta;
  let files: FileServer;
  let other: FileServer;
  beforeAll(async () => {
    silta = await startSilta({}, clock);
    files = await new FileServer().start();
    other = await new FileServer().start();
  });
  afterAll(async () => {
    await silta.stop();
    await files.stop();
    await other.stop();
  });
  beforeEach(() => {
    files.reset();
    other.reset();
  });
  const stored = () => silta.services.repos().register.load();

  it('When a download streams 400 MB without a length, then it is cut off past the limit, the coordinator is told politely and the register is unchanged', async () => {
    const before = await stored();
    const rssBefore = process.memoryUsage().rss;
    const { text, failures } = await upload(silta, [
      teamsFile('yhdyshenkilot.csv', files.streamOf('yhdyshenkilot.csv', 400 * 1024 * 1024)),
    ]);
    expect(text).toContain(
      'Tiedosto ”yhdyshenkilot.csv” on liian suuri. Rekisteritiedosto saa olla enintään 2048 kt.',
    );
    expect(failures).toEqual([expect.objectContaining({ reason: 'TOO_LARGE' })]);
    // Silta holds at most what was sent: the 2 MB limit, one chunk and the sockets' buffers.
    expect(files.streamedBytes).toBeLessThan(16 * 1024 * 1024);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * 1024 * 1024);
    expect(await stored()).toEqual(before);
  });

  it('When a message carries more files than the register has kinds, then none is downloaded and the coordinator is told the limit in their language', async () => {
    const before = await stored();
    const names = ['toimipisteet.csv', 'yhdyshenkilot.csv', 'kokemustoimijat.csv', 'toimipisteet2.csv'];
    const { text, failures } = await upload(
      silta,
      names.map((name) => teamsFile(name, files.put(name, sample('toimipisteet.csv')))),
      'sv-SE',
    );
    expect(text).toContain('Meddelandet hade 4 filer. Skicka högst 3 registerfiler åt gången');
    expect(failures).toEqual([expect.objectContaining({ reason: 'TOO_MANY_FILES' })]);
    expect(files.connections).toBe(0);
    expect(await stored()).toEqual(before);
  });

  it('When several files come, then they are downloaded one at a time and the first failure stops the rest', async () => {
    const first = files.put('toimipisteet.csv', sample('toimipisteet.csv'));
    const missing = `${files.url}/no-such-file/yhdyshenkilot.csv`;
    const third = files.put('kokemustoimijat.csv', sample('kokemustoimijat.csv'));
    const { text, failures } = await upload(silta, [
      teamsFile('toimipisteet.csv', first),
      teamsFile('yhdyshenkilot.csv', missing),
      teamsFile('kokemustoimijat.csv', third),
    ]);
    expect(text).toContain('Tiedostoa ”yhdyshenkilot.csv” ei saatu ladattua Teamsista');
    expect(failures).toEqual([expect.objectContaining({ reason: 'HTTP_STATUS', status: 404 })]);
    expect(files.requested).toEqual([new URL(first).pathname, '/no-such-file/yhdyshenkilot.csv']);
  });

  it('When the download redirects within its own host, then the redirect is followed and the preview comes', async () => {
    const target = files.put('yhdyshenkilot.csv', changedLiaisons());
    const { text } = await upload(silta, [teamsFile('yhdyshenkilot.csv', files.redirect('x.csv', target))]);
    expect(text).toContain('Lisätään 0, muutetaan 1, poistetaan 0.');
  });

  it.each([
    ['another host name for the same server (localhost)', 'localhost'],
    ['a loopback server on another port', 'other'],
  ])(
    'When the download redirects to %s, then the redirect is refused and never fetched, and the register is unchanged',
    async (_case, where) => {
      const before = await stored();
      const target =
        where === 'localhost'
          ? `http://localhost:${files.port}${new URL(files.put('yhdyshenkilot.csv', changedLiaisons())).pathname}`
          : other.put('yhdyshenkilot.csv', changedLiaisons());
      const link = files.redirect('yhdyshenkilot.csv', target);
      const { text, failures } = await upload(silta, [teamsFile('yhdyshenkilot.csv', link)]);
      expect(text).toContain(REFUSED_FI);
      expect(failures).toEqual([
        expect.objectContaining({ reason: 'REDIRECT_TO_OTHER_ORIGIN', redirectTo: new URL(target).host }),
      ]);
      expect(files.requested).toEqual([new URL(link).pathname]);
      expect(other.connections).toBe(0);
      expect(await stored()).toEqual(before);
    },
  );

  it('When a local client sends a plain CSV attachment with a contentUrl, then it is read (local use only)', async () => {
    const { text } = await upload(silta, [
      {
        contentType: 'text/csv',
        name: 'yhdyshenkilot.csv',
        contentUrl: files.put('y.csv', changedLiaisons()),
      },
    ]);
    expect(text).toContain('Lisätään 0, muutetaan 1, poistetaan 0.');
  });
});

describe('Register file downloads, production rules (REGISTER_DOWNLOAD_LOCAL=false)', () => {
  let silta: TestSilta;
  let files: FileServer;
  beforeAll(async () => {
    // localhost and 127.0.0.1 are on the list so that the address check, not the name check, refuses them.
    silta = await startSilta(
      { REGISTER_DOWNLOAD_LOCAL: 'false', REGISTER_DOWNLOAD_HOSTS: '*.sharepoint.com,localhost,127.0.0.1' },
      clock,
    );
    files = await new FileServer().start();
  });
  afterAll(async () => {
    await silta.stop();
    await files.stop();
  });
  beforeEach(() => files.reset());
  const stored = () => silta.services.repos().register.load();
  const onFileServer = (scheme: string, host: string) =>
    `${scheme}://${host}:${files.port}${new URL(files.put('yhdyshenkilot.csv', changedLiaisons())).pathname}`;

  it.each([
    [
      'a host outside REGISTER_DOWNLOAD_HOSTS',
      () => 'https://files.example.org/yhdyshenkilot.csv',
      'HOST_NOT_ALLOWED',
    ],
    [
      'a look-alike of the allowed domain',
      () => 'https://pohde.sharepoint.com.example.org/y.csv',
      'HOST_NOT_ALLOWED',
    ],
    ['an http:// link', () => onFileServer('http', 'localhost'), 'SCHEME_NOT_ALLOWED'],
    [
      'an allowed name that resolves to 127.0.0.1 (DNS rebinding)',
      () => onFileServer('https', 'localhost'),
      'PRIVATE_ADDRESS',
    ],
    ['a loopback address written as an IP', () => onFileServer('https', '127.0.0.1'), 'PRIVATE_ADDRESS'],
  ])(
    'When the Teams file link points to %s, then no connection is made, the coordinator is told politely and the register is unchanged',
    async (_case, link, reason) => {
      const before = await stored();
      const { text, failures } = await upload(silta, [teamsFile('yhdyshenkilot.csv', link())]);
      expect(text).toContain(`Tiedostoa ”yhdyshenkilot.csv” ei ladattu: ${REFUSED_FI}`);
      expect(failures).toEqual([expect.objectContaining({ reason })]);
      expect(files.connections).toBe(0);
      expect(await stored()).toEqual(before);
    },
  );

  it('When a plain CSV attachment with a contentUrl arrives, then it is refused without a request', async () => {
    const before = await stored();
    const { text, failures } = await upload(
      silta,
      [{ contentType: 'text/csv', name: 'yhdyshenkilot.csv', contentUrl: onFileServer('http', '127.0.0.1') }],
      'en-US',
    );
    expect(text).toContain('The file “yhdyshenkilot.csv” was not downloaded');
    expect(failures).toEqual([expect.objectContaining({ reason: 'PLAIN_ATTACHMENT' })]);
    expect(files.connections).toBe(0);
    expect(await stored()).toEqual(before);
  });
});

import { isPublicAddress } from '../../src/infra/download/publicAddress';
import { hostAllowed } from '../../src/infra/download/guardedDownload';

describe('Addresses a register download may reach', () => {
  it.each([
    '127.0.0.1',
    '127.1.2.3',
    '0.0.0.0',
    '10.1.2.3',
    '100.64.0.1',
    '169.254.169.254',
    '168.63.129.16',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '198.18.0.1',
    '224.0.0.1',
    '255.255.255.255',
    '::',
    '::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '64:ff9b::7f00:1',
    '2002:7f00:1::1',
    'fd00::1',
    'fe80::1',
    'ff02::1',
    'localhost',
    'not an address',
  ])('When the address is %s, then it is not public', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['13.107.136.10', '52.104.0.1', '172.32.0.1', '::ffff:13.107.136.10', '2603:1061:13f1::1'])(
    'When the address is %s, then it is public',
    (address) => {
      expect(isPublicAddress(address)).toBe(true);
    },
  );
});

describe('Download host patterns', () => {
  it('When the pattern is *.sharepoint.com, then only its subdomains match', () => {
    const hosts = ['*.sharepoint.com'];
    expect(hostAllowed('pohde-my.sharepoint.com', hosts)).toBe(true);
    expect(hostAllowed('POHDE.SharePoint.com', hosts)).toBe(true);
    expect(hostAllowed('sharepoint.com', hosts)).toBe(false);
    expect(hostAllowed('evilsharepoint.com', hosts)).toBe(false);
    expect(hostAllowed('pohde.sharepoint.com.example.org', hosts)).toBe(false);
  });

  it('When the pattern is a host name, then only that host matches; * matches any', () => {
    expect(hostAllowed('files.pohde.fi', ['files.pohde.fi'])).toBe(true);
    expect(hostAllowed('x.files.pohde.fi', ['files.pohde.fi'])).toBe(false);
    expect(hostAllowed('anything.example', ['*'])).toBe(true);
  });
});

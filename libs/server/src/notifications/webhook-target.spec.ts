import { describe, expect, it } from '@jest/globals';
import { isForbiddenAddress, resolveWebhookTarget, WebhookTargetRefused, type Resolve } from './webhook-target.js';

const STRICT = { allowPrivate: false, allowHttp: false };
const resolvesTo =
  (...addresses: string[]): Resolve =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

describe('webhook targets and server-side request forgery', () => {
  it.each([
    ['loopback', '127.0.0.1'],
    ['loopback, elsewhere in 127/8', '127.1.2.3'],
    ['"this network" / unspecified', '0.0.0.0'],
    ['RFC 1918 10/8', '10.20.30.40'],
    ['RFC 1918 172.16/12', '172.31.255.1'],
    ['RFC 1918 192.168/16', '192.168.1.10'],
    ['link-local, the cloud metadata address', '169.254.169.254'],
    ['carrier-grade NAT, a metadata address', '100.100.100.200'],
    ['IETF protocol assignments', '192.0.0.8'],
    ['benchmarking', '198.18.0.1'],
    ['multicast', '224.0.0.1'],
    ['reserved and broadcast', '255.255.255.255'],
    ['IPv6 loopback', '::1'],
    ['IPv6 unspecified', '::'],
    ['IPv6 unique local fc00::/7', 'fd12:3456:789a::1'],
    ['IPv6 unique local, the EC2 metadata address', 'fd00:ec2::254'],
    ['IPv6 link-local', 'fe80::1'],
    ['IPv6 multicast', 'ff02::1'],
    ['IPv4-mapped IPv6 of loopback', '::ffff:127.0.0.1'],
    ['IPv4-mapped IPv6 of a public address (refused whole rather than read)', '::ffff:8.8.8.8'],
    ['NAT64 of a private address', '64:ff9b::a00:1'],
    ['not an address at all', 'example.org'],
  ])('refuses %s (%s)', (_, address) => {
    expect(isForbiddenAddress(address)).toBe(true);
  });

  it.each(['8.8.8.8', '203.0.113.10', '172.32.0.1', '100.128.0.1', '2001:4860:4860::8888', '2a03:2880::1'])('allows the public address %s', (address) => {
    expect(isForbiddenAddress(address)).toBe(false);
  });

  it('refuses a name that resolves to a private address, and a name with one public and one private address', async () => {
    await expect(resolveWebhookTarget('https://hooks.example.org/x', STRICT, resolvesTo('10.0.0.5'))).rejects.toThrow(/10\.0\.0\.5.*WEBHOOK_ALLOW_PRIVATE/);
    await expect(resolveWebhookTarget('https://hooks.example.org/x', STRICT, resolvesTo('8.8.8.8', '127.0.0.1'))).rejects.toThrow(WebhookTargetRefused);
    await expect(resolveWebhookTarget('https://localhost/x', STRICT, resolvesTo('127.0.0.1', '::1'))).rejects.toThrow(/loopback/);
  });

  it('refuses literal private addresses without asking DNS', async () => {
    const never: Resolve = async () => {
      throw new Error('DNS asked');
    };
    await expect(resolveWebhookTarget('https://127.0.0.1:8443/x', STRICT, never)).rejects.toThrow(/127\.0\.0\.1/);
    await expect(resolveWebhookTarget('https://[::1]/x', STRICT, never)).rejects.toThrow(/::1/);
    await expect(resolveWebhookTarget('https://[fe80::1]/x', STRICT, never)).rejects.toThrow(/fe80::1/);
  });

  it('answers with the address checked, to connect to that one and no other', async () => {
    const target = await resolveWebhookTarget('https://hooks.example.org/x', STRICT, resolvesTo('203.0.113.10'));
    expect({ host: target.url.hostname, address: target.address, family: target.family }).toEqual({
      host: 'hooks.example.org',
      address: '203.0.113.10',
      family: 4,
    });
  });

  it('requires https unless http is allowed, and refuses credentials, other schemes and names that do not resolve', async () => {
    const ok = resolvesTo('203.0.113.10');
    await expect(resolveWebhookTarget('http://hooks.example.org/x', STRICT, ok)).rejects.toThrow(/must be https/);
    await expect(resolveWebhookTarget('http://hooks.example.org/x', { ...STRICT, allowHttp: true }, ok)).resolves.toMatchObject({ address: '203.0.113.10' });
    await expect(resolveWebhookTarget('ftp://hooks.example.org/x', { ...STRICT, allowHttp: true }, ok)).rejects.toThrow(/http or https/);
    await expect(resolveWebhookTarget('https://user:pw@hooks.example.org/x', STRICT, ok)).rejects.toThrow(/user name or password/);
    await expect(resolveWebhookTarget('not a url', STRICT, ok)).rejects.toThrow(/absolute URL/);
    const nxdomain: Resolve = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    };
    await expect(resolveWebhookTarget('https://nowhere.invalid/x', STRICT, nxdomain)).rejects.toThrow(/does not resolve \(ENOTFOUND\)/);
  });

  it('lets a private target through only when the configuration allows it', async () => {
    await expect(resolveWebhookTarget('https://127.0.0.1/x', { ...STRICT, allowPrivate: true })).resolves.toMatchObject({ address: '127.0.0.1' });
  });
});

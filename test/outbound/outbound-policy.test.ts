import {
  checkOutboundUrl,
  OutboundRefused,
  parseOutboundAllowedHosts,
  STRICT_OUTBOUND_POLICY,
  vetOutboundUrl,
  type OutboundPolicy,
} from '../../src/outbound/outbound-policy';
import { loadConfig } from '../../src/config';

// Names that resolve to what the test says, without asking DNS.
const stubbed = (policy: OutboundPolicy, table: Record<string, string[]>): OutboundPolicy => ({
  ...policy,
  resolve: async (host) =>
    (table[host] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }) as const),
});

const refusal = async (url: string, policy: OutboundPolicy = STRICT_OUTBOUND_POLICY) => {
  try {
    await vetOutboundUrl(url, policy);
    return null;
  } catch (error) {
    if (!(error instanceof OutboundRefused)) throw error;
    return error.reason;
  }
};

describe('outbound policy', () => {
  it.each([
    ['http://127.0.0.1/', /127\.0\.0\.1 is a loopback address/],
    ['http://127.8.9.10:8080/x', /loopback/],
    ['http://[::1]/', /::1 is a loopback address/],
    ['http://10.1.2.3/', /private address/],
    ['http://172.16.0.1/', /private address/],
    ['http://172.31.255.255/', /private address/],
    ['http://192.168.1.1/', /private address/],
    ['http://169.254.169.254/latest/meta-data/', /link-local.*metadata/],
    ['http://[fe80::1]/', /link-local/],
    ['http://[fc00::1]/', /unique-local/],
    ['http://[fd12:3456::1]/', /unique-local/],
    ['http://[fec0::1]/', /site-local/],
    ['http://[64:ff9b:1::a00:1]/', /local-use NAT64/],
    ['http://[::ffff:127.0.0.1]/', /loopback/],
    ['http://[::ffff:169.254.169.254]/', /link-local/],
    ['http://[::ffff:10.0.0.1]/', /private/],
    ['http://0.0.0.0/', /unspecified/],
    ['http://[::]/', /unspecified/],
    ['http://100.64.0.1/', /carrier-grade NAT/],
    ['http://224.0.0.1/', /multicast/],
    ['http://[ff02::1]/', /multicast/],
    ['http://255.255.255.255/', /broadcast/],
    ['http://240.0.0.1/', /reserved/],
    ['http://[64:ff9b::7f00:1]/', /NAT64/],
    ['http://[::127.0.0.1]/', /IPv4-compatible/],
    // WHATWG URL turns these into 127.0.0.1 before anything else looks at them.
    ['http://2130706433/', /127\.0\.0\.1 is a loopback address/],
    ['http://0x7f.0.0.1/', /127\.0\.0\.1 is a loopback address/],
    ['http://0177.0.0.1/', /127\.0\.0\.1 is a loopback address/],
    ['http://127.1/', /127\.0\.0\.1 is a loopback address/],
    ['http://0x7f000001/', /127\.0\.0\.1 is a loopback address/],
  ])('refuses %s', async (url, reason) => {
    expect(await refusal(url)).toMatch(reason);
  });

  it('refuses a host name that resolves to loopback (localhost, by the real resolver)', async () => {
    expect(await refusal('http://localhost:9/')).toMatch(
      /localhost resolves to (127\.0\.0\.1|::1), which is a loopback/,
    );
    expect(await refusal('http://LOCALHOST./')).toMatch(/loopback/);
  });

  it('refuses a name when ANY of its addresses is refused', async () => {
    const policy = stubbed(STRICT_OUTBOUND_POLICY, { 'mixed.test': ['93.184.215.14', '10.0.0.5'] });
    expect(await refusal('https://mixed.test/', policy)).toMatch(
      /mixed\.test resolves to 10\.0\.0\.5, which is a private/,
    );
  });

  it.each([
    'ftp://example.com/',
    'file:///etc/passwd',
    'data:text/plain,hi',
    'ws://example.com/',
    'gopher://x/',
    'nonsense',
  ])('refuses the scheme of %s', async (url) => {
    expect(await refusal(url)).toMatch(/only http and https|not a valid URL/);
  });

  it('admits public addresses', async () => {
    expect(await refusal('https://93.184.215.14/v1')).toBeNull();
    expect(await refusal('http://[2606:4700::6810:84e5]/')).toBeNull();
    const policy = stubbed(STRICT_OUTBOUND_POLICY, { 'api.example.test': ['93.184.215.14', '2606:4700::6810:84e5'] });
    expect((await vetOutboundUrl('https://api.example.test/v1', policy)).addresses).toHaveLength(2);
  });

  it('admits what OUTBOUND_ALLOWED_HOSTS allows, by host name, address or CIDR', async () => {
    const policy = parseOutboundAllowedHosts('127.0.0.1, ::1,localhost,10.0.0.0/8,[fd00::]/8,Models.Internal');
    expect(await refusal('http://127.0.0.1:8080/', policy)).toBeNull();
    expect(await refusal('http://[::1]/', policy)).toBeNull();
    expect(await refusal('http://localhost/', policy)).toBeNull();
    expect(await refusal('http://10.200.3.4/', policy)).toBeNull();
    expect(await refusal('http://[fd00::5]/', policy)).toBeNull();
    // An IPv4-mapped address is matched as the IPv4 address it maps.
    expect(await refusal('http://[::ffff:10.1.1.1]/', policy)).toBeNull();
    // A host name allowed: whatever it resolves to.
    const named = stubbed(policy, { 'models.internal': ['192.168.7.7'] });
    expect(await refusal('http://models.internal/', named)).toBeNull();
    // What is not listed stays refused.
    expect(await refusal('http://127.0.0.2/', policy)).toMatch(/loopback/);
    expect(await refusal('http://192.168.1.1/', policy)).toMatch(/private/);
    expect(await refusal('http://169.254.169.254/', policy)).toMatch(/link-local/);
    const other = stubbed(policy, { 'other.internal': ['192.168.7.7'] });
    expect(await refusal('http://other.internal/', other)).toMatch(/OUTBOUND_ALLOWED_HOSTS/);
  });

  it('checkOutboundUrl gives the reason as a message, null for an admitted or unresolvable URL', async () => {
    expect(await checkOutboundUrl('http://169.254.169.254/', STRICT_OUTBOUND_POLICY)).toMatch(
      /^Refused to call http:\/\/169\.254\.169\.254\/: 169\.254\.169\.254 is a link-local address/,
    );
    expect(await checkOutboundUrl('https://93.184.215.14/', STRICT_OUTBOUND_POLICY)).toBeNull();
    const nowhere: OutboundPolicy = {
      ...STRICT_OUTBOUND_POLICY,
      resolve: async () => Promise.reject(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' })),
    };
    expect(await checkOutboundUrl('https://llm.example/v1', nowhere)).toBeNull();
  });

  it('configuration: OUTBOUND_ALLOWED_HOSTS is parsed, and a bad entry fails loading', () => {
    const config = loadConfig({ OUTBOUND_ALLOWED_HOSTS: '127.0.0.1,localhost,10.0.0.0/8' });
    expect([...config.outbound.allowedHostNames]).toEqual(['localhost']);
    expect(config.outbound.allowedNetworks.map(([a, bits]) => `${a.toString()}/${bits}`)).toEqual([
      '127.0.0.1/32',
      '10.0.0.0/8',
    ]);
    expect(loadConfig({}).outbound.allowedNetworks).toEqual([]);
    for (const bad of ['10.0.0.0/33', 'http://localhost', 'localhost:8080', '300.1.1.1/8', 'fe80::/129', 'a b'])
      expect(() => loadConfig({ OUTBOUND_ALLOWED_HOSTS: bad })).toThrow(
        /Invalid configuration: OUTBOUND_ALLOWED_HOSTS/,
      );
  });
});

import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

// The address rules of every outgoing HTTP call (D9): which URLs Annograph may call, decided on the addresses the
// host name resolves to now. outbound-request.ts makes the call and connects to exactly the addresses vetted here.

export type ResolvedAddress = { address: string; family: 4 | 6 };
/** All addresses of a host name (node:dns lookup with `all: true` by default). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export type OutboundPolicy = {
  /** Host names (lower case, without a trailing dot) admitted whatever they resolve to. */
  allowedHostNames: ReadonlySet<string>;
  /** Networks admitted, as [network, prefix length]; a single address is a /32 or /128. */
  allowedNetworks: readonly [ipaddr.IPv4 | ipaddr.IPv6, number][];
  /** How host names are resolved; node:dns lookup (every address) when omitted. Tests stub it. */
  resolve?: Resolver;
};

/** No exception: only public unicast addresses. What a caller gets when nothing was configured. */
export const STRICT_OUTBOUND_POLICY: OutboundPolicy = { allowedHostNames: new Set(), allowedNetworks: [] };

/**
 * `OUTBOUND_ALLOWED_HOSTS`: comma-separated host names, addresses or CIDRs, e.g. `127.0.0.1,::1,localhost,10.0.0.0/8`.
 * Throws on an entry that is none of them (a bad address, a prefix out of range, a name with a scheme or a port).
 */
export function parseOutboundAllowedHosts(text: string): OutboundPolicy {
  const allowedHostNames = new Set<string>();
  const allowedNetworks: [ipaddr.IPv4 | ipaddr.IPv6, number][] = [];
  for (const entry of text
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const bare = entry.replace(/^\[([^\]]*)\]/, '$1');
    if (bare.includes('/')) {
      try {
        allowedNetworks.push(ipaddr.parseCIDR(bare));
      } catch {
        throw new Error(`"${entry}" is not a valid CIDR (e.g. 10.0.0.0/8 or fc00::/7)`);
      }
    } else if (ipaddr.isValid(bare) && (ipaddr.IPv6.isValid(bare) || ipaddr.IPv4.isValidFourPartDecimal(bare))) {
      const address = ipaddr.parse(bare);
      allowedNetworks.push([address, address.kind() === 'ipv4' ? 32 : 128]);
    } else if (/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\.?$/i.test(entry)) {
      allowedHostNames.add(normalHostName(entry));
    } else {
      throw new Error(`"${entry}" is neither a host name, an IP address nor a CIDR`);
    }
  }
  return { allowedHostNames, allowedNetworks };
}

/** Thrown (and returned by checkOutboundUrl) when a URL may not be called; `reason` names the address and why. */
export class OutboundRefused extends Error {
  override name = 'OutboundRefused';
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`Refused to call ${safeUrl(url)}: ${reason}`);
  }
}

/** A URL as shown in messages and logs: no user, password, query or fragment. */
export function safeUrl(url: string): string {
  if (!URL.canParse(url)) return JSON.stringify(url.slice(0, 200));
  const u = new URL(url);
  return `${u.protocol}//${u.host}${u.pathname}`;
}

const normalHostName = (name: string) => name.toLowerCase().replace(/\.$/, '');

/** Ranges never called unless allowed, besides everything ipaddr.js does not class as `unicast`. */
const EXTRA_REFUSED: [ipaddr.IPv4 | ipaddr.IPv6, number, string][] = [
  [...ipaddr.parseCIDR('198.18.0.0/15'), 'a benchmarking network (198.18.0.0/15)'],
  [...ipaddr.parseCIDR('::/96'), 'an IPv4-compatible IPv6 address (::/96)'],
  [...ipaddr.parseCIDR('100::/64'), 'a discard address (100::/64)'],
  // ipaddr.js 1.9 does not know these two: a deprecated site-local network, and local-use NAT64 (RFC 8215), which
  // a local NAT64 gateway maps to private IPv4 addresses.
  [...ipaddr.parseCIDR('fec0::/10'), 'a site-local address (fec0::/10)'],
  [...ipaddr.parseCIDR('64:ff9b:1::/48'), 'a local-use NAT64 address (64:ff9b:1::/48)'],
];

const RANGE_WORDS: Record<string, string> = {
  unspecified: 'an unspecified address',
  broadcast: 'the broadcast address',
  multicast: 'a multicast address',
  linkLocal: 'a link-local address (this includes cloud metadata at 169.254.169.254)',
  loopback: 'a loopback address',
  carrierGradeNat: 'a carrier-grade NAT address (100.64.0.0/10)',
  private: 'a private address (RFC 1918)',
  uniqueLocal: 'a unique-local address (fc00::/7)',
  reserved: 'a reserved or documentation address',
  rfc6145: 'an IPv4-translated address',
  rfc6052: 'a NAT64 address (64:ff9b::/96)',
  '6to4': 'a 6to4 address (2002::/16)',
  teredo: 'a Teredo address (2001::/32)',
};

function inNetwork(address: ipaddr.IPv4 | ipaddr.IPv6, [network, bits]: [ipaddr.IPv4 | ipaddr.IPv6, number]) {
  if (address.kind() !== network.kind()) return false;
  return address.kind() === 'ipv4'
    ? (address as ipaddr.IPv4).match(network as ipaddr.IPv4, bits)
    : (address as ipaddr.IPv6).match(network as ipaddr.IPv6, bits);
}

/**
 * Why this address may not be called ("a loopback address"), or null when it may: an address that is not public unicast (loopback, private,
 * link-local, unspecified, multicast, CGNAT, reserved, and an IPv4-mapped IPv6 address of any of them) unless an
 * allowed network contains it.
 */
export function addressRefusal(text: string, policy: OutboundPolicy): string | null {
  if (!ipaddr.isValid(text)) return 'not an IP address';
  const raw = ipaddr.parse(text);
  // ::ffff:127.0.0.1 is 127.0.0.1: judged (and matched against the allow-list) as the IPv4 address it maps.
  const address = ipaddr.process(text);
  if (policy.allowedNetworks.some((n) => inNetwork(address, n) || inNetwork(raw, n))) return null;
  const range = address.range();
  if (range !== 'unicast') return RANGE_WORDS[range] ?? `a ${range} address`;
  return EXTRA_REFUSED.find(([network, bits]) => inNetwork(address, [network, bits]))?.[2] ?? null;
}

const defaultResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((a) => ({
    address: a.address,
    family: a.family === 6 ? 6 : 4,
  }));

export type VettedTarget = { url: URL; hostname: string; addresses: ResolvedAddress[] };

/**
 * Parses and vets a URL: http or https only; the host resolved once (every address) and refused when ANY address is
 * refused, unless the host name is allowed. Returns the addresses to connect to (and only those).
 * Throws OutboundRefused; DNS failures throw the resolver's error (a network failure, not a refusal).
 */
export async function vetOutboundUrl(url: string, policy: OutboundPolicy): Promise<VettedTarget> {
  if (!URL.canParse(url)) throw new OutboundRefused(url, 'not a valid URL');
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new OutboundRefused(url, `only http and https URLs may be called, not ${parsed.protocol}`);
  // WHATWG URL has already turned 2130706433, 0x7f.0.0.1 and 0177.0.0.1 into 127.0.0.1; IPv6 comes in brackets.
  const hostname = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
  if (!hostname) throw new OutboundRefused(url, 'the URL has no host');
  let addresses: ResolvedAddress[];
  if (ipaddr.isValid(hostname) && (ipaddr.IPv6.isValid(hostname) || ipaddr.IPv4.isValidFourPartDecimal(hostname))) {
    addresses = [{ address: hostname, family: ipaddr.IPv6.isValid(hostname) ? 6 : 4 }];
  } else {
    addresses = await (policy.resolve ?? defaultResolver)(normalHostName(hostname));
    if (addresses.length === 0) throw new OutboundRefused(url, `${hostname} resolves to no address`);
  }
  if (!policy.allowedHostNames.has(normalHostName(hostname))) {
    for (const { address } of addresses) {
      const refusal = addressRefusal(address, policy);
      if (refusal)
        throw new OutboundRefused(
          url,
          `${address === hostname ? address : `${hostname} resolves to ${address}, which`} is ${refusal}; add the host or its network to OUTBOUND_ALLOWED_HOSTS to allow it`,
        );
    }
  }
  return { url: parsed, hostname, addresses };
}

/**
 * Validation when a URL is stored (a provider connection's base URL, a webhook): the reason it would be refused, to
 * show as a user error, or null. A host that does not resolve now is not refused here (it may later); every call
 * checks again after resolving, so this is advice, not the guard.
 */
export async function checkOutboundUrl(url: string, policy: OutboundPolicy): Promise<string | null> {
  try {
    await vetOutboundUrl(url, policy);
    return null;
  } catch (error) {
    if (error instanceof OutboundRefused) return error.message;
    return null;
  }
}

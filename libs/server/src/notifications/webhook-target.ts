import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** Whether a webhook may reach what an internal network holds, or go over plain http: configuration, never a request. */
export interface WebhookTargetPolicy {
  allowPrivate: boolean;
  allowHttp: boolean;
}

export type Resolve = (host: string) => Promise<Array<{ address: string; family: number }>>;

const LOOKUP_TIMEOUT_MS = 5000;

/** The system resolver, given at most LOOKUP_TIMEOUT_MS: a resolver that does not answer must not hold a request or the worker. */
const systemResolve: Resolve = (host) =>
  Promise.race([
    dnsLookup(host, { all: true, verbatim: true }),
    new Promise<never>((_, reject) => setTimeout(() => reject(Object.assign(new Error('DNS timeout'), { code: 'ETIMEOUT' })), LOOKUP_TIMEOUT_MS).unref()),
  ]);

/** Why a target is refused, in words an administrator can act on (the API answers it as 400 on `url`). */
export class WebhookTargetRefused extends Error {
  override readonly name = 'WebhookTargetRefused';
}

/**
 * Addresses no webhook may reach unless WEBHOOK_ALLOW_PRIVATE says so: this host, its networks, link-local (where
 * clouds answer metadata requests: 169.254.169.254, fd00:ec2::254), carrier-grade NAT (100.100.100.200), and what
 * is no unicast address at all; IPv4 mapped into IPv6 and NAT64 too, rather than read the address they carry.
 */
// Two lists: a BlockList that holds an IPv6 rule matches IPv4 addresses against it as mapped ones.
const FORBIDDEN_V4 = new BlockList();
const FORBIDDEN_V6 = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  FORBIDDEN_V4.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['::ffff:0:0', 96],
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const)
  FORBIDDEN_V6.addSubnet(network, prefix, 'ipv6');

/** Whether an address is one a webhook may not reach (loopback, private, link-local, metadata, unspecified, multicast …). */
export function isForbiddenAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  return family === 4 ? FORBIDDEN_V4.check(address, 'ipv4') : FORBIDDEN_V6.check(address, 'ipv6');
}

/** The URL, checked for what it says without asking DNS: scheme, no credentials, a host. */
export function parseWebhookUrl(text: string, policy: WebhookTargetPolicy): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new WebhookTargetRefused('url is not an absolute URL');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && policy.allowHttp)) {
    throw new WebhookTargetRefused(policy.allowHttp ? 'url must be http or https' : 'url must be https (WEBHOOK_ALLOW_HTTP=true allows http)');
  }
  if (url.username || url.password) throw new WebhookTargetRefused('url must not carry a user name or password');
  if (!url.hostname) throw new WebhookTargetRefused('url has no host');
  return url;
}

/** The host as DNS and `isIP` read it: brackets off an IPv6 literal. */
const hostOf = (url: URL): string => url.hostname.replace(/^\[(.*)\]$/, '$1');

/**
 * Resolves the target's host and refuses it if any address it has is forbidden (a name with one public and one
 * private address could be sent to either). Returns the address to connect to, so the request goes where was
 * checked, not where a second lookup (DNS rebinding) would send it. Checked at registration and again before every
 * delivery, since DNS can change.
 */
export async function resolveWebhookTarget(
  text: string,
  policy: WebhookTargetPolicy,
  resolve: Resolve = systemResolve,
): Promise<{ url: URL; address: string; family: 4 | 6 }> {
  const url = parseWebhookUrl(text, policy);
  const host = hostOf(url);
  let addresses: Array<{ address: string; family: number }>;
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await resolve(host);
    } catch (error) {
      throw new WebhookTargetRefused(`the host ${host} does not resolve (${(error as { code?: string }).code ?? 'no answer'})`);
    }
  }
  if (addresses.length === 0) throw new WebhookTargetRefused(`the host ${host} has no address`);
  if (!policy.allowPrivate) {
    const forbidden = addresses.find((a) => isForbiddenAddress(a.address));
    if (forbidden) {
      throw new WebhookTargetRefused(
        `the host ${host} resolves to ${forbidden.address}, a loopback, private, link-local or reserved address (WEBHOOK_ALLOW_PRIVATE=true allows it)`,
      );
    }
  }
  const first = addresses[0]!;
  return { url, address: first.address, family: first.family === 6 ? 6 : 4 };
}

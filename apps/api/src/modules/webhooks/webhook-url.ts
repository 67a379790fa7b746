import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { badInput } from '../../common/errors.js';

/*
 * Where a webhook may go. A deployment sits inside a government network, so an endpoint must never
 * make the server call its neighbours (SSRF): https only, and no private, loopback, link-local or
 * otherwise special address, checked on the URL and again on every address its name resolves to
 * when sending (a name may point inside later). http://localhost is for tests and local receivers,
 * only with WEBHOOK_ALLOW_HTTP_LOCALHOST=true.
 */

const FORBIDDEN = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  FORBIDDEN.addSubnet(net, bits, 'ipv4');
}
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  FORBIDDEN.addSubnet(net, bits, 'ipv6');
}

const LOCAL_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether an IP address may be called: public unicast only (an IPv4 inside IPv6 is judged as IPv4). */
export function isPublicAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return isPublicAddress(mapped);
  const version = isIP(address);
  if (version === 0) return false;
  return !FORBIDDEN.check(address, version === 4 ? 'ipv4' : 'ipv6');
}

/** Whether the URL is one of the http://localhost addresses the setting allows. */
export function isAllowedLocalUrl(url: URL, allowHttpLocalhost: boolean): boolean {
  return allowHttpLocalhost && (url.protocol === 'http:' || url.protocol === 'https:') && LOCAL_NAMES.has(url.hostname);
}

/**
 * The endpoint URL as stored, or a BAD_USER_INPUT naming `field`: absolute https, no credentials,
 * and a host that is not a private address or a local name.
 */
export function checkWebhookUrl(field: string, raw: string, allowHttpLocalhost: boolean): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw badInput(field, 'INVALID_URL.webhook');
  }
  if (url.username || url.password) throw badInput(field, 'INVALID_URL.webhook');
  if (isAllowedLocalUrl(url, allowHttpLocalhost)) return url.toString();
  if (url.protocol !== 'https:') throw badInput(field, 'INVALID_URL.webhook');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) ? !isPublicAddress(host) : isLocalName(host)) throw badInput(field, 'INVALID_URL.webhookPrivate');
  return url.toString();
}

function isLocalName(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  return name === 'localhost' || name.endsWith('.localhost') || name.endsWith('.local') || !name.includes('.');
}

/**
 * A DNS lookup for the HTTP client that refuses private addresses at connection time, so a name
 * that resolves inside the network is never called whatever it said when the endpoint was saved.
 */
export function guardedLookup(allowLoopback: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, found) => {
      if (error) return callback(error, '', 0);
      const addresses = (found as LookupAddress[]).filter(
        (a) => isPublicAddress(a.address) || (allowLoopback && isLoopback(a.address)),
      );
      if (addresses.length === 0) {
        const refused = Object.assign(new Error('the address is not public'), { code: 'EADDRNOTPUBLIC' });
        return callback(refused, '', 0);
      }
      if ((options as { all?: boolean }).all)
        return (callback as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const [first] = addresses as [LookupAddress];
      return callback(null, first.address, first.family);
    });
  };
}

function isLoopback(address: string): boolean {
  return address === '::1' || address.startsWith('127.');
}

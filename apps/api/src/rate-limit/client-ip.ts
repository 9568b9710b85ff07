// The client address a limit is counted against. `req.ip` honours Express `trust proxy` (TRUST_PROXY),
// so X-Forwarded-For is believed only when the operator says a proxy sets it. IPv6 clients are counted
// per /64, the block one subscriber usually gets, so rotating addresses inside it buys nothing.
import { isIPv6 } from 'node:net';
import type { Request } from 'express';

export function clientIp(req: Request | undefined): string {
  const raw = req?.ip ?? req?.socket?.remoteAddress ?? 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(raw);
  if (mapped) return mapped[1]!;
  if (!isIPv6(raw)) return raw;
  return `${ipv6Groups(raw).slice(0, 4).join(':')}::/64`;
}

function ipv6Groups(address: string): string[] {
  const [head = '', tail = ''] = address.split('%')[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') && tail ? tail.split(':') : [];
  const missing = 8 - left.length - right.length;
  return [...left, ...Array<string>(Math.max(0, missing)).fill('0'), ...right].map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''));
}

// Where a download may connect. Result URLs and redirects come from the network, so they could point the
// runner at its own metadata service, a database on the private network or the runner itself; such
// addresses are refused. Names are checked on the addresses they resolve to at connect time (the lookup
// the socket uses is this one), so a public name that resolves to 10.0.0.5 is refused too.
import dns, { type LookupAddress } from 'node:dns'
import { BlockList, isIP, type LookupFunction } from 'node:net'
import { ActionFailure } from '../errors.js'
import { cleanText } from './untrusted.js'

type Family = 'ipv4' | 'ipv6'
const RULES: [rule: string, family: Family, network: string, bits: number][] = [
  ['loopback', 'ipv4', '127.0.0.0', 8],
  ['loopback', 'ipv6', '::1', 128],
  ['unspecified', 'ipv4', '0.0.0.0', 8],
  ['unspecified', 'ipv6', '::', 128],
  ['private', 'ipv4', '10.0.0.0', 8],
  ['private', 'ipv4', '172.16.0.0', 12],
  ['private', 'ipv4', '192.168.0.0', 16],
  ['private', 'ipv6', 'fc00::', 7],
  ['site-local', 'ipv6', 'fec0::', 10],
  ['link-local', 'ipv4', '169.254.0.0', 16],
  ['link-local', 'ipv6', 'fe80::', 10],
  ['CGNAT', 'ipv4', '100.64.0.0', 10],
  ['broadcast', 'ipv4', '255.255.255.255', 32],
  ['multicast', 'ipv4', '224.0.0.0', 4],
  ['multicast', 'ipv6', 'ff00::', 8],
  ['reserved', 'ipv4', '240.0.0.0', 4],
  ['reserved', 'ipv4', '192.0.0.0', 24],
  ['reserved', 'ipv4', '198.18.0.0', 15],
  ['documentation', 'ipv4', '192.0.2.0', 24],
  ['documentation', 'ipv4', '198.51.100.0', 24],
  ['documentation', 'ipv4', '203.0.113.0', 24],
  ['documentation', 'ipv6', '2001:db8::', 32]
]
const LISTS = new Map<string, BlockList>()
for (const [rule, family, network, bits] of RULES) {
  const list = LISTS.get(rule) ?? new BlockList()
  list.addSubnet(network, bits, family)
  LISTS.set(rule, list)
}
const RANGES = new Map<string, string>()
for (const [rule, , network, bits] of RULES) RANGES.set(rule, [RANGES.get(rule), `${network}/${bits}`].filter(Boolean).join(', '))

/** An IPv6 address as eight 16-bit groups (any notation: compressed, expanded, a dotted IPv4 tail). */
function ipv6Groups(address: string): number[] | undefined {
  let text = address.toLowerCase().replace(/%.*$/, '')
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text)
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number]
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head, tail, extra] = text.split('::')
  if (extra !== undefined) return undefined
  const part = (s: string | undefined) => (s ? s.split(':').map(g => parseInt(g, 16)) : [])
  const left = part(head)
  const right = part(tail)
  const groups = tail === undefined ? left : [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right]
  return groups.length === 8 && groups.every(g => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : undefined
}

const v4 = (hi: number, lo: number) => [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.')

/**
 * The IPv4 addresses an IPv6 address carries, each checked under the IPv4 rules (RFC 4291, 6052, 8215,
 * 3056, 4380): IPv4-mapped ::ffff:0:0/96 and IPv4-translated ::ffff:0:0:0/96, IPv4-compatible ::/96, NAT64
 * 64:ff9b::/96 and the local-use 64:ff9b:1::/48, 6to4 2002::/16, and Teredo 2001::/32 (the
 * server, and the client stored inverted). Reaching any of them through a translator reaches that IPv4 host.
 */
export function embeddedIpv4(address: string): string[] {
  const g = ipv6Groups(address)
  if (!g) return []
  const [g0, g1, g2, g3, g4, g5, g6, g7] = g as [number, number, number, number, number, number, number, number]
  const zeros = (...xs: number[]) => xs.every(x => x === 0)
  if (zeros(g0, g1, g2, g3, g4) && (g5 === 0xffff || g5 === 0)) return [v4(g6, g7)]
  if (zeros(g0, g1, g2, g3) && g4 === 0xffff && g5 === 0) return [v4(g6, g7)]
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && zeros(g3, g4, g5)) return [v4(g6, g7)]
  // Local-use NAT64 may embed at /96 (the tail) or /48 (bits 48-63 and 72-87): both are checked.
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 1) return [zeros(g3, g4, g5) ? v4(g6, g7) : v4(g3, ((g4 & 255) << 8) | (g5 >> 8))]
  if (g0 === 0x2002) return [v4(g1, g2)]
  if (g0 === 0x2001 && g1 === 0) return [v4(g2, g3), v4(g6 ^ 0xffff, g7 ^ 0xffff)]
  return []
}

/** The rule an IP address breaks ("private", "link-local" …), or undefined for a public address. */
export function ruleBroken(address: string, allowLoopback: boolean): string | undefined {
  const bare = address.replace(/^\[|\]$/g, '')
  const version = isIP(bare)
  if (version === 0) return 'not an IP address'
  const family: Family = version === 6 ? 'ipv6' : 'ipv4'
  // The IPv6 address's own rule first (::1 is loopback, not the IPv4-compatible 0.0.0.1), then what it carries.
  for (const [rule, list] of LISTS) {
    if (list.check(bare, family)) return rule === 'loopback' && allowLoopback ? undefined : rule
  }
  for (const carried of version === 6 ? embeddedIpv4(bare) : []) {
    const rule = ruleBroken(carried, allowLoopback)
    if (rule) return rule
  }
  return undefined
}

/** localhost, 127.0.0.0/8 or ::1 (as URL.hostname writes them, IPv6 in brackets). */
export function isLoopbackHost(hostname: string): boolean {
  if (/^localhost\.?$/i.test(hostname)) return true
  const bare = hostname.replace(/^\[|\]$/g, '')
  return isIP(bare) !== 0 && ruleBroken(bare, false) === 'loopback'
}

/** A connection the action will not make; the step fails before it is attempted. */
export class AddressRefusedError extends ActionFailure {
  constructor(host: string, address: string, rule: string) {
    const name = host === address ? address : `${cleanText(host, 200)} (${address})`
    const carried = embeddedIpv4(address).filter(ip => ruleBroken(ip, false) !== undefined)
    const inside = carried.length > 0 ? `, carrying the IPv4 address ${carried.join(' and ')}` : ''
    super(`Refused to connect to ${name}: a ${rule} address (${RANGES.get(rule) ?? rule}${inside}). A video link must point at a public address.`, 'address_refused')
    this.name = 'AddressRefusedError'
  }
}

export interface AddressGuard {
  /** Throws AddressRefusedError when the URL's host is an IP literal that breaks a rule. */
  checkLiteral(url: URL): void
  /** For node:http(s): resolves like dns.lookup and refuses when any address breaks a rule. */
  lookup: LookupFunction
  /** Behind a proxy, which resolves names itself: the host text, then what the name resolves to here. */
  checkBeforeProxy(url: URL): Promise<void>
}

/**
 * `allowLoopback`: true only when base-url is itself a loopback address (a local simulator), so its
 * loopback result host can be reached; nothing else is ever allowed.
 */
/** Resolves every address of a name, as dns.lookup with `all: true`. */
export type Resolver = (host: string) => Promise<LookupAddress[]>
// dns.lookup is read at call time (not bound at import) so a test can stand in for the system resolver.
const systemResolver: Resolver = host => dns.promises.lookup(host, { all: true })

export function addressGuard(allowLoopback: boolean, resolveAll: Resolver = systemResolver): AddressGuard {
  const refusal = (host: string, address: string) => {
    const rule = ruleBroken(address, allowLoopback)
    return rule ? new AddressRefusedError(host, address, rule) : undefined
  }
  const checkLiteral = (url: URL) => {
    const host = url.hostname.replace(/^\[|\]$/g, '')
    if (isIP(host)) {
      const error = refusal(host, host)
      if (error) throw error
    } else if (/^localhost\.?$/i.test(host) || /\.localhost\.?$/i.test(host)) {
      // "localhost" never goes to DNS on most systems: named here so that the rule is the same everywhere.
      if (!allowLoopback) throw new AddressRefusedError(host, '127.0.0.1', 'loopback')
    }
  }
  const lookup: LookupFunction = (hostname, options, callback) => {
    resolveAll(hostname).then(
      addresses => {
        for (const { address } of addresses) {
          const error = refusal(hostname, address)
          if (error) return callback(error, '', 0)
        }
        if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses)
        const first = addresses.find(a => !options.family || a.family === options.family) ?? addresses[0]
        if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0)
        callback(null, first.address, first.family)
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0)
    )
  }

  return {
    checkLiteral,
    lookup,
    async checkBeforeProxy(url) {
      checkLiteral(url)
      const host = url.hostname.replace(/^\[|\]$/g, '')
      if (isIP(host)) return
      let addresses: LookupAddress[]
      try {
        addresses = await resolveAll(host)
      } catch {
        return // only the proxy can resolve it: the host text was all there was to check
      }
      for (const { address } of addresses) {
        const error = refusal(host, address)
        if (error) throw error
      }
    }
  }
}

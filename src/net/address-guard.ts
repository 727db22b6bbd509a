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
  ['loopback', 'ipv4', '127.0.0.0', 8], ['loopback', 'ipv6', '::1', 128],
  ['unspecified', 'ipv4', '0.0.0.0', 8], ['unspecified', 'ipv6', '::', 128],
  ['private', 'ipv4', '10.0.0.0', 8], ['private', 'ipv4', '172.16.0.0', 12], ['private', 'ipv4', '192.168.0.0', 16],
  ['private', 'ipv6', 'fc00::', 7],
  ['link-local', 'ipv4', '169.254.0.0', 16], ['link-local', 'ipv6', 'fe80::', 10],
  ['CGNAT', 'ipv4', '100.64.0.0', 10],
  ['broadcast', 'ipv4', '255.255.255.255', 32],
  ['multicast', 'ipv4', '224.0.0.0', 4], ['multicast', 'ipv6', 'ff00::', 8],
  ['reserved', 'ipv4', '240.0.0.0', 4], ['reserved', 'ipv4', '192.0.0.0', 24], ['reserved', 'ipv4', '198.18.0.0', 15],
  ['documentation', 'ipv4', '192.0.2.0', 24], ['documentation', 'ipv4', '198.51.100.0', 24],
  ['documentation', 'ipv4', '203.0.113.0', 24], ['documentation', 'ipv6', '2001:db8::', 32]
]
const LISTS = new Map<string, BlockList>()
for (const [rule, family, network, bits] of RULES) {
  const list = LISTS.get(rule) ?? new BlockList()
  list.addSubnet(network, bits, family)
  LISTS.set(rule, list)
}
const RANGES = new Map<string, string>()
for (const [rule, , network, bits] of RULES) RANGES.set(rule, [RANGES.get(rule), `${network}/${bits}`].filter(Boolean).join(', '))

/** IPv6 forms that carry an IPv4 address (mapped ::ffff:a.b.c.d, NAT64 64:ff9b::a.b.c.d): the IPv4 one is checked. */
function embeddedIpv4(address: string): string | undefined {
  const match = /^(?:::ffff:|64:ff9b::)(?:(\d+\.\d+\.\d+\.\d+)|([0-9a-f]{1,4}):([0-9a-f]{1,4}))$/i.exec(address)
  if (!match) return undefined
  if (match[1]) return match[1]
  const hi = parseInt(match[2] ?? '0', 16)
  const lo = parseInt(match[3] ?? '0', 16)
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.')
}

/** The rule an IP address breaks ("private", "link-local" …), or undefined for a public address. */
export function ruleBroken(address: string, allowLoopback: boolean): string | undefined {
  const bare = address.replace(/^\[|\]$/g, '')
  const version = isIP(bare)
  if (version === 0) return 'not an IP address'
  const v4 = version === 6 ? embeddedIpv4(bare) : bare
  const [ip, family]: [string, Family] = v4 ? [v4, 'ipv4'] : [bare, 'ipv6']
  for (const [rule, list] of LISTS) {
    if (list.check(ip, family)) return rule === 'loopback' && allowLoopback ? undefined : rule
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
    super(
      `Refused to connect to ${name}: a ${rule} address (${RANGES.get(rule) ?? rule}). A video link must point at a public address.`,
      'address_refused'
    )
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
    resolveAll(hostname).then(addresses => {
      for (const { address } of addresses) {
        const error = refusal(hostname, address)
        if (error) return callback(error, '', 0)
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses)
      const first = addresses.find(a => !options.family || a.family === options.family) ?? addresses[0]
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0)
      callback(null, first.address, first.family)
    }, (error: NodeJS.ErrnoException) => callback(error, '', 0))
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

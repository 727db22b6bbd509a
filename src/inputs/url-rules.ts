// Which URLs the action will talk to (base-url) or hand to EvoLink (callback-url).
import { BlockList, isIP } from 'node:net'
import { MAX_CALLBACK_URL_CHARS } from '../evolink/contract.js'

const LOOPBACK = new BlockList()
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4')
LOOPBACK.addAddress('::1', 'ipv6')

/** Private, loopback, link-local and other non-public ranges EvoLink refuses as callback targets. */
const NON_PUBLIC = new BlockList()
for (const [net, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16],
  ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 3]
] as const) {
  NON_PUBLIC.addSubnet(net, bits, 'ipv4')
}
for (const [net, bits] of [['::', 127], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) {
  NON_PUBLIC.addSubnet(net, bits, 'ipv6')
}

const INTERNAL_NAME = /(^|\.)(localhost|local|internal|intranet|lan|home\.arpa)$/i

/** URL.hostname keeps IPv6 brackets; IPv4-mapped IPv6 (::ffff:a00:1) is turned back into IPv4. */
function ipOf(hostname: string): { address: string; family: 'ipv4' | 'ipv6' } | undefined {
  const bare = hostname.replace(/^\[|\]$/g, '')
  const version = isIP(bare)
  if (version === 4) return { address: bare, family: 'ipv4' }
  if (version !== 6) return undefined
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(bare)
  if (mapped) {
    const hi = parseInt(mapped[1] ?? '0', 16)
    const lo = parseInt(mapped[2] ?? '0', 16)
    return { address: [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.'), family: 'ipv4' }
  }
  return { address: bare, family: 'ipv6' }
}

export function isLoopbackHost(hostname: string): boolean {
  if (/^localhost\.?$/i.test(hostname)) return true
  const ip = ipOf(hostname)
  return ip !== undefined && LOOPBACK.check(ip.address, ip.family)
}

export function isNonPublicHost(hostname: string): boolean {
  const ip = ipOf(hostname)
  if (ip) return NON_PUBLIC.check(ip.address, ip.family)
  return INTERNAL_NAME.test(hostname.replace(/\.$/, '')) || !hostname.includes('.')
}

/** Returns why the URL is refused as base-url, or undefined when it is fine. */
export function baseUrlProblem(url: URL): string | undefined {
  if (url.username || url.password) return 'must not contain credentials'
  if (url.search || url.hash) return 'must not have a query or fragment'
  if (url.protocol === 'https:') return undefined
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return undefined
  return 'must use https (http is allowed only for loopback hosts: 127.0.0.0/8, ::1, localhost)'
}

/** Returns why the URL is refused as callback-url, or undefined when it is fine. */
export function callbackUrlProblem(url: URL): string | undefined {
  if (url.href.length > MAX_CALLBACK_URL_CHARS) return `must be at most ${MAX_CALLBACK_URL_CHARS} characters (it has ${url.href.length})`
  if (url.protocol !== 'https:') return 'must use https'
  if (url.username || url.password) return 'must not contain credentials'
  if (isNonPublicHost(url.hostname)) return `must not point at a private, loopback, link-local or internal host (${url.hostname})`
  return undefined
}

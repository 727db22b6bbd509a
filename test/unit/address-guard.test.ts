// Where downloads may connect: the address rules, the lookup the sockets use, and redirects.
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AddressInfo } from 'node:net'
import { AddressRefusedError, addressGuard, ruleBroken, type Resolver } from '../../src/net/address-guard.js'
import { download } from '../../src/delivery/download.js'
import { ActionFailure } from '../../src/errors.js'
import { createTransport, exchange, type Open, type OpenReply } from '../../src/net/http.js'
import { uploadOriginFor } from '../../src/github/release-asset.js'

describe('ruleBroken', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['10.0.0.5', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['fd00::1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['100.64.0.1', 'CGNAT'],
    ['255.255.255.255', 'broadcast'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['::ffff:10.0.0.5', 'private'],
    ['::ffff:a00:5', 'private'],
    ['64:ff9b::a9fe:a9fe', 'link-local'],
    ['::ffff:127.0.0.1', 'loopback']
  ])('%s is %s', (address, rule) => expect(ruleBroken(address, false)).toBe(rule))

  it.each(['8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700::1111', '::ffff:8.8.8.8'])('%s is public', address => expect(ruleBroken(address, false)).toBeUndefined())

  // Every IPv6 form that carries an IPv4 address, in every notation: the IPv4 rules apply to what it carries.
  it.each([
    // IPv4-mapped ::ffff:0:0/96: dotted, hexadecimal, expanded, upper case, leading zeros
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['0:0:0:0:0:ffff:7f00:1', 'loopback'],
    ['0000:0000:0000:0000:0000:FFFF:0A00:0005', 'private'],
    ['::FFFF:A9FE:A9FE', 'link-local'],
    ['0::ffff:169.254.169.254', 'link-local'],
    // IPv4-translated ::ffff:0:0:0/96
    ['::ffff:0:10.0.0.5', 'private'],
    ['::ffff:0:a9fe:a9fe', 'link-local'],
    // IPv4-compatible ::/96 (deprecated, still routed by some stacks)
    ['::127.0.0.1', 'loopback'],
    ['::a00:5', 'private'],
    ['::169.254.169.254', 'link-local'],
    ['0:0:0:0:0:0:c0a8:101', 'private'],
    // NAT64 well-known 64:ff9b::/96 and local-use 64:ff9b:1::/48 (at /96 and at /48)
    ['64:ff9b::10.0.0.5', 'private'],
    ['64:ff9b::7f00:1', 'loopback'],
    ['64:ff9b:1::a9fe:a9fe', 'link-local'],
    ['64:ff9b:1::192.168.0.1', 'private'],
    ['64:ff9b:1:a00:5:0:0:0', 'private'],
    // 6to4 2002::/16: the IPv4 address in bits 16-47
    ['2002:7f00:1::', 'loopback'],
    ['2002:a00:5::1', 'private'],
    ['2002:a9fe:a9fe:1:2:3:4:5', 'link-local'],
    // Teredo 2001::/32: the server (bits 32-63) and the client (last 32 bits, inverted)
    ['2001:0:a00:5::', 'private'],
    ['2001:0:4136:e378:8000:63bf:f5ff:fffa', 'private'],
    ['2001:0:4136:e378:8000:63bf:80ff:fffe', 'loopback'],
    // deprecated site-local fec0::/10
    ['fec0::1', 'site-local'],
    ['feff:ffff::1', 'site-local']
  ])('%s is %s (embedded forms unwrapped)', (address, rule) => expect(ruleBroken(address, false)).toBe(rule))

  it.each(['::ffff:8.8.8.8', '64:ff9b::808:808', '64:ff9b:1::8.8.8.8', '2002:808:808::1', '2001:0:4136:e378:8000:63bf:f7f7:f7f7', '::8.8.8.8'])(
    '%s carries a public IPv4 address and is public',
    address => expect(ruleBroken(address, false)).toBeUndefined()
  )

  it('names the IPv4 address it found inside', () => {
    expect(new AddressRefusedError('2002:a9fe:a9fe::1', '2002:a9fe:a9fe::1', 'link-local').message).toMatch(/carrying the IPv4 address 169\.254\.169\.254/)
  })

  it('allows loopback, and only loopback, when base-url is loopback', () => {
    expect(ruleBroken('127.0.0.1', true)).toBeUndefined()
    expect(ruleBroken('::1', true)).toBeUndefined()
    expect(ruleBroken('10.0.0.5', true)).toBe('private')
    expect(ruleBroken('169.254.169.254', true)).toBe('link-local')
  })
})

describe('addressGuard', () => {
  const resolver =
    (table: Record<string, string[]>): Resolver =>
    async host => {
      const addresses = table[host]
      if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' })
      return addresses.map(address => ({ address, family: address.includes(':') ? 6 : 4 }))
    }
  const lookup = (guard: ReturnType<typeof addressGuard>, host: string, all: boolean) =>
    new Promise<unknown>((resolve, reject) => guard.lookup(host, { all }, (error, address, family) => (error ? reject(error) : resolve(all ? address : [address, family]))))

  const guard = addressGuard(
    false,
    resolver({
      'cdn.public.test': ['203.0.114.7', '2606:4700::1'],
      'rebound.public.test': ['10.0.0.5'],
      'mixed.public.test': ['8.8.8.8', '192.168.0.9']
    })
  )

  it('resolves a public name for the socket, single or all addresses', async () => {
    expect(await lookup(guard, 'cdn.public.test', false)).toEqual(['203.0.114.7', 4])
    expect(await lookup(guard, 'cdn.public.test', true)).toEqual([
      { address: '203.0.114.7', family: 4 },
      { address: '2606:4700::1', family: 6 }
    ])
  })
  it('refuses a public name that resolves to a private address, naming both', async () => {
    await expect(lookup(guard, 'rebound.public.test', false)).rejects.toThrow(
      'Refused to connect to rebound.public.test (10.0.0.5): a private address (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, fc00::/7)'
    )
  })
  it('refuses when any one of the addresses is not public', async () => {
    await expect(lookup(guard, 'mixed.public.test', true)).rejects.toBeInstanceOf(AddressRefusedError)
  })
  it('checks literal addresses, which never reach a lookup', () => {
    expect(() => guard.checkLiteral(new URL('http://[::ffff:a9fe:a9fe]/x'))).toThrow(/a link-local address/)
    expect(() => guard.checkLiteral(new URL('http://localhost:8080/x'))).toThrow(/a loopback address/)
    expect(() => guard.checkLiteral(new URL('https://203.0.114.7/x'))).not.toThrow()
  })
  it('behind a proxy checks the host text and what the name resolves to here; a name only the proxy knows passes', async () => {
    await expect(guard.checkBeforeProxy(new URL('https://rebound.public.test/v.mp4'))).rejects.toThrow(/10\.0\.0\.5/)
    await expect(guard.checkBeforeProxy(new URL('http://169.254.169.254/'))).rejects.toThrow(/link-local/)
    await expect(guard.checkBeforeProxy(new URL('https://only-the-proxy-knows.test/v.mp4'))).resolves.toBeUndefined()
  })
  it('is what the direct transport connects through: a refused name never opens a socket', async () => {
    let connections = 0
    const server = createServer((_req, res) => res.end('x')).on('connection', () => connections++)
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const port = (server.address() as AddressInfo).port
    try {
      const strict = addressGuard(false, resolver({ 'sim.test': ['127.0.0.1'] }))
      const { open } = await createTransport({}, strict)
      await expect(open({ method: 'GET', url: `http://sim.test:${port}/`, headers: {} }, new AbortController().signal)).rejects.toThrow(/a loopback address/)
      expect(connections).toBe(0)
      const relaxed = await createTransport({}, addressGuard(true, resolver({ 'sim.test': ['127.0.0.1'] })))
      const reply = await relaxed.open({ method: 'GET', url: `http://sim.test:${port}/`, headers: {} }, new AbortController().signal)
      expect(reply.status).toBe(200)
      reply.destroy()
    } finally {
      server.closeAllConnections()
      await new Promise(resolve => server.close(resolve))
    }
  })
})

describe('download redirects', () => {
  let dir: string
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'evolink-redirect-'))))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  /** An `open` that answers from a table of URL → reply, recording what was asked. */
  function scripted(replies: Record<string, { status: number; headers?: Record<string, string>; body?: string }>) {
    const asked: string[] = []
    const open: Open = async request => {
      asked.push(request.url)
      const reply = replies[request.url]
      if (!reply) throw new Error(`unexpected ${request.url}`)
      const body = Buffer.from(reply.body ?? '')
      return {
        status: reply.status,
        header: name => reply.headers?.[name] ?? (name === 'content-length' ? String(body.length) : undefined),
        body: (async function* () {
          if (body.length) yield body
        })(),
        destroy: () => undefined
      } satisfies OpenReply
    }
    return { open, asked }
  }
  const options = (open: Open) => ({
    url: 'https://cdn.public.test/v.mp4',
    path: join(dir, 'v.mp4'),
    maxBytes: 1024,
    attempts: 3,
    idleTimeoutMs: 5000,
    totalTimeoutMs: 10_000,
    signal: new AbortController().signal,
    open,
    sleep: async () => undefined
  })

  it('refuses a redirect from https to plain http, before following it', async () => {
    const { open, asked } = scripted({ 'https://cdn.public.test/v.mp4': { status: 302, headers: { location: 'http://cdn.public.test/v.mp4' } } })
    await expect(download(options(open))).rejects.toThrow(/redirected from https to plain http \(cdn\.public\.test\)/)
    expect(asked).toEqual(['https://cdn.public.test/v.mp4'])
  })
  it('refuses a redirect to another scheme', async () => {
    const { open } = scripted({ 'https://cdn.public.test/v.mp4': { status: 301, headers: { location: 'file:///etc/passwd' } } })
    await expect(download(options(open))).rejects.toBeInstanceOf(ActionFailure)
  })
  it('follows https redirects', async () => {
    const { open, asked } = scripted({
      'https://cdn.public.test/v.mp4': { status: 302, headers: { location: '/moved.mp4' } },
      'https://cdn.public.test/moved.mp4': { status: 200, body: 'video' }
    })
    expect(await download(options(open))).toMatchObject({ size: 5 })
    expect(asked).toHaveLength(2)
  })
})

describe('bounded API replies', () => {
  let server: Server
  let url: string
  beforeAll(async () => {
    server = createServer((req, res) => {
      res.writeHead(req.url === '/error' ? 503 : 200, req.url === '/declared' ? { 'content-length': String(2 ** 40) } : {})
      const chunk = Buffer.alloc(65536, 'a')
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump)
      }
      res.on('error', () => undefined)
      pump()
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => {
    server.closeAllConnections()
    return new Promise(resolve => server.close(resolve))
  })
  const limits = (status: number) => (status === 200 ? 1 << 20 : 64 << 10)

  it.each([
    ['/endless', 1 << 20],
    ['/error', 64 << 10]
  ])('an endless body (%s) is read up to its limit, then the connection is closed', async (path, limit) => {
    const { open } = await createTransport({})
    const reply = await exchange(open, { method: 'GET', url: url + path, headers: {}, timeoutMs: 10_000, maxBytes: limits })
    expect(reply.truncated).toBe(true)
    expect(reply.text).toHaveLength(limit)
  })
  it('a declared Content-Length over the limit is refused without reading', async () => {
    const { open } = await createTransport({})
    const reply = await exchange(open, { method: 'GET', url: `${url}/declared`, headers: {}, timeoutMs: 10_000, maxBytes: limits })
    expect(reply).toMatchObject({ truncated: true, text: '' })
  })
})

describe('uploadOriginFor', () => {
  it.each([
    ['https://api.github.com', 'https://uploads.github.com'],
    ['https://api.octo.ghe.com', 'https://uploads.octo.ghe.com'],
    ['https://github.example.com/api/v3', 'https://github.example.com'],
    ['http://127.0.0.1:4010', 'http://127.0.0.1:4010']
  ])('%s uploads to %s', (api, origin) => expect(uploadOriginFor(api)).toBe(origin))
})

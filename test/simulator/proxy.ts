// A small forwarding HTTP proxy on loopback that counts what it carries. Whatever host a request names,
// it is forwarded to 127.0.0.1 on the same port: tests can use names that only the proxy "resolves".
import { createServer, request, type Server } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'

export class CountingProxy {
  readonly carried: { method: string; url: string }[] = []
  private server?: Server

  get url(): string {
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const target = new URL(req.url ?? '/')
      this.carried.push({ method: req.method ?? '', url: target.href })
      const upstream = request(
        { host: '127.0.0.1', port: target.port || 80, path: target.pathname + target.search, method: req.method, headers: { ...req.headers, host: target.host } },
        reply => {
          res.writeHead(reply.statusCode ?? 502, reply.headers)
          reply.pipe(res)
        }
      )
      upstream.on('error', () => res.destroy())
      req.pipe(upstream)
    })
    // Tunnels (CONNECT host:port), as clients open them for https or by choice, go to 127.0.0.1:port too.
    this.server.on('connect', (req, client: Socket, head: Buffer) => {
      const port = Number((req.url ?? '').split(':').pop())
      this.carried.push({ method: 'CONNECT', url: `tunnel://${req.url}` })
      const upstream = connect(port, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        upstream.write(head)
        upstream.pipe(client)
        client.pipe(upstream)
      })
      upstream.on('error', () => client.destroy())
      client.on('error', () => upstream.destroy())
    })
    await new Promise<void>(resolve => this.server?.listen(0, '127.0.0.1', () => resolve()))
    return this
  }

  stop(): Promise<void> {
    this.server?.closeAllConnections()
    return new Promise(resolve => this.server?.close(() => resolve()))
  }
}

// A loopback stand-in for the parts of api.github.com (and uploads.github.com) the action calls:
// issue comments, releases and release assets. It records every request so tests can assert on them.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface GitHubRequest {
  method: string
  path: string
  authorization?: string
  body: string
  bytes: number
}

export interface Comment {
  id: number
  body: string
  html_url: string
  user: { login: string; type: 'User' | 'Bot' }
}

/** Who the default token writes as; like GITHUB_TOKEN, it may not call GET /user. */
export const BOT = { login: 'github-actions[bot]', type: 'Bot' } as const

export interface Asset {
  id: number
  name: string
  size: number
  sha?: string
  browser_download_url: string
}

export class GitHubStandIn {
  readonly requests: GitHubRequest[] = []
  readonly comments: Comment[] = []
  readonly assets: Asset[] = []
  /** Answer every call with this status (403 to simulate a token without permission). */
  denyWith?: number
  /** The next N asset uploads fail: 502 after the body is read, or the connection is dropped. */
  uploadFaults: ('502' | 'reset')[] = []
  /** Set to a login to act as a personal token (GET /user answers); unset, GET /user is refused as for GITHUB_TOKEN. */
  personalLogin?: string
  readonly release = { id: 42, tag_name: 'v1.2.3' }
  private server?: Server
  private nextId = 1000
  /** Public URL of the stand-in as the action sees it (it may name a host only a proxy can reach). */
  publicUrl = ''

  /** A comment someone else already wrote on the pull request. */
  seedComment(body: string, user: Comment['user']): Comment {
    const comment = { id: this.nextId++, body, html_url: `https://github.com/o/r/pull/1#issuecomment-${this.nextId}`, user }
    this.comments.push(comment)
    return comment
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>(resolve => this.server?.listen(0, '127.0.0.1', () => resolve()))
    this.publicUrl = this.url
    return this
  }

  stop(): Promise<void> {
    this.server?.closeAllConnections()
    return new Promise(resolve => this.server?.close(() => resolve()))
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks)
    // Through a proxy the request line holds an absolute URL.
    const url = new URL(req.url ?? '/', 'http://standin')
    const path = url.pathname
    this.requests.push({ method: req.method ?? '', path, authorization: req.headers.authorization, body: raw.length < 100_000 ? raw.toString() : '', bytes: raw.length })
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(body))
    }
    if (this.denyWith) return json(this.denyWith, { message: 'Resource not accessible by integration' })

    if (path === '/user' && req.method === 'GET') {
      return this.personalLogin ? json(200, { login: this.personalLogin, type: 'User' }) : json(403, { message: 'Resource not accessible by integration' })
    }
    const author = this.personalLogin ? { login: this.personalLogin, type: 'User' as const } : BOT
    let match: RegExpExecArray | null
    if ((match = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(path))) {
      if (req.method === 'GET') return json(200, this.comments)
      const comment = {
        id: this.nextId++,
        body: (JSON.parse(raw.toString()) as { body: string }).body,
        html_url: `https://github.com/o/r/pull/${match[1]}#issuecomment-${this.nextId}`,
        user: author
      }
      this.comments.push(comment)
      return json(201, comment)
    }
    if ((match = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(path)) && req.method === 'PATCH') {
      const comment = this.comments.find(c => c.id === Number(match?.[1]))
      if (!comment) return json(404, { message: 'Not Found' })
      comment.body = (JSON.parse(raw.toString()) as { body: string }).body
      return json(200, comment)
    }
    if ((match = /^\/repos\/[^/]+\/[^/]+\/releases\/tags\/(.+)$/.exec(path))) {
      if (decodeURIComponent(match[1] ?? '') !== this.release.tag_name) return json(404, { message: 'Not Found' })
      return json(200, { ...this.release, upload_url: `${this.publicUrl}/upload/repos/o/r/releases/${this.release.id}/assets{?name,label}` })
    }
    if (/^\/repos\/[^/]+\/[^/]+\/releases\/\d+\/assets$/.test(path) && req.method === 'GET') return json(200, this.assets)
    if ((match = /^\/repos\/[^/]+\/[^/]+\/releases\/assets\/(\d+)$/.exec(path)) && req.method === 'PATCH') {
      const asset = this.assets.find(a => a.id === Number(match?.[1]))
      if (!asset) return json(404, { message: 'Not Found' })
      const name = (JSON.parse(raw.toString()) as { name?: string }).name ?? asset.name
      // As GitHub: a name is unique within a release.
      if (this.assets.some(a => a !== asset && a.name === name))
        return json(422, { message: 'Validation Failed', errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }] })
      asset.name = name
      asset.browser_download_url = `https://github.com/o/r/releases/download/${this.release.tag_name}/${name}`
      return json(200, asset)
    }
    if ((match = /^\/repos\/[^/]+\/[^/]+\/releases\/assets\/(\d+)$/.exec(path)) && req.method === 'DELETE') {
      const index = this.assets.findIndex(a => a.id === Number(match?.[1]))
      if (index >= 0) this.assets.splice(index, 1)
      res.writeHead(204)
      return void res.end()
    }
    if (/^\/upload\/repos\/[^/]+\/[^/]+\/releases\/\d+\/assets$/.test(path) && req.method === 'POST') {
      const name = url.searchParams.get('name') ?? ''
      const fault = this.uploadFaults.shift()
      if (fault === 'reset') return void req.socket.destroy()
      if (fault === '502') return json(502, { message: 'Server Error' })
      if (this.assets.some(a => a.name === name)) return json(422, { message: 'Validation Failed', errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }] })
      const asset = { id: this.nextId++, name, size: raw.length, browser_download_url: `https://github.com/o/r/releases/download/${this.release.tag_name}/${name}` }
      this.assets.push(asset)
      return json(201, asset)
    }
    json(404, { message: `Not Found: ${req.method} ${path}` })
  }
}

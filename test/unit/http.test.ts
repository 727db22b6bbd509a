// The direct transport hands node:http's reply out as the body: a body cut short must still end in an error.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createTransport, type OpenReply } from '../../src/net/http.js'

let server: Server
let url: string

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunked = req.url === '/chunked'
    res.writeHead(200, chunked ? {} : { 'content-length': '1000' })
    res.write(Buffer.alloc(300, 1))
    if (req.url === '/whole') return void res.end(Buffer.alloc(700, 2))
    setTimeout(() => res.socket?.destroy(), 20) // cut: the rest never comes
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise(resolve => server.close(resolve)))

async function read(reply: OpenReply): Promise<number> {
  let bytes = 0
  for await (const chunk of reply.body) bytes += chunk.length
  return bytes
}

test.each(['/sized', '/chunked'])('a body cut short (%s) ends in ECONNRESET, not a short success', async path => {
  const { open } = await createTransport({})
  const reply = await open({ method: 'GET', url: url + path, headers: {} }, new AbortController().signal)
  expect(reply.status).toBe(200)
  await expect(read(reply)).rejects.toMatchObject({ code: 'ECONNRESET' })
})

test('a whole body is read to the end', async () => {
  const { open } = await createTransport({})
  const reply = await open({ method: 'GET', url: `${url}/whole`, headers: {} }, new AbortController().signal)
  expect(await read(reply)).toBe(1000)
})

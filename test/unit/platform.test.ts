// What differs on Windows and macOS runners, checked here on any machine: SIGBREAK, a rename held by an
// antivirus, drive letters, UNC shares and case-insensitive paths; and the message for an unreachable API.
import path from 'node:path'
import { CANCEL_SIGNALS, watchCancellation } from '../../src/github/cancellation.js'
import { CancelledError, TransportError } from '../../src/net/http.js'
import { renameRetrying } from '../../src/delivery/part-file.js'
import { relativeInside } from '../../src/inputs/workspace-paths.js'
import { unreachable } from '../../src/evolink/explain.js'
import { isLocalPath } from '../../src/inputs/local-images.js'

describe('isLocalPath', () => {
  it.each(['docs/hero.png', 'C:\\a\\repo\\hero.png', 'D:/a/hero.png', '.\\hero.png'])('%s is a file', value => expect(isLocalPath(value)).toBe(true))
  it.each(['https://cdn.example.com/a.png', 'http://x/a.png', 'data:image/png;base64,AAAA', 'file:///etc/passwd'])('%s is a URL', value => expect(isLocalPath(value)).toBe(false))
})

describe('cancellation', () => {
  it.each(CANCEL_SIGNALS)('%s aborts the run and arms the hard exit', signal => {
    const exits: number[] = []
    const cancellation = watchCancellation(code => exits.push(code))
    try {
      process.emit(signal, signal)
      expect(cancellation.signal.aborted).toBe(true)
      expect(cancellation.signal.reason).toEqual(new CancelledError(signal))
    } finally {
      cancellation.dispose()
      process.exitCode = 0
    }
  })
  it('listens for SIGBREAK, which Windows sends after SIGINT', () => expect(CANCEL_SIGNALS).toContain('SIGBREAK'))
})

describe('renameRetrying', () => {
  const busy = (code: string, times: number) => {
    let calls = 0
    return {
      move: async () => {
        if (++calls <= times) throw Object.assign(new Error(code), { code })
      },
      get calls() {
        return calls
      }
    }
  }
  it.each(['EPERM', 'EBUSY', 'EACCES'])('retries while the file is held (%s)', async code => {
    const held = busy(code, 3)
    const waits: number[] = []
    await renameRetrying('a', 'b', held.move, async (ms: number) => void waits.push(ms))
    expect(held.calls).toBe(4)
    expect(waits).toEqual([100, 200, 400])
  })
  it('gives up after a few seconds, and at once on other errors', async () => {
    await expect(renameRetrying('a', 'b', busy('EBUSY', 100).move, async () => undefined)).rejects.toThrow('EBUSY')
    const missing = busy('ENOENT', 1)
    await expect(renameRetrying('a', 'b', missing.move, async () => undefined)).rejects.toThrow('ENOENT')
    expect(missing.calls).toBe(1)
  })
})

describe('relativeInside', () => {
  it.each<[string, string, string, string | undefined]>([
    ['drive letter, inside', 'C:\\a\\ws', 'C:\\a\\ws\\out\\v.mp4', 'out\\v.mp4'],
    ['another drive', 'C:\\a\\ws', 'D:\\a\\ws\\v.mp4', undefined],
    ['parent', 'C:\\a\\ws', 'C:\\a\\v.mp4', undefined],
    ['sibling with the same prefix', 'C:\\a\\ws', 'C:\\a\\ws2\\v.mp4', undefined],
    ['different case (NTFS ignores it)', 'C:\\a\\WS', 'c:\\A\\ws\\v.mp4', 'v.mp4'],
    ['UNC share, inside', '\\\\server\\share\\ws', '\\\\server\\share\\ws\\v.mp4', 'v.mp4'],
    ['another UNC share', '\\\\server\\share\\ws', '\\\\server\\other\\ws\\v.mp4', undefined],
    ['UNC from a drive', 'C:\\ws', '\\\\server\\share\\ws\\v.mp4', undefined]
  ])('win32: %s', (_label, root, target, expected) => expect(relativeInside(root, target, path.win32, true)).toBe(expected))

  it.each<[string, boolean, string | undefined]>([
    ['/Users/runner/Work/x/v.mp4', true, 'x/v.mp4'], // macOS: same folder
    ['/Users/runner/Work/x/v.mp4', false, undefined], // Linux: another folder
    ['/Users/runner/work/..x/v.mp4', false, '..x/v.mp4'] // a name that starts with two dots is inside
  ])('posix: %s (fold case %s)', (target, fold, expected) => expect(relativeInside('/Users/runner/work', target, path.posix, fold)).toBe(expected))
})

describe('unreachable', () => {
  it('says the host name did not resolve, and what to check', () => {
    expect(unreachable(new TransportError('getaddrinfo ENOTFOUND api.evolink.ai', 'no', 'ENOTFOUND'))).toBe(
      "EvoLink's API could not be reached (base-url's host name did not resolve): check base-url, the runner's network, and the proxy settings (HTTPS_PROXY, NO_PROXY)"
    )
  })
  it('says the connection was refused', () => {
    expect(unreachable(new TransportError('connect ECONNREFUSED', 'no', 'ECONNREFUSED'))).toMatch(/could not be reached \(the connection was refused or the host unreachable\)/)
  })
})

// The cache child's log lines (the library's own) reach the debug log readable: commands named, not mangled,
// and what the library masked (a signed URL's signature) never shown.
import { libraryLine } from '../../src/github/actions-cache.js'

it('names the command, hides what was masked, and keeps add-mask lines out', () => {
  const masks = new Set<string>()
  expect(libraryLine('::debug::Checking zstd --quiet --version', masks)).toBe('debug: Checking zstd --quiet --version')
  expect(libraryLine('::add-mask::sig0123456789', masks)).toBeUndefined()
  expect(libraryLine('::debug::Body: {%0A  "signed_download_url": "https://a.blob.core.windows.net/c/1?sig=sig0123456789",%0A  "p": "100%25"%0A}', masks)).toBe(
    'debug: Body: { "signed_download_url": "https://a.blob.core.windows.net/c/1?sig=***", "p": "100%" }'
  )
  expect(libraryLine('Received 509 of 509 (100.0%), 0.1 MBs/sec', masks)).toBe('Received 509 of 509 (100.0%), 0.1 MBs/sec')
  // Text inside a line still cannot start a command of the step's.
  expect(libraryLine('::warning file=x::a ::error::b', masks)).toBe('warning: a : :error: :b')
})

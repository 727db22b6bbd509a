// prompt-file: a file of the repository is sent to EvoLink and shown in the log and summary, so it is read
// only from inside the workspace (symlinks followed), never from .git/, only a regular file, at most
// MAX_PROMPT_FILE_BYTES, and only when it is valid UTF-8: a wrong file costs no credits.
import { closeSync, readSync } from 'node:fs'
import { resolve } from 'node:path'
import { underGit, within } from './workspace-paths.js'
import { openRegularFile } from '../open-regular-file.js'

/** A prompt is at most 2,500 characters (4 bytes each at worst): 64 KiB is plenty, and bounds the read. */
export const MAX_PROMPT_FILE_BYTES = 64 * 1024

export type PromptFile = { ok: true; prompt: string } | { ok: false; problem: string }

export function readPromptFile(raw: string, workspace: string, maxBytes = MAX_PROMPT_FILE_BYTES): PromptFile {
  const path = resolve(workspace, raw)
  const rel = within(workspace, path)
  if (rel === undefined) return { ok: false, problem: `must be a file inside the workspace (${workspace}), symlinks included; it resolves to ${path}` }
  if (underGit(rel)) return { ok: false, problem: 'must not be inside .git/ (that folder holds credentials, not prompts)' }
  const opened = openRegularFile(resolve(workspace, rel))
  if (!opened.ok) return opened
  const bytes = readAtMost(opened.fd, maxBytes + 1)
  if (bytes.length > maxBytes) return { ok: false, problem: `must be at most ${maxBytes / 1024} KiB` }
  const utf16 = utf16Hint(bytes)
  if (utf16) return { ok: false, problem: `must be UTF-8, but it ${utf16}: save it as UTF-8` }
  let text: string
  try {
    // fatal: invalid bytes are an error, not U+FFFD sent and billed; the BOM, if any, is dropped.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { ok: false, problem: 'must be UTF-8, but it holds bytes that are not valid UTF-8' }
  }
  return { ok: true, prompt: text.replace(/\r\n/g, '\n').trim() }
}

/** Reads up to `limit` bytes through the descriptor that was checked (no second lookup), and closes it. */
function readAtMost(fd: number, limit: number): Buffer {
  try {
    const buffer = Buffer.alloc(limit)
    let filled = 0
    for (let n = -1; n !== 0 && filled < limit; filled += n) n = readSync(fd, buffer, filled, limit - filled, null)
    return buffer.subarray(0, filled)
  } finally {
    closeSync(fd)
  }
}

/** Why the bytes look like UTF-16, or undefined. */
function utf16Hint(bytes: Buffer): string | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'starts with a UTF-16 byte-order mark'
  if (bytes.includes(0)) return 'holds NUL bytes (UTF-16 text, or not text at all)'
  return undefined
}

// A test of POSIX file semantics (FIFOs, permissions, symbolic links): skipped on Windows.
import { it } from '@jest/globals'

export const posixIt = process.platform === 'win32' ? it.skip : it

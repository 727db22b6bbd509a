// Width and height of a repository image from its first bytes, so a model's documented pixel limits are
// checked before the upload and the submission. Only the header is read (bounded by the caller); a file
// whose header does not say (a JPEG with its frame header past the bytes read) is not judged.
import type { ImageType } from './local-images.js'

export interface Dimensions {
  width: number
  height: number
}

/** JPEG start-of-frame markers (C0–CF but DHT C4, JPG C8 and DAC CC) carry the frame's size. */
const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc

function jpegDimensions(head: Buffer): Dimensions | undefined {
  let at = 2
  while (at + 9 <= head.length) {
    if (head[at] !== 0xff) return undefined
    const marker = head[at + 1] as number
    // Fill bytes, and markers without a length (RSTn, TEM).
    if (marker === 0xff) {
      at++
      continue
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2
      continue
    }
    if (isStartOfFrame(marker)) return { height: head.readUInt16BE(at + 5), width: head.readUInt16BE(at + 7) }
    at += 2 + head.readUInt16BE(at + 2)
  }
  return undefined
}

function webpDimensions(head: Buffer): Dimensions | undefined {
  const chunk = head.toString('latin1', 12, 16)
  if (chunk === 'VP8 ' && head.length >= 30) return { width: head.readUInt16LE(26) & 0x3fff, height: head.readUInt16LE(28) & 0x3fff }
  if (chunk === 'VP8L' && head.length >= 25) {
    const bits = head.readUInt32LE(21)
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 }
  }
  if (chunk === 'VP8X' && head.length >= 30) return { width: head.readUIntLE(24, 3) + 1, height: head.readUIntLE(27, 3) + 1 }
  return undefined
}

/** The image's size in pixels as its header states it, or undefined when the bytes read do not say. */
export function imageDimensions(head: Buffer, type: ImageType): Dimensions | undefined {
  switch (type) {
    case 'image/png':
      return head.length >= 24 ? { width: head.readUInt32BE(16), height: head.readUInt32BE(20) } : undefined
    case 'image/gif':
      return head.length >= 10 ? { width: head.readUInt16LE(6), height: head.readUInt16LE(8) } : undefined
    case 'image/webp':
      return webpDimensions(head)
    case 'image/jpeg':
      return jpegDimensions(head)
  }
}

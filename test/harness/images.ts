// Image files for the tests, header first: real signatures and the fields that state width and height,
// padded with filler to the size a test needs (the action reads headers only; nothing decodes the pixels).

const pad = (head: Buffer, size: number) => Buffer.concat([head, Buffer.alloc(Math.max(0, size - head.length), 7)])

export function png(width: number, height: number, size = 3000): Buffer {
  const ihdr = Buffer.alloc(25)
  ihdr.writeUInt32BE(13, 0)
  ihdr.write('IHDR', 4, 'latin1')
  ihdr.writeUInt32BE(width, 8)
  ihdr.writeUInt32BE(height, 12)
  ihdr.writeUInt8(8, 16) // bit depth; colour type, compression, filter and interlace stay 0
  return pad(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ihdr]), size)
}

/** A JPEG whose frame header (SOF0) follows an EXIF segment of `exifBytes`, as cameras write them. */
export function jpeg(width: number, height: number, size = 3000, exifBytes = 200): Buffer {
  const app1 = Buffer.alloc(4 + exifBytes)
  app1.writeUInt16BE(0xffe1, 0)
  app1.writeUInt16BE(2 + exifBytes, 2)
  const sof = Buffer.alloc(19)
  sof.writeUInt16BE(0xffc0, 0)
  sof.writeUInt16BE(17, 2)
  sof.writeUInt8(8, 4)
  sof.writeUInt16BE(height, 5)
  sof.writeUInt16BE(width, 7)
  return pad(Buffer.concat([Buffer.from([0xff, 0xd8]), app1, sof]), size)
}

export function gif(width: number, height: number, size = 3000): Buffer {
  const head = Buffer.alloc(13)
  head.write('GIF89a', 0, 'latin1')
  head.writeUInt16LE(width, 6)
  head.writeUInt16LE(height, 8)
  return pad(head, size)
}

/** WebP in its three forms: lossy (VP8), lossless (VP8L) and extended (VP8X). */
export function webp(width: number, height: number, form: 'VP8 ' | 'VP8L' | 'VP8X' = 'VP8X', size = 3000): Buffer {
  const head = Buffer.alloc(30)
  head.write('RIFF', 0, 'latin1')
  head.writeUInt32LE(size - 8, 4)
  head.write('WEBP', 8, 'latin1')
  head.write(form, 12, 'latin1')
  if (form === 'VP8 ') {
    head.set([0x9d, 0x01, 0x2a], 23)
    head.writeUInt16LE(width, 26)
    head.writeUInt16LE(height, 28)
  } else if (form === 'VP8L') {
    head.writeUInt8(0x2f, 20)
    head.writeUInt32LE(((height - 1) << 14) | (width - 1), 21)
  } else {
    head.writeUIntLE(width - 1, 24, 3)
    head.writeUIntLE(height - 1, 27, 3)
  }
  return pad(head, size)
}

// Width and height from the first bytes, and a model's documented file rule checked against them.
import { imageDimensions } from '../../src/inputs/image-dimensions.js'
import { fileRuleProblem, selectedSizeProblem, sniff, type ImageType } from '../../src/inputs/local-images.js'
import { gif, jpeg, png, webp } from '../harness/images.js'

const typeOf = (bytes: Buffer) => {
  const kind = sniff(bytes.subarray(0, 32))
  if (!('type' in kind)) throw new Error(`not an image: ${kind.not}`)
  return kind.type
}

describe('image dimensions', () => {
  it.each([
    ['PNG', png(1280, 720)],
    ['GIF', gif(1280, 720)],
    ['JPEG (frame header after a 20 KiB EXIF segment)', jpeg(1280, 720, 30_000, 20_000)],
    ['WebP, lossy', webp(1280, 720, 'VP8 ')],
    ['WebP, lossless', webp(1280, 720, 'VP8L')],
    ['WebP, extended', webp(1280, 720, 'VP8X')]
  ])('reads a %s header', (_label, bytes) => {
    expect(imageDimensions(bytes, typeOf(bytes))).toEqual({ width: 1280, height: 720 })
    expect(imageDimensions(bytes.subarray(0, 8), typeOf(bytes))).toBeUndefined()
  })

  it('does not judge a JPEG whose frame header lies past the bytes read', () => {
    const bytes = jpeg(100, 100, 80_000, 60_000)
    expect(imageDimensions(bytes, 'image/jpeg')).toEqual({ width: 100, height: 100 })
    expect(imageDimensions(bytes.subarray(0, 32 * 1024), 'image/jpeg')).toBeUndefined()
  })
})

describe("a model's file rule", () => {
  const rule = {
    types: ['image/jpeg', 'image/png'],
    maxBytes: 10 * 1024 * 1024,
    minSide: 300,
    minRatio: 0.4,
    maxRatio: 2.5,
    prose: ['Format: JPG / JPEG / PNG', 'Size: <= 10MB', 'Dimensions: width and height >= 300px, aspect ratio between 1:2.5 and 2.5:1']
  }
  const check = (bytes: Buffer, size = bytes.length, type: ImageType = typeOf(bytes)) =>
    fileRuleProblem('kling-o3-image-to-video', rule, { size, type, pixels: imageDimensions(bytes, type) })

  it('takes an image within every limit', () => {
    expect(check(png(1280, 720))).toBeUndefined()
    expect(check(jpeg(300, 750))).toBeUndefined()
  })

  it.each([
    ['a type it does not take', webp(1280, 720), undefined, /^is a WebP image; model kling-o3-image-to-video takes JPEG or PNG \(EvoLink: "Format: JPG \/ JPEG \/ PNG"\)$/],
    ['a file too large', png(1280, 720), 11 * 1024 * 1024, /^is 11 MiB; model kling-o3-image-to-video takes images up to 10 MiB \(EvoLink: "Size: <= 10MB"\)$/],
    ['a side too short', png(1280, 299), undefined, /^is 1280×299 pixels; model kling-o3-image-to-video takes a width and height of at least 300 each \(EvoLink: "Dimensions/],
    ['an aspect ratio too wide', png(3000, 1000), undefined, /^is 3000×1000 pixels \(width\/height 3\.00\); model kling-o3-image-to-video takes a width\/height from 0\.4 to 2\.5/]
  ])('refuses %s', (_label, bytes, size, message) => {
    expect(check(bytes, size)).toMatch(message)
  })
})

describe('an image size another field selects', () => {
  const rule = { sizeOf: 'aspect_ratio', prose: ['Image pixel dimensions must exactly match the selected aspect_ratio'] }
  const check = (width: number, height: number, selected: unknown) => selectedSizeProblem('sora-2-preview', rule, { width, height }, selected)

  it('takes the exact size, or the exact ratio', () => {
    expect(check(1280, 720, '1280x720')).toBeUndefined()
    expect(check(1920, 1080, '16:9')).toBeUndefined()
    expect(check(1280, 720, undefined)).toBeUndefined()
  })

  it('refuses another size, or another ratio', () => {
    expect(check(1920, 1080, '1280x720')).toBe(
      'is 1920×1080 pixels; model sora-2-preview takes exactly 1280×720 pixels with aspect_ratio 1280x720 (EvoLink: "Image pixel dimensions must exactly match the selected aspect_ratio")'
    )
    expect(check(1000, 1000, '9:16')).toMatch(/^is 1000×1000 pixels; model sora-2-preview takes pixels in the ratio 9:16 with aspect_ratio 9:16/)
  })
})

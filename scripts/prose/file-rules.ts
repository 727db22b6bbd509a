// What an image file given for a field must be (type, bytes, pixels, aspect ratio), read from the field's
// description; the action checks it on repository images, whose header it reads.
import type { FileRule } from '../../src/evolink/catalog-types.js'
import { sentences } from './sentences.js'

const IMAGE_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  bmp: 'image/bmp',
  heic: 'image/heic',
  heif: 'image/heic'
}
/** "1:2.5" → 0.4, "`0.4`" → 0.4 */
const ratio = (text: string) => {
  const [a, b] = text.replace(/`/g, '').split(':').map(Number)
  return b === undefined ? a : a !== undefined && b > 0 ? a / b : undefined
}

/**
 * An image field's file requirements, one shape per sentence: size ("Image size: up to `10MB`", "Max size
 * per image: `30MB`"), formats ("Supported formats: `.jpg`, `.jpeg`, `.png`"), pixel sides ("width and height
 * >= `300px`", "Width and height: each from `256` to `5760` px", "Short edge > 300px") and aspect ratio
 * ("between `1:2.5` and `2.5:1`", "(width/height): `0.4` ~ `2.5`", "1:8 ~ 8:1"). Recommendations add nothing.
 */
export function fileRules(description: string | undefined): FileRule | undefined {
  const rule: FileRule = { prose: [] }
  for (const sentence of sentences(description ?? '')) {
    if (/recommend|request body|\bvideos?\b|\baudio\b/i.test(sentence)) continue
    const before = JSON.stringify(rule)
    const size = /\b(?:size|max)\b[^.;\d]{0,40}?`?(\d+(?:\.\d+)?)\s*MB\b/i.exec(sentence)
    if (size) rule.maxBytes = Math.round(Number(size[1]) * 1024 * 1024)
    if (/\bformats?\b/i.test(sentence)) {
      const types = [...sentence.matchAll(/\b(jpe?g|png|webp|gif|bmp|heic|heif)\b/gi)].map(m => IMAGE_TYPES[(m[1] ?? '').toLowerCase()] ?? '')
      if (types.length > 0) rule.types = [...new Set(types)]
    }
    const least = /\b(?:width and height(?: both)?|short edge)\s*(>=|≥|>)\s*`?(\d+)\s*`?\s*px/i.exec(sentence)
    if (least) rule.minSide = Number(least[2]) + (least[1] === '>' ? 1 : 0)
    const range = /\bwidth\s*(?:and|\/)\s*height[^\d\n]{0,30}?`?\[?(\d+)`?\s*(?:,|~|to)\s*`?(\d+)\]?`?\s*(?:px|pixels)/i.exec(sentence)
    if (range) {
      rule.minSide = Number(range[1])
      rule.maxSide = Number(range[2])
    }
    const aspect = /\baspect ratio\b[^:\d`]*(?:\(width\/height\))?\s*:?\s*(?:between\s*)?(`?[\d.]+(?::[\d.]+)?`?)\s*(?:~|–|-|to|and)\s*(`?[\d.]+(?::[\d.]+)?`?)/i.exec(sentence)
    const [low, high] = aspect ? [ratio(aspect[1] ?? ''), ratio(aspect[2] ?? '')] : []
    if (low !== undefined && high !== undefined && low > 0 && low < high) {
      rule.minRatio = low
      rule.maxRatio = high
    }
    const sizeOf = /\bpixel dimensions must exactly match the selected `?(\w+)`?/i.exec(sentence)
    if (sizeOf) rule.sizeOf = sizeOf[1]
    if (JSON.stringify(rule) !== before) rule.prose.push(sentence.replace(/`/g, "'").replace(/\*\*/g, ''))
  }
  return rule.prose.length > 0 ? rule : undefined
}

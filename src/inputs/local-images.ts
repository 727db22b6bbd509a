// An image input may name a file of the repository instead of a URL; it is uploaded to EvoLink's files API
// before the submission (task/upload-images.ts). Checked first, before anything is sent: inside the
// workspace (symlinks followed), not under .git/, a regular file, within max-upload-size, a JPEG, PNG,
// GIF or WebP by its first bytes, whatever its name says, and within what the model documents for the
// field's files (type, bytes, pixels, aspect ratio: the catalogue's `file`).
import { closeSync, readSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { imageDimensions, type Dimensions } from './image-dimensions.js'
import { underGit, within } from './workspace-paths.js'
import type { FileRule } from '../evolink/catalog-types.js'
import { listOr } from '../evolink/check-field.js'
import { openRegularFile } from '../open-regular-file.js'

export type ImageType = 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp'

export interface LocalImage {
  /** The input's text, as the workflow wrote it. */
  raw: string
  /** Absolute path, symlinks resolved. */
  path: string
  size: number
  type: ImageType
  /** A file name for the upload (letters, digits, dot, dash, underscore). */
  name: string
  /** Width and height from the header, when it says. */
  pixels?: Dimensions
}

/** An image input's value names a file when it is not a URL: no scheme (a drive letter, C:\…, is not one). */
export const isLocalPath = (value: string): boolean => !/^[a-z][a-z0-9+.-]+:/i.test(value)

/** The image type from the first bytes, or what the bytes look like instead. */
export function sniff(head: Buffer): { type: ImageType } | { not: string } {
  if (head.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))) return { type: 'image/jpeg' }
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return { type: 'image/png' }
  const ascii = head.toString('latin1')
  if (/^GIF8[79]a/.test(ascii)) return { type: 'image/gif' }
  if (ascii.startsWith('RIFF') && ascii.slice(8, 12) === 'WEBP') return { type: 'image/webp' }
  if (head.length === 0) return { not: 'an empty file' }
  if (ascii.startsWith('%PDF')) return { not: 'a PDF document' }
  if (ascii.startsWith('PK\u0003\u0004')) return { not: 'a ZIP archive' }
  if (/^\s*<svg|^<\?xml/i.test(ascii)) return { not: 'an SVG or XML document (only JPEG, PNG, GIF and WebP are taken)' }
  const text = /^[\t\n\r\x20-\x7e\x80-\xff]*$/.test(ascii) && !head.includes(0)
  return { not: text ? `text (it starts "${ascii.slice(0, 24).replace(/[^\x20-\x7e]/g, ' ')}")` : 'binary data of another kind' }
}

const imageName = (path: string) =>
  basename(path)
    .replace(/[^\w.-]+/g, '_')
    .slice(-100) || 'image'

/** The header read to learn an image's type and size in pixels: a JPEG's frame header follows its EXIF, at most 64 KiB. */
const HEAD_BYTES = 64 * 1024

const TYPE_NAMES: Record<string, string> = { 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/webp': 'WebP', 'image/gif': 'GIF', 'image/bmp': 'BMP', 'image/heic': 'HEIC' }
const mib = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`

/** Why an image breaks its model's documented file rule (type, bytes, pixels, aspect ratio), with EvoLink's sentence; or undefined. */
export function fileRuleProblem(model: string, rule: FileRule, image: { size: number; type: ImageType; pixels?: Dimensions }): string | undefined {
  const said = (about: RegExp, problem: string) => {
    const sentence = rule.prose.find(line => about.test(line))
    return sentence ? `${problem} (EvoLink: "${sentence}")` : problem
  }
  if (rule.types && !rule.types.includes(image.type))
    return said(/format/i, `is a ${TYPE_NAMES[image.type]} image; model ${model} takes ${listOr(rule.types.map(type => TYPE_NAMES[type] ?? type))}`)
  if (rule.maxBytes !== undefined && image.size > rule.maxBytes) return said(/MB/, `is ${mib(image.size)}; model ${model} takes images up to ${mib(rule.maxBytes)}`)
  if (!image.pixels) return undefined
  const { width, height } = image.pixels
  const sides = `${width}×${height} pixels`
  if (rule.minSide !== undefined && Math.min(width, height) < rule.minSide)
    return said(/px|pixel|edge/i, `is ${sides}; model ${model} takes a width and height of at least ${rule.minSide} each`)
  if (rule.maxSide !== undefined && Math.max(width, height) > rule.maxSide)
    return said(/px|pixel/i, `is ${sides}; model ${model} takes a width and height of at most ${rule.maxSide} each`)
  const aspect = width / height
  if ((rule.minRatio !== undefined && aspect < rule.minRatio) || (rule.maxRatio !== undefined && aspect > rule.maxRatio))
    return said(/ratio/i, `is ${sides} (width/height ${aspect.toFixed(2)}); model ${model} takes a width/height from ${rule.minRatio} to ${rule.maxRatio}`)
  return undefined
}

/**
 * Why an image's size differs from what a field selects ("1280x720": exactly that; "16:9": that ratio), or
 * undefined. Only for a model whose file rule ties the two ("must exactly match the selected aspect_ratio").
 */
export function selectedSizeProblem(model: string, rule: FileRule, pixels: Dimensions | undefined, selected: unknown): string | undefined {
  if (!rule.sizeOf || !pixels || typeof selected !== 'string') return undefined
  const { width, height } = pixels
  const exact = /^(\d+)x(\d+)$/.exec(selected)
  const ratio = /^(\d+):(\d+)$/.exec(selected)
  const fits = exact ? width === Number(exact[1]) && height === Number(exact[2]) : ratio ? width * Number(ratio[2]) === height * Number(ratio[1]) : true
  if (fits) return undefined
  const wanted = exact ? `exactly ${exact[1]}×${exact[2]} pixels` : `pixels in the ratio ${selected}`
  const sentence = rule.prose.find(line => line.includes(rule.sizeOf ?? ''))
  return `is ${width}×${height} pixels; model ${model} takes ${wanted} with ${rule.sizeOf} ${selected}${sentence ? ` (EvoLink: "${sentence}")` : ''}`
}

/**
 * Checks a file an image input names; returns it ready to upload, or why it is refused. `rule` is what the
 * model documents for the field's files, checked here because these are bytes the action holds.
 */
export function checkLocalImage(
  raw: string,
  workspace: string,
  maxBytes: number,
  rule?: { model: string; file: FileRule }
): { ok: true; image: LocalImage } | { ok: false; problem: string } {
  const rel = within(workspace, resolve(workspace, raw))
  if (rel === undefined) return { ok: false, problem: `must be an https URL or a file inside the workspace (${workspace}), symlinks included` }
  if (underGit(rel)) return { ok: false, problem: 'must not be inside .git/' }
  const path = resolve(workspace, rel)
  const opened = openRegularFile(path)
  if (!opened.ok) return opened
  const { fd, size } = opened
  try {
    if (size > maxBytes) return { ok: false, problem: `is ${size} bytes, more than max-upload-size (${maxBytes} bytes)` }
    const buffer = Buffer.alloc(Math.min(size, HEAD_BYTES))
    const head = buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0))
    const kind = sniff(head)
    if ('not' in kind) return { ok: false, problem: `must be a JPEG, PNG, GIF or WebP image, but it is ${kind.not}` }
    const image = { raw, path, size, type: kind.type, name: imageName(path), pixels: imageDimensions(head, kind.type) }
    const broken = rule && fileRuleProblem(rule.model, rule.file, image)
    return broken ? { ok: false, problem: broken } : { ok: true, image }
  } finally {
    closeSync(fd)
  }
}

// The shape of the model catalogue (catalog.ts, generated from EvoLink's OpenAPI files by scripts/catalog.ts).

/** One request field, as the model's OpenAPI file describes it. */
export interface FieldSpec {
  type?: 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object'
  enum?: (string | number | boolean)[]
  minimum?: number
  maximum?: number
  minLength?: number
  maxLength?: number
  minItems?: number
  maxItems?: number
  pattern?: string
  items?: FieldSpec
  properties?: Record<string, FieldSpec>
  required?: string[]
  /** The value may be any one of these (an integer range, or the string "auto" …). */
  oneOf?: FieldSpec[]
  /** The sentences of the field's description that added a rule the schema lacks (scripts/prose-rules.ts). */
  prose?: string[]
  /** At most this many keys (an object without listed properties, such as voice_bindings: "Total bindings ≤ 5"). */
  maxProperties?: number
  /** The keys' form, a regular expression ("Keys are of the form `image{N}` or `video{N}`"). */
  keyPattern?: string
  /**
   * What an image file given for this field must be, read from prose ("Image size: up to `10MB`", "Formats:
   * JPG / JPEG / PNG", "width and height >= 300px", "aspect ratio between 1:2.5 and 2.5:1"). The action checks
   * it on repository images, whose bytes it reads; a URL's file only EvoLink sees.
   */
  file?: FileRule
  /** The documented default: the schema's `default`, or "default `x`" in the field's description. */
  default?: string | number | boolean | null | unknown[] | Record<string, unknown>
  /** A URL of media (or a list of them), of this kind, read from the format and the description (scripts/prose/media.ts). */
  media?: MediaKind
  /** An object with free keys: what each value is (voice_bindings: an audio URL per character). */
  values?: FieldSpec
}

/** What a media URL points to; `file` is any other document EvoLink fetches (a reference file, a web page). */
export type MediaKind = 'image' | 'video' | 'audio' | 'file'

export interface FileRule {
  /** At most this many bytes ("10MB" read as 10 MiB, the larger reading: never refuse what EvoLink takes). */
  maxBytes?: number
  /** The image types taken, as MIME types ("image/jpeg", "image/png", "image/webp", "image/gif", "image/bmp", "image/heic"). */
  types?: string[]
  /** Width and height each at least / at most this many pixels. */
  minSide?: number
  maxSide?: number
  /** Width divided by height, at least / at most. */
  minRatio?: number
  maxRatio?: number
  /** The image's size must be what this field selects ("1280x720" exactly, "16:9" as a ratio): "Image pixel dimensions must exactly match the selected aspect_ratio". */
  sizeOf?: string
  /** The sentences read. */
  prose: string[]
}

/**
 * A rule across fields that a description states in prose (scripts/prose-rules.ts), with its sentence. Field
 * names are paths: "image_end", "model_params.file_url". "Given" means present and not empty.
 */
export type ModelRule = { sentence: string } &
  /** `field` given needs one of `others` given: "must be used together with `image_start`", "You cannot provide only `audio_urls`". */
  (
    | { kind: 'needs'; field: string; others: string[] }
    /** At least one of `fields` given: "Provide at least one of `image_start` and `image_end`". */
    | { kind: 'oneNeeded'; fields: string[] }
    /** Not both: "Mutually exclusive with `link_url`", "Cannot be combined with `audio_urls`". */
    | { kind: 'apart'; fields: string[] }
    /**
     * The fields' items add up to at most `max` (a single value counts one), when `when` is given if it is set:
     * "`image_urls` + `video_urls` total ≤ 5", "Element count <= 3 when first frame is provided".
     */
    | { kind: 'totalItems'; fields: string[]; max: number; when?: string }
    /** `field` at most `max` when `other` is given: "when `video_urls` is provided, `duration` is capped at 10 seconds". */
    | { kind: 'capWhen'; field: string; other: string; max: number }
    /** In the modes of `modeField`: "`first_frame` mode: **required**", "`video_continuation` mode: **not allowed**". */
    | { kind: 'byMode'; field: string; modeField: string; required: string[]; forbidden: string[] }
    /** Without `other` (text-to-video), only `values`: a description split into a text-to-video and an image-to-video mode. */
    | { kind: 'valuesWithout'; field: string; other: string; values: string[] }
    /** With `other` given, only `values`: "When using `element_list`, only `video` is supported". */
    | { kind: 'valuesWith'; field: string; other: string; values: string[] }
    /** Required while other fields hold these values: "**required** when `multi_shot=true` and `shot_type=customize`". */
    | { kind: 'requiredWhen'; field: string; when: Record<string, string | number | boolean> }
    /** A required field that may be empty while other fields hold these values: "Can be empty when `multi_shot=true` and `shot_type=customize`". */
    | { kind: 'emptyWhen'; field: string; when: Record<string, string | number | boolean> }
    /**
     * While `field` is `value`, `other` holds at most / at least so many items, or only `values`: "- `REFERENCE`:
     * Reference image, max 3 images, duration fixed at 8s", "Sending `1080p` together with 2 or more images is rejected".
     */
    | { kind: 'whenValue'; field: string; value: string; other: string; maxItems?: number; minItems?: number; values?: (string | number)[] }
    /** `field`'s values allowed with each value of `other`: "- `480p`: Supports `16:9`, `9:16`, `1:1`" under aspect_ratio. */
    | { kind: 'valuesBy'; field: string; other: string; allowed: Record<string, (string | number | boolean)[]> }
    /** Required when `other` is empty: "Required for T2V" where "0 images = T2V" (the other field). */
    | { kind: 'requiredWithout'; field: string; other: string }
    /** While `when` holds, the `item` of each entry of the list `list` adds up to `field`: the shots' durations to the video's. */
    | { kind: 'sumEquals'; list: string; item: string; field: string; when: Record<string, string | number | boolean> }
  )

/** One video model: the fields of its POST /v1/videos/generations body and where they were read. */
export interface ModelSpec {
  model: string
  /** The OpenAPI file, relative to the folder the catalogue was built from. */
  source: string
  /** Date of the documentation the file comes from. */
  date: string
  /** Required fields besides `model`. */
  required: string[]
  fields: Record<string, FieldSpec>
  /** Rules across fields read from the descriptions. */
  rules?: ModelRule[]
}

export type Catalog = ModelSpec[]

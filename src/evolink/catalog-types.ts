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
  /** Required only when another field is empty: "Required for T2V" where "0 images = T2V" (the other field). */
  requiredWithout?: { field: string; sentence: string }
  /** Values allowed only with some value of another field ("`480p`: Supports `16:9`, `9:16`, `1:1`"). */
  byField?: { field: string; allowed: Record<string, (string | number | boolean)[]>; sentence: string }
  /** The documented default: the schema's `default`, or "default `x`" in the field's description. */
  default?: string | number | boolean | null | unknown[] | Record<string, unknown>
}

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
}

export type Catalog = ModelSpec[]

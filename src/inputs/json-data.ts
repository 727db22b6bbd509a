// JSON inputs (params, model-params) are plain data: keys that would reach an object's prototype when
// copied or looked up (__proto__, constructor, prototype) are refused wherever they occur.

const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** The parsed value, or why the text is refused ("it is not valid JSON: …", "it has the key \"__proto__\" …"). */
export function parseJsonData(raw: string): { value: unknown } | { problem: string } {
  let forbidden: string | undefined
  let value: unknown
  try {
    value = JSON.parse(raw, (key, item: unknown) => {
      if (PROTOTYPE_KEYS.has(key)) forbidden ??= key
      return item
    })
  } catch (error) {
    return { problem: `it is not valid JSON: ${(error as Error).message}` }
  }
  return forbidden === undefined ? { value } : { problem: `it has the key "${forbidden}", which is refused at any depth (__proto__, constructor and prototype are not data)` }
}

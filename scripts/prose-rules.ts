// Rules EvoLink writes only in prose, read systematically (docs/models.md): one module per kind of rule, one
// parser per shape of sentence, each rule keeping the sentence it came from. The catalogue test lists every
// sentence that names values and that no rule, no restatement of the schema and no reason explains
// (test/unit/catalog-unread.txt), so a new shape is seen.
export { mentionsValues, sentences } from './prose/sentences.js'
export { marksTextToVideo, modeSectionValues, perValueBullets, proseRules, requiredForTextToVideo, type ProseRule } from './prose/field-rules.js'
export { crossFieldRules, namedFields, ruleFields } from './prose/cross-field-rules.js'
export { fileRules } from './prose/file-rules.js'
export { mapValuesMedia, mediaOf } from './prose/media.js'
export { noRuleReason, restatesSchema } from './prose/no-rule.js'

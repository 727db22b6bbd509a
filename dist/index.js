import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X0: () => (/* binding */ NotSubmitted),
/* harmony export */   dR: () => (/* binding */ ActionFailure),
/* harmony export */   dz: () => (/* binding */ InputError)
/* harmony export */ });
// Error types the orchestration tells apart. Messages are written for the person reading the log.
/** One or more inputs are invalid; nothing was sent. */
class InputError extends Error {
    problems;
    constructor(problems) {
        super(problems.length === 1 ? problems[0] : `${problems.length} inputs are invalid:\n- ${problems.join('\n- ')}`);
        this.problems = problems;
        this.name = 'InputError';
    }
}
/** The step cannot go on; `code` and `details` end up in the outputs and the summary. */
class ActionFailure extends Error {
    code;
    constructor(message, code) {
        super(message);
        this.code = code;
        this.name = 'ActionFailure';
    }
}
/** A video the step chose not to submit (its upstream made no video): it ends `skipped` with `code`. */
class NotSubmitted extends Error {
    code;
    constructor(message, code) {
        super(message);
        this.code = code;
        this.name = 'NotSubmitted';
    }
}


/***/ }),

/***/ 5929:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   En: () => (/* binding */ allowedText),
/* harmony export */   QD: () => (/* binding */ listOr),
/* harmony export */   Su: () => (/* binding */ checkValue),
/* harmony export */   ZI: () => (/* binding */ fieldSpecAt),
/* harmony export */   ZV: () => (/* binding */ own),
/* harmony export */   r3: () => (/* binding */ fieldPaths)
/* harmony export */ });
/** A record's own entry: never one inherited from Object.prototype ("constructor", "toString" …). */
function own(record, key) {
    return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
/** Field paths of a model, top level and one level into objects ("model_params.multi_shot"). */
function fieldPaths(fields) {
    return Object.entries(fields).flatMap(([name, spec]) => [name, ...Object.keys(spec.properties ?? {}).map(key => `${name}.${key}`)]);
}
/** The field at a path ("duration", "model_params.file_url"). */
function fieldSpecAt(fields, path) {
    const [top, inner] = path.split('.');
    const spec = own(fields, top);
    return inner === undefined ? spec : own(spec?.properties, inner);
}
/** "4, 6 or 8"; "16:9, 9:16 or 1:1". */
function listOr(values) {
    const items = values.map(v => String(v));
    return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
/** What a field allows, in words: "4, 6 or 8", "a whole number from 3 to 15", "text of at most 2500 characters". */
function allowedText(spec) {
    if (spec.oneOf)
        return spec.oneOf.map(allowedText).join(', or ');
    if (spec.enum)
        return listOr(spec.enum);
    const range = spec.minimum !== undefined && spec.maximum !== undefined
        ? ` from ${spec.minimum} to ${spec.maximum}`
        : spec.minimum !== undefined
            ? ` of at least ${spec.minimum}`
            : spec.maximum !== undefined
                ? ` of at most ${spec.maximum}`
                : '';
    switch (spec.type) {
        case 'integer':
            return `a whole number${range}`;
        case 'number':
            return `a number${range}`;
        case 'boolean':
            return 'true or false';
        case 'string':
            return spec.maxLength !== undefined ? `text of at most ${spec.maxLength} characters` : 'text';
        case 'array': {
            const count = spec.minItems !== undefined && spec.maxItems !== undefined
                ? spec.minItems === spec.maxItems
                    ? `exactly ${spec.maxItems}`
                    : `${spec.minItems} to ${spec.maxItems}`
                : spec.maxItems !== undefined
                    ? `at most ${spec.maxItems}`
                    : spec.minItems !== undefined
                        ? `at least ${spec.minItems}`
                        : 'any number of';
            return `a list of ${count} item${spec.maxItems === 1 ? '' : 's'}`;
        }
        case 'object':
            return spec.properties ? `an object with the keys ${Object.keys(spec.properties).join(', ')}` : 'an object';
        default:
            return 'a value';
    }
}
const typeOk = (spec, value) => {
    switch (spec.type) {
        case 'string':
            return typeof value === 'string';
        case 'integer':
            return typeof value === 'number' && Number.isInteger(value);
        case 'number':
            return typeof value === 'number' && Number.isFinite(value);
        case 'boolean':
            return typeof value === 'boolean';
        case 'array':
            return Array.isArray(value);
        case 'object':
            return typeof value === 'object' && value !== null && !Array.isArray(value);
        default:
            return true;
    }
};
/**
 * Why `value` does not fit `spec`, or undefined when it does. `path` names the value in the message
 * (model_params.multi_prompt[1].duration). Objects with listed properties refuse unknown keys, so a
 * typo costs nothing.
 */
function checkValue(spec, value, path) {
    const must = `${path} must be ${allowedText(spec)}`;
    if (spec.oneOf)
        return spec.oneOf.some(alternative => checkValue(alternative, value, path) === undefined) ? undefined : must;
    if (!typeOk(spec, value))
        return must;
    if (spec.enum && !spec.enum.some(option => option === value))
        return must;
    if (typeof value === 'number' && ((spec.minimum !== undefined && value < spec.minimum) || (spec.maximum !== undefined && value > spec.maximum)))
        return must;
    if (typeof value === 'string') {
        const length = Array.from(value).length;
        if (spec.maxLength !== undefined && length > spec.maxLength)
            return `${path} must be at most ${spec.maxLength} characters (it has ${length})`;
        if (spec.minLength !== undefined && length < spec.minLength)
            return `${path} must be at least ${spec.minLength} characters`;
    }
    if (Array.isArray(value)) {
        if ((spec.maxItems !== undefined && value.length > spec.maxItems) || (spec.minItems !== undefined && value.length < spec.minItems)) {
            return `${path} must be ${allowedText(spec)} (it has ${value.length})`;
        }
        if (spec.items) {
            for (const [i, item] of value.entries()) {
                const problem = checkValue(spec.items, item, `${path}[${i}]`);
                if (problem)
                    return problem;
            }
        }
    }
    if (!spec.properties && typeOk({ type: 'object' }, value)) {
        const keys = Object.keys(value);
        if (spec.maxProperties !== undefined && keys.length > spec.maxProperties)
            return `${path} has ${keys.length} keys: at most ${spec.maxProperties}`;
        const pattern = spec.keyPattern === undefined ? undefined : new RegExp(spec.keyPattern);
        const odd = pattern ? keys.find(key => !pattern.test(key)) : undefined;
        // The catalogue writes key forms as ^(?:image|video)[1-9][0-9]*$ (scripts/prose-rules.ts, 'key form').
        const words = /^\^\(\?:([\w|]+)\)/.exec(spec.keyPattern ?? '')?.[1]?.split('|');
        if (pattern && odd !== undefined)
            return `${path} has the key ${JSON.stringify(odd)}: keys must be ${words ? `${listOr(words)} followed by 1, 2, 3 … (no leading zero)` : `of the form ${spec.keyPattern}`}`;
    }
    if (spec.properties && typeOk({ type: 'object' }, value)) {
        const object = value;
        const unknown = Object.keys(object).filter(key => own(spec.properties, key) === undefined);
        if (unknown.length > 0)
            return `${path} has ${unknown.map(k => `"${k}"`).join(', ')}, which this model does not take (it takes ${Object.keys(spec.properties).join(', ')})`;
        for (const key of spec.required ?? [])
            if (own(object, key) === undefined)
                return `${path}.${key} is required`;
        for (const [key, item] of Object.entries(object)) {
            const problem = checkValue(own(spec.properties, key), item, `${path}.${key}`);
            if (problem)
                return problem;
        }
    }
    return undefined;
}


/***/ }),

/***/ 9120:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ TASK_ID_PATTERN),
/* harmony export */   n: () => (/* binding */ MAX_CALLBACK_URL_CHARS)
/* harmony export */ });
// Constants of EvoLink's API (docs/evolink-api.md) that do not depend on the model; what each model accepts
// is in the catalogue (catalog.ts, models.ts).
const MAX_CALLBACK_URL_CHARS = 2048;
const TASK_ID_PATTERN = /^task-unified-[A-Za-z0-9_-]+$/;


/***/ }),

/***/ 5765:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ApiError: () => (/* binding */ ApiError),
/* harmony export */   MalformedReplyError: () => (/* binding */ MalformedReplyError)
/* harmony export */ });
/* harmony import */ var _net_retry_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7893);
// Errors of the EvoLink API itself, as opposed to the network (http.ts).

/** The API answered with an HTTP error. */
class ApiError extends Error {
    status;
    code;
    apiMessage;
    retryAfterMs;
    constructor(status, code, apiMessage, retryAfterMs) {
        super(`HTTP ${status}${code ? ` ${code}` : ''}: ${apiMessage}`);
        this.status = status;
        this.code = code;
        this.apiMessage = apiMessage;
        this.retryAfterMs = retryAfterMs;
        this.name = 'ApiError';
    }
}
/** A 2xx reply that is not the JSON task the API documents (a proxy's HTML page, a cut-off body…). */
class MalformedReplyError extends _net_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .BadReplyError */ .o4 {
    constructor(message) {
        super(message);
        this.name = 'MalformedReplyError';
    }
}


/***/ }),

/***/ 1439:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HB: () => (/* binding */ unreachable),
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   cU: () => (/* binding */ explainApiError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5765);
/* harmony import */ var _net_http_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9663);
// Turns failures into sentences a workflow author can act on.


/** A short label for logs and error-budget summaries: "HTTP 503 service_unavailable", "ECONNRESET". */
function describeFailure(error) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__.ApiError)
        return `HTTP ${error.status}${error.code ? ` ${error.code}` : ''}`;
    if (error instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_1__/* .TransportError */ .wX)
        return error.reason === 'timeout' ? 'request timeout' : error.reason;
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__.MalformedReplyError)
        return 'malformed reply';
    return error instanceof Error ? error.name : String(error);
}
/** What to do about an HTTP error from the API, beyond what the API said. */
function adviceFor(error, context) {
    switch (error.status) {
        case 401:
            return 'Check the secret you pass as api-key: EvoLink does not know this key, or it was revoked.';
        case 402:
            return 'The EvoLink account is out of credits. Top it up in the EvoLink dashboard, then re-run.';
        case 403:
            return error.code === 'model_access_denied'
                ? `This API key may not use the model ${context.model ?? ''}. Enable the model for the key or pick another model.`
                : 'This API key may not access this resource (a task created with another key?).';
        case 404:
            return context.taskId ? 'The id is wrong, belongs to another key, or the task record has expired.' : 'The API endpoint was not found: check base-url.';
        case 400:
            return 'EvoLink refused the request as invalid; fix the inputs named in the message.';
        case 429:
            return 'EvoLink kept rate-limiting the requests; try again later or run fewer generations at once.';
        default:
            return error.status >= 500 ? 'EvoLink had a server error.' : '';
    }
}
function explainApiError(error, context) {
    const advice = adviceFor(error, context);
    return `EvoLink answered ${error.message}.${advice ? ` ${advice}` : ''}`;
}
/** What a DNS failure or a refused connection means to the person reading the log. */
function unreachable(error) {
    const reason = error instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_1__/* .TransportError */ .wX ? error.reason : '';
    const what = /^(ENOTFOUND|EAI_AGAIN)$/.test(reason) ? "base-url's host name did not resolve" : 'the connection was refused or the host unreachable';
    return `EvoLink's API could not be reached (${what}): check base-url, the runner's network, and the proxy settings (HTTPS_PROXY, NO_PROXY)`;
}


/***/ }),

/***/ 3003:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  MODEL_NAMES: () => (/* binding */ MODEL_NAMES),
  NOT_VIDEO_MODELS: () => (/* binding */ NOT_VIDEO_MODELS),
  brokenRules: () => (/* binding */ brokenRules),
  checkBody: () => (/* binding */ checkBody),
  editDistance: () => (/* binding */ editDistance),
  fieldSpec: () => (/* binding */ fieldSpec),
  findModel: () => (/* binding */ findModel),
  missingRequired: () => (/* binding */ missingRequired),
  similarModels: () => (/* binding */ similarModels)
});

;// CONCATENATED MODULE: ./src/evolink/catalog.ts
// JSON text parsed at load: V8 reads a string and JSON.parse much faster than an object literal this size,
// and the catalogue is loaded before every submission (docs/performance.md, start-up).
const CATALOG = JSON.parse(String.raw `[
 {
  "model": "MiniMax-Hailuo-02",
  "source": "hailuo/hailuo-02-video-generate.json",
  "date": "2026-08-21",
  "required": [],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 2000,
    "requiredWithout": {
     "field": "image_urls",
     "sentence": "Required for T2V, optional for I2V/FLF"
    }
   },
   "image_urls": {
    "type": "array",
    "maxItems": 2,
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Image size: max 20MB",
      "Formats: JPG, JPEG, PNG, WebP",
      "Aspect ratio: 2:5 to 5:2",
      "Short edge > 300px"
     ],
     "maxBytes": 20971520,
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ],
     "minRatio": 0.4,
     "maxRatio": 2.5,
     "minSide": 301
    }
   },
   "quality": {
    "type": "string",
    "enum": [
     "512p",
     "768p",
     "1080p"
    ],
    "default": "768p"
   },
   "duration": {
    "type": "integer",
    "enum": [
     6,
     10
    ],
    "default": 6
   },
   "model_params": {
    "type": "object",
    "properties": {
     "prompt_optimizer": {
      "type": "boolean",
      "default": true
     },
     "fast_pretreatment": {
      "type": "boolean",
      "default": false
     }
    }
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "MiniMax-Hailuo-2.3",
  "source": "hailuo/hailuo-2-3-video-generate.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 2000,
    "requiredWithout": {
     "field": "image_urls",
     "sentence": "Required for T2V, optional for I2V"
    }
   },
   "image_urls": {
    "type": "array",
    "maxItems": 1,
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Image size: max 20MB",
      "Formats: JPG, JPEG, PNG, WebP",
      "Aspect ratio: 2:5 to 5:2",
      "Short edge > 300px"
     ],
     "maxBytes": 20971520,
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ],
     "minRatio": 0.4,
     "maxRatio": 2.5,
     "minSide": 301
    }
   },
   "quality": {
    "type": "string",
    "enum": [
     "768p",
     "1080p"
    ],
    "default": "768p"
   },
   "duration": {
    "type": "integer",
    "enum": [
     6,
     10
    ],
    "default": 6
   },
   "model_params": {
    "type": "object",
    "properties": {
     "prompt_optimizer": {
      "type": "boolean",
      "default": true
     },
     "fast_pretreatment": {
      "type": "boolean",
      "default": false
     }
    }
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "MiniMax-Hailuo-2.3-Fast",
  "source": "hailuo/hailuo-2-3-fast-video-generate.json",
  "date": "2026-08-21",
  "required": [
   "image_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 2000
   },
   "image_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 1,
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Image size: max 20MB",
      "Formats: JPG, JPEG, PNG, WebP",
      "Aspect ratio: 2:5 to 5:2",
      "Short edge > 300px"
     ],
     "maxBytes": 20971520,
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ],
     "minRatio": 0.4,
     "maxRatio": 2.5,
     "minSide": 301
    }
   },
   "quality": {
    "type": "string",
    "enum": [
     "768p",
     "1080p"
    ],
    "default": "768p"
   },
   "duration": {
    "type": "integer",
    "enum": [
     6,
     10
    ],
    "default": 6
   },
   "model_params": {
    "type": "object",
    "properties": {
     "prompt_optimizer": {
      "type": "boolean",
      "default": true
     }
    }
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "doubao-seedance-1.0-pro-fast",
  "source": "seedance1.0/seedance-1.0-pro-fast-video-generate.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 2000
   },
   "duration": {
    "type": "integer",
    "minimum": 2,
    "maximum": 12,
    "default": 5
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p",
     "1080p"
    ],
    "default": "1080p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4",
     "21:9",
     "keep_ratio",
     "adaptive"
    ]
   },
   "image_urls": {
    "type": "array",
    "maxItems": 1,
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Image size: Not exceeding '10MB'",
      "Supported file formats: '.jpg', '.jpeg', '.png', '.webp'"
     ],
     "maxBytes": 10485760,
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ]
    }
   },
   "callback_url": {
    "type": "string"
   }
  },
  "rules": [
   {
    "kind": "valuesWithout",
    "field": "aspect_ratio",
    "other": "image_urls",
    "values": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4",
     "21:9"
    ],
    "sentence": "Text-to-video Supported values: '16:9' (landscape), '9:16' (portrait), '1:1' (square), '4:3', '3:4', '21:9' (ultra-wide) / Supported values: In addition to the above 6 ratios, also supports 'keep_ratio' (keep original aspect ratio) and 'adaptive' (adaptive)"
   }
  ]
 },
 {
  "model": "gemini-omni-flash-image-to-video",
  "source": "gemini-omni-flash/gemini-omni-flash-image-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "image_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 1,
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Format requirements: 'png', 'jpeg', 'webp' are supported"
     ],
     "types": [
      "image/png",
      "image/jpeg",
      "image/webp"
     ]
    }
   },
   "duration": {
    "oneOf": [
     {
      "type": "integer",
      "minimum": 3,
      "maximum": 10
     },
     {
      "type": "string",
      "enum": [
       "auto"
      ]
     }
    ],
    "default": 10
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "auto"
    ],
    "default": "16:9"
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "gemini-omni-flash-reference-to-video",
  "source": "gemini-omni-flash/gemini-omni-flash-reference-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "image_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 6,
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Format requirements: 'png', 'jpeg', 'webp' are supported"
     ],
     "types": [
      "image/png",
      "image/jpeg",
      "image/webp"
     ]
    }
   },
   "duration": {
    "oneOf": [
     {
      "type": "integer",
      "minimum": 3,
      "maximum": 10
     },
     {
      "type": "string",
      "enum": [
       "auto"
      ]
     }
    ],
    "default": 10
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "auto"
    ],
    "default": "16:9"
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "gemini-omni-flash-text-to-video",
  "source": "gemini-omni-flash/gemini-omni-flash-text-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "duration": {
    "oneOf": [
     {
      "type": "integer",
      "minimum": 3,
      "maximum": 10
     },
     {
      "type": "string",
      "enum": [
       "auto"
      ]
     }
    ],
    "default": 10
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "auto"
    ],
    "default": "16:9"
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "gemini-omni-flash-video-edit",
  "source": "gemini-omni-flash/gemini-omni-flash-video-edit.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "video_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 1,
    "items": {
     "type": "string"
    }
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "grok-imagine-image-to-video-beta",
  "source": "grok/grok-imagine-image-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt",
   "image_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "image_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 7,
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Image size: max '10MB'",
      "Supported formats: JPEG, PNG, WebP"
     ],
     "maxBytes": 10485760,
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ]
    }
   },
   "duration": {
    "type": "integer",
    "minimum": 6,
    "maximum": 30,
    "default": 6
   },
   "mode": {
    "type": "string",
    "enum": [
     "fun",
     "normal",
     "spicy"
    ],
    "default": "normal"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "3:2",
     "2:3"
    ],
    "default": "16:9"
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p"
    ],
    "default": "480p"
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "grok-imagine-text-to-video-beta",
  "source": "grok/grok-imagine-text-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "duration": {
    "type": "integer",
    "minimum": 6,
    "maximum": 30,
    "default": 6
   },
   "mode": {
    "type": "string",
    "enum": [
     "fun",
     "normal",
     "spicy"
    ],
    "default": "normal"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "3:2",
     "2:3"
    ],
    "default": "16:9"
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p"
    ],
    "default": "480p"
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "grok-imagine-video-1.0-i2v",
  "source": "grok/grok-imagine-video-1.0-i2v.json",
  "date": "2026-08-21",
  "required": [
   "prompt",
   "image_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "image_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 7,
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Image size: max '10MB' per image",
      "Supported formats: JPEG, PNG, WebP"
     ],
     "maxBytes": 10485760,
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ]
    }
   },
   "duration": {
    "type": "integer",
    "minimum": 1,
    "maximum": 15,
    "default": 6
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "3:2",
     "2:3",
     "4:3",
     "3:4"
    ],
    "default": "16:9"
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p"
    ],
    "default": "480p"
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "grok-imagine-video-1.0-t2v",
  "source": "grok/grok-imagine-video-1.0-t2v.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "duration": {
    "type": "integer",
    "minimum": 1,
    "maximum": 15,
    "default": 6
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "3:2",
     "2:3",
     "4:3",
     "3:4"
    ],
    "default": "16:9"
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p"
    ],
    "default": "480p"
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "grok-imagine-video-1.5-preview",
  "source": "grok/grok-imagine-video-1.5-preview.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 4096,
    "prose": [
     "**Length limit:** Up to '4096' characters"
    ]
   },
   "image_urls": {
    "type": "array",
    "minItems": 0,
    "maxItems": 7,
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Image size: max '10MB' each",
      "Supported formats: JPEG, PNG, WebP"
     ],
     "maxBytes": 10485760,
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ]
    }
   },
   "duration": {
    "type": "integer",
    "minimum": 1,
    "maximum": 15,
    "default": 6
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p",
     "1080p"
    ],
    "default": "480p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "auto",
     "16:9",
     "9:16",
     "1:1",
     "3:2",
     "2:3"
    ],
    "default": "auto"
   },
   "callback_url": {
    "type": "string"
   }
  },
  "rules": [
   {
    "kind": "whenValue",
    "field": "quality",
    "value": "1080p",
    "other": "image_urls",
    "maxItems": 1,
    "sentence": "Reference-to-video (2-7 images) supports up to '720p'. Sending '1080p' together with 2 or more images is rejected."
   }
  ]
 },
 {
  "model": "happyhorse-1.0-image-to-video",
  "source": "happyhorse1.0/happyhorse-1.0-image-to-video.json",
  "date": "2026-08-21",
  "required": [
   "image_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "image_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 1,
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Supported formats: JPEG, JPG, PNG, WEBP",
      "Resolution: width and height ≥ '300' px",
      "Aspect ratio: '1:2.5' ~ '2.5:1'",
      "File size: ≤ '10MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ],
     "minSide": 300,
     "minRatio": 0.4,
     "maxRatio": 2.5,
     "maxBytes": 10485760
    }
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "duration": {
    "type": "integer",
    "minimum": 3,
    "maximum": 15,
    "default": 5
   },
   "seed": {
    "type": "integer",
    "minimum": 1,
    "maximum": 2147483647
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "happyhorse-1.0-reference-to-video",
  "source": "happyhorse1.0/happyhorse-1.0-reference-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt",
   "image_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "image_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 9,
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Supported formats: JPEG, JPG, PNG, WEBP",
      "File size: ≤ '10MB' per image"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ],
     "maxBytes": 10485760
    }
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4",
     "4:5",
     "5:4",
     "9:21",
     "21:9"
    ],
    "default": "16:9"
   },
   "duration": {
    "type": "integer",
    "minimum": 3,
    "maximum": 15,
    "default": 5
   },
   "seed": {
    "type": "integer",
    "minimum": 1,
    "maximum": 2147483647
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "happyhorse-1.0-text-to-video",
  "source": "happyhorse1.0/happyhorse-1.0-text-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4",
     "4:5",
     "5:4",
     "9:21",
     "21:9"
    ],
    "default": "16:9"
   },
   "duration": {
    "type": "integer",
    "minimum": 3,
    "maximum": 15,
    "default": 5
   },
   "seed": {
    "type": "integer",
    "minimum": 1,
    "maximum": 2147483647
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "happyhorse-1.0-video-edit",
  "source": "happyhorse1.0/happyhorse-1.0-video-edit.json",
  "date": "2026-08-21",
  "required": [
   "prompt",
   "video_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "video_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 1,
    "items": {
     "type": "string"
    }
   },
   "image_urls": {
    "type": "array",
    "maxItems": 5,
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Supported formats: JPEG, JPG, PNG, WEBP",
      "Resolution: width and height ≥ '300' px",
      "Aspect ratio: '1:2.5' ~ '2.5:1'",
      "File size: ≤ '10MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ],
     "minSide": 300,
     "minRatio": 0.4,
     "maxRatio": 2.5,
     "maxBytes": 10485760
    }
   },
   "keep_original_sound": {
    "type": "boolean",
    "default": false
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "seed": {
    "type": "integer",
    "minimum": 1,
    "maximum": 2147483647
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "happyhorse-1.1-image-to-video",
  "source": "happyhorse1.1/happyhorse-1.1-image-to-video.json",
  "date": "2026-08-21",
  "required": [
   "image_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "image_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 1,
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Supported formats: JPEG, JPG, PNG, WEBP",
      "Resolution: width and height ≥ '300' px",
      "Aspect ratio: '1:2.5' ~ '2.5:1'",
      "File size: ≤ '10MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ],
     "minSide": 300,
     "minRatio": 0.4,
     "maxRatio": 2.5,
     "maxBytes": 10485760
    }
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "duration": {
    "type": "integer",
    "minimum": 3,
    "maximum": 15,
    "default": 5
   },
   "seed": {
    "type": "integer",
    "minimum": 1,
    "maximum": 2147483647
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "happyhorse-1.1-reference-to-video",
  "source": "happyhorse1.1/happyhorse-1.1-reference-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt",
   "image_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "image_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 9,
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Supported formats: JPEG, JPG, PNG, WEBP",
      "File size: ≤ '10MB' per image"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ],
     "maxBytes": 10485760
    }
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4",
     "4:5",
     "5:4",
     "9:21",
     "21:9"
    ],
    "default": "16:9"
   },
   "duration": {
    "type": "integer",
    "minimum": 3,
    "maximum": 15,
    "default": 5
   },
   "seed": {
    "type": "integer",
    "minimum": 1,
    "maximum": 2147483647
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "happyhorse-1.1-text-to-video",
  "source": "happyhorse1.1/happyhorse-1.1-text-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4",
     "4:5",
     "5:4",
     "9:21",
     "21:9"
    ],
    "default": "16:9"
   },
   "duration": {
    "type": "integer",
    "minimum": 3,
    "maximum": 15,
    "default": 5
   },
   "seed": {
    "type": "integer",
    "minimum": 1,
    "maximum": 2147483647
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "kling-o1-image-to-video",
  "source": "kling/kling-o1-image-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt",
   "image_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 5000
   },
   "image_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 2,
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Image size: up to '10MB'",
      "Supported formats: '.jpg', '.jpeg', '.png', '.webp'"
     ],
     "maxBytes": 10485760,
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ]
    }
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1"
    ]
   },
   "duration": {
    "type": "integer",
    "enum": [
     5,
     10
    ],
    "default": 5
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "kling-o1-video-edit",
  "source": "kling/kling-o1-video-edit.json",
  "date": "2026-08-21",
  "required": [
   "prompt",
   "video_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 5000
   },
   "video_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 1,
    "items": {
     "type": "string"
    }
   },
   "image_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 4,
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Image size: up to '10MB'",
      "Supported formats: '.jpg', '.jpeg', '.png', '.webp'"
     ],
     "maxBytes": 10485760,
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ]
    }
   },
   "keep_original_sound": {
    "type": "boolean"
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "kling-o1-video-edit-fast",
  "source": "kling/kling-o1-video-edit-fast.json",
  "date": "2026-08-21",
  "required": [
   "prompt",
   "video_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 5000
   },
   "video_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 1,
    "items": {
     "type": "string"
    }
   },
   "image_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 4,
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Image size: up to '10MB'",
      "Supported formats: '.jpg', '.jpeg', '.png', '.webp'"
     ],
     "maxBytes": 10485760,
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ]
    }
   },
   "keep_original_sound": {
    "type": "boolean"
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "kling-o3-image-to-video",
  "source": "kling/kling-o3-image-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 2500
   },
   "image_start": {
    "type": "string",
    "file": {
     "prose": [
      "Format: JPG / JPEG / PNG",
      "Size: <= 10MB",
      "Dimensions: width and height >= 300px, aspect ratio between 1:2.5 and 2.5:1"
     ],
     "types": [
      "image/jpeg",
      "image/png"
     ],
     "maxBytes": 10485760,
     "minSide": 300,
     "minRatio": 0.4,
     "maxRatio": 2.5
    }
   },
   "image_end": {
    "type": "string"
   },
   "image_urls": {
    "type": "array",
    "items": {
     "type": "string"
    }
   },
   "duration": {
    "type": "integer",
    "minimum": 3,
    "maximum": 15,
    "default": 5
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1"
    ]
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p",
     "4k"
    ]
   },
   "sound": {
    "type": "string",
    "enum": [
     "on",
     "off"
    ],
    "default": "off"
   },
   "model_params": {
    "type": "object",
    "properties": {
     "multi_shot": {
      "type": "boolean"
     },
     "shot_type": {
      "type": "string",
      "enum": [
       "customize"
      ]
     },
     "multi_prompt": {
      "type": "array"
     },
     "element_list": {
      "type": "array",
      "items": {
       "type": "object",
       "properties": {
        "element_id": {
         "type": "string"
        }
       }
      }
     },
     "watermark_info": {
      "type": "object",
      "properties": {
       "enabled": {
        "type": "boolean"
       }
      }
     }
    }
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "kling-o3-reference-to-video",
  "source": "kling/kling-o3-reference-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 2500
   },
   "video_url": {
    "type": "string"
   },
   "keep_original_sound": {
    "type": "boolean",
    "default": true
   },
   "image_urls": {
    "type": "array",
    "items": {
     "type": "string"
    }
   },
   "duration": {
    "type": "integer",
    "minimum": 3,
    "maximum": 10,
    "default": 5
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1"
    ]
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "model_params": {
    "type": "object",
    "properties": {
     "element_list": {
      "type": "array",
      "items": {
       "type": "object",
       "properties": {
        "element_id": {
         "type": "string"
        }
       }
      }
     },
     "watermark_info": {
      "type": "object",
      "properties": {
       "enabled": {
        "type": "boolean"
       }
      }
     }
    }
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "kling-o3-text-to-video",
  "source": "kling/kling-o3-text-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 2500
   },
   "duration": {
    "type": "integer",
    "minimum": 3,
    "maximum": 15,
    "default": 5
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1"
    ],
    "default": "16:9"
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p",
     "4k"
    ],
    "default": "720p"
   },
   "sound": {
    "type": "string",
    "enum": [
     "on",
     "off"
    ],
    "default": "off"
   },
   "model_params": {
    "type": "object",
    "properties": {
     "multi_shot": {
      "type": "boolean",
      "default": false
     },
     "shot_type": {
      "type": "string",
      "enum": [
       "customize"
      ]
     },
     "multi_prompt": {
      "type": "array",
      "maxItems": 6,
      "items": {
       "type": "object",
       "properties": {
        "index": {
         "type": "integer"
        },
        "prompt": {
         "type": "string"
        },
        "duration": {
         "type": "string"
        }
       },
       "required": [
        "index",
        "prompt",
        "duration"
       ]
      }
     },
     "element_list": {
      "type": "array",
      "maxItems": 7,
      "items": {
       "type": "object",
       "properties": {
        "element_id": {
         "type": "string"
        }
       },
       "required": [
        "element_id"
       ]
      }
     },
     "watermark_info": {
      "type": "object",
      "properties": {
       "enabled": {
        "type": "boolean"
       }
      }
     }
    }
   },
   "callback_url": {
    "type": "string"
   }
  },
  "rules": [
   {
    "kind": "requiredWhen",
    "field": "model_params.shot_type",
    "when": {
     "model_params.multi_shot": true
    },
    "sentence": "Required when 'multi_shot=true'"
   },
   {
    "kind": "requiredWhen",
    "field": "model_params.multi_prompt",
    "when": {
     "model_params.multi_shot": true,
     "model_params.shot_type": "customize"
    },
    "sentence": "Required when 'multi_shot=true' and 'shot_type=customize'"
   }
  ]
 },
 {
  "model": "kling-o3-video-edit",
  "source": "kling/kling-o3-video-edit.json",
  "date": "2026-08-21",
  "required": [],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 2500
   },
   "video_url": {
    "type": "string"
   },
   "keep_original_sound": {
    "type": "boolean",
    "default": true
   },
   "image_urls": {
    "type": "array",
    "items": {
     "type": "string"
    }
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "model_params": {
    "type": "object",
    "properties": {
     "element_list": {
      "type": "array",
      "items": {
       "type": "object",
       "properties": {
        "element_id": {
         "type": "string"
        }
       }
      }
     },
     "watermark_info": {
      "type": "object",
      "properties": {
       "enabled": {
        "type": "boolean"
       }
      }
     }
    }
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "kling-v3-image-to-video",
  "source": "kling/kling-v3-image-to-video.json",
  "date": "2026-08-21",
  "required": [
   "image_start"
  ],
  "fields": {
   "image_start": {
    "type": "string",
    "file": {
     "prose": [
      "Image size: up to '10MB'",
      "Supported formats: '.jpg', '.jpeg', '.png'",
      "Image dimensions: width and height >= '300px', aspect ratio between '1:2.5' and '2.5:1'"
     ],
     "maxBytes": 10485760,
     "types": [
      "image/jpeg",
      "image/png"
     ],
     "minSide": 300,
     "minRatio": 0.4,
     "maxRatio": 2.5
    }
   },
   "image_end": {
    "type": "string",
    "file": {
     "prose": [
      "Supported formats: '.jpg', '.jpeg', '.png'",
      "Image size: up to '10MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png"
     ],
     "maxBytes": 10485760
    }
   },
   "prompt": {
    "type": "string",
    "maxLength": 2500
   },
   "negative_prompt": {
    "type": "string"
   },
   "duration": {
    "type": "integer",
    "minimum": 3,
    "maximum": 15,
    "default": 5
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p",
     "4k"
    ],
    "default": "720p"
   },
   "sound": {
    "type": "string",
    "enum": [
     "on",
     "off"
    ],
    "default": "off"
   },
   "model_params": {
    "type": "object",
    "properties": {
     "multi_shot": {
      "type": "boolean",
      "default": false
     },
     "shot_type": {
      "type": "string",
      "enum": [
       "customize",
       "intelligence"
      ]
     },
     "multi_prompt": {
      "type": "array",
      "minItems": 1,
      "maxItems": 6,
      "items": {
       "type": "object",
       "properties": {
        "index": {
         "type": "integer"
        },
        "prompt": {
         "type": "string",
         "maxLength": 512
        },
        "duration": {
         "type": "string"
        }
       },
       "required": [
        "index",
        "prompt",
        "duration"
       ]
      }
     },
     "element_list": {
      "type": "array",
      "maxItems": 3,
      "items": {
       "type": "object",
       "properties": {
        "element_id": {
         "type": "string"
        }
       },
       "required": [
        "element_id"
       ]
      }
     },
     "watermark_info": {
      "type": "object",
      "properties": {
       "enabled": {
        "type": "boolean"
       }
      }
     }
    }
   },
   "callback_url": {
    "type": "string"
   }
  },
  "rules": [
   {
    "kind": "needs",
    "field": "image_end",
    "others": [
     "image_start"
    ],
    "sentence": "'image_start' (first frame) must be provided when using last frame"
   },
   {
    "kind": "requiredWhen",
    "field": "model_params.shot_type",
    "when": {
     "model_params.multi_shot": true
    },
    "sentence": "Shot segmentation method, required when 'multi_shot=true'"
   },
   {
    "kind": "requiredWhen",
    "field": "model_params.multi_prompt",
    "when": {
     "model_params.multi_shot": true,
     "model_params.shot_type": "customize"
    },
    "sentence": "Shot information list, required when 'multi_shot=true' and 'shot_type=customize'"
   }
  ]
 },
 {
  "model": "kling-v3-motion-control",
  "source": "kling/kling-v3-motion-control.json",
  "date": "2026-08-21",
  "required": [
   "image_urls",
   "video_urls",
   "model_params"
  ],
  "fields": {
   "image_urls": {
    "type": "array",
    "items": {
     "type": "string"
    },
    "maxItems": 1,
    "prose": [
     "Provide one reference image"
    ],
    "file": {
     "prose": [
      "Image size: no larger than '10MB'",
      "Supported file formats: '.jpg', '.jpeg', '.png'",
      "Image dimensions: width and height ≥ '300px', aspect ratio between '1:2.5' and '2.5:1'"
     ],
     "maxBytes": 10485760,
     "types": [
      "image/jpeg",
      "image/png"
     ],
     "minSide": 300,
     "minRatio": 0.4,
     "maxRatio": 2.5
    }
   },
   "video_urls": {
    "type": "array",
    "items": {
     "type": "string"
    },
    "maxItems": 1,
    "prose": [
     "Provide one reference video"
    ]
   },
   "prompt": {
    "type": "string",
    "maxLength": 2500
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "model_params": {
    "type": "object",
    "properties": {
     "character_orientation": {
      "type": "string",
      "enum": [
       "image",
       "video"
      ]
     },
     "element_list": {
      "type": "array",
      "maxItems": 1,
      "items": {
       "type": "object",
       "properties": {
        "element_id": {
         "type": "string"
        }
       },
       "required": [
        "element_id"
       ]
      }
     },
     "keep_sound": {
      "type": "boolean",
      "default": true
     },
     "watermark_info": {
      "type": "object",
      "properties": {
       "enabled": {
        "type": "boolean"
       }
      }
     }
    },
    "required": [
     "character_orientation"
    ]
   },
   "callback_url": {
    "type": "string"
   }
  },
  "rules": [
   {
    "kind": "valuesWith",
    "field": "model_params.character_orientation",
    "other": "model_params.element_list",
    "values": [
     "video"
    ],
    "sentence": "When using 'element_list', only 'video' is supported"
   }
  ]
 },
 {
  "model": "kling-v3-text-to-video",
  "source": "kling/kling-v3-text-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 2500
   },
   "negative_prompt": {
    "type": "string"
   },
   "duration": {
    "type": "integer",
    "minimum": 3,
    "maximum": 15,
    "default": 5
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1"
    ]
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p",
     "4k"
    ],
    "default": "720p"
   },
   "sound": {
    "type": "string",
    "enum": [
     "on",
     "off"
    ],
    "default": "off"
   },
   "model_params": {
    "type": "object",
    "properties": {
     "multi_shot": {
      "type": "boolean",
      "default": false
     },
     "shot_type": {
      "type": "string",
      "enum": [
       "customize",
       "intelligence"
      ]
     },
     "multi_prompt": {
      "type": "array",
      "minItems": 1,
      "maxItems": 6,
      "items": {
       "type": "object",
       "properties": {
        "index": {
         "type": "integer"
        },
        "prompt": {
         "type": "string",
         "maxLength": 512
        },
        "duration": {
         "type": "string"
        }
       },
       "required": [
        "index",
        "prompt",
        "duration"
       ]
      }
     },
     "watermark_info": {
      "type": "object",
      "properties": {
       "enabled": {
        "type": "boolean"
       }
      }
     }
    }
   },
   "callback_url": {
    "type": "string"
   }
  },
  "rules": [
   {
    "kind": "requiredWhen",
    "field": "prompt",
    "when": {
     "model_params.multi_shot": false
    },
    "sentence": "Required when 'multi_shot=false' or 'shot_type=intelligence'"
   },
   {
    "kind": "requiredWhen",
    "field": "prompt",
    "when": {
     "model_params.shot_type": "intelligence"
    },
    "sentence": "Required when 'multi_shot=false' or 'shot_type=intelligence'"
   },
   {
    "kind": "requiredWhen",
    "field": "model_params.shot_type",
    "when": {
     "model_params.multi_shot": true
    },
    "sentence": "Shot segmentation method, required when 'multi_shot=true'"
   },
   {
    "kind": "requiredWhen",
    "field": "model_params.multi_prompt",
    "when": {
     "model_params.multi_shot": true,
     "model_params.shot_type": "customize"
    },
    "sentence": "Shot information list, required when 'multi_shot=true' and 'shot_type=customize'"
   }
  ]
 },
 {
  "model": "kling-v3-turbo-image-to-video",
  "source": "kling/kling-v3-turbo-image-to-video.json",
  "date": "2026-08-21",
  "required": [
   "image_start"
  ],
  "fields": {
   "image_start": {
    "type": "string",
    "file": {
     "prose": [
      "Formats: '.jpg' / '.jpeg' / '.png'",
      "Size: <= '50MB'",
      "Dimensions: width and height both >= '300px'",
      "Aspect ratio: between '1:2.5' and '2.5:1'"
     ],
     "types": [
      "image/jpeg",
      "image/png"
     ],
     "maxBytes": 52428800,
     "minSide": 300,
     "minRatio": 0.4,
     "maxRatio": 2.5
    }
   },
   "prompt": {
    "type": "string",
    "maxLength": 2500
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "duration": {
    "type": "integer",
    "minimum": 3,
    "maximum": 15,
    "default": 5
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "kling-v3-turbo-text-to-video",
  "source": "kling/kling-v3-turbo-text-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 2500
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1"
    ],
    "default": "16:9"
   },
   "duration": {
    "type": "integer",
    "minimum": 3,
    "maximum": 15,
    "default": 5
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "minimax-h3-image-to-video",
  "source": "minimax/minimax-h3/minimax-h3-image-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "minLength": 1,
    "maxLength": 7000
   },
   "image_start": {
    "type": "string",
    "file": {
     "prose": [
      "Formats: JPG, JPEG, PNG, WEBP, HEIC, HEIF",
      "File size: no more than '30MB'",
      "Width and height: each from '256' to '5760' px",
      "Aspect ratio (width/height): '0.4'–'2.5'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp",
      "image/heic"
     ],
     "maxBytes": 31457280,
     "minSide": 256,
     "maxSide": 5760,
     "minRatio": 0.4,
     "maxRatio": 2.5
    }
   },
   "image_end": {
    "type": "string",
    "file": {
     "prose": [
      "Formats: JPG, JPEG, PNG, WEBP, HEIC, HEIF",
      "File size: no more than '30MB'",
      "Width and height: each from '256' to '5760' px",
      "Aspect ratio (width/height): '0.4'–'2.5'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp",
      "image/heic"
     ],
     "maxBytes": 31457280,
     "minSide": 256,
     "maxSide": 5760,
     "minRatio": 0.4,
     "maxRatio": 2.5
    }
   },
   "duration": {
    "type": "integer",
    "minimum": 4,
    "maximum": 15,
    "default": 4
   },
   "quality": {
    "type": "string",
    "enum": [
     "768p",
     "2k"
    ],
    "default": "768p"
   },
   "callback_url": {
    "type": "string",
    "pattern": "^https://"
   }
  },
  "rules": [
   {
    "kind": "oneNeeded",
    "fields": [
     "image_end",
     "image_start"
    ],
    "sentence": "Provide at least one of 'image_end' and 'image_start'"
   }
  ]
 },
 {
  "model": "minimax-h3-reference-to-video",
  "source": "minimax/minimax-h3/minimax-h3-reference-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "minLength": 1,
    "maxLength": 7000
   },
   "image_urls": {
    "type": "array",
    "maxItems": 9,
    "items": {
     "type": "string"
    },
    "default": [],
    "file": {
     "prose": [
      "Formats: JPG, JPEG, PNG, WEBP, HEIC, HEIF",
      "File size: no more than '30MB' each",
      "Width and height: each from '256' to '5760' px",
      "Aspect ratio (width/height): '0.4'–'2.5'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp",
      "image/heic"
     ],
     "maxBytes": 31457280,
     "minSide": 256,
     "maxSide": 5760,
     "minRatio": 0.4,
     "maxRatio": 2.5
    }
   },
   "video_urls": {
    "type": "array",
    "maxItems": 3,
    "items": {
     "type": "string"
    },
    "default": []
   },
   "audio_urls": {
    "type": "array",
    "maxItems": 3,
    "items": {
     "type": "string"
    },
    "default": []
   },
   "duration": {
    "type": "integer",
    "minimum": 4,
    "maximum": 15,
    "default": 4
   },
   "quality": {
    "type": "string",
    "enum": [
     "768p",
     "2k"
    ],
    "default": "768p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "adaptive",
     "16:9",
     "21:9",
     "4:3",
     "1:1",
     "3:4",
     "9:16"
    ],
    "default": "adaptive"
   },
   "callback_url": {
    "type": "string",
    "pattern": "^https://"
   }
  },
  "rules": [
   {
    "kind": "oneNeeded",
    "fields": [
     "audio_urls",
     "image_urls",
     "video_urls"
    ],
    "sentence": "Provide at least one of 'image_urls', 'video_urls', or 'audio_urls'"
   },
   {
    "kind": "totalItems",
    "fields": [
     "audio_urls",
     "image_urls",
     "video_urls"
    ],
    "max": 12,
    "sentence": "The three reference types combined must not exceed '12' items (images + videos + audio clips)"
   }
  ]
 },
 {
  "model": "minimax-h3-text-to-video",
  "source": "minimax/minimax-h3/minimax-h3-text-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "minLength": 1,
    "maxLength": 7000
   },
   "duration": {
    "type": "integer",
    "minimum": 4,
    "maximum": 15,
    "default": 4
   },
   "quality": {
    "type": "string",
    "enum": [
     "768p",
     "2k"
    ],
    "default": "768p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "21:9",
     "4:3",
     "1:1",
     "3:4",
     "9:16"
    ],
    "default": "16:9"
   },
   "callback_url": {
    "type": "string",
    "pattern": "^https://"
   }
  }
 },
 {
  "model": "omnihuman-1.5",
  "source": "omnihuman/omnihuman-1.5-video-generate.json",
  "date": "2026-08-21",
  "required": [
   "audio_url",
   "image_urls"
  ],
  "fields": {
   "audio_url": {
    "type": "string"
   },
   "image_urls": {
    "type": "array",
    "maxItems": 1,
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Image size: no more than '10MB'",
      "Supported file formats: '.jpg', '.jpeg', '.png', '.webp'"
     ],
     "maxBytes": 10485760,
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ]
    }
   },
   "prompt": {
    "type": "string"
   },
   "pe_fast_mode": {
    "type": "boolean",
    "default": false
   },
   "mask_url": {
    "type": "array",
    "items": {
     "type": "string"
    }
   },
   "seed": {
    "type": "integer"
   },
   "subject_check": {
    "type": "boolean",
    "default": false
   },
   "auto_mask": {
    "type": "boolean",
    "default": false
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "seedance-1.5-pro",
  "source": "seedance1.5/seedance-1.5-pro-video-generate.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 2000
   },
   "image_urls": {
    "type": "array",
    "maxItems": 2,
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Image size: Not exceeding '10MB'",
      "Supported file formats: '.jpg', '.jpeg', '.png', '.webp'",
      "Aspect ratio (width/height): '0.4' ~ '2.5'",
      "Width and height: '300' ~ '6000' px"
     ],
     "maxBytes": 10485760,
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ],
     "minRatio": 0.4,
     "maxRatio": 2.5,
     "minSide": 300,
     "maxSide": 6000
    }
   },
   "duration": {
    "type": "integer",
    "minimum": 4,
    "maximum": 12,
    "default": 5
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4",
     "21:9",
     "adaptive"
    ],
    "prose": [
     "- '16:9' (landscape), '9:16' (portrait), '1:1' (square), '4:3', '3:4', '21:9' (ultra-wide), 'adaptive'"
    ]
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "seedance-2.0-fast-image-to-video",
  "source": "seedance2.0/seedance-2.0-fast-image-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt",
   "image_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "image_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 2,
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Supported formats: '.jpeg', '.png', '.webp'",
      "Aspect ratio (width/height): '0.4' ~ '2.5'",
      "Width/height pixels: '300' ~ '6000' px",
      "Max size per image: '30MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ],
     "minRatio": 0.4,
     "maxRatio": 2.5,
     "minSide": 300,
     "maxSide": 6000,
     "maxBytes": 31457280
    }
   },
   "duration": {
    "type": "integer",
    "minimum": 4,
    "maximum": 15,
    "default": 5
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4",
     "21:9",
     "adaptive"
    ],
    "default": "adaptive"
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "content_filter": {
    "type": "boolean",
    "default": true
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "seedance-2.0-fast-reference-to-video",
  "source": "seedance2.0/seedance-2.0-fast-reference-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "image_urls": {
    "type": "array",
    "maxItems": 9,
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Supported formats: '.jpeg', '.png', '.webp'",
      "Aspect ratio (width/height): '0.4' ~ '2.5'",
      "Width/height pixels: '300' ~ '6000' px",
      "Max size per image: '30MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ],
     "minRatio": 0.4,
     "maxRatio": 2.5,
     "minSide": 300,
     "maxSide": 6000,
     "maxBytes": 31457280
    }
   },
   "video_urls": {
    "type": "array",
    "maxItems": 3,
    "items": {
     "type": "string"
    }
   },
   "audio_urls": {
    "type": "array",
    "maxItems": 3,
    "items": {
     "type": "string"
    }
   },
   "duration": {
    "type": "integer",
    "minimum": 4,
    "maximum": 15,
    "default": 5
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4",
     "21:9",
     "adaptive"
    ],
    "default": "adaptive"
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "content_filter": {
    "type": "boolean",
    "default": true
   },
   "callback_url": {
    "type": "string"
   }
  },
  "rules": [
   {
    "kind": "needs",
    "field": "audio_urls",
    "others": [
     "image_urls",
     "video_urls"
    ],
    "sentence": "Note: You cannot provide only 'audio_urls'; at least 1 image ('image_urls') or 1 video ('video_urls') must be included"
   }
  ]
 },
 {
  "model": "seedance-2.0-fast-text-to-video",
  "source": "seedance2.0/seedance-2.0-fast-text-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "duration": {
    "type": "integer",
    "minimum": 4,
    "maximum": 15,
    "default": 5
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4",
     "21:9",
     "adaptive"
    ],
    "default": "adaptive"
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "content_filter": {
    "type": "boolean",
    "default": true
   },
   "model_params": {
    "type": "object",
    "properties": {
     "web_search": {
      "type": "boolean",
      "default": false
     }
    }
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "seedance-2.0-image-to-video",
  "source": "seedance2.0/seedance-2.0-image-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt",
   "image_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "image_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 2,
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Supported formats: '.jpeg', '.png', '.webp'",
      "Aspect ratio (width/height): '0.4' ~ '2.5'",
      "Width/height pixels: '300' ~ '6000' px",
      "Max size per image: '30MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ],
     "minRatio": 0.4,
     "maxRatio": 2.5,
     "minSide": 300,
     "maxSide": 6000,
     "maxBytes": 31457280
    }
   },
   "duration": {
    "type": "integer",
    "minimum": 4,
    "maximum": 15,
    "default": 5
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p",
     "1080p",
     "4k"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4",
     "21:9",
     "adaptive"
    ],
    "default": "adaptive"
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "content_filter": {
    "type": "boolean",
    "default": true
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "seedance-2.0-mini-image-to-video",
  "source": "seedance2.0/seedance-2.0-mini-image-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt",
   "image_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "image_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 2,
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Supported formats: '.jpeg', '.png', '.webp'",
      "Aspect ratio (width/height): '0.4' ~ '2.5'",
      "Width/height pixels: '300' ~ '6000' px",
      "Max size per image: '30MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ],
     "minRatio": 0.4,
     "maxRatio": 2.5,
     "minSide": 300,
     "maxSide": 6000,
     "maxBytes": 31457280
    }
   },
   "duration": {
    "type": "integer",
    "minimum": 4,
    "maximum": 15,
    "default": 5
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4",
     "21:9",
     "adaptive"
    ],
    "default": "adaptive"
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "content_filter": {
    "type": "boolean",
    "default": true
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "seedance-2.0-mini-reference-to-video",
  "source": "seedance2.0/seedance-2.0-mini-reference-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "image_urls": {
    "type": "array",
    "maxItems": 9,
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Supported formats: '.jpeg', '.png', '.webp'",
      "Aspect ratio (width/height): '0.4' ~ '2.5'",
      "Width/height pixels: '300' ~ '6000' px",
      "Max size per image: '30MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ],
     "minRatio": 0.4,
     "maxRatio": 2.5,
     "minSide": 300,
     "maxSide": 6000,
     "maxBytes": 31457280
    }
   },
   "video_urls": {
    "type": "array",
    "maxItems": 3,
    "items": {
     "type": "string"
    }
   },
   "audio_urls": {
    "type": "array",
    "maxItems": 3,
    "items": {
     "type": "string"
    }
   },
   "duration": {
    "type": "integer",
    "minimum": 4,
    "maximum": 15,
    "default": 5
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4",
     "21:9",
     "adaptive"
    ],
    "default": "adaptive"
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "content_filter": {
    "type": "boolean",
    "default": true
   },
   "callback_url": {
    "type": "string"
   }
  },
  "rules": [
   {
    "kind": "needs",
    "field": "audio_urls",
    "others": [
     "image_urls",
     "video_urls"
    ],
    "sentence": "Note: You cannot provide only 'audio_urls'; at least 1 image ('image_urls') or 1 video ('video_urls') must be included"
   }
  ]
 },
 {
  "model": "seedance-2.0-mini-text-to-video",
  "source": "seedance2.0/seedance-2.0-mini-text-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "duration": {
    "type": "integer",
    "minimum": 4,
    "maximum": 15,
    "default": 5
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4",
     "21:9",
     "adaptive"
    ],
    "default": "adaptive"
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "content_filter": {
    "type": "boolean",
    "default": true
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "seedance-2.0-reference-to-video",
  "source": "seedance2.0/seedance-2.0-reference-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "image_urls": {
    "type": "array",
    "maxItems": 9,
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Supported formats: '.jpeg', '.png', '.webp'",
      "Aspect ratio (width/height): '0.4' ~ '2.5'",
      "Width/height pixels: '300' ~ '6000' px",
      "Max size per image: '30MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ],
     "minRatio": 0.4,
     "maxRatio": 2.5,
     "minSide": 300,
     "maxSide": 6000,
     "maxBytes": 31457280
    }
   },
   "video_urls": {
    "type": "array",
    "maxItems": 3,
    "items": {
     "type": "string"
    }
   },
   "audio_urls": {
    "type": "array",
    "maxItems": 3,
    "items": {
     "type": "string"
    }
   },
   "duration": {
    "type": "integer",
    "minimum": 4,
    "maximum": 15,
    "default": 5
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p",
     "1080p",
     "4k"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4",
     "21:9",
     "adaptive"
    ],
    "default": "adaptive"
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "content_filter": {
    "type": "boolean",
    "default": true
   },
   "callback_url": {
    "type": "string"
   }
  },
  "rules": [
   {
    "kind": "needs",
    "field": "audio_urls",
    "others": [
     "image_urls",
     "video_urls"
    ],
    "sentence": "Note: You cannot provide only 'audio_urls'; at least 1 image ('image_urls') or 1 video ('video_urls') must be included"
   }
  ]
 },
 {
  "model": "seedance-2.0-text-to-video",
  "source": "seedance2.0/seedance-2.0-text-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "duration": {
    "type": "integer",
    "minimum": 4,
    "maximum": 15,
    "default": 5
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p",
     "1080p",
     "4k"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4",
     "21:9",
     "adaptive"
    ],
    "default": "adaptive"
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "content_filter": {
    "type": "boolean",
    "default": true
   },
   "model_params": {
    "type": "object",
    "properties": {
     "web_search": {
      "type": "boolean",
      "default": false
     }
    }
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "seedance-2.5-image-to-video",
  "source": "seedance2.5/seedance-2.5-image-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt",
   "image_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "image_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 2,
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Supported formats: '.jpeg', '.png', '.webp'",
      "Aspect ratio (width/height): '0.4' ~ '2.5'",
      "Width/height pixels: '300' ~ '6000' px",
      "Max size per image: '30MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ],
     "minRatio": 0.4,
     "maxRatio": 2.5,
     "minSide": 300,
     "maxSide": 6000,
     "maxBytes": 31457280
    }
   },
   "duration": {
    "type": "integer",
    "default": 5,
    "oneOf": [
     {
      "type": "integer",
      "minimum": 4,
      "maximum": 30
     },
     {
      "type": "integer",
      "enum": [
       -1
      ]
     }
    ],
    "prose": [
     "Supports any integer value between '4'–'30' seconds"
    ]
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "adaptive"
    ],
    "default": "adaptive"
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "content_filter": {
    "type": "boolean",
    "default": true
   },
   "output_format": {
    "type": "string",
    "enum": [
     "mp4",
     "mov"
    ],
    "default": "mp4"
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "seedance-2.5-reference-to-video",
  "source": "seedance2.5/seedance-2.5-reference-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "image_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 30,
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Supported formats: '.jpeg', '.png', '.webp'",
      "Aspect ratio (width/height): '0.4' ~ '2.5'",
      "Width/height pixels: '300' ~ '6000' px",
      "Max size per image: '30MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ],
     "minRatio": 0.4,
     "maxRatio": 2.5,
     "minSide": 300,
     "maxSide": 6000,
     "maxBytes": 31457280
    }
   },
   "video_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 10,
    "items": {
     "type": "string"
    }
   },
   "audio_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 10,
    "items": {
     "type": "string"
    }
   },
   "duration": {
    "type": "integer",
    "default": 5,
    "oneOf": [
     {
      "type": "integer",
      "minimum": 4,
      "maximum": 30
     },
     {
      "type": "integer",
      "enum": [
       -1
      ]
     }
    ],
    "prose": [
     "Supports any integer value between '4'–'30' seconds"
    ]
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4",
     "21:9",
     "adaptive"
    ],
    "default": "adaptive"
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "content_filter": {
    "type": "boolean",
    "default": true
   },
   "output_format": {
    "type": "string",
    "enum": [
     "mp4",
     "mov"
    ],
    "default": "mp4"
   },
   "callback_url": {
    "type": "string"
   }
  },
  "rules": [
   {
    "kind": "oneNeeded",
    "fields": [
     "audio_urls",
     "image_urls",
     "video_urls"
    ],
    "sentence": "Requirement: At least one of 'image_urls', 'video_urls', or 'audio_urls' must be provided."
   }
  ]
 },
 {
  "model": "seedance-2.5-text-to-video",
  "source": "seedance2.5/seedance-2.5-text-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "duration": {
    "type": "integer",
    "default": 5,
    "oneOf": [
     {
      "type": "integer",
      "minimum": 4,
      "maximum": 30
     },
     {
      "type": "integer",
      "enum": [
       -1
      ]
     }
    ],
    "prose": [
     "Supports any integer value between '4'–'30' seconds"
    ]
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4",
     "21:9",
     "adaptive"
    ],
    "default": "adaptive"
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "content_filter": {
    "type": "boolean",
    "default": true
   },
   "output_format": {
    "type": "string",
    "enum": [
     "mp4",
     "mov"
    ],
    "default": "mp4"
   },
   "model_params": {
    "type": "object",
    "properties": {
     "web_search": {
      "type": "boolean",
      "default": false
     }
    }
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "seedance-2.5-video-edit",
  "source": "seedance2.5/seedance-2.5-video-edit.json",
  "date": "2026-08-21",
  "required": [
   "prompt",
   "video_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "video_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 10,
    "items": {
     "type": "string"
    }
   },
   "image_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 30,
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Supported formats: '.jpeg', '.png', '.webp'",
      "Aspect ratio (width/height): '0.4' ~ '2.5'",
      "Width/height pixels: '300' ~ '6000' px",
      "Max size per image: '30MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ],
     "minRatio": 0.4,
     "maxRatio": 2.5,
     "minSide": 300,
     "maxSide": 6000,
     "maxBytes": 31457280
    }
   },
   "audio_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 10,
    "items": {
     "type": "string"
    }
   },
   "duration": {
    "type": "integer",
    "enum": [
     -1
    ],
    "default": -1
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "adaptive"
    ],
    "default": "adaptive"
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "content_filter": {
    "type": "boolean",
    "default": true
   },
   "output_format": {
    "type": "string",
    "enum": [
     "mp4",
     "mov"
    ],
    "default": "mp4"
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "seedance-2.5-video-extend",
  "source": "seedance2.5/seedance-2.5-video-extend.json",
  "date": "2026-08-21",
  "required": [
   "prompt",
   "video_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "video_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 10,
    "items": {
     "type": "string"
    }
   },
   "image_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 30,
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Supported formats: '.jpeg', '.png', '.webp'",
      "Aspect ratio (width/height): '0.4' ~ '2.5'",
      "Width/height pixels: '300' ~ '6000' px",
      "Max size per image: '30MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ],
     "minRatio": 0.4,
     "maxRatio": 2.5,
     "minSide": 300,
     "maxSide": 6000,
     "maxBytes": 31457280
    }
   },
   "audio_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 10,
    "items": {
     "type": "string"
    }
   },
   "duration": {
    "type": "integer",
    "default": 5,
    "oneOf": [
     {
      "type": "integer",
      "minimum": 4,
      "maximum": 30
     },
     {
      "type": "integer",
      "enum": [
       -1
      ]
     }
    ],
    "prose": [
     "Supports any integer value between '4'–'30' seconds"
    ]
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "adaptive"
    ],
    "default": "adaptive"
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "content_filter": {
    "type": "boolean",
    "default": true
   },
   "output_format": {
    "type": "string",
    "enum": [
     "mp4",
     "mov"
    ],
    "default": "mp4"
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "sora-2-preview",
  "source": "sora2/sora-2-preview-video-generate.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 5000
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "1280x720",
     "720x1280",
     "16:9",
     "9:16"
    ]
   },
   "duration": {
    "type": "integer",
    "default": 4,
    "enum": [
     4,
     8,
     12
    ],
    "prose": [
     "Only supports '4', '8', '12' seconds"
    ]
   },
   "image_urls": {
    "type": "array",
    "maxItems": 1,
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Max size: 10MB",
      "Formats: .jpg, .jpeg, .png, .webp",
      "Image pixel dimensions must exactly match the selected aspect_ratio (e.g., if aspect_ratio is '1280x720', the uploaded image must be exactly 1280x720 pixels)"
     ],
     "maxBytes": 10485760,
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ],
     "sizeOf": "aspect_ratio"
    }
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length max 2048 characters"
    ]
   }
  }
 },
 {
  "model": "sora-2-pro-preview",
  "source": "sora2pro/sora-2-pro-preview-video-generate.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 5000
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16"
    ]
   },
   "duration": {
    "type": "integer",
    "enum": [
     4,
     8,
     12
    ],
    "prose": [
     "Currently only supports '4', '8', '12' values"
    ]
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p"
    ]
   },
   "image_urls": {
    "type": "array",
    "maxItems": 1,
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Image size: no more than '10MB'",
      "Supported file formats: '.jpg', '.jpeg', '.png', '.webp'"
     ],
     "maxBytes": 10485760,
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ]
    }
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "topaz-video-upscale",
  "source": "topaz/topaz-video-upscale.json",
  "date": "2026-08-21",
  "required": [
   "video_urls"
  ],
  "fields": {
   "video_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 1,
    "items": {
     "type": "string"
    }
   },
   "model_params": {
    "type": "object",
    "properties": {
     "upscale_factor": {
      "type": "string",
      "enum": [
       "1",
       "2",
       "4"
      ],
      "default": "2"
     }
    }
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "veo-3.1-fast-generate-preview",
  "source": "veo3.1/veo-3.1-fast-generate-preview-generate.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 2000
   },
   "image_urls": {
    "type": "array",
    "maxItems": 3,
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Reference image URLs, max 3 images (FIRST&LAST mode supports 1-2, REFERENCE mode supports up to 3), max 10MB each"
     ],
     "maxBytes": 10485760
    }
   },
   "generation_type": {
    "type": "string",
    "enum": [
     "TEXT",
     "FIRST&LAST",
     "REFERENCE"
    ]
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "auto",
     "16:9",
     "9:16"
    ]
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "duration": {
    "type": "integer",
    "enum": [
     4,
     6,
     8
    ],
    "default": 4
   },
   "n": {
    "type": "integer",
    "minimum": 1,
    "maximum": 4,
    "default": 1
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p",
     "4k"
    ],
    "default": "720p"
   },
   "seed": {
    "type": "integer",
    "minimum": 1,
    "maximum": 4294967295
   },
   "negative_prompt": {
    "type": "string"
   },
   "person_generation": {
    "type": "string",
    "enum": [
     "allow_adult",
     "dont_allow"
    ],
    "default": "allow_adult"
   },
   "resize_mode": {
    "type": "string",
    "enum": [
     "pad",
     "crop"
    ],
    "default": "pad"
   },
   "callback_url": {
    "type": "string"
   }
  },
  "rules": [
   {
    "kind": "whenValue",
    "field": "generation_type",
    "value": "FIRST&LAST",
    "sentence": "'FIRST&LAST': First-last frame, 1-2 images",
    "other": "image_urls",
    "minItems": 1,
    "maxItems": 2
   },
   {
    "kind": "whenValue",
    "field": "generation_type",
    "value": "REFERENCE",
    "sentence": "'REFERENCE': Reference image, max 3 images, duration fixed at 8s, aspect ratio fixed at 16:9, except 'generate_audio', other advanced params not supported",
    "other": "image_urls",
    "maxItems": 3
   },
   {
    "kind": "whenValue",
    "field": "generation_type",
    "value": "REFERENCE",
    "sentence": "'REFERENCE': Reference image, max 3 images, duration fixed at 8s, aspect ratio fixed at 16:9, except 'generate_audio', other advanced params not supported",
    "other": "duration",
    "values": [
     8
    ]
   },
   {
    "kind": "whenValue",
    "field": "generation_type",
    "value": "REFERENCE",
    "sentence": "'REFERENCE': Reference image, max 3 images, duration fixed at 8s, aspect ratio fixed at 16:9, except 'generate_audio', other advanced params not supported",
    "other": "aspect_ratio",
    "values": [
     "16:9"
    ]
   }
  ]
 },
 {
  "model": "veo-3.1-generate-preview",
  "source": "veo3.1/veo-3.1-generate-preview-generate.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 2000
   },
   "image_urls": {
    "type": "array",
    "maxItems": 3,
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Reference images, max 3, max 10MB each"
     ],
     "maxBytes": 10485760
    }
   },
   "generation_type": {
    "type": "string",
    "enum": [
     "TEXT",
     "FIRST&LAST",
     "REFERENCE"
    ]
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "auto",
     "16:9",
     "9:16"
    ]
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "duration": {
    "type": "integer",
    "enum": [
     4,
     6,
     8
    ],
    "default": 4
   },
   "n": {
    "type": "integer",
    "minimum": 1,
    "maximum": 4,
    "default": 1
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p",
     "4k"
    ],
    "default": "720p"
   },
   "seed": {
    "type": "integer",
    "minimum": 1,
    "maximum": 4294967295
   },
   "negative_prompt": {
    "type": "string"
   },
   "person_generation": {
    "type": "string",
    "enum": [
     "allow_adult",
     "dont_allow"
    ],
    "default": "allow_adult"
   },
   "resize_mode": {
    "type": "string",
    "enum": [
     "pad",
     "crop"
    ],
    "default": "pad"
   },
   "callback_url": {
    "type": "string"
   }
  },
  "rules": [
   {
    "kind": "whenValue",
    "field": "generation_type",
    "value": "FIRST&LAST",
    "sentence": "'FIRST&LAST': First-last frame, 1-2 images",
    "other": "image_urls",
    "minItems": 1,
    "maxItems": 2
   },
   {
    "kind": "whenValue",
    "field": "generation_type",
    "value": "REFERENCE",
    "sentence": "'REFERENCE': Reference image, max 3 images, duration fixed at 8s, aspect ratio fixed at 16:9, except 'generate_audio', other advanced params not supported",
    "other": "image_urls",
    "maxItems": 3
   },
   {
    "kind": "whenValue",
    "field": "generation_type",
    "value": "REFERENCE",
    "sentence": "'REFERENCE': Reference image, max 3 images, duration fixed at 8s, aspect ratio fixed at 16:9, except 'generate_audio', other advanced params not supported",
    "other": "duration",
    "values": [
     8
    ]
   },
   {
    "kind": "whenValue",
    "field": "generation_type",
    "value": "REFERENCE",
    "sentence": "'REFERENCE': Reference image, max 3 images, duration fixed at 8s, aspect ratio fixed at 16:9, except 'generate_audio', other advanced params not supported",
    "other": "aspect_ratio",
    "values": [
     "16:9"
    ]
   }
  ]
 },
 {
  "model": "veo3.1-fast-beta",
  "source": "veo3.1/veo3.1-fast-video-generate.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 2000
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "auto",
     "16:9",
     "9:16"
    ],
    "default": "auto"
   },
   "image_urls": {
    "type": "array",
    "maxItems": 3,
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Image size: no more than '10MB'",
      "Supported file formats: '.jpg', '.jpeg', '.png', '.webp'"
     ],
     "maxBytes": 10485760,
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ]
    }
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p"
    ],
    "default": "720p"
   },
   "generation_type": {
    "type": "string",
    "enum": [
     "TEXT",
     "FIRST&LAST",
     "REFERENCE"
    ]
   },
   "enhance_prompt": {
    "type": "boolean",
    "default": true
   },
   "callback_url": {
    "type": "string"
   }
  },
  "rules": [
   {
    "kind": "whenValue",
    "field": "generation_type",
    "value": "FIRST&LAST",
    "sentence": "'FIRST&LAST': First and last frame to video, supports '1'~'2' images",
    "other": "image_urls",
    "minItems": 1,
    "maxItems": 2
   },
   {
    "kind": "whenValue",
    "field": "generation_type",
    "value": "REFERENCE",
    "sentence": "'REFERENCE': Reference image to video, supports up to '3' images",
    "other": "image_urls",
    "maxItems": 3
   },
   {
    "kind": "whenValue",
    "field": "generation_type",
    "value": "REFERENCE",
    "other": "aspect_ratio",
    "values": [
     "16:9"
    ],
    "sentence": "Currently, the reference image to video 'REFERENCE' mode only supports '16:9' aspect ratio"
   }
  ]
 },
 {
  "model": "veo3.1-pro-beta",
  "source": "veo3.1/veo3.1-pro-video-generate.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 2000
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "auto",
     "16:9",
     "9:16"
    ],
    "default": "auto"
   },
   "image_urls": {
    "type": "array",
    "maxItems": 2,
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Image size: no more than '10MB'",
      "Supported file formats: '.jpg', '.jpeg', '.png', '.webp'"
     ],
     "maxBytes": 10485760,
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ]
    }
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p"
    ],
    "default": "720p"
   },
   "generation_type": {
    "type": "string",
    "enum": [
     "TEXT",
     "FIRST&LAST"
    ]
   },
   "enhance_prompt": {
    "type": "boolean",
    "default": true
   },
   "callback_url": {
    "type": "string"
   }
  },
  "rules": [
   {
    "kind": "whenValue",
    "field": "generation_type",
    "value": "FIRST&LAST",
    "sentence": "'FIRST&LAST': First and last frame to video, supports '1'~'2' images",
    "other": "image_urls",
    "minItems": 1,
    "maxItems": 2
   }
  ]
 },
 {
  "model": "videoretalk",
  "source": "videoretalk/videoretalk-video-generate.json",
  "date": "2026-08-21",
  "required": [
   "video_url",
   "audio_url"
  ],
  "fields": {
   "video_url": {
    "type": "string"
   },
   "audio_url": {
    "type": "string"
   },
   "ref_image_url": {
    "type": "string"
   },
   "video_extension": {
    "type": "boolean",
    "default": false
   },
   "query_face_threshold": {
    "type": "integer",
    "minimum": 120,
    "maximum": 200,
    "default": 170
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "wan2.5-image-to-video",
  "source": "wan2.5/wan2.5-image-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt",
   "image_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 2000
   },
   "duration": {
    "type": "integer",
    "enum": [
     5,
     10
    ],
    "prose": [
     "Only supports values '5' and '10', representing '5 seconds' and '10 seconds' respectively"
    ]
   },
   "quality": {
    "type": "string",
    "default": "720p",
    "enum": [
     "480p",
     "720p",
     "1080p"
    ],
    "prose": [
     "- '480p': Lower quality, lower price - '720p': Standard quality, standard price, this is the default - '1080p': High quality, higher price"
    ]
   },
   "image_urls": {
    "type": "array",
    "maxItems": 1,
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Image size: no more than '10MB'",
      "Supported image formats: '.jpeg', '.jpg', '.png' (transparent channels not supported), '.bmp', '.webp'",
      "Image resolution: image width and height range is '[360, 2000]' pixels"
     ],
     "maxBytes": 10485760,
     "types": [
      "image/jpeg",
      "image/png",
      "image/bmp",
      "image/webp"
     ],
     "minSide": 360,
     "maxSide": 2000
    }
   },
   "prompt_extend": {
    "type": "boolean",
    "default": true
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "wan2.5-text-to-video",
  "source": "wan2.5/wan2.5-text-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 2000
   },
   "aspect_ratio": {
    "type": "string",
    "default": "16:9",
    "byField": {
     "field": "quality",
     "allowed": {
      "480p": [
       "16:9",
       "9:16",
       "1:1"
      ],
      "720p": [
       "16:9",
       "9:16",
       "1:1",
       "4:3",
       "3:4"
      ],
      "1080p": [
       "16:9",
       "9:16",
       "1:1",
       "4:3",
       "3:4"
      ]
     },
     "sentence": "- '480p': Supports '16:9' (landscape), '9:16' (portrait), '1:1' (square) - '720p': Supports '16:9' (landscape), '9:16' (portrait), '1:1' (square), '4:3', '3:4' - '1080p': Supports '16:9' (landscape), '9:16' (portrait), '1:1' (square), '4:3', '3:4'"
    },
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4"
    ]
   },
   "quality": {
    "type": "string",
    "default": "720p",
    "enum": [
     "480p",
     "720p",
     "1080p"
    ],
    "prose": [
     "- '480p': Lower quality, lower price - '720p': Standard quality, standard price, this is the default - '1080p': High quality, higher price"
    ]
   },
   "duration": {
    "type": "integer",
    "enum": [
     5,
     10
    ],
    "prose": [
     "Only supports values '5' and '10', representing '5 seconds' and '10 seconds' respectively"
    ]
   },
   "prompt_extend": {
    "type": "boolean",
    "default": true
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "wan2.6-image-to-video",
  "source": "wan2.6/wan2.6-image-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt",
   "image_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 1500
   },
   "duration": {
    "type": "integer",
    "minimum": 2,
    "maximum": 15
   },
   "quality": {
    "type": "string",
    "default": "720p",
    "enum": [
     "720p",
     "1080p"
    ],
    "prose": [
     "- '720p': Standard definition, standard price, this is the default - '1080p': High definition, higher price"
    ]
   },
   "image_urls": {
    "type": "array",
    "maxItems": 1,
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Image size: no more than '10MB'",
      "Supported formats: '.jpeg', '.jpg', '.png' (transparent channel not supported), '.bmp', '.webp'",
      "Image resolution: width and height range is '[360, 2000]' pixels"
     ],
     "maxBytes": 10485760,
     "types": [
      "image/jpeg",
      "image/png",
      "image/bmp",
      "image/webp"
     ],
     "minSide": 360,
     "maxSide": 2000
    }
   },
   "prompt_extend": {
    "type": "boolean",
    "default": true
   },
   "model_params": {
    "type": "object",
    "properties": {
     "shot_type": {
      "type": "string",
      "enum": [
       "single",
       "multi"
      ]
     }
    }
   },
   "audio_url": {
    "type": "string"
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "wan2.6-image-to-video-flash",
  "source": "wan2.6/wan2.6-image-to-video-flash.json",
  "date": "2026-08-21",
  "required": [
   "prompt",
   "image_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 1500
   },
   "duration": {
    "type": "integer",
    "minimum": 2,
    "maximum": 15
   },
   "quality": {
    "type": "string",
    "default": "720p",
    "enum": [
     "720p",
     "1080p"
    ],
    "prose": [
     "- '720p': Standard quality, standard pricing, this is the default - '1080p': High quality, higher pricing"
    ]
   },
   "image_urls": {
    "type": "array",
    "maxItems": 1,
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Image size: not exceeding '10MB'",
      "Supported image formats: '.jpeg', '.jpg', '.png' (no transparency), '.bmp', '.webp'",
      "Image resolution: width and height range '[360, 2000]' pixels"
     ],
     "maxBytes": 10485760,
     "types": [
      "image/jpeg",
      "image/png",
      "image/bmp",
      "image/webp"
     ],
     "minSide": 360,
     "maxSide": 2000
    }
   },
   "prompt_extend": {
    "type": "boolean",
    "default": true
   },
   "model_params": {
    "type": "object",
    "properties": {
     "shot_type": {
      "type": "string",
      "enum": [
       "single",
       "multi"
      ]
     }
    }
   },
   "audio_url": {
    "type": "string"
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "wan2.6-reference-video",
  "source": "wan2.6/wan2.6-reference-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt",
   "video_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 1500
   },
   "video_urls": {
    "type": "array",
    "maxItems": 3,
    "items": {
     "type": "string"
    }
   },
   "aspect_ratio": {
    "type": "string",
    "default": "16:9",
    "byField": {
     "field": "quality",
     "allowed": {
      "720p": [
       "16:9",
       "9:16",
       "1:1",
       "4:3",
       "3:4"
      ],
      "1080p": [
       "16:9",
       "9:16",
       "1:1",
       "4:3",
       "3:4"
      ]
     },
     "sentence": "- '720p': Supports '16:9' (landscape), '9:16' (portrait), '1:1' (square), '4:3', '3:4' - '1080p': Supports '16:9' (landscape), '9:16' (portrait), '1:1' (square), '4:3', '3:4'"
    },
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4"
    ]
   },
   "quality": {
    "type": "string",
    "default": "720p",
    "enum": [
     "720p",
     "1080p"
    ],
    "prose": [
     "- '720p': Standard definition, standard price, this is the default - '1080p': High definition, higher price"
    ]
   },
   "duration": {
    "type": "integer",
    "minimum": 2,
    "maximum": 10
   },
   "model_params": {
    "type": "object",
    "properties": {
     "shot_type": {
      "type": "string",
      "enum": [
       "single",
       "multi"
      ]
     }
    }
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "wan2.6-reference-video-flash",
  "source": "wan2.6/wan2.6-reference-video-flash.json",
  "date": "2026-08-21",
  "required": [
   "prompt",
   "video_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 1500
   },
   "video_urls": {
    "type": "array",
    "maxItems": 3,
    "items": {
     "type": "string"
    }
   },
   "aspect_ratio": {
    "type": "string",
    "default": "16:9",
    "byField": {
     "field": "quality",
     "allowed": {
      "720p": [
       "16:9",
       "9:16",
       "1:1",
       "4:3",
       "3:4"
      ],
      "1080p": [
       "16:9",
       "9:16",
       "1:1",
       "4:3",
       "3:4"
      ]
     },
     "sentence": "- '720p': Supports '16:9' (landscape), '9:16' (portrait), '1:1' (square), '4:3', '3:4' - '1080p': Supports '16:9' (landscape), '9:16' (portrait), '1:1' (square), '4:3', '3:4'"
    },
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4"
    ]
   },
   "quality": {
    "type": "string",
    "default": "720p",
    "enum": [
     "720p",
     "1080p"
    ],
    "prose": [
     "- '720p': Standard quality, standard pricing, this is the default - '1080p': High quality, higher pricing"
    ]
   },
   "duration": {
    "type": "integer",
    "minimum": 2,
    "maximum": 10
   },
   "model_params": {
    "type": "object",
    "properties": {
     "shot_type": {
      "type": "string",
      "enum": [
       "single",
       "multi"
      ]
     }
    }
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "wan2.6-text-to-video",
  "source": "wan2.6/wan2.6-text-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 1500
   },
   "aspect_ratio": {
    "type": "string",
    "default": "16:9",
    "byField": {
     "field": "quality",
     "allowed": {
      "720p": [
       "16:9",
       "9:16",
       "1:1",
       "4:3",
       "3:4"
      ],
      "1080p": [
       "16:9",
       "9:16",
       "1:1",
       "4:3",
       "3:4"
      ]
     },
     "sentence": "- '720p': Supports '16:9' (landscape), '9:16' (portrait), '1:1' (square), '4:3', '3:4' - '1080p': Supports '16:9' (landscape), '9:16' (portrait), '1:1' (square), '4:3', '3:4'"
    },
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4"
    ]
   },
   "quality": {
    "type": "string",
    "default": "720p",
    "enum": [
     "720p",
     "1080p"
    ],
    "prose": [
     "- '720p': Standard definition, standard price, this is the default - '1080p': High definition, higher price"
    ]
   },
   "duration": {
    "type": "integer",
    "minimum": 2,
    "maximum": 15
   },
   "prompt_extend": {
    "type": "boolean",
    "default": true
   },
   "model_params": {
    "type": "object",
    "properties": {
     "shot_type": {
      "type": "string",
      "enum": [
       "single",
       "multi"
      ]
     }
    }
   },
   "audio_url": {
    "type": "string"
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "wan2.7-image-to-video",
  "source": "wan2.7/wan2.7-image-to-video.json",
  "date": "2026-08-21",
  "required": [],
  "fields": {
   "generation_mode": {
    "type": "string",
    "enum": [
     "first_frame",
     "first_last_frame",
     "video_continuation"
    ]
   },
   "prompt": {
    "type": "string",
    "maxLength": 5000
   },
   "negative_prompt": {
    "type": "string",
    "maxLength": 500
   },
   "image_start": {
    "type": "string",
    "file": {
     "prose": [
      "Formats: JPEG, JPG, PNG (transparency not supported), BMP, WEBP",
      "Resolution: width and height in '[240, 8000]' pixels",
      "Aspect ratio: 1:8 ~ 8:1",
      "File size: up to '20MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/bmp",
      "image/webp"
     ],
     "minSide": 240,
     "maxSide": 8000,
     "minRatio": 0.125,
     "maxRatio": 8,
     "maxBytes": 20971520
    }
   },
   "image_end": {
    "type": "string",
    "file": {
     "prose": [
      "Formats: JPEG, JPG, PNG (transparency not supported), BMP, WEBP",
      "Resolution: width and height in '[240, 8000]' pixels",
      "Aspect ratio: 1:8 ~ 8:1",
      "File size: up to '20MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/bmp",
      "image/webp"
     ],
     "minSide": 240,
     "maxSide": 8000,
     "minRatio": 0.125,
     "maxRatio": 8,
     "maxBytes": 20971520
    }
   },
   "video_urls": {
    "type": "array",
    "items": {
     "type": "string"
    },
    "maxItems": 1,
    "prose": [
     "**Only 1 element is supported**"
    ]
   },
   "audio_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 1,
    "items": {
     "type": "string"
    }
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "duration": {
    "type": "number",
    "minimum": 2,
    "maximum": 15,
    "default": 5
   },
   "seed": {
    "type": "integer",
    "minimum": 1,
    "maximum": 2147483647
   },
   "prompt_extend": {
    "type": "boolean",
    "default": false
   },
   "callback_url": {
    "type": "string"
   }
  },
  "rules": [
   {
    "kind": "byMode",
    "field": "image_start",
    "modeField": "generation_mode",
    "required": [
     "first_frame",
     "first_last_frame"
    ],
    "forbidden": [
     "video_continuation"
    ],
    "sentence": "'first_frame' mode: required 'first_last_frame' mode: required 'video_continuation' mode: not allowed"
   },
   {
    "kind": "byMode",
    "field": "image_end",
    "modeField": "generation_mode",
    "required": [
     "first_last_frame"
    ],
    "forbidden": [
     "first_frame"
    ],
    "sentence": "'first_last_frame' mode: required 'first_frame' mode: not allowed (use 'first_last_frame' if both first and last frames are needed)"
   },
   {
    "kind": "apart",
    "fields": [
     "audio_urls",
     "video_urls"
    ],
    "sentence": "'video_continuation' mode: not allowed (cannot be combined with 'video_urls')"
   },
   {
    "kind": "byMode",
    "field": "video_urls",
    "modeField": "generation_mode",
    "required": [
     "video_continuation"
    ],
    "forbidden": [
     "first_frame",
     "first_last_frame"
    ],
    "sentence": "'video_continuation' mode: required 'first_frame' / 'first_last_frame' mode: not allowed"
   },
   {
    "kind": "byMode",
    "field": "audio_urls",
    "modeField": "generation_mode",
    "required": [],
    "forbidden": [
     "video_continuation"
    ],
    "sentence": "'video_continuation' mode: not allowed (cannot be combined with 'video_urls')"
   }
  ]
 },
 {
  "model": "wan2.7-reference-video",
  "source": "wan2.7/wan2.7-reference-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 5000
   },
   "negative_prompt": {
    "type": "string",
    "maxLength": 500
   },
   "image_start": {
    "type": "string",
    "file": {
     "prose": [
      "Formats: JPEG, JPG, PNG (transparency not supported), BMP, WEBP",
      "Resolution: width and height in '[240, 8000]' pixels",
      "Aspect ratio: 1:8 ~ 8:1",
      "File size: up to '20MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/bmp",
      "image/webp"
     ],
     "minSide": 240,
     "maxSide": 8000,
     "minRatio": 0.125,
     "maxRatio": 8,
     "maxBytes": 20971520
    }
   },
   "image_urls": {
    "type": "array",
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Formats: JPEG, JPG, PNG (transparency not supported), BMP, WEBP",
      "Resolution: width and height in '[240, 8000]' pixels",
      "Aspect ratio: 1:8 ~ 8:1",
      "File size: up to '20MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/bmp",
      "image/webp"
     ],
     "minSide": 240,
     "maxSide": 8000,
     "minRatio": 0.125,
     "maxRatio": 8,
     "maxBytes": 20971520
    }
   },
   "video_urls": {
    "type": "array",
    "items": {
     "type": "string"
    }
   },
   "audio_urls": {
    "type": "array",
    "maxItems": 5,
    "items": {
     "type": "string"
    }
   },
   "model_params": {
    "type": "object",
    "properties": {
     "voice_bindings": {
      "type": "object",
      "keyPattern": "^(?:image|video)[1-9][0-9]*$",
      "maxProperties": 5,
      "prose": [
       "Keys are of the form 'image{N}' or 'video{N}' (1-based, no leading zeros, e.g. 'image1', 'video2')",
       "Total bindings ≤ 5"
      ]
     }
    }
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4"
    ],
    "default": "16:9"
   },
   "duration": {
    "type": "number",
    "minimum": 2,
    "maximum": 15,
    "default": 5
   },
   "seed": {
    "type": "integer",
    "minimum": 1,
    "maximum": 2147483647
   },
   "prompt_extend": {
    "type": "boolean",
    "default": false
   },
   "callback_url": {
    "type": "string"
   }
  },
  "rules": [
   {
    "kind": "totalItems",
    "fields": [
     "image_urls",
     "video_urls"
    ],
    "max": 5,
    "sentence": "'image_urls' + 'video_urls' total ≤ 5"
   },
   {
    "kind": "oneNeeded",
    "fields": [
     "image_urls",
     "video_urls"
    ],
    "sentence": "At least one of 'image_urls' / 'video_urls' must be provided"
   },
   {
    "kind": "capWhen",
    "field": "duration",
    "other": "video_urls",
    "max": 10,
    "sentence": "Note: when 'video_urls' is provided, 'duration' is capped at 10 seconds"
   }
  ]
 },
 {
  "model": "wan2.7-text-to-video",
  "source": "wan2.7/wan2.7-text-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 5000
   },
   "negative_prompt": {
    "type": "string",
    "maxLength": 500
   },
   "audio_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 1,
    "items": {
     "type": "string"
    }
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4"
    ],
    "default": "16:9"
   },
   "duration": {
    "type": "number",
    "minimum": 2,
    "maximum": 15,
    "default": 5
   },
   "seed": {
    "type": "integer",
    "minimum": 1,
    "maximum": 2147483647
   },
   "prompt_extend": {
    "type": "boolean",
    "default": false
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "wan2.7-video-edit",
  "source": "wan2.7/wan2.7-video-edit.json",
  "date": "2026-08-21",
  "required": [
   "video_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 5000
   },
   "negative_prompt": {
    "type": "string",
    "maxLength": 500
   },
   "video_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 1,
    "items": {
     "type": "string"
    }
   },
   "image_urls": {
    "type": "array",
    "maxItems": 4,
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Formats: JPEG, JPG, PNG (transparency not supported), BMP, WEBP",
      "Resolution: width and height in '[240, 8000]' pixels",
      "Aspect ratio: 1:8 ~ 8:1",
      "File size: up to '20MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/bmp",
      "image/webp"
     ],
     "minSide": 240,
     "maxSide": 8000,
     "minRatio": 0.125,
     "maxRatio": 8,
     "maxBytes": 20971520
    }
   },
   "keep_original_sound": {
    "type": "boolean",
    "default": false
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4"
    ]
   },
   "duration": {
    "type": "number",
    "minimum": 0,
    "maximum": 10,
    "default": 0,
    "oneOf": [
     {
      "type": "number",
      "minimum": 2,
      "maximum": 10
     },
     {
      "type": "number",
      "enum": [
       0
      ]
     }
    ],
    "prose": [
     "When set explicitly, range is '2 ~ 10': the system truncates the input video starting at 0s up to the specified 'duration'"
    ]
   },
   "seed": {
    "type": "integer",
    "minimum": 1,
    "maximum": 2147483647
   },
   "prompt_extend": {
    "type": "boolean",
    "default": false
   },
   "callback_url": {
    "type": "string"
   }
  }
 },
 {
  "model": "wan3.0-image-to-video",
  "source": "wan3.0/wan3.0-image-to-video.json",
  "date": "2026-08-21",
  "required": [
   "image_start"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "image_start": {
    "type": "string",
    "file": {
     "prose": [
      "Formats: JPEG, JPG, PNG (transparency not supported), BMP, WEBP",
      "Resolution: width and height in '[240, 8000]' pixels",
      "Aspect ratio: 1:8 ~ 8:1",
      "File size: up to '20MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/bmp",
      "image/webp"
     ],
     "minSide": 240,
     "maxSide": 8000,
     "minRatio": 0.125,
     "maxRatio": 8,
     "maxBytes": 20971520
    }
   },
   "image_end": {
    "type": "string",
    "file": {
     "prose": [
      "Formats: JPEG, JPG, PNG (transparency not supported), BMP, WEBP",
      "Resolution: width and height in '[240, 8000]' pixels",
      "Aspect ratio: 1:8 ~ 8:1",
      "File size: up to '20MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/bmp",
      "image/webp"
     ],
     "minSide": 240,
     "maxSide": 8000,
     "minRatio": 0.125,
     "maxRatio": 8,
     "maxBytes": 20971520
    }
   },
   "duration": {
    "type": "integer",
    "default": 5,
    "oneOf": [
     {
      "type": "integer",
      "minimum": 2,
      "maximum": 30
     },
     {
      "type": "integer",
      "enum": [
       -1
      ]
     }
    ],
    "prose": [
     "Any integer between '2' and '30'"
    ]
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "adaptive",
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4"
    ],
    "default": "adaptive"
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "seed": {
    "type": "integer",
    "minimum": 0,
    "maximum": 2147483647
   },
   "callback_url": {
    "type": "string"
   }
  },
  "rules": [
   {
    "kind": "needs",
    "field": "image_end",
    "others": [
     "image_start"
    ],
    "sentence": "Constraint: must be used together with 'image_start', passing the last frame alone is not supported."
   }
  ]
 },
 {
  "model": "wan3.0-reference-video",
  "source": "wan3.0/wan3.0-reference-video.json",
  "date": "2026-08-21",
  "required": [],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "image_urls": {
    "type": "array",
    "maxItems": 10,
    "items": {
     "type": "string"
    },
    "file": {
     "prose": [
      "Formats: JPEG, JPG, PNG (transparency not supported), BMP, WEBP",
      "Resolution: width and height in '[240, 8000]' pixels",
      "Aspect ratio: 1:8 ~ 8:1",
      "File size: up to '20MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/bmp",
      "image/webp"
     ],
     "minSide": 240,
     "maxSide": 8000,
     "minRatio": 0.125,
     "maxRatio": 8,
     "maxBytes": 20971520
    }
   },
   "video_urls": {
    "type": "array",
    "maxItems": 5,
    "items": {
     "type": "string"
    }
   },
   "audio_urls": {
    "type": "array",
    "maxItems": 5,
    "items": {
     "type": "string"
    }
   },
   "model_params": {
    "type": "object",
    "properties": {
     "file_url": {
      "type": "string"
     },
     "link_url": {
      "type": "string"
     }
    }
   },
   "duration": {
    "type": "integer",
    "default": 5,
    "oneOf": [
     {
      "type": "integer",
      "minimum": 2,
      "maximum": 30
     },
     {
      "type": "integer",
      "enum": [
       -1
      ]
     }
    ],
    "prose": [
     "Any integer between '2' and '30'"
    ]
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "adaptive",
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4"
    ],
    "default": "adaptive"
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "seed": {
    "type": "integer",
    "minimum": 0,
    "maximum": 2147483647
   },
   "callback_url": {
    "type": "string"
   }
  },
  "rules": [
   {
    "kind": "apart",
    "fields": [
     "model_params.file_url",
     "model_params.link_url"
    ],
    "sentence": "Mutually exclusive with 'file_url', the two cannot be supplied together"
   }
  ]
 },
 {
  "model": "wan3.0-text-to-video",
  "source": "wan3.0/wan3.0-text-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "duration": {
    "type": "integer",
    "default": 5,
    "oneOf": [
     {
      "type": "integer",
      "minimum": 2,
      "maximum": 30
     },
     {
      "type": "integer",
      "enum": [
       -1
      ]
     }
    ],
    "prose": [
     "Any integer between '2' and '30'"
    ]
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "adaptive",
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4"
    ],
    "default": "adaptive"
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "seed": {
    "type": "integer",
    "minimum": 0,
    "maximum": 2147483647
   },
   "callback_url": {
    "type": "string"
   }
  }
 }
]`);

// EXTERNAL MODULE: ./src/evolink/check-field.ts
var check_field = __nccwpck_require__(5929);
;// CONCATENATED MODULE: ./src/evolink/model-rules.ts
// The only hand-written model knowledge: rules EvoLink documents in prose that a schema cannot express.
// Each cites its source: the OpenAPI file (docs/evolink-openapi/video-series/…), the field, and the
// sentence. test/unit/catalog.test.ts checks that every cited sentence is still in its file.
const PROSE_ENUMS = [
    {
        models: ['sora-2-preview'],
        field: 'duration',
        values: [4, 8, 12],
        source: { file: 'sora2/sora-2-preview-video-generate.json', field: 'duration', sentence: 'Only supports `4`, `8`, `12` seconds' }
    },
    {
        models: ['sora-2-pro-preview'],
        field: 'duration',
        values: [4, 8, 12],
        source: { file: 'sora2pro/sora-2-pro-preview-video-generate.json', field: 'duration', sentence: 'supports `4`, `8`, `12` values' }
    },
    {
        models: ['wan2.5-text-to-video'],
        field: 'duration',
        values: [5, 10],
        source: { file: 'wan2.5/wan2.5-text-to-video.json', field: 'duration', sentence: 'Only supports values `5` and `10`' }
    },
    {
        models: ['wan2.5-image-to-video'],
        field: 'duration',
        values: [5, 10],
        source: { file: 'wan2.5/wan2.5-image-to-video.json', field: 'duration', sentence: 'Only supports values `5` and `10`' }
    },
    {
        models: ['kling-o1-image-to-video'],
        field: 'duration',
        values: [5, 10],
        source: { file: 'kling/kling-o1-image-to-video.json', field: 'duration', sentence: 'Only supports `5` or `10` values' }
    }
];
const multiShot = (body) => {
    const params = body.model_params;
    return params?.multi_shot === true ? params : undefined;
};
/** Kling's multi-shot mode, on every model whose model_params has multi_shot and multi_prompt. */
const hasMultiShot = (_model, fields) => fields.includes('model_params.multi_shot') && fields.includes('model_params.multi_prompt');
const CROSS_RULES = [
    {
        applies: hasMultiShot,
        // Whether multi_prompt is required (with shot_type customize) is read from prose (catalogue rules, requiredWhen).
        check: body => {
            const params = multiShot(body);
            if (!params || !Array.isArray(params.multi_prompt) || params.multi_prompt.length === 0)
                return undefined;
            const sum = params.multi_prompt.reduce((total, shot) => total + Number(shot.duration), 0);
            const duration = body.duration;
            return typeof duration === 'number' && sum !== duration
                ? `model_params: the multi_prompt durations add up to ${sum} s but 'duration' is ${duration} s; they must be equal`
                : undefined;
        },
        source: {
            file: 'kling/kling-o3-text-to-video.json',
            field: 'model_params.multi_shot',
            sentence: 'The sum of all shot `duration` values must equal the total video duration'
        }
    },
    {
        applies: model => ['MiniMax-Hailuo-02', 'MiniMax-Hailuo-2.3', 'MiniMax-Hailuo-2.3-Fast'].includes(model),
        check: body => body.quality === '1080p' && body.duration !== undefined && body.duration !== 6 ? "'quality' 1080p is made in 6 s only: set 'duration' to 6, or quality to 768p" : undefined,
        source: { file: 'hailuo/hailuo-02-video-generate.json', field: 'quality', sentence: '1080p: 6s only' }
    },
    {
        applies: model => model === 'kling-o3-image-to-video',
        check: body => {
            const images = (body.image_start !== undefined ? 1 : 0) + (Array.isArray(body.image_urls) ? body.image_urls.length : 0);
            return body.image_end !== undefined && images + 1 > 2
                ? `'image-end' cannot be used with ${images + 1} images in all (first frame, last frame and image-urls): at most 2`
                : undefined;
        },
        source: { file: 'kling/kling-o3-image-to-video.json', field: 'image_end', sentence: 'Last frame not supported when total image count exceeds 2' }
    },
    {
        applies: model => model === 'kling-o3-image-to-video',
        check: body => (body.image_end !== undefined && body.image_start === undefined ? "'image-end' (the last frame) needs 'image-start' (a first frame)" : undefined),
        source: { file: 'kling/kling-o3-image-to-video.json', field: 'image_end', sentence: 'Last frame requires a first frame' }
    },
    {
        applies: model => model === 'kling-o3-image-to-video',
        check: body => {
            const elements = elementCount(body);
            return body.image_start !== undefined && elements > 3 ? `model_params: ${elements} elements with a first frame ('image-start'): at most 3` : undefined;
        },
        source: { file: 'kling/kling-o3-image-to-video.json', field: 'model_params.element_list', sentence: 'Element count <= 3 when first frame is provided' }
    },
    {
        // This model takes no video, so the rule's "when no video" always holds.
        applies: model => model === 'kling-o3-image-to-video',
        check: body => {
            const images = [body.image_start, body.image_end].filter(image => image !== undefined).length + (Array.isArray(body.image_urls) ? body.image_urls.length : 0);
            const elements = elementCount(body);
            return images + elements > 7 ? `${images} images and ${elements} elements (model_params.element_list) make ${images + elements}: at most 7` : undefined;
        },
        source: { file: 'kling/kling-o3-image-to-video.json', field: 'model_params.element_list', sentence: 'Image count + element count <= 7 when no video' }
    }
];
function elementCount(body) {
    const list = body.model_params?.element_list;
    return Array.isArray(list) ? list.length : 0;
}
/** A required prompt may be empty in Kling's customized multi-shot mode (the shots carry the prompts). */
function promptMayBeEmpty(body) {
    return multiShot(body)?.shot_type === 'customize';
}

;// CONCATENATED MODULE: ./src/evolink/models.ts
// Every EvoLink video model the action speaks, from the catalogue (catalog.ts, generated from EvoLink's
// OpenAPI files) plus the documented rules of model-rules.ts. Loaded on demand: it is most of what
// validation needs, and none of the start-up path of a run that fails earlier.



const BY_NAME = new Map(CATALOG.map(spec => [spec.model, spec]));
const MODEL_NAMES = CATALOG.map(spec => spec.model);
/** Models of EvoLink's docs that are not videos, and what they are instead. */
const NOT_VIDEO_MODELS = {
    'kling-custom-element': 'it makes reusable elements (a character or an object to put in later videos), not a video'
};
/** Edits (insert, delete, replace) from a to b. */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
const bare = (name) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
/**
 * Up to three catalogued names `name` was probably meant to be, for "did you mean": the closest by edit
 * distance when a few letters are off (kling-o3-text-to-vdeo), else those it abbreviates (veo3 → the
 * Veo 3.x models), else the same family (the first word).
 */
function similarModels(name) {
    const typed = name.toLowerCase();
    const close = MODEL_NAMES.map(model => ({ model, distance: editDistance(typed, model.toLowerCase()) }))
        .filter(({ distance }) => distance <= Math.max(2, Math.floor(typed.length / 8)))
        .sort((a, b) => a.distance - b.distance)
        .map(({ model }) => model);
    if (close.length > 0)
        return close.slice(0, 3);
    const short = bare(typed);
    const abbreviated = short.length >= 3 ? MODEL_NAMES.filter(model => bare(model).startsWith(short)) : [];
    if (abbreviated.length > 0)
        return abbreviated.slice(0, 3);
    const family = typed.split(/[-.]/)[0] ?? '';
    return family.length < 2 ? [] : MODEL_NAMES.filter(model => model.toLowerCase().startsWith(family)).slice(0, 3);
}
function findModel(name) {
    return BY_NAME.get(name);
}
/** A field of a model, with the values documented in prose added where the schema lists none. */
function fieldSpec(model, field) {
    const spec = (0,check_field/* own */.ZV)(model.fields, field);
    if (!spec || spec.enum)
        return spec;
    const prose = PROSE_ENUMS.find(rule => rule.field === field && rule.models.includes(model.model));
    return prose ? { ...spec, enum: prose.values } : spec;
}
/** Present and not empty: not missing, not "", not []. */
const given = (value) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);
/** Required fields the body lacks (a prompt may be empty in Kling's customized multi-shot mode). */
function missingRequired(model, body) {
    return model.required.filter(field => !given((0,check_field/* own */.ZV)(body, field)) && !(field === 'prompt' && promptMayBeEmpty(body)));
}
/** A value at a field path ("model_params.file_url"). */
function valueAt(body, path) {
    const [top, inner] = path.split('.');
    const value = (0,check_field/* own */.ZV)(body, top);
    return inner === undefined ? value : typeof value === 'object' && value !== null ? (0,check_field/* own */.ZV)(value, inner) : undefined;
}
/** What a field is for this request: its value, or else its documented default. */
const currentAt = (model, body, path) => valueAt(body, path) ?? (0,check_field/* fieldSpecAt */.ZI)(model.fields, path)?.default;
/** Why the body breaks a rule read from prose across fields, or undefined. `name` says how the user gives a field. */
function brokenModelRule(model, rule, body, name) {
    const has = (field) => given(valueAt(body, field));
    switch (rule.kind) {
        case 'needs':
            return has(rule.field) && !rule.others.some(has) ? `${name(rule.field)} needs ${(0,check_field/* listOr */.QD)(rule.others.map(name))} too` : undefined;
        case 'oneNeeded':
            return rule.fields.some(has) ? undefined : `give at least one of ${(0,check_field/* listOr */.QD)(rule.fields.map(name))}`;
        case 'apart':
            return rule.fields.every(has) ? `${rule.fields.map(name).join(' and ')} cannot be used together` : undefined;
        case 'totalItems': {
            const total = rule.fields.map(field => valueAt(body, field)).reduce((sum, list) => sum + (Array.isArray(list) ? list.length : 0), 0);
            return total > rule.max ? `${rule.fields.map(name).join(' and ')} have ${total} items together: at most ${rule.max}` : undefined;
        }
        case 'capWhen': {
            const value = currentAt(model, body, rule.field);
            return has(rule.other) && typeof value === 'number' && value > rule.max ? `${name(rule.field)} is at most ${rule.max} with ${name(rule.other)} (it is ${value})` : undefined;
        }
        case 'byMode': {
            const mode = currentAt(model, body, rule.modeField);
            if (typeof mode !== 'string')
                return undefined;
            if (rule.required.includes(mode) && !has(rule.field))
                return `${rule.modeField} ${mode} needs ${name(rule.field)}`;
            return rule.forbidden.includes(mode) && has(rule.field) ? `${name(rule.field)} cannot be used in ${rule.modeField} ${mode}` : undefined;
        }
        case 'valuesWith': {
            const value = valueAt(body, rule.field);
            return value !== undefined && has(rule.other) && !rule.values.includes(String(value))
                ? `${name(rule.field)} ${String(value)} cannot be used with ${name(rule.other)}, which allows ${(0,check_field/* listOr */.QD)(rule.values)}`
                : undefined;
        }
        case 'requiredWhen': {
            const holds = Object.entries(rule.when).every(([field, value]) => currentAt(model, body, field) === value);
            const condition = Object.entries(rule.when)
                .map(([field, value]) => `${field.split('.').pop()} ${String(value)}`)
                .join(' and ');
            return holds && !has(rule.field) ? `${name(rule.field)} is required with ${condition}` : undefined;
        }
        case 'whenValue': {
            if (valueAt(body, rule.field) !== rule.value)
                return undefined;
            const other = valueAt(body, rule.other);
            const count = Array.isArray(other) ? other.length : 0;
            const said = `with ${rule.field} ${rule.value}`;
            if (rule.maxItems !== undefined && count > rule.maxItems)
                return `${name(rule.other)} has ${count} items; at most ${rule.maxItems} ${said}`;
            if (rule.minItems !== undefined && count < rule.minItems)
                return `${name(rule.other)} has ${count} items; at least ${rule.minItems} ${said}`;
            return rule.values && other !== undefined && !rule.values.includes(other)
                ? `${name(rule.other)} ${String(other)} cannot be used ${said}, which allows ${(0,check_field/* listOr */.QD)(rule.values)}`
                : undefined;
        }
        case 'valuesWithout': {
            const value = valueAt(body, rule.field);
            return value !== undefined && !has(rule.other) && !rule.values.includes(String(value))
                ? `${name(rule.field)} ${String(value)} needs ${name(rule.other)} (image-to-video); without it: ${(0,check_field/* listOr */.QD)(rule.values)}`
                : undefined;
        }
    }
}
/** The documented cross-field rules this body breaks, each with EvoLink's sentence; `name` says how a field is given. */
function brokenRules(model, body, name = field => (field.includes('.') ? field : `'${field.replace(/_/g, '-')}'`)) {
    const paths = (0,check_field/* fieldPaths */.r3)(model.fields);
    const written = CROSS_RULES.filter(rule => rule.applies(model.model, paths)).flatMap(rule => {
        const problem = rule.check(body);
        return problem ? [`${problem} (EvoLink: "${rule.source.sentence}")`] : [];
    });
    // Rules read from prose: a value allowed only with some values of another field (catalogue `byField`).
    const perValue = Object.entries(model.fields).flatMap(([field, spec]) => {
        const rule = spec.byField;
        const value = (0,check_field/* own */.ZV)(body, field);
        const other = rule ? currentAt(model, body, rule.field) : undefined;
        const allowed = rule && other !== undefined ? rule.allowed[String(other)] : undefined;
        if (!rule || value === undefined || !allowed || allowed.includes(value))
            return [];
        return [`${name(field)} ${String(value)} is not made with ${rule.field} ${String(other)}, which allows ${(0,check_field/* listOr */.QD)(allowed)} (EvoLink: "${rule.sentence}")`];
    });
    // "Required for T2V": required when the field that selects image-to-video is empty.
    const textToVideo = Object.entries(model.fields).flatMap(([field, spec]) => {
        const rule = spec.requiredWithout;
        if (!rule || model.required.includes(field))
            return [];
        return !given((0,check_field/* own */.ZV)(body, field)) && !given((0,check_field/* own */.ZV)(body, rule.field))
            ? [`${name(field)} is required for text-to-video: give it, or ${name(rule.field)} for image-to-video (EvoLink: "${rule.sentence}")`]
            : [];
    });
    const acrossFields = (model.rules ?? []).flatMap(rule => {
        const problem = brokenModelRule(model, rule, body, name);
        return problem ? [`${problem} (EvoLink: "${rule.sentence}")`] : [];
    });
    return [...written, ...perValue, ...textToVideo, ...acrossFields];
}
/** Everything wrong with a request body for its model, as the API would see it; [] when it is fine. */
function checkBody(body) {
    const model = typeof body.model === 'string' ? findModel(body.model) : undefined;
    if (!model)
        return [`model must be one of the ${MODEL_NAMES.length} catalogued models`];
    const problems = [];
    for (const [field, value] of Object.entries(body)) {
        if (field === 'model')
            continue;
        const spec = fieldSpec(model, field);
        if (!spec)
            problems.push(`${field} is not a field of ${model.model}`);
        else {
            const problem = (0,check_field/* checkValue */.Su)(spec, value, field);
            if (problem)
                problems.push(problem);
        }
    }
    for (const field of missingRequired(model, body))
        problems.push(`${field} is required`);
    return [...problems, ...brokenRules(model, body)];
}


/***/ }),

/***/ 1729:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ describeFields),
/* harmony export */   k: () => (/* binding */ buildGenerationRequest)
/* harmony export */ });
/* harmony import */ var _net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2949);

function buildGenerationRequest(settings) {
    return {
        model: settings.model,
        ...settings.fields,
        // Optional fields are left out rather than sent as null: the API documents no null.
        ...(settings.callbackUrl ? { callback_url: settings.callbackUrl } : {})
    };
}
/**
 * "duration 5, aspect_ratio 16:9, quality 720p, sound off": the scalar fields but the prompt, for the log.
 * Free text (negative_prompt) is input text: made one inert line like any server text (untrusted.ts).
 */
function describeFields(fields) {
    return Object.entries(fields)
        .filter(([name, value]) => name !== 'prompt' && (typeof value !== 'object' || value === null))
        .map(([name, value]) => `${name} ${(0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanText */ .X5)(String(value), _net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .TEXT_CAP */ .hE.word)}`)
        .join(', ');
}


/***/ }),

/***/ 6264:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   iQ: () => (/* binding */ markdownLink),
/* harmony export */   tJ: () => (/* binding */ resumeHint),
/* harmony export */   y3: () => (/* binding */ capMarkdown)
/* harmony export */ });
/* harmony import */ var _hidden_characters_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(560);
// Pure text helpers for logs and the job summary.

/**
 * Escapes text from inputs or the API so it renders literally in GitHub Markdown: no HTML, links, tables
 * or line structure (CR, LF and CRLF all become <br>; bidi, zero-width and other controls a space), no @user or @org/team mention that would notify
 * anyone (a zero-width space after the @, as Renovate does), and no autolink: GitHub turns bare `www.`,
 * `http(s)://` and `mailto:` text into links, so a zero-width space breaks each. Links are the action's own
 * (markdownLink), never made from text.
 */
function escapeMarkdown(text) {
    return (0,_hidden_characters_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutHiddenCharacters */ .Pq)(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/([\\`*_{}[\]()#+!|~/])/g, '\\$1')
        .replace(/\r\n|\r|\n/g, '<br>')
        .replace(/@(?=[A-Za-z0-9])/g, '@&#8203;')
        .replace(/\b(www)(?=\.)|\b(https?|ftp|mailto|xmpp)(?=:)/gi, '$1$2&#8203;');
}
/** Cuts Markdown at `maxChars` (at a line end when there is one) and says so. */
function capMarkdown(markdown, maxChars) {
    if (markdown.length <= maxChars)
        return markdown;
    const cut = markdown.slice(0, maxChars);
    const lineEnd = cut.lastIndexOf('\n');
    return `${lineEnd > 0 ? cut.slice(0, lineEnd) : cut}\n\n*(cut: longer than ${maxChars} characters)*\n`;
}
/** A Markdown link, or escaped text when the URL is not plain http(s). Parentheses and spaces are encoded. */
function markdownLink(label, url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return escapeMarkdown(url);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return escapeMarkdown(url);
    const href = parsed.href.replace(/[()<> "'`]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    return `[${escapeMarkdown(label)}](${href})`;
}
/** 75_000 → "1m 15s"; 1_500 → "1.5s" (short waits in tests and retries need the decimal). */
function formatDuration(ms) {
    if (ms > 0 && ms < 10_000 && ms % 1000 !== 0)
        return `${(ms / 1000).toFixed(1)}s`;
    const total = Math.max(0, Math.round(ms / 1000));
    const h = Math.floor(total / 3600);
    const m = Math.floor((total % 3600) / 60);
    const s = total % 60;
    if (h > 0)
        return `${h}h ${String(m).padStart(2, '0')}m`;
    return m > 0 ? `${m}m ${String(s).padStart(2, '0')}s` : `${s}s`;
}
/** The YAML a user adds to resume a task. */
function resumeHint(taskId, entry) {
    if (entry) {
        return `To pick the task up again, set "task-id: ${taskId}" on entry '${entry}' of the manifest and re-run (nothing is submitted for it, no credits are spent).`;
    }
    return `To pick the task up again, re-run this step with "task-id: ${taskId}" (nothing is submitted, no credits are spent).`;
}


/***/ }),

/***/ 6819:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ cacheService)
/* harmony export */ });
/** The cache service this step may use, or undefined: no service (the local runner, GHES without cache) or mode `none`. */
function cacheService(env = process.env) {
    if (!env.ACTIONS_RESULTS_URL || !env.ACTIONS_RUNTIME_TOKEN)
        return undefined;
    // The runner's cache-mode: read, write, write-only, none; anything else (or unset) allows both, as @actions/cache does.
    const mode = (env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase();
    const known = ['none', 'read', 'write', 'write-only'].includes(mode);
    const service = { readable: !known || mode === 'read' || mode === 'write', writable: !known || mode === 'write' || mode === 'write-only' };
    return service.readable || service.writable ? service : undefined;
}


/***/ }),

/***/ 560:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K0: () => (/* binding */ UNSAFE_CHAR),
/* harmony export */   Pq: () => (/* binding */ withoutHiddenCharacters),
/* harmony export */   kX: () => (/* binding */ UNSAFE_CLASS)
/* harmony export */ });
// The characters that can break a line, hide text or reorder it on screen: C0 and C1 controls, DEL,
// line/paragraph separators, bidi overrides and isolates, zero-width characters and the BOM. Text from the
// network or from inputs has them removed or escaped before any log line, summary or comment (net/untrusted.ts).
const UNSAFE_CLASS = '\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2060-\\u2069\\u200b-\\u200f\\ufeff';
/** One unsafe character (global: for replace). */
const UNSAFE_CHAR = new RegExp(`[${UNSAFE_CLASS}]`, 'g');
/** Multi-line text (a prompt) for Markdown: line breaks kept for the caller to render, every other unsafe character a space. */
function withoutHiddenCharacters(text) {
    return text.replace(UNSAFE_CHAR, c => (c === '\n' || c === '\r' ? c : ' '));
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6003);
// Entry point of the bundled action (dist/index.js). Started with --evolink-cache-job by the action itself,
// it is a short-lived child that talks to the Actions cache (github/actions-cache.ts); the runner never
// passes arguments to an action.

if (process.argv[2] === '--evolink-cache-job')
    await (await __nccwpck_require__.e(/* import() */ 562).then(__nccwpck_require__.bind(__nccwpck_require__, 6562))).runCacheJob(process.argv[3]);
else
    await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();
// The verdict is written: nothing may keep the step alive after it (a socket a hostile server holds open,
// a timer, a half-read body). Exit once what was written to stdout and stderr has gone out.
const flushed = (stream) => new Promise(resolve => stream.write('', () => resolve()));
await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
process.exit();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6003:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/net/http.ts
var http = __nccwpck_require__(9663);
;// CONCATENATED MODULE: ./src/github/cancellation.ts
// The runner cancels a job with SIGINT, then SIGTERM 7.5 s later, then a kill 2.5 s after that; on Windows
// the signals arrive as SIGINT then SIGBREAK. Any of them aborts the run; a hard exit follows shortly so
// the step never outlives the grace period.

/** Time left for writing outputs and the summary after a signal before the process exits anyway. */
const HARD_EXIT_MS = 1500;
/** SIGBREAK can be listened for everywhere; only Windows sends it. */
const CANCEL_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGBREAK'];
function watchCancellation(exit = code => process.exit(code)) {
    const controller = new AbortController();
    const onSignal = (name) => {
        process.exitCode = 1;
        controller.abort(new http/* CancelledError */.cc(name));
        setTimeout(() => exit(1), HARD_EXIT_MS).unref();
    };
    const signals = CANCEL_SIGNALS;
    for (const name of signals)
        process.on(name, onSignal);
    return {
        signal: controller.signal,
        dispose: () => signals.forEach(name => process.off(name, onSignal))
    };
}

// EXTERNAL MODULE: ./src/net/retry.ts
var retry = __nccwpck_require__(7893);
// EXTERNAL MODULE: ./src/evolink/errors.ts
var errors = __nccwpck_require__(5765);
// EXTERNAL MODULE: ./src/net/untrusted.ts
var untrusted = __nccwpck_require__(2949);
;// CONCATENATED MODULE: ./src/evolink/client.ts
// The two EvoLink calls the action makes (docs/evolink-api.md). One HTTP exchange each; no retries here
// (see task/retry.ts).



// The reply schemas (and zod) load once the first request is out, not before: see schema.ts.
const loadSchemas = () => Promise.all(/* import() */[__nccwpck_require__.e(395), __nccwpck_require__.e(737)]).then(__nccwpck_require__.bind(__nccwpck_require__, 737));
/**
 * Reads a credits reply (docs/evolink-api.md): the token's balance (unless unlimited) and the user's, the
 * lower wins. Every figure EvoLink's schema requires must be there as a number: a reply that can only be
 * half read (a number sent as text, no user figure) is unreadable, since a floor is only as good as its reading.
 */
function parseCredits(json) {
    const data = json?.data;
    const finite = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
    const token = finite(data?.token?.remaining_credits);
    const user = finite(data?.user?.remaining_credits);
    const unlimited = data?.token?.unlimited_credits;
    if (token === undefined || user === undefined || typeof unlimited !== 'boolean')
        return undefined;
    return { remaining: unlimited ? user : Math.min(token, user) };
}
/** A task is a few hundred bytes; a reply of this size is not one, and is not read further. */
const MAX_REPLY_BYTES = 1 << 20;
/** Of an error reply, only the start is read: its JSON error or the first words of a proxy's page. */
const MAX_ERROR_REPLY_BYTES = 64 << 10;
/** The first words of a body that is not what was expected, tags dropped, safe to show. */
function snippet(text) {
    return (0,untrusted/* cleanText */.X5)(text.slice(0, 4096).replace(/<[^>]*>/g, ' '), 120);
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
async function toApiError(reply) {
    const parsed = (await loadSchemas()).errorBodySchema().safeParse(parseJson(reply.text));
    const retryAfterMs = (0,http/* parseRetryAfter */.mu)(reply.header('retry-after'), Date.now());
    if (parsed.success) {
        return new errors.ApiError(reply.status, parsed.data.code, parsed.data.message ?? 'no message', retryAfterMs);
    }
    const body = snippet(reply.text);
    return new errors.ApiError(reply.status, undefined, body ? `non-JSON reply: ${body}` : 'empty reply', retryAfterMs);
}
async function toTask(reply) {
    if (reply.status < 200 || reply.status >= 300)
        throw await toApiError(reply);
    if (reply.truncated)
        throw new errors.MalformedReplyError(`HTTP ${reply.status} reply is larger than ${MAX_REPLY_BYTES} bytes: not an EvoLink task, not read further`);
    const json = parseJson(reply.text);
    const parsed = (await loadSchemas()).taskSchema().safeParse(json);
    if (!parsed.success) {
        const why = json === undefined || typeof json !== 'object'
            ? ''
            : ` (${(0,untrusted/* cleanText */.X5)(parsed.error.issues
                .map(i => `${i.path.map(String).join('.')} ${i.message}`)
                .slice(0, 3)
                .join('; '), 200)})`;
        throw new errors.MalformedReplyError(`HTTP ${reply.status} reply is not an EvoLink task${why}: ${snippet(reply.text) || 'empty body'}`);
    }
    return parsed.data;
}
function createClient(options) {
    // The key goes only into requests built here, and these only ever target base-url.
    const headers = {
        authorization: `Bearer ${options.apiKey}`,
        accept: 'application/json',
        'user-agent': options.userAgent ?? 'evolink-video-action'
    };
    const send = (method, path, signal, body) => (0,http/* exchange */.cv)(options.open, {
        method,
        url: `${options.baseUrl}${path}`,
        headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
        body,
        timeoutMs: options.requestTimeoutMs,
        maxBytes: status => (status >= 200 && status < 300 ? MAX_REPLY_BYTES : MAX_ERROR_REPLY_BYTES),
        signal
    });
    const call = (method, path, signal, body) => send(method, path, signal, body).then(toTask);
    return {
        submit: (body, signal) => call('POST', '/v1/videos/generations', signal, JSON.stringify(body)),
        getTask: async (id, signal) => {
            const task = await call('GET', `/v1/tasks/${encodeURIComponent(id)}`, signal);
            if (task.id !== id)
                throw new errors.MalformedReplyError(`the reply describes task ${task.id}, not ${id}`);
            return task;
        },
        getCredits: async (signal) => {
            const reply = await send('GET', '/v1/credits', signal);
            if (reply.status < 200 || reply.status >= 300)
                throw await toApiError(reply);
            const credits = reply.truncated ? undefined : parseCredits(parseJson(reply.text));
            if (!credits)
                throw new errors.MalformedReplyError(`HTTP ${reply.status} reply is not EvoLink's credits: ${snippet(reply.text) || 'empty body'}`);
            return credits;
        }
    };
}

// EXTERNAL MODULE: ./src/report/failure.ts
var failure = __nccwpck_require__(3304);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./src/github/runner.ts
// The runner command needed before the submission, written directly instead of through @actions/core:
// loading @actions/core also loads its OIDC client and a second undici (~35 ms), and the start-up budget
// (docs/performance.md) leaves no room for that before the POST goes out. Everything after the submission
// uses @actions/core.

/**
 * Same as core.setSecret(secret): the runner masks the value in every later log line. Only the Actions
 * runner reads `::add-mask::`; anywhere else (a terminal, @github/local-action) the line would print the
 * secret in clear, so it is written only when GITHUB_ACTIONS is true. The action never logs a secret itself.
 */
function maskSecret(secret, env = process.env, write = line => void process.stdout.write(line)) {
    if (env.GITHUB_ACTIONS !== 'true')
        return;
    const escaped = secret.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    write(`::add-mask::${escaped}${external_node_os_.EOL}`);
}

;// CONCATENATED MODULE: ./src/inputs/action-defaults.ts
// Generated from action.yml by scripts/action-defaults.mjs (part of npm run build): do not edit.
/** Each input's default as action.yml declares it; inputs whose default is an expression are absent. */
const ACTION_DEFAULTS = {
    "model": "kling-o3-text-to-video",
    "files-base-url": "https://files-api.evolink.ai",
    "max-upload-size": "10MiB",
    "wait": "true",
    "poll-interval": "10",
    "poll-strategy": "adaptive",
    "timeout": "900",
    "request-timeout": "30",
    "max-consecutive-errors": "10",
    "base-url": "https://api.evolink.ai",
    "max-download-size": "2GiB",
    "pr-comment": "false",
    "release-asset": "false",
    "artifact": "false",
    "dry-run": "false",
    "reuse": "re-run",
    "max-concurrent": "4"
};

;// CONCATENATED MODULE: ./src/inputs/read-input.ts
// How every input is read: the runner's INPUT_<NAME> variable, trimmed, and action.yml's default when that
// is empty. A workflow that passes `quality: ${{ inputs.quality }}` with the input unset hands over '',
// which must mean "the default", as `core.getInput(x) || default` does across actions.

/** INPUT_<NAME> (spaces as underscores, upper case, as the runner names it), trimmed; the default when empty. */
function readInput(name, env = process.env) {
    const raw = (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
    return raw === '' ? (ACTION_DEFAULTS[name] ?? '') : raw;
}

// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/evolink/check-field.ts
var check_field = __nccwpck_require__(5929);
// EXTERNAL MODULE: ./src/evolink/models.ts + 2 modules
var models = __nccwpck_require__(3003);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/inputs/workspace-paths.ts
// Paths the repository controls (prompt-file, download-path) are checked where they really land: symlinks
// are followed, so a link in the workspace cannot carry a read or a write outside it or into .git/, where
// actions/checkout keeps the token.


const present = (path) => {
    try {
        return Boolean((0,external_node_fs_.lstatSync)(path));
    }
    catch {
        return false;
    }
};
/** Where a path really lands: symlinks in the part that exists are followed. Throws on a dangling link. */
function realLocation(path) {
    const rest = [];
    let existing = path;
    while (!present(existing) && (0,external_node_path_.dirname)(existing) !== existing) {
        rest.unshift((0,external_node_path_.basename)(existing));
        existing = (0,external_node_path_.dirname)(existing);
    }
    return (0,external_node_path_.join)((0,external_node_fs_.realpathSync)(existing), ...rest);
}
/** macOS and Windows file systems ignore case by default: /Work/x and /work/x are the same place there. */
const CASE_INSENSITIVE = process.platform === 'darwin' || process.platform === 'win32';
/**
 * `target` relative to `root` when it lies inside it, else undefined. Pure: `api` is path.posix or
 * path.win32 (where relative() also spans drive letters and UNC shares: another drive gives an absolute
 * path, so it is outside), `foldCase` compares without case.
 */
function relativeInside(root, target, api = (external_node_path_default()), foldCase = CASE_INSENSITIVE) {
    const [r, t] = foldCase ? [root.toLowerCase(), target.toLowerCase()] : [root, target];
    const rel = api.relative(r, t);
    const outside = rel === '..' || rel.startsWith(`..${api.sep}`) || rel.startsWith('../') || api.isAbsolute(rel);
    return outside ? undefined : rel;
}
/** `path` relative to `root`, both resolved through symlinks; undefined when it lies outside `root`. */
function within(root, target) {
    try {
        return relativeInside(realLocation(root), realLocation(target));
    }
    catch {
        return undefined;
    }
}
/** True when a relative path passes through a `.git` folder (any case: some file systems ignore it). */
function underGit(rel) {
    return rel.split(/[\\/]/).some(part => part.toLowerCase() === '.git');
}
/** The nearest part of `path` that exists (the path itself, or an ancestor). */
function nearestExisting(path) {
    let existing = path;
    while (!present(existing) && (0,external_node_path_.dirname)(existing) !== existing)
        existing = (0,external_node_path_.dirname)(existing);
    return existing;
}

// EXTERNAL MODULE: ./src/open-regular-file.ts
var open_regular_file = __nccwpck_require__(6857);
;// CONCATENATED MODULE: ./src/inputs/prompt-file.ts
// prompt-file: a file of the repository is sent to EvoLink and shown in the log and summary, so it is read
// only from inside the workspace (symlinks followed), never from .git/, only a regular file, at most
// MAX_PROMPT_FILE_BYTES, and only when it is valid UTF-8: a wrong file costs no credits.




/** A prompt is at most 2,500 characters (4 bytes each at worst): 64 KiB is plenty, and bounds the read. */
const MAX_PROMPT_FILE_BYTES = 64 * 1024;
function readPromptFile(raw, workspace, maxBytes = MAX_PROMPT_FILE_BYTES) {
    const path = (0,external_node_path_.resolve)(workspace, raw);
    const rel = within(workspace, path);
    if (rel === undefined)
        return { ok: false, problem: `must be a file inside the workspace (${workspace}), symlinks included; it resolves to ${path}` };
    if (underGit(rel))
        return { ok: false, problem: 'must not be inside .git/ (that folder holds credentials, not prompts)' };
    const opened = (0,open_regular_file/* openRegularFile */.Z)((0,external_node_path_.resolve)(workspace, rel));
    if (!opened.ok)
        return opened;
    const bytes = readAtMost(opened.fd, maxBytes + 1);
    if (bytes.length > maxBytes)
        return { ok: false, problem: `must be at most ${maxBytes / 1024} KiB` };
    const utf16 = utf16Hint(bytes);
    if (utf16)
        return { ok: false, problem: `must be UTF-8, but it ${utf16}: save it as UTF-8` };
    let text;
    try {
        // fatal: invalid bytes are an error, not U+FFFD sent and billed; the BOM, if any, is dropped.
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        return { ok: false, problem: 'must be UTF-8, but it holds bytes that are not valid UTF-8' };
    }
    return { ok: true, prompt: text.replace(/\r\n/g, '\n').trim() };
}
/** Reads up to `limit` bytes through the descriptor that was checked (no second lookup), and closes it. */
function readAtMost(fd, limit) {
    try {
        const buffer = Buffer.alloc(limit);
        let filled = 0;
        for (let n = -1; n !== 0 && filled < limit; filled += n)
            n = (0,external_node_fs_.readSync)(fd, buffer, filled, limit - filled, null);
        return buffer.subarray(0, filled);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Why the bytes look like UTF-16, or undefined. */
function utf16Hint(bytes) {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
        return 'starts with a UTF-16 byte-order mark';
    if (bytes.includes(0))
        return 'holds NUL bytes (UTF-16 text, or not text at all)';
    return undefined;
}

;// CONCATENATED MODULE: ./src/inputs/manifest.ts
// manifest: a file of the repository listing several videos (docs/manifests.md). Read like prompt-file
// (inside the workspace, symlinks followed, never .git/, a regular file checked on its handle, UTF-8) but
// up to 2 MiB, parsed as YAML (JSON is YAML), and turned into one set of input values per entry: the
// entry's own values over the step's inputs, and `video-from`, the entry its video is made from. Every
// problem names the entry and the input; all at once.


/** The inputs an entry may set, under the step's names. */
const ENTRY_INPUTS = [
    'model',
    'prompt',
    'prompt-file',
    'duration',
    'aspect-ratio',
    'quality',
    'sound',
    'negative-prompt',
    'seed',
    'generate-audio',
    'image-start',
    'image-end',
    'image-urls',
    'video-urls',
    'audio-urls',
    'model-params',
    'params',
    'callback-url',
    'download-path',
    'artifact',
    'task-id'
];
/** Inputs that take one item per line: a YAML list is accepted for them. */
const LIST_INPUTS = new Set(['image-urls', 'video-urls', 'audio-urls']);
/** Inputs that take a JSON object: a YAML mapping is accepted for them. */
const OBJECT_INPUTS = new Set(['model-params', 'params']);
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const ENTRY_ID = /^[A-Za-z0-9._-]{1,64}$/;
/** A bound that keeps validation and the `results` output sensible (docs/manifests.md has the figures). */
const MAX_ENTRIES = 1000;
/** About 2 KiB per entry at the most entries: room for long prompts. */
const MAX_MANIFEST_BYTES = 2 << 20;
/**
 * The YAML library's memory grows with the tokens, not the bytes (2 MiB of `[1,1,…]` took 1 GiB): the tokens
 * are counted first, by its lexer, in flat memory. A typical entry has about 35; this allows 100 each at
 * the most entries (at the bound, a plan peaks near 160 MiB on Node 24: docs/performance.md).
 */
const MAX_MANIFEST_TOKENS = 100_000;
/** The key that makes an entry from another entry's video: not a step input, so not in ENTRY_INPUTS. */
const VIDEO_FROM = 'video-from';
/** A key that would reach an object's prototype, anywhere in a value. */
function prototypeKey(value) {
    if (Array.isArray(value))
        return value.map(prototypeKey).find(Boolean);
    if (value && typeof value === 'object') {
        for (const [key, item] of Object.entries(value)) {
            if (PROTOTYPE_KEYS.has(key))
                return key;
            const inner = prototypeKey(item);
            if (inner)
                return inner;
        }
    }
    return undefined;
}
/** A YAML value as the string the step's input would hold, or why it cannot be one. */
function asInput(input, value) {
    if (value === null || value === undefined)
        return { text: '' };
    if (typeof value === 'string')
        return { text: value };
    if (typeof value === 'number' || typeof value === 'boolean')
        return Number.isFinite(value) || typeof value === 'boolean' ? { text: String(value) } : { problem: 'must be a finite number' };
    if (Array.isArray(value)) {
        if (!LIST_INPUTS.has(input))
            return { problem: 'must be a single value, not a list' };
        if (!value.every(item => typeof item === 'string' && !/[\r\n]/.test(item)))
            return { problem: 'must be a list of URLs or paths, one string each' };
        return { text: value.join('\n') };
    }
    if (typeof value === 'object') {
        if (!OBJECT_INPUTS.has(input))
            return { problem: 'must be a single value, not a mapping' };
        return { text: JSON.stringify(value) };
    }
    return { problem: 'must be a value' };
}
/** Reads and checks the manifest the input names; entries keep their order. */
async function readManifest(raw, workspace) {
    const file = readPromptFile(raw, workspace, MAX_MANIFEST_BYTES);
    if (!file.ok)
        return { ok: false, problems: [`Input 'manifest' is ${(0,untrusted/* quoteInput */.Zs)(raw)}: ${file.problem.replace(/ \(that folder holds credentials, not prompts\)/, '')}.`] };
    const { parse, Lexer } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    const lexed = new Lexer().lex(file.prompt);
    for (let tokens = 0; !lexed.next().done;) {
        if (++tokens > MAX_MANIFEST_TOKENS) {
            return { ok: false, problems: [`Input 'manifest' (${(0,untrusted/* quoteInput */.Zs)(raw)}) holds more than ${MAX_MANIFEST_TOKENS} YAML tokens: split it, or shorten its lists.`] };
        }
    }
    let document;
    try {
        // YAML 1.2 core schema, unique keys, aliases bounded (no "billion laughs").
        document = parse(file.prompt, { schema: 'core', uniqueKeys: true, maxAliasCount: 100, merge: false });
    }
    catch (error) {
        return { ok: false, problems: [`Input 'manifest' (${(0,untrusted/* quoteInput */.Zs)(raw)}) is not valid YAML: ${(0,untrusted/* quoteInput */.Zs)(error.message.split('\n')[0] ?? '', 200)}.`] };
    }
    const videos = document?.videos;
    if (!Array.isArray(videos) || videos.length === 0) {
        return { ok: false, problems: [`Input 'manifest' (${(0,untrusted/* quoteInput */.Zs)(raw)}) must hold a top-level 'videos:' list with at least one entry.`] };
    }
    if (videos.length > MAX_ENTRIES)
        return { ok: false, problems: [`Input 'manifest' lists ${videos.length} videos: at most ${MAX_ENTRIES}.`] };
    const forbidden = prototypeKey(document);
    if (forbidden)
        return { ok: false, problems: [`Input 'manifest' has the key "${forbidden}", which is refused at any depth (__proto__, constructor and prototype are not data).`] };
    const problems = [];
    const entries = [];
    const seen = new Set();
    videos.forEach((item, n) => {
        const where = `Manifest entry ${n + 1}`;
        if (!item || typeof item !== 'object' || Array.isArray(item))
            return problems.push(`${where} must be a mapping of inputs with an 'id'.`);
        const { id, ...rest } = item;
        if (typeof id !== 'string' || !ENTRY_ID.test(id)) {
            return problems.push(`${where}: 'id' is ${(0,untrusted/* quoteInput */.Zs)(String(id ?? ''))}: it must be 1 to 64 letters, digits, '.', '_' or '-'.`);
        }
        if (seen.has(id))
            return problems.push(`Manifest entry '${id}': the id is used by an earlier entry; ids must be unique.`);
        seen.add(id);
        const values = {};
        const { [VIDEO_FROM]: from, ...inputs } = rest;
        if (from !== undefined && (typeof from !== 'string' || !ENTRY_ID.test(from))) {
            problems.push(`Manifest entry '${id}': video-from is ${(0,untrusted/* quoteInput */.Zs)(String(from))}: it must be the id of another entry of the manifest.`);
        }
        for (const [key, value] of Object.entries(inputs)) {
            if (!ENTRY_INPUTS.includes(key)) {
                problems.push(`Manifest entry '${id}': ${(0,untrusted/* quoteInput */.Zs)(key)} is not an input an entry may set; it may set ${ENTRY_INPUTS.join(', ')} and ${VIDEO_FROM}.`);
                continue;
            }
            const text = asInput(key, value);
            if ('problem' in text)
                problems.push(`Manifest entry '${id}': input '${key}' ${text.problem}.`);
            else
                values[key] = text.text;
        }
        entries.push({ id, values, ...(typeof from === 'string' && ENTRY_ID.test(from) ? { from } : {}) });
    });
    return { ok: true, entries, problems };
}

;// CONCATENATED MODULE: ./src/inputs/input-kit.ts
// Pieces shared by the modules that read inputs: how a problem is reported, and the boolean rule.
// Inputs are plain strings checked by small parsers, not zod: they run before the submission, and
// loading zod would cost the start-up budget ~7 ms (bench/). zod parses the structured data: replies, model-params.
/** The spellings core.getBooleanInput accepts (YAML 1.2 core schema). */
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
const bool = raw => (TRUE.includes(raw) ? true : FALSE.includes(raw) ? false : undefined);
const BOOL_ALLOWED = 'true or false (True, TRUE, False and FALSE too)';

;// CONCATENATED MODULE: ./src/inputs/json-data.ts
// JSON inputs (params, model-params) are plain data: keys that would reach an object's prototype when
// copied or looked up (__proto__, constructor, prototype) are refused wherever they occur.
const json_data_PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** The parsed value, or why the text is refused ("it is not valid JSON: …", "it has the key \"__proto__\" …"). */
function parseJsonData(raw) {
    let forbidden;
    let value;
    try {
        value = JSON.parse(raw, (key, item) => {
            if (json_data_PROTOTYPE_KEYS.has(key))
                forbidden ??= key;
            return item;
        });
    }
    catch (error) {
        return { problem: `it is not valid JSON: ${error.message}` };
    }
    return forbidden === undefined ? { value } : { problem: `it has the key "${forbidden}", which is refused at any depth (__proto__, constructor and prototype are not data)` };
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(7030);
// EXTERNAL MODULE: ./src/net/address-guard.ts
var address_guard = __nccwpck_require__(6515);
// EXTERNAL MODULE: ./src/evolink/contract.ts
var contract = __nccwpck_require__(9120);
;// CONCATENATED MODULE: ./src/inputs/url-rules.ts
// Which URLs the action will talk to (base-url, files-base-url) or hand to EvoLink (callback-url, media).




/**
 * The URL parser drops tabs and line breaks and trims spaces and controls, so the URL it checks is not the
 * text that would be sent: a URL input holding any of them, or a bidi or zero-width character, is refused.
 */
function hiddenCharacterProblem(raw) {
    return untrusted/* UNSAFE_OR_SPACE */.a0.test(raw) ? 'holds whitespace, a line break, a control, bidi or zero-width character: a URL has none (percent-encode a space as %20)' : undefined;
}
/** A media URL input (image, video, audio): the exact text that passed the callback-url rule, or why it is refused. */
function checkedMediaUrl(raw) {
    let parsed;
    try {
        parsed = new URL(raw);
    }
    catch {
        return { problem: `${(0,untrusted/* quoteInput */.Zs)(raw)} is not an https URL (only image-start, image-end and image-urls take files of the repository)` };
    }
    const hidden = hiddenCharacterProblem(raw);
    if (hidden)
        return { problem: `${(0,untrusted/* quoteInput */.Zs)(raw)} ${hidden}` };
    const problem = callbackUrlProblem(parsed);
    return problem ? { problem: `${(0,untrusted/* quoteInput */.Zs)(raw)} ${problem}` } : { url: parsed.href };
}
const INTERNAL_NAME = /(^|\.)(localhost|local|internal|intranet|lan|home\.arpa)$/i;
/** Private, loopback, link-local and other non-public hosts (address-guard.ts has the ranges), or internal names. */
function isNonPublicHost(hostname) {
    const bare = hostname.replace(/^\[|\]$/g, '');
    if ((0,external_node_net_.isIP)(bare))
        return (0,address_guard/* ruleBroken */.U0)(bare, false) !== undefined;
    return INTERNAL_NAME.test(hostname.replace(/\.$/, '')) || !hostname.includes('.');
}
/** Returns why the URL is refused as base-url, or undefined when it is fine. */
function baseUrlProblem(url) {
    if (url.username || url.password)
        return 'must not contain credentials';
    if (url.search || url.hash)
        return 'must not have a query or fragment';
    if (url.protocol === 'https:')
        return undefined;
    if (url.protocol === 'http:' && (0,address_guard/* isLoopbackHost */.cW)(url.hostname))
        return undefined;
    return 'must use https (http is allowed only for loopback hosts: 127.0.0.0/8, ::1, localhost)';
}
/** Returns why the URL is refused as callback-url, or undefined when it is fine. */
function callbackUrlProblem(url) {
    if (url.href.length > contract/* MAX_CALLBACK_URL_CHARS */.n)
        return `must be at most ${contract/* MAX_CALLBACK_URL_CHARS */.n} characters (it has ${url.href.length})`;
    if (url.protocol !== 'https:')
        return 'must use https';
    if (url.username || url.password)
        return 'must not contain credentials';
    if (isNonPublicHost(url.hostname))
        return `must not point at a private, loopback, link-local or internal host (${url.hostname})`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/inputs/image-dimensions.ts
/** JPEG start-of-frame markers (C0–CF but DHT C4, JPG C8 and DAC CC) carry the frame's size. */
const isStartOfFrame = (marker) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
function jpegDimensions(head) {
    let at = 2;
    while (at + 9 <= head.length) {
        if (head[at] !== 0xff)
            return undefined;
        const marker = head[at + 1];
        // Fill bytes, and markers without a length (RSTn, TEM).
        if (marker === 0xff) {
            at++;
            continue;
        }
        if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
            at += 2;
            continue;
        }
        if (isStartOfFrame(marker))
            return { height: head.readUInt16BE(at + 5), width: head.readUInt16BE(at + 7) };
        at += 2 + head.readUInt16BE(at + 2);
    }
    return undefined;
}
function webpDimensions(head) {
    const chunk = head.toString('latin1', 12, 16);
    if (chunk === 'VP8 ' && head.length >= 30)
        return { width: head.readUInt16LE(26) & 0x3fff, height: head.readUInt16LE(28) & 0x3fff };
    if (chunk === 'VP8L' && head.length >= 25) {
        const bits = head.readUInt32LE(21);
        return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
    }
    if (chunk === 'VP8X' && head.length >= 30)
        return { width: head.readUIntLE(24, 3) + 1, height: head.readUIntLE(27, 3) + 1 };
    return undefined;
}
/** The image's size in pixels as its header states it, or undefined when the bytes read do not say. */
function imageDimensions(head, type) {
    switch (type) {
        case 'image/png':
            return head.length >= 24 ? { width: head.readUInt32BE(16), height: head.readUInt32BE(20) } : undefined;
        case 'image/gif':
            return head.length >= 10 ? { width: head.readUInt16LE(6), height: head.readUInt16LE(8) } : undefined;
        case 'image/webp':
            return webpDimensions(head);
        case 'image/jpeg':
            return jpegDimensions(head);
    }
}

;// CONCATENATED MODULE: ./src/inputs/local-images.ts
// An image input may name a file of the repository instead of a URL; it is uploaded to EvoLink's files API
// before the submission (task/upload-images.ts). Checked first, before anything is sent: inside the
// workspace (symlinks followed), not under .git/, a regular file, within max-upload-size, a JPEG, PNG,
// GIF or WebP by its first bytes, whatever its name says, and within what the model documents for the
// field's files (type, bytes, pixels, aspect ratio: the catalogue's `file`).






/** An image input's value names a file when it is not a URL: no scheme (a drive letter, C:\…, is not one). */
const isLocalPath = (value) => !/^[a-z][a-z0-9+.-]+:/i.test(value);
/** The image type from the first bytes, or what the bytes look like instead. */
function sniff(head) {
    if (head.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])))
        return { type: 'image/jpeg' };
    if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
        return { type: 'image/png' };
    const ascii = head.toString('latin1');
    if (/^GIF8[79]a/.test(ascii))
        return { type: 'image/gif' };
    if (ascii.startsWith('RIFF') && ascii.slice(8, 12) === 'WEBP')
        return { type: 'image/webp' };
    if (head.length === 0)
        return { not: 'an empty file' };
    if (ascii.startsWith('%PDF'))
        return { not: 'a PDF document' };
    if (ascii.startsWith('PK\u0003\u0004'))
        return { not: 'a ZIP archive' };
    if (/^\s*<svg|^<\?xml/i.test(ascii))
        return { not: 'an SVG or XML document (only JPEG, PNG, GIF and WebP are taken)' };
    const text = /^[\t\n\r\x20-\x7e\x80-\xff]*$/.test(ascii) && !head.includes(0);
    return { not: text ? `text (it starts "${ascii.slice(0, 24).replace(/[^\x20-\x7e]/g, ' ')}")` : 'binary data of another kind' };
}
const imageName = (path) => (0,external_node_path_.basename)(path)
    .replace(/[^\w.-]+/g, '_')
    .slice(-100) || 'image';
/** The header read to learn an image's type and size in pixels: a JPEG's frame header follows its EXIF, at most 64 KiB. */
const HEAD_BYTES = 64 * 1024;
const TYPE_NAMES = { 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/webp': 'WebP', 'image/gif': 'GIF', 'image/bmp': 'BMP', 'image/heic': 'HEIC' };
const mib = (bytes) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;
/** Why an image breaks its model's documented file rule (type, bytes, pixels, aspect ratio), with EvoLink's sentence; or undefined. */
function fileRuleProblem(model, rule, image) {
    const said = (about, problem) => {
        const sentence = rule.prose.find(line => about.test(line));
        return sentence ? `${problem} (EvoLink: "${sentence}")` : problem;
    };
    if (rule.types && !rule.types.includes(image.type))
        return said(/format/i, `is a ${TYPE_NAMES[image.type]} image; model ${model} takes ${(0,check_field/* listOr */.QD)(rule.types.map(type => TYPE_NAMES[type] ?? type))}`);
    if (rule.maxBytes !== undefined && image.size > rule.maxBytes)
        return said(/MB/, `is ${mib(image.size)}; model ${model} takes images up to ${mib(rule.maxBytes)}`);
    if (!image.pixels)
        return undefined;
    const { width, height } = image.pixels;
    const sides = `${width}×${height} pixels`;
    if (rule.minSide !== undefined && Math.min(width, height) < rule.minSide)
        return said(/px|pixel|edge/i, `is ${sides}; model ${model} takes a width and height of at least ${rule.minSide} each`);
    if (rule.maxSide !== undefined && Math.max(width, height) > rule.maxSide)
        return said(/px|pixel/i, `is ${sides}; model ${model} takes a width and height of at most ${rule.maxSide} each`);
    const aspect = width / height;
    if ((rule.minRatio !== undefined && aspect < rule.minRatio) || (rule.maxRatio !== undefined && aspect > rule.maxRatio))
        return said(/ratio/i, `is ${sides} (width/height ${aspect.toFixed(2)}); model ${model} takes a width/height from ${rule.minRatio} to ${rule.maxRatio}`);
    return undefined;
}
/**
 * Why an image's size differs from what a field selects ("1280x720": exactly that; "16:9": that ratio), or
 * undefined. Only for a model whose file rule ties the two ("must exactly match the selected aspect_ratio").
 */
function selectedSizeProblem(model, rule, pixels, selected) {
    if (!rule.sizeOf || !pixels || typeof selected !== 'string')
        return undefined;
    const { width, height } = pixels;
    const exact = /^(\d+)x(\d+)$/.exec(selected);
    const ratio = /^(\d+):(\d+)$/.exec(selected);
    const fits = exact ? width === Number(exact[1]) && height === Number(exact[2]) : ratio ? width * Number(ratio[2]) === height * Number(ratio[1]) : true;
    if (fits)
        return undefined;
    const wanted = exact ? `exactly ${exact[1]}×${exact[2]} pixels` : `pixels in the ratio ${selected}`;
    const sentence = rule.prose.find(line => line.includes(rule.sizeOf ?? ''));
    return `is ${width}×${height} pixels; model ${model} takes ${wanted} with ${rule.sizeOf} ${selected}${sentence ? ` (EvoLink: "${sentence}")` : ''}`;
}
/**
 * Checks a file an image input names; returns it ready to upload, or why it is refused. `rule` is what the
 * model documents for the field's files, checked here because these are bytes the action holds.
 */
function checkLocalImage(raw, workspace, maxBytes, rule) {
    const rel = within(workspace, (0,external_node_path_.resolve)(workspace, raw));
    if (rel === undefined)
        return { ok: false, problem: `must be an https URL or a file inside the workspace (${workspace}), symlinks included` };
    if (underGit(rel))
        return { ok: false, problem: 'must not be inside .git/' };
    const path = (0,external_node_path_.resolve)(workspace, rel);
    const opened = (0,open_regular_file/* openRegularFile */.Z)(path);
    if (!opened.ok)
        return opened;
    const { fd, size } = opened;
    try {
        if (size > maxBytes)
            return { ok: false, problem: `is ${size} bytes, more than max-upload-size (${maxBytes} bytes)` };
        const buffer = Buffer.alloc(Math.min(size, HEAD_BYTES));
        const head = buffer.subarray(0, (0,external_node_fs_.readSync)(fd, buffer, 0, buffer.length, 0));
        const kind = sniff(head);
        if ('not' in kind)
            return { ok: false, problem: `must be a JPEG, PNG, GIF or WebP image, but it is ${kind.not}` };
        const image = { raw, path, size, type: kind.type, name: imageName(path), pixels: imageDimensions(head, kind.type) };
        const broken = rule && fileRuleProblem(rule.model, rule.file, image);
        return broken ? { ok: false, problem: broken } : { ok: true, image };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./src/inputs/request-inputs.ts





/** Each input that fills a request field, named as the field in kebab-case, so EvoLink's docs apply word for word. */
const FIELD_OF_INPUT = {
    prompt: 'prompt',
    duration: 'duration',
    'aspect-ratio': 'aspect_ratio',
    quality: 'quality',
    sound: 'sound',
    'negative-prompt': 'negative_prompt',
    seed: 'seed',
    'generate-audio': 'generate_audio',
    'image-start': 'image_start',
    'image-end': 'image_end',
    'image-urls': 'image_urls',
    'video-urls': 'video_urls',
    'audio-urls': 'audio_urls',
    'model-params': 'model_params'
};
/** callback-url fills callback_url too, but is read with the other URL inputs (settings.ts) and added last. */
const INPUT_OF_FIELD = new Map([...Object.entries(FIELD_OF_INPUT).map(([input, field]) => [field, input]), ['callback_url', 'callback-url']]);
/** Left empty, these get the model's documented default (so kling-o3-text-to-video's body is as it always was). */
const DOCUMENTED_DEFAULTS = new Set(['duration', 'aspect_ratio', 'quality', 'sound']);
/** Fields that carry media, at any depth (model_params.file_url too): https URLs on public hosts only, the callback-url rule. */
const isMediaField = (field) => /(^image_(start|end)$)|_urls?$/.test(field);
/** Image fields may also name files of the repository, uploaded before the submission. */
const IMAGE_FIELDS = new Set(['image_start', 'image_end', 'image_urls']);
/**
 * Models that take one video or one audio URL (video_url, audio_url) get it from video-urls or audio-urls
 * with one line, so no model needs `params` for its media.
 */
const SINGULAR_OF_INPUT = { 'video-urls': 'video_url', 'audio-urls': 'audio_url' };
/** The field an input fills for this model: its own, or the singular one the model takes instead. */
function fieldOfInput(model, input) {
    const field = FIELD_OF_INPUT[input];
    if (field === undefined)
        return undefined;
    const singular = SINGULAR_OF_INPUT[input];
    return singular && (0,check_field/* own */.ZV)(model.fields, field) === undefined && (0,check_field/* own */.ZV)(model.fields, singular) !== undefined ? singular : field;
}
/** The input that carries a field for this model, or undefined when only `params` does. */
function inputOfField(model, field) {
    const named = INPUT_OF_FIELD.get(field);
    if (named)
        return named;
    return Object.keys(SINGULAR_OF_INPUT).find(input => fieldOfInput(model, input) === field);
}
/** How a user gives a field: 'video-urls' (one line), or params: {"x": …} when no input carries it. */
function howToGive(model, field) {
    // A key of an object field ("model_params.file_url"): the input that carries the object, with the key.
    const [parent, key] = field.split('.');
    if (parent !== undefined && key !== undefined) {
        const carrier = inputOfField(model, parent);
        return carrier ? `'${carrier}' {"${key}": …}` : `params: {"${parent}": {"${key}": …}}`;
    }
    const input = inputOfField(model, field);
    if (input)
        return `'${input}'${SINGULAR_OF_INPUT[input] === field ? ' (one line)' : ''}`;
    return `params: {"${field}": …}`;
}
/** The inputs a model takes (params for the fields no input names), for "it takes …" in messages. */
function inputsOf(model) {
    const fields = Object.keys(model.fields);
    const named = [...new Set(fields.map(field => inputOfField(model, field)).filter((input) => input !== undefined))];
    const order = [...INPUT_OF_FIELD.values()];
    named.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    const rest = fields.filter(field => inputOfField(model, field) === undefined);
    return `${named.join(', ')}${rest.length > 0 ? `, and in params: ${rest.join(', ')}` : ''}`;
}
/** JSON inputs may give a number where EvoLink wants a string ("duration": 5 for "5"): sent as the string. */
function coerce(spec, value) {
    if (!spec)
        return value;
    if (spec.type === 'string' && typeof value === 'number')
        return String(value);
    if (Array.isArray(value))
        return value.map(item => coerce(spec.items, item));
    if (spec.properties && typeof value === 'object' && value !== null) {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, coerce((0,check_field/* own */.ZV)(spec.properties, key), item)]));
    }
    return value;
}
/** An input's raw text as the field's type: lists one per line, JSON for objects, YAML booleans. */
function parseRaw(spec, raw, model) {
    const allows = `model ${model.model} allows ${(0,check_field/* allowedText */.En)(spec)}`;
    if (spec.oneOf) {
        // The first alternative the text fits: "6" as the integer, "auto" as the string.
        for (const alternative of spec.oneOf) {
            const parsed = parseRaw(alternative, raw, model);
            if ('value' in parsed && (0,check_field/* checkValue */.Su)(alternative, parsed.value, 'x') === undefined)
                return parsed;
        }
        return { problem: allows };
    }
    switch (spec.type) {
        case 'integer':
        case 'number': {
            const n = Number(raw);
            const pattern = spec.type === 'integer' ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/;
            return pattern.test(raw) && Number.isFinite(n) ? { value: n } : { problem: allows };
        }
        case 'boolean': {
            const flag = bool(raw);
            return flag === undefined ? { problem: `${allows} (True, TRUE, False and FALSE too)` } : { value: flag };
        }
        case 'array':
            return {
                value: raw
                    .split(/\r?\n/)
                    .map(line => line.trim())
                    .filter(Boolean)
            };
        case 'object': {
            const parsed = parseJsonData(raw);
            return 'problem' in parsed ? { problem: `must be ${(0,check_field/* allowedText */.En)(spec)} (${parsed.problem})` } : { value: coerce(spec, parsed.value) };
        }
        default: {
            // `sound` is the string "on" or "off" for Kling; true and false are accepted for it, as before.
            if (spec.enum?.includes('on') && spec.enum.includes('off')) {
                const flag = raw === 'on' || raw === 'off' ? raw : bool(raw) === undefined ? raw : bool(raw) ? 'on' : 'off';
                return { value: flag };
            }
            return { value: raw };
        }
    }
}
/**
 * Every media URL in a value, at any depth (a key named like a media field holds one or a list), checked
 * and replaced by the exact text that passed: the body never carries a raw string beside a parsed one.
 */
function checkedMedia(key, value, media = isMediaField(key)) {
    if (Array.isArray(value)) {
        const items = [];
        for (const item of value) {
            const checked = checkedMedia(key, item, media);
            if ('problem' in checked)
                return checked;
            items.push(checked.value);
        }
        return { value: items };
    }
    if (typeof value === 'object' && value !== null) {
        const entries = [];
        for (const [name, item] of Object.entries(value)) {
            // The values of a *_bindings object are URLs whatever their keys (voice_bindings: {"image1": "https://…"}).
            const checked = checkedMedia(name, item, isMediaField(name) || /_bindings$/.test(key));
            if ('problem' in checked)
                return checked;
            entries.push([name, checked.value]);
        }
        return { value: Object.fromEntries(entries) };
    }
    if (typeof value !== 'string' || !media)
        return { value };
    const checked = checkedMediaUrl(value);
    return 'problem' in checked ? checked : { value: checked.url };
}
/**
 * Reads every request input for `model`. `prompt` is given already read (prompt or prompt-file);
 * `describe` shows a raw value in a message the way the other inputs' messages do.
 */
function readRequestFields(model, read, prompt, spec, describe, uploadRules) {
    const body = {};
    const uploads = [];
    const problems = [];
    const refuse = (input, raw, reason) => problems.push(`Input '${input}' is ${describe(input, raw)}: ${reason}.`);
    const put = (input, field, raw) => {
        const fieldSpec = spec(field);
        if (!fieldSpec)
            return refuse(input, raw, `model ${model.model} does not take it; it takes ${inputsOf(model)}`);
        const parsed = parseRaw(fieldSpec, raw, model);
        if ('problem' in parsed)
            return refuse(input, raw, parsed.problem);
        let value = parsed.value;
        if (IMAGE_FIELDS.has(field)) {
            // Each entry is a file of the workspace (its position recorded for the uploaded URL) or an https URL.
            const list = Array.isArray(value) ? value : [value];
            const found = [];
            const checked = [];
            for (const [i, item] of list.entries()) {
                if (typeof item === 'string' && isLocalPath(item)) {
                    const local = checkLocalImage(item, uploadRules.workspace, uploadRules.maxUploadBytes, fieldSpec.file && { model: model.model, file: fieldSpec.file });
                    if (!local.ok)
                        return refuse(input, raw, `${JSON.stringify(item)} ${local.problem}`);
                    found.push({ ...local.image, field, index: Array.isArray(value) ? i : undefined });
                    checked.push(item);
                }
                else {
                    const media = checkedMedia(field, item);
                    if ('problem' in media)
                        return refuse(input, raw, media.problem);
                    checked.push(media.value);
                }
            }
            uploads.push(...found);
            value = Array.isArray(value) ? checked : checked[0];
        }
        else {
            const media = checkedMedia(field, value);
            if ('problem' in media)
                return refuse(input, raw, media.problem);
            value = media.value;
        }
        const problem = (0,check_field/* checkValue */.Su)(fieldSpec, value, field);
        if (problem)
            return refuse(input, raw, problem.startsWith(`${field} must be `) ? `model ${model.model} allows ${problem.slice(field.length + 9)}` : problem);
        body[field] = value;
    };
    for (const input of Object.keys(FIELD_OF_INPUT)) {
        const field = fieldOfInput(model, input) ?? '';
        const raw = input === 'prompt' ? prompt : read(input);
        const lines = raw
            .split(/\r?\n/)
            .map(line => line.trim())
            .filter(Boolean);
        if (raw !== '' && field === SINGULAR_OF_INPUT[input] && lines.length !== 1)
            refuse(input, raw, `model ${model.model} takes one URL here (${field}): give exactly one line`);
        else if (raw !== '')
            put(input, field, field === SINGULAR_OF_INPUT[input] ? (lines[0] ?? '') : raw);
        else if (DOCUMENTED_DEFAULTS.has(field) && spec(field)?.default !== undefined)
            body[field] = spec(field)?.default;
    }
    const paramsRaw = read('params');
    if (paramsRaw !== '') {
        const parsed = parseJsonData(paramsRaw);
        if ('problem' in parsed)
            refuse('params', paramsRaw, `must be a JSON object (${parsed.problem})`);
        const params = 'value' in parsed ? parsed.value : undefined;
        if (params !== undefined && (typeof params !== 'object' || params === null || Array.isArray(params))) {
            refuse('params', paramsRaw, 'must be a JSON object of other top-level fields, such as {"n": 2}');
        }
        else if (params) {
            for (const [field, value] of Object.entries(params)) {
                const input = INPUT_OF_FIELD.get(field);
                const fieldSpec = spec(field);
                if (input || field === 'model')
                    refuse('params', paramsRaw, `"${field}" has an input of its own${input ? ` ('${input}')` : ''}: use it`);
                else if (!fieldSpec)
                    refuse('params', paramsRaw, `"${field}" is not a field of model ${model.model}; it takes ${inputsOf(model)}`);
                else {
                    const media = checkedMedia(field, coerce(fieldSpec, value));
                    const problem = 'problem' in media ? media.problem : (0,check_field/* checkValue */.Su)(fieldSpec, media.value, field);
                    if (problem)
                        refuse('params', paramsRaw, problem);
                    else if ('value' in media)
                        body[field] = media.value;
                }
            }
        }
    }
    // An image whose size must be what another field selects (Sora 2: "must exactly match the selected aspect_ratio").
    for (const upload of uploads) {
        const file = spec(upload.field)?.file;
        const selected = file?.sizeOf === undefined ? undefined : ((0,check_field/* own */.ZV)(body, file.sizeOf) ?? spec(file.sizeOf)?.default);
        const problem = file && selectedSizeProblem(model.model, file, upload.pixels, selected);
        if (problem)
            refuse(inputOfField(model, upload.field) ?? upload.field, upload.raw, `${JSON.stringify(upload.raw)} ${problem}`);
    }
    return { body, uploads, problems };
}

;// CONCATENATED MODULE: ./src/inputs/delivery-settings.ts
// Inputs that say where the video goes once it exists: a file, a pull request comment, a release asset, a
// workflow artifact.
// Checked with the rest, before anything is submitted, so a bad path or a missing tag costs no credits.






/** Characters GitHub refuses in artifact names (an artifact is named after its file). */
const ARTIFACT_NAME_REFUSED = /[":<>|*?\\/\r\n]/;
const UNITS = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 };
/** "2GiB" → 2147483648; undefined when unreadable. */
function parseSize(raw) {
    const match = /^(\d+(?:\.\d+)?)\s*([kmg]i?b|b)?$/i.exec(raw);
    if (!match)
        return undefined;
    const bytes = Math.floor(Number(match[1]) * (UNITS[(match[2] ?? 'b').toLowerCase()] ?? NaN));
    return bytes > 0 ? bytes : undefined;
}
const inside = (root, path) => within(root, path) !== undefined;
/** Why the video cannot be written at `path`, found before anything is submitted; undefined when it can. */
function downloadPathProblem(raw, path) {
    if (/[\\/]$/.test(raw))
        return 'names a folder (it ends in a slash): give a file name, such as videos/preview.mp4';
    const existing = nearestExisting(path);
    try {
        const stat = (0,external_node_fs_.statSync)(existing);
        if (existing === path) {
            if (stat.isDirectory())
                return `must name a file, but ${path} is a directory`;
            if (!stat.isFile())
                return `must name a regular file, but ${path} is something else (a device or a pipe)`;
            (0,external_node_fs_.accessSync)((0,external_node_path_.dirname)(path), external_node_fs_.constants.W_OK);
        }
        else {
            if (!stat.isDirectory())
                return `cannot be created: ${existing} is a file, not a folder`;
            (0,external_node_fs_.accessSync)(existing, external_node_fs_.constants.W_OK);
        }
    }
    catch (error) {
        return `cannot be written: ${error.code ?? error.message} on ${existing === path ? (0,external_node_path_.dirname)(path) : existing}`;
    }
    return undefined;
}
/** The release tag of a `release` event, from the event payload the runner writes. */
function releaseTagOfEvent(env) {
    if (env.GITHUB_EVENT_NAME !== 'release' || !env.GITHUB_EVENT_PATH)
        return undefined;
    try {
        const tag = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8')).release?.tag_name;
        return typeof tag === 'string' ? tag : undefined;
    }
    catch {
        return undefined;
    }
}
function readDeliverySettings(read, report, env) {
    const workspace = (0,external_node_path_.resolve)(env.GITHUB_WORKSPACE || process.cwd());
    const runnerTemp = (0,external_node_path_.resolve)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)());
    const flag = (name) => {
        const parsed = bool(read(name));
        if (parsed === undefined)
            report.fail(name, read(name), BOOL_ALLOWED);
        return parsed ?? false;
    };
    const prComment = flag('pr-comment');
    const releaseAsset = flag('release-asset');
    const artifactAsked = flag('artifact');
    const retentionRaw = read('artifact-retention-days');
    const retentionDays = retentionRaw === '' ? undefined : /^\d+$/.test(retentionRaw) && Number(retentionRaw) >= 1 && Number(retentionRaw) <= 90 ? Number(retentionRaw) : NaN;
    if (Number.isNaN(retentionDays))
        report.fail('artifact-retention-days', retentionRaw, "a whole number of days from 1 to 90 (empty: the repository's setting)");
    // The artifact service is the runner's: a local runner has none, and finding out after paying would be too late.
    if (artifactAsked && !(env.ACTIONS_RESULTS_URL && env.ACTIONS_RUNTIME_TOKEN)) {
        report.problem('Input \'artifact\' is "true" but this runner provides no artifact service (ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN are not set, as on a local runner): set artifact: false, or run the step on GitHub Actions.');
    }
    const keyRaw = read('pr-comment-key');
    const prCommentKey = keyRaw === '' ? undefined : keyRaw;
    if (prCommentKey !== undefined && !/^[\w .:/-]{1,100}$/.test(prCommentKey)) {
        report.fail('pr-comment-key', keyRaw, 'at most 100 letters, digits, spaces and . _ : / - (for example ${{ matrix.name }})');
    }
    const githubToken = read('github-token');
    if (githubToken)
        report.mask(githubToken);
    const maxRaw = read('max-download-size');
    const maxBytes = parseSize(maxRaw);
    if (maxBytes === undefined)
        report.fail('max-download-size', maxRaw, 'a size such as 2GiB, 500MiB or 104857600 (bytes)');
    let release;
    if (releaseAsset) {
        const tag = read('release-tag') || releaseTagOfEvent(env);
        const assetName = read('asset-name') || (tag ? `evolink-video-${tag.replace(/[^\w.-]+/g, '-')}.mp4` : '');
        if (tag && (tag.length > 255 || untrusted/* UNSAFE_OR_SPACE */.a0.test(tag))) {
            report.fail('release-tag', tag, 'a tag name of at most 255 characters without spaces, line breaks or control characters (git refuses them in tags)');
        }
        else if (!tag) {
            report.problem("Input 'release-asset' is \"true\" but this is not a release event: set 'release-tag' to the release to upload to.");
        }
        else if (!/^[\w.-]+$/.test(assetName)) {
            report.fail('asset-name', assetName, 'a file name of letters, digits, dots, dashes and underscores');
        }
        else {
            release = { tag, assetName };
        }
    }
    let download;
    const pathRaw = read('download-path');
    if (pathRaw || release) {
        const path = pathRaw ? (0,external_node_path_.resolve)(workspace, pathRaw) : (0,external_node_path_.join)(runnerTemp, 'evolink-video', release?.assetName ?? 'video.mp4');
        const problem = !inside(workspace, path) && !inside(runnerTemp, path)
            ? `must stay inside the workspace (${workspace}) or RUNNER_TEMP (${runnerTemp}); it resolves to ${path}`
            : underGit(within(workspace, path) ?? '')
                ? 'must not be inside .git/'
                : downloadPathProblem(pathRaw, path);
        if (problem)
            report.refuse('download-path', pathRaw, problem);
        else if (maxBytes !== undefined)
            download = { path, maxBytes };
    }
    const fileName = download && pathRaw ? (0,external_node_path_.basename)(download.path) : undefined;
    // The artifact is named after the file: a name GitHub would refuse is refused now, before any credit is spent.
    if (artifactAsked && fileName && ARTIFACT_NAME_REFUSED.test(fileName)) {
        report.refuse('download-path', pathRaw, `with artifact: true its file name names the artifact, and GitHub refuses " : < > | * ? \\ / and line breaks in artifact names`);
    }
    const artifact = artifactAsked ? { retentionDays: Number.isNaN(retentionDays) ? undefined : retentionDays, fileName } : undefined;
    return { download, maxDownloadBytes: maxBytes ?? 0, prComment, prCommentKey, release, artifact, githubToken };
}

;// CONCATENATED MODULE: ./src/inputs/settings.ts
// Reads every input once, validates all of them, and returns one typed settings object.
// Every problem names the input, the value given and what is allowed; all are reported together.
// The request inputs are checked against the chosen model's entry in the catalogue (request-inputs.ts).









const POLL_STRATEGIES = ['adaptive', 'fixed'];
/** What an earlier run paid for is reused: docs/paying-once.md. */
const REUSE_MODES = ['re-run', 'identical', 'off'];
/** The finite number a string spells, when the string matches `pattern` and the number passes `ok`. */
const numberWhere = (pattern, ok) => raw => {
    const n = Number(raw);
    return pattern.test(raw) && Number.isFinite(n) && ok(n) ? n : undefined;
};
/** A whole number from `min` to `max`. */
const wholeNumber = (min, max = Number.MAX_SAFE_INTEGER) => numberWhere(/^\d+$/, n => n >= min && n <= max);
/** A number of seconds from `min` to `max`, decimals allowed. */
const seconds = (min, max) => ({
    parse: numberWhere(/^\d+(\.\d+)?$/, n => n >= min && n <= max),
    allowed: `a number of seconds from ${min} to ${max}`
});
/** The longest wait a timer holds: setTimeout fires at once (after 1 ms) past 2^31-1 ms. */
const MAX_TIMER_S = Math.floor((2 ** 31 - 1) / 1000);
const oneOf = (values) => ({
    parse: (raw) => values.find((value) => value === raw),
    allowed: `one of: ${values.join(', ')}`
});
/** Each input: the parser of its raw string, and the sentence that says what is allowed. */
const FIELDS = {
    wait: { parse: bool, allowed: BOOL_ALLOWED },
    'dry-run': { parse: bool, allowed: BOOL_ALLOWED },
    'poll-interval': seconds(0.05, 3600),
    'poll-strategy': oneOf(POLL_STRATEGIES),
    timeout: seconds(1, MAX_TIMER_S),
    'request-timeout': seconds(0.1, 3600),
    'max-consecutive-errors': { parse: wholeNumber(1), allowed: 'a whole number of at least 1' },
    reuse: oneOf(REUSE_MODES),
    'max-credits': { parse: wholeNumber(1), allowed: 'a whole number of credits of at least 1, such as 100 (empty: no cap)' },
    'min-credits': { parse: numberWhere(/^\d+(\.\d+)?$/, n => n <= Number.MAX_SAFE_INTEGER), allowed: 'a number of credits of at least 0, such as 100 or 12.5' },
    'task-id': { parse: (raw) => (contract/* TASK_ID_PATTERN */.F.test(raw) ? raw : undefined), allowed: 'an EvoLink task id such as task-unified-1757169743-7cvnl5zw' }
};
/** An input's value in a message: the key hidden, any other value quoted and made inert (untrusted.ts). */
function describeValue(name, raw) {
    return name === 'api-key' ? '(hidden)' : (0,untrusted/* quoteInput */.Zs)(raw);
}
async function readSettings(read, mask, env = process.env) {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    // The key is masked before anything else can be logged, even before it is validated.
    const apiKey = read('api-key');
    if (apiKey)
        mask(apiKey);
    const problems = [];
    const refuse = (name, raw, reason) => problems.push(`Input '${name}' is ${describeValue(name, raw)}: ${reason}.`);
    const fail = (name, raw, allowed) => refuse(name, raw, `must be ${allowed}`);
    function field(name) {
        const raw = read(name);
        const value = FIELDS[name].parse(raw);
        if (value === undefined)
            fail(name, raw, FIELDS[name].allowed);
        return value;
    }
    const optional = (name) => (read(name) === '' ? undefined : field(name));
    const wait = field('wait');
    const dryRun = field('dry-run');
    const pollInterval = field('poll-interval');
    const pollStrategy = field('poll-strategy');
    const timeout = field('timeout');
    const requestTimeout = field('request-timeout');
    const maxConsecutiveErrors = field('max-consecutive-errors');
    const taskId = optional('task-id');
    const reuse = field('reuse');
    const minCredits = optional('min-credits');
    const maxCredits = optional('max-credits');
    const prompt = readPrompt(read, fail, refuse, workspace);
    // base-url is joined with /v1/…, so a trailing slash would double up.
    const baseUrl = readUrl(read('base-url'), 'base-url', baseUrlProblem, refuse)?.href.replace(/\/+$/, '');
    const filesBaseUrl = readUrl(read('files-base-url'), 'files-base-url', baseUrlProblem, refuse)?.href.replace(/\/+$/, '');
    const maxUploadRaw = read('max-upload-size');
    const maxUploadBytes = parseSize(maxUploadRaw);
    if (maxUploadBytes === undefined)
        fail('max-upload-size', maxUploadRaw, 'a size such as 10MiB, 500KiB or 1048576 (bytes)');
    const callbackRaw = read('callback-url');
    const callbackUrl = callbackRaw === '' ? undefined : readUrl(callbackRaw, 'callback-url', callbackUrlProblem, refuse)?.href;
    const delivery = readDeliverySettings(read, { fail, refuse, problem: text => problems.push(text), mask }, env);
    // The catalogue loads here, once the plain inputs are read: its checks need the model.
    const models = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 3003));
    const modelRaw = read('model');
    const model = models.findModel(modelRaw);
    let fields = {};
    let uploads = [];
    if (!model) {
        const like = models.similarModels(modelRaw);
        const notVideo = Object.hasOwn(models.NOT_VIDEO_MODELS, modelRaw) ? models.NOT_VIDEO_MODELS[modelRaw] : undefined;
        if (notVideo)
            refuse('model', modelRaw, `${notVideo}; this action makes videos: pick one of the ${models.MODEL_NAMES.length} video models in the README's model table`);
        else if (like.length > 0)
            fail('model', modelRaw, `one of the ${models.MODEL_NAMES.length} EvoLink video models in the README's model table: did you mean ${like.join(', or ')}?`);
        else
            fail('model', modelRaw, `one of the ${models.MODEL_NAMES.length} EvoLink video models in the README's model table, such as kling-o3-text-to-video`);
    }
    else if (taskId === undefined) {
        // Resuming sends no request: the request inputs are not checked then.
        const read2 = readRequestFields(model, read, prompt ?? '', field => models.fieldSpec(model, field), describeValue, {
            workspace: (0,external_node_path_.resolve)(workspace),
            maxUploadBytes: maxUploadBytes ?? 0
        });
        problems.push(...read2.problems);
        fields = read2.body;
        uploads = read2.uploads;
        if (read2.problems.length === 0) {
            for (const field of models.missingRequired(model, fields)) {
                const input = inputOfField(model, field);
                problems.push(input
                    ? `Input '${input}' is empty: model ${model.model} requires it${field === 'prompt' ? " (give 'prompt' or 'prompt-file')" : input === 'video-urls' || input === 'audio-urls' ? ` (one URL, for ${field})` : ''}.`
                    : `Model ${model.model} requires ${field}, which no input of its own carries: give it as ${howToGive(model, field)}.`);
            }
            for (const broken of models.brokenRules(model, fields, field => howToGive(model, field)))
                problems.push(`Model ${model.model}: ${broken}.`);
        }
    }
    // The key goes into a header: a line break there could add headers of its own, so it is refused unseen.
    if (apiKey && !/^[\x21-\x7e]+$/.test(apiKey)) {
        problems.push("Input 'api-key' holds characters that cannot go into an HTTP header (spaces, line breaks, control or non-ASCII characters); check the secret. The value is not shown.");
    }
    // Only a valid dry-run: true may go without a key; an invalid dry-run value does not hide a missing key.
    if (!apiKey && dryRun !== true) {
        problems.push("Input 'api-key' is empty: it is required (pass it from a secret: api-key: ${{ secrets.EVOLINK_API_KEY }}).");
    }
    if (taskId !== undefined && wait === false) {
        problems.push("Inputs 'task-id' and 'wait: false' together would do nothing: resuming a task means waiting for it.");
    }
    if (problems.length > 0)
        throw new src_errors/* InputError */.dz(problems);
    // Every value below was checked above; the assertions only tell the compiler so.
    return {
        apiKey,
        model: modelRaw,
        prompt: prompt ?? '',
        fields,
        uploads,
        filesBaseUrl: filesBaseUrl,
        callbackUrl,
        taskId,
        wait: wait,
        pollIntervalMs: pollInterval * 1000,
        pollStrategy: pollStrategy,
        timeoutMs: timeout * 1000,
        requestTimeoutMs: requestTimeout * 1000,
        maxConsecutiveErrors: maxConsecutiveErrors,
        baseUrl: baseUrl,
        dryRun: dryRun,
        reuse: reuse,
        minCredits,
        maxCredits,
        delivery
    };
}
function readPrompt(read, fail, refuse, workspace) {
    const inline = read('prompt');
    const file = read('prompt-file');
    if (inline && file) {
        fail('prompt-file', file, "left empty when 'prompt' is given (use one or the other)");
        return undefined;
    }
    let prompt = inline;
    if (file) {
        const read = readPromptFile(file, workspace);
        if (!read.ok) {
            refuse('prompt-file', file, read.problem);
            return undefined;
        }
        prompt = read.prompt;
    }
    // Its length and whether it may be empty depend on the model: checked with the other request fields.
    return prompt;
}
function readUrl(raw, name, problemOf, refuse) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        refuse(name, raw, 'must be an absolute URL such as https://example.com/path');
        return undefined;
    }
    // Checked on the text: the parser drops tabs and line breaks, so what it checked would not be what is sent.
    const hidden = hiddenCharacterProblem(raw);
    if (hidden) {
        refuse(name, raw, hidden);
        return undefined;
    }
    const problem = problemOf(url);
    if (problem) {
        refuse(name, raw, problem);
        return undefined;
    }
    return url;
}

// EXTERNAL MODULE: ./src/step/graph.ts
var graph = __nccwpck_require__(1558);
;// CONCATENATED MODULE: ./src/step/plan.ts
// A step is a plan of one or more videos. Without `manifest` it is one video read from the step's inputs;
// with one, the manifest's entries (all, or those `entry` names and their upstreams), each read as the step's
// inputs with the entry's own values over them, and the graph `video-from` draws between them. Every
// problem of every entry is found before anything is sent, and reported at once.








/** How many tasks may be in flight at once: EvoLink limits requests per model. */
const MAX_CONCURRENT = 50;
/**
 * What stands for the upstream's video while the entry is checked: a URL that passes the media URL rules, so
 * the model's own rules (required, modes, counts) judge the entry as they will judge the real request. It
 * is never sent: the scheduler puts the upstream's URL in its place, by the plan's edge, not by this text.
 */
const videoFromStandIn = (id) => `https://video-from.invalid/${id}.mp4`;
/** The plan of this step, or one InputError naming every problem. */
async function readPlan(read, mask) {
    if (!read('manifest'))
        return { videos: [{ id: '', settings: await readSettings(read, mask) }], manifest: false, maxConcurrent: 1 };
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const manifest = await readManifest(read('manifest'), workspace);
    if (!manifest.ok)
        throw new src_errors/* InputError */.dz(manifest.problems);
    const nodes = manifest.entries.map(({ id, from }) => ({ id, from }));
    const problems = [...manifest.problems, ...(0,graph/* graphProblems */.VP)(nodes)];
    const wanted = read('entry')
        .split(',')
        .map(id => id.trim())
        .filter(Boolean);
    const known = new Set(nodes.map(node => node.id));
    const unknown = wanted.filter(id => !known.has(id));
    if (unknown.length > 0) {
        const listed = manifest.entries.length <= 20 ? `: ${[...known].join(', ')}` : ` (${known.size} entries)`;
        const not = `${unknown.map(id => (0,untrusted/* quoteInput */.Zs)(id)).join(', ')} ${unknown.length === 1 ? 'is not one' : 'are not'}`;
        problems.push(`Input 'entry' is ${(0,untrusted/* quoteInput */.Zs)(read('entry'))}: it must be one or more ids of the manifest, separated by commas${listed}; ${not}.`);
    }
    // A selected entry brings the entries its video is made from: they run first, in this step.
    const selected = wanted.length > 0 ? (0,graph/* withUpstreams */.F4)(nodes, new Set(wanted)) : known;
    const entries = manifest.entries.filter(entry => selected.has(entry.id));
    const concurrentRaw = read('max-concurrent');
    const maxConcurrent = /^\d+$/.test(concurrentRaw) ? Number(concurrentRaw) : NaN;
    if (!(maxConcurrent >= 1 && maxConcurrent <= MAX_CONCURRENT))
        problems.push(`Input 'max-concurrent' is ${(0,untrusted/* quoteInput */.Zs)(concurrentRaw)}: it must be a whole number from 1 to ${MAX_CONCURRENT}.`);
    const videos = await readEntries(entries, read, mask).catch((error) => {
        if (!(error instanceof src_errors/* InputError */.dz))
            throw error;
        problems.push(...error.problems);
        return [];
    });
    if (problems.length > 0)
        throw new src_errors/* InputError */.dz(problems);
    return { videos, manifest: true, maxConcurrent };
}
/** The inputs of one entry: its own values, then what it takes from the entry itself, then the step's. */
function entryReader(entry, step, count) {
    const own = new Map(Object.entries(entry.values));
    // An entry that sets either prompt input replaces both of the step's: they exclude each other.
    const setsPrompt = own.has('prompt') || own.has('prompt-file');
    return name => {
        if (name === 'video-urls' && entry.from !== undefined)
            return videoFromStandIn(entry.from);
        const value = own.get(name);
        if (value !== undefined)
            return value;
        if (setsPrompt && (name === 'prompt' || name === 'prompt-file'))
            return '';
        // Each release asset is named after its entry. pr-comment is the step's, checked with every entry like
        // any input; the step posts the one comment (the scheduler keeps the entries from posting their own).
        if (name === 'asset-name')
            return `${entry.id}.mp4`;
        if (name === 'download-path' && count > 1)
            return '';
        return step(name);
    };
}
const where = (entry) => `Manifest entry '${entry.id}' (video-from: '${entry.from}')`;
/** Why an entry's `video-from` cannot be used with its model, or the field the video goes in. */
function videoFieldOf(entry, model) {
    if (entry.values['video-urls'] !== undefined)
        return { problem: `${where(entry)} also sets video-urls: its video input is the video of '${entry.from}'; remove one of them.` };
    const spec = (0,models.findModel)(model);
    // An unknown model is reported by the entry's own checks.
    if (!spec)
        return undefined;
    const field = fieldOfInput(spec, 'video-urls');
    if (field === undefined || (0,check_field/* own */.ZV)(spec.fields, field) === undefined) {
        return { problem: `${where(entry)}: model ${spec.model} takes no video input; video-from needs a model that takes one (video_url or video_urls).` };
    }
    return { field };
}
/**
 * The action does not guess modes: where the model takes a video only in some modes of a field (wan2.7's
 * generation_mode video_continuation), the entry must set that field.
 */
function modeProblem(entry, settings, field) {
    const spec = (0,models.findModel)(settings.model);
    for (const rule of spec?.rules ?? []) {
        if (rule.kind !== 'byMode' || rule.field !== field || rule.required.length === 0 || settings.fields[rule.modeField] !== undefined)
            continue;
        const modes = rule.required.map(mode => `"${mode}"`).join(' or ');
        return `${where(entry)}: model ${settings.model} takes a video only with ${rule.modeField} ${modes}, and the action does not guess modes: set ${howToGive(spec, rule.modeField).replace('…', modes)} in the entry.`;
    }
    return undefined;
}
/** Every entry's settings, or one InputError naming every problem of every entry. */
async function readEntries(entries, step, mask) {
    const problems = [];
    if (step('task-id')) {
        problems.push("Input 'task-id' resumes one task: with 'manifest', set task-id on the entry whose task it is (a re-run resumes each entry's task by itself).");
    }
    if (step('download-path') && entries.length > 1) {
        problems.push("Input 'download-path' would write every video of the manifest to one file: set 'download-path' in each entry instead.");
    }
    // Each secret is masked once, not once per entry: a thousand entries, one ::add-mask:: line.
    const masked = new Set();
    const maskOnce = (secret) => {
        if (masked.has(secret))
            return;
        masked.add(secret);
        mask(secret);
    };
    const videos = [];
    for (const entry of entries) {
        const from = entry.from;
        let read = entryReader(entry, step, entries.length);
        let field;
        if (from !== undefined) {
            const found = videoFieldOf({ ...entry, from }, read('model'));
            if (found && 'problem' in found) {
                problems.push(found.problem);
                // Checked without the stand-in, so the model's own checks do not say the same again.
                const plain = read;
                read = name => (name === 'video-urls' ? (entry.values[name] ?? '') : plain(name));
            }
            else
                field = found?.field;
        }
        try {
            const settings = await readSettings(read, maskOnce);
            const mode = from !== undefined && field !== undefined ? modeProblem({ ...entry, from }, settings, field) : undefined;
            if (mode)
                problems.push(mode);
            videos.push({ id: entry.id, settings, ...(from !== undefined && field !== undefined ? { from: { id: from, field } } : {}) });
        }
        catch (error) {
            if (!(error instanceof src_errors/* InputError */.dz))
                throw error;
            // A rule of the model about its video input is a rule about video-from in this entry.
            const named = from === undefined ? error.problems : error.problems.map(problem => problem.replaceAll("'video-urls'", `video-from ('${from}')`));
            problems.push(...named.map(problem => `Manifest entry '${entry.id}': ${problem}`));
        }
    }
    if (videos.some(video => video.from) && videos.some(video => !video.settings.wait)) {
        problems.push(`Input 'wait' is false: entries with ${VIDEO_FROM} need their upstream's finished video, so the step must wait for it.`);
    }
    problems.push(...sharedFiles(videos));
    if (problems.length > 0)
        throw new src_errors/* InputError */.dz(problems);
    return videos;
}
/** Two entries may not write one file: paths compared once resolved (and case-folded where the file system folds case). */
function sharedFiles(videos) {
    const problems = [];
    const writers = new Map();
    for (const { id, settings } of videos) {
        const path = settings.delivery.download?.path;
        if (!path)
            continue;
        const key = process.platform === 'win32' || process.platform === 'darwin' ? path.toLowerCase() : path;
        const earlier = writers.get(key);
        if (earlier)
            problems.push(`Manifest entry '${id}': download-path is ${(0,untrusted/* quoteInput */.Zs)(path)}, the file entry '${earlier}' writes; each entry needs a file of its own.`);
        else
            writers.set(key, id);
    }
    return problems;
}

// EXTERNAL MODULE: ./src/step/scheduler.ts
var scheduler = __nccwpck_require__(7355);
;// CONCATENATED MODULE: ./src/main.ts
// The story of one run: settings → plan (one video, or a manifest's) → run (one scheduler) → report.
// @actions/core and everything after the submission are imported once the POST is out (runner.ts says why).









const loadCore = () => Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(838)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3838));
/** The step's own log and outputs. */
const stepLog = async () => {
    const core = await loadCore();
    return { info: core.info, warning: core.warning, notice: core.notice, debug: core.debug, setOutput: core.setOutput };
};
async function run() {
    const cancellation = watchCancellation();
    const startedAt = Date.now();
    let plan;
    let transport;
    try {
        plan = await readPlan(readInput, maskSecret);
        const first = plan.videos[0]?.settings;
        if (!first)
            return;
        if (first.dryRun) {
            const planned = await (await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(838), __nccwpck_require__.e(320)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3320))).dryRunPlan(plan, stepLog);
            return await (await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(838), __nccwpck_require__.e(485)]).then(__nccwpck_require__.bind(__nccwpck_require__, 485))).publishPlan(plan, planned, cancellation.signal);
        }
        transport = await (0,http/* createTransport */.oO)();
        const client = createClient({ ...first, open: transport.open });
        const outcomes = await (0,scheduler/* runPlan */.Fo)(plan, { client, transport, signal: cancellation.signal, startedAt, log: stepLog }, retry/* sleep */.yy);
        await (await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(838), __nccwpck_require__.e(485)]).then(__nccwpck_require__.bind(__nccwpck_require__, 485))).publishStep(plan, outcomes, cancellation.signal);
    }
    catch (error) {
        const report = (0,failure/* failureReport */.L)(error, {}, startedAt);
        const single = plan && !plan.manifest ? plan.videos[0] : undefined;
        if (single)
            await (await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(838), __nccwpck_require__.e(850)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8850))).publish(single.settings, report, report.errorMessage);
        else
            (await loadCore()).setFailed(report.errorMessage ?? String(error));
    }
    finally {
        cancellation.dispose();
        await transport?.close();
    }
}


/***/ }),

/***/ 6515:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U0: () => (/* binding */ ruleBroken),
/* harmony export */   cW: () => (/* binding */ isLoopbackHost),
/* harmony export */   eY: () => (/* binding */ addressGuard)
/* harmony export */ });
/* unused harmony exports embeddedIpv4, AddressRefusedError */
/* harmony import */ var node_dns__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(610);
/* harmony import */ var node_dns__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_dns__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_net__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3916);
/* harmony import */ var _untrusted_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2949);
// Where a download may connect. Result URLs and redirects come from the network, so they could point the
// runner at its own metadata service, a database on the private network or the runner itself; such
// addresses are refused. Names are checked on the addresses they resolve to at connect time (the lookup
// the socket uses is this one), so a public name that resolves to 10.0.0.5 is refused too.




const RULES = [
    ['loopback', 'ipv4', '127.0.0.0', 8],
    ['loopback', 'ipv6', '::1', 128],
    ['unspecified', 'ipv4', '0.0.0.0', 8],
    ['unspecified', 'ipv6', '::', 128],
    ['private', 'ipv4', '10.0.0.0', 8],
    ['private', 'ipv4', '172.16.0.0', 12],
    ['private', 'ipv4', '192.168.0.0', 16],
    ['private', 'ipv6', 'fc00::', 7],
    ['site-local', 'ipv6', 'fec0::', 10],
    ['link-local', 'ipv4', '169.254.0.0', 16],
    ['link-local', 'ipv6', 'fe80::', 10],
    ['CGNAT', 'ipv4', '100.64.0.0', 10],
    ['broadcast', 'ipv4', '255.255.255.255', 32],
    ['multicast', 'ipv4', '224.0.0.0', 4],
    ['multicast', 'ipv6', 'ff00::', 8],
    ['reserved', 'ipv4', '240.0.0.0', 4],
    ['reserved', 'ipv4', '192.0.0.0', 24],
    ['reserved', 'ipv4', '198.18.0.0', 15],
    ['documentation', 'ipv4', '192.0.2.0', 24],
    ['documentation', 'ipv4', '198.51.100.0', 24],
    ['documentation', 'ipv4', '203.0.113.0', 24],
    ['documentation', 'ipv6', '2001:db8::', 32]
];
const LISTS = new Map();
for (const [rule, family, network, bits] of RULES) {
    const list = LISTS.get(rule) ?? new node_net__WEBPACK_IMPORTED_MODULE_1__.BlockList();
    list.addSubnet(network, bits, family);
    LISTS.set(rule, list);
}
const RANGES = new Map();
for (const [rule, , network, bits] of RULES)
    RANGES.set(rule, [RANGES.get(rule), `${network}/${bits}`].filter(Boolean).join(', '));
/** An IPv6 address as eight 16-bit groups (any notation: compressed, expanded, a dotted IPv4 tail). */
function ipv6Groups(address) {
    let text = address.toLowerCase().replace(/%.*$/, '');
    const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
    if (dotted) {
        const [a, b, c, d] = dotted.slice(1).map(Number);
        text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
    }
    const [head, tail, extra] = text.split('::');
    if (extra !== undefined)
        return undefined;
    const part = (s) => (s ? s.split(':').map(g => parseInt(g, 16)) : []);
    const left = part(head);
    const right = part(tail);
    const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill(0), ...right];
    return groups.length === 8 && groups.every(g => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : undefined;
}
const v4 = (hi, lo) => [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
/**
 * The IPv4 addresses an IPv6 address carries, each checked under the IPv4 rules (RFC 4291, 6052, 8215,
 * 3056, 4380): IPv4-mapped ::ffff:0:0/96 and IPv4-translated ::ffff:0:0:0/96, IPv4-compatible ::/96, NAT64
 * 64:ff9b::/96 and the local-use 64:ff9b:1::/48, 6to4 2002::/16, and Teredo 2001::/32 (the
 * server, and the client stored inverted). Reaching any of them through a translator reaches that IPv4 host.
 */
function embeddedIpv4(address) {
    const g = ipv6Groups(address);
    if (!g)
        return [];
    const [g0, g1, g2, g3, g4, g5, g6, g7] = g;
    const zeros = (...xs) => xs.every(x => x === 0);
    if (zeros(g0, g1, g2, g3, g4) && (g5 === 0xffff || g5 === 0))
        return [v4(g6, g7)];
    if (zeros(g0, g1, g2, g3) && g4 === 0xffff && g5 === 0)
        return [v4(g6, g7)];
    if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && zeros(g3, g4, g5))
        return [v4(g6, g7)];
    // Local-use NAT64 may embed at /96 (the tail) or /48 (bits 48-63 and 72-87): both are checked.
    if (g0 === 0x64 && g1 === 0xff9b && g2 === 1)
        return [zeros(g3, g4, g5) ? v4(g6, g7) : v4(g3, ((g4 & 255) << 8) | (g5 >> 8))];
    if (g0 === 0x2002)
        return [v4(g1, g2)];
    if (g0 === 0x2001 && g1 === 0)
        return [v4(g2, g3), v4(g6 ^ 0xffff, g7 ^ 0xffff)];
    return [];
}
/** The rule an IP address breaks ("private", "link-local" …), or undefined for a public address. */
function ruleBroken(address, allowLoopback) {
    const bare = address.replace(/^\[|\]$/g, '');
    const version = (0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(bare);
    if (version === 0)
        return 'not an IP address';
    const family = version === 6 ? 'ipv6' : 'ipv4';
    // The IPv6 address's own rule first (::1 is loopback, not the IPv4-compatible 0.0.0.1), then what it carries.
    for (const [rule, list] of LISTS) {
        if (list.check(bare, family))
            return rule === 'loopback' && allowLoopback ? undefined : rule;
    }
    for (const carried of version === 6 ? embeddedIpv4(bare) : []) {
        const rule = ruleBroken(carried, allowLoopback);
        if (rule)
            return rule;
    }
    return undefined;
}
/** localhost, 127.0.0.0/8 or ::1 (as URL.hostname writes them, IPv6 in brackets). */
function isLoopbackHost(hostname) {
    if (/^localhost\.?$/i.test(hostname))
        return true;
    const bare = hostname.replace(/^\[|\]$/g, '');
    return (0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(bare) !== 0 && ruleBroken(bare, false) === 'loopback';
}
/** A connection the action will not make; the step fails before it is attempted. */
class AddressRefusedError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionFailure */ .dR {
    constructor(host, address, rule) {
        const name = host === address ? address : `${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_3__/* .cleanText */ .X5)(host, 200)} (${address})`;
        const carried = embeddedIpv4(address).filter(ip => ruleBroken(ip, false) !== undefined);
        const inside = carried.length > 0 ? `, carrying the IPv4 address ${carried.join(' and ')}` : '';
        super(`Refused to connect to ${name}: a ${rule} address (${RANGES.get(rule) ?? rule}${inside}). A video link must point at a public address.`, 'address_refused');
        this.name = 'AddressRefusedError';
    }
}
// dns.lookup is read at call time (not bound at import) so a test can stand in for the system resolver.
const systemResolver = host => node_dns__WEBPACK_IMPORTED_MODULE_0___default().promises.lookup(host, { all: true });
function addressGuard(allowLoopback, resolveAll = systemResolver) {
    const refusal = (host, address) => {
        const rule = ruleBroken(address, allowLoopback);
        return rule ? new AddressRefusedError(host, address, rule) : undefined;
    };
    const checkLiteral = (url) => {
        const host = url.hostname.replace(/^\[|\]$/g, '');
        if ((0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(host)) {
            const error = refusal(host, host);
            if (error)
                throw error;
        }
        else if (/^localhost\.?$/i.test(host) || /\.localhost\.?$/i.test(host)) {
            // "localhost" never goes to DNS on most systems: named here so that the rule is the same everywhere.
            if (!allowLoopback)
                throw new AddressRefusedError(host, '127.0.0.1', 'loopback');
        }
    };
    const lookup = (hostname, options, callback) => {
        resolveAll(hostname).then(addresses => {
            for (const { address } of addresses) {
                const error = refusal(hostname, address);
                if (error)
                    return callback(error, '', 0);
            }
            if (options.all)
                return callback(null, addresses);
            const first = addresses.find(a => !options.family || a.family === options.family) ?? addresses[0];
            if (!first)
                return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0);
            callback(null, first.address, first.family);
        }, (error) => callback(error, '', 0));
    };
    return {
        checkLiteral,
        lookup,
        async checkBeforeProxy(url) {
            checkLiteral(url);
            const host = url.hostname.replace(/^\[|\]$/g, '');
            if ((0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(host))
                return;
            let addresses;
            try {
                addresses = await resolveAll(host);
            }
            catch {
                return; // only the proxy can resolve it: the host text was all there was to check
            }
            for (const { address } of addresses) {
                const error = refusal(host, address);
                if (error)
                    throw error;
            }
        }
    };
}


/***/ }),

/***/ 9663:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U0: () => (/* binding */ proxyAwareDispatcher),
/* harmony export */   cc: () => (/* binding */ CancelledError),
/* harmony export */   cv: () => (/* binding */ exchange),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   oO: () => (/* binding */ createTransport),
/* harmony export */   wX: () => (/* binding */ TransportError)
/* harmony export */ });
/* harmony import */ var _untrusted_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2949);
// One HTTP exchange with a time limit, and errors that say whether the request can have reached the server.
// Without a proxy, requests go through node:http(s), which costs nothing to load: the start-up budget
// (bench/, README "Performance") has no room for undici (~40 ms) or even fetch's first use (~20 ms).
// With HTTPS_PROXY / HTTP_PROXY set, undici's EnvHttpProxyAgent carries them (and honours NO_PROXY).

/** Network failure. `reached: 'no'` only when the request provably never left (refused, unresolvable host). */
class TransportError extends Error {
    reached;
    reason;
    constructor(message, reached, reason) {
        super(message);
        this.reached = reached;
        this.reason = reason;
        this.name = 'TransportError';
    }
}
/** The caller's signal fired (the job was cancelled). */
class CancelledError extends Error {
    signalName;
    constructor(signalName = 'cancellation') {
        super(`Cancelled by ${signalName}`);
        this.signalName = signalName;
        this.name = 'CancelledError';
    }
}
const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'];
/**
 * undici's dispatcher that honours HTTPS_PROXY / HTTP_PROXY / NO_PROXY (and goes direct without them).
 * Plain-http requests are sent to the proxy as absolute URLs, as curl does, rather than tunnelled.
 */
async function proxyAwareDispatcher() {
    const { EnvHttpProxyAgent } = await __nccwpck_require__.e(/* import() */ 752).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6752, 19));
    return new EnvHttpProxyAgent({ proxyTunnel: false });
}
function headerReader(headers) {
    return name => {
        const value = headers[name.toLowerCase()];
        return Array.isArray(value) ? value[0] : value;
    };
}
/** node:http(s); with a guard, literal addresses are checked first and names through the guard's lookup. */
const openDirect = (guard) => async (r, signal) => {
    const { request } = r.url.startsWith('https:') ? await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4708, 23)) : await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7067, 23));
    guard?.checkLiteral(new URL(r.url));
    return new Promise((resolve, reject) => {
        const options = { method: r.method, headers: r.headers, signal, ...(guard ? { lookup: guard.lookup } : {}) };
        const req = request(r.url, options, response => {
            resolve({
                status: response.statusCode ?? 0,
                header: headerReader(response.headers),
                // Iterated as is (a wrapper costs ~5 % of a download's CPU): node:http destroys the reply with
                // ECONNRESET "aborted" when the connection closes before the body is complete, which ends the loop.
                body: response,
                // An error after giving up must not become an unhandled 'error' event.
                destroy: () => void response.on('error', () => undefined).destroy()
            });
        });
        req.on('error', reject);
        if (typeof r.body === 'object')
            r.body.on('error', error => req.destroy(error)).pipe(req);
        else
            req.end(r.body);
    });
};
/**
 * node:http(s) directly, or undici through the proxy-aware dispatcher when a proxy variable is set.
 * `guard` (downloads) decides which addresses may be reached; API calls go to base-url, which the user chose.
 */
async function createTransport(env = process.env, guard) {
    if (!PROXY_VARIABLES.some(name => env[name]))
        return { open: openDirect(guard), close: async () => undefined };
    const [{ request }, dispatcher] = await Promise.all([__nccwpck_require__.e(/* import() */ 752).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6752, 19)), proxyAwareDispatcher()]);
    const open = async (r, signal) => {
        await guard?.checkBeforeProxy(new URL(r.url));
        const response = await request(r.url, { dispatcher, method: r.method, headers: r.headers, body: r.body, signal });
        return {
            status: response.statusCode,
            header: headerReader(response.headers),
            body: response.body,
            destroy: () => void response.body.on('error', () => undefined).destroy()
        };
    };
    return { open, close: () => dispatcher.close() };
}
// Errors raised before a single byte of the request was written.
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);
function codeOf(error) {
    const e = error;
    return String(e?.cause?.code ?? e?.cause?.errors?.[0]?.code ?? e?.code ?? error?.name ?? 'unknown');
}
function messageOf(error) {
    const cause = error.cause;
    return cause instanceof Error && cause.message ? cause.message : error.message;
}
async function exchange(open, x) {
    const timeout = AbortSignal.timeout(x.timeoutMs);
    const signal = x.signal ? AbortSignal.any([x.signal, timeout]) : timeout;
    try {
        // Redirects are not followed: the key must not travel to whatever host a Location names.
        const reply = await open(x, signal);
        const maxBytes = x.maxBytes(reply.status);
        if (Number(reply.header('content-length')) > maxBytes) {
            reply.destroy();
            return { status: reply.status, header: reply.header, text: '', truncated: true };
        }
        const chunks = [];
        let size = 0;
        for await (const chunk of reply.body) {
            chunks.push(chunk);
            size += chunk.length;
            if (size > maxBytes)
                break; // leaving the loop destroys the body
        }
        const text = Buffer.concat(chunks).subarray(0, maxBytes).toString('utf8');
        return { status: reply.status, header: reply.header, text, truncated: size > maxBytes };
    }
    catch (error) {
        throw classify(error, x.signal, timeout, `no complete reply within ${x.timeoutMs / 1000} s (request-timeout)`);
    }
}
/** Turns a failure of `open` or of reading a body into CancelledError or TransportError. */
function classify(error, cancel, timeout, timeoutMessage) {
    if (cancel?.aborted)
        return cancel.reason instanceof Error ? cancel.reason : new CancelledError();
    if (timeout?.aborted)
        return new TransportError(timeoutMessage, 'maybe', 'timeout');
    const code = codeOf(error);
    const message = (0,_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanText */ .X5)(messageOf(error), _untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .TEXT_CAP */ .hE.word);
    // "connect ECONNREFUSED 127.0.0.1:443" names its code already: said once.
    const text = message.includes(code) ? message : `${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanText */ .X5)(code, _untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .TEXT_CAP */ .hE.word)}: ${message}`;
    return new TransportError(text, NOT_SENT.has(code) ? 'no' : 'maybe', code);
}
/** Retry-After as delta-seconds or an HTTP date; undefined when absent or unreadable. */
function parseRetryAfter(value, nowMs) {
    if (!value)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    const date = Date.parse(trimmed);
    return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}


/***/ }),

/***/ 7893:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F9: () => (/* binding */ HttpStatusError),
/* harmony export */   L5: () => (/* binding */ retry),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   dg: () => (/* binding */ isTransient),
/* harmony export */   o4: () => (/* binding */ BadReplyError),
/* harmony export */   qO: () => (/* binding */ retryDelayMs),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* unused harmony exports TRANSIENT_STATUSES, backoffMs */
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9663);
// Trying again, one way for every call that may be repeated: one table of what is worth another try, waits
// with full jitter that a server's Retry-After overrides, a bounded number of attempts, and sleeps that end
// at once on cancellation. A POST that creates a billed task is the exception in what it may repeat
// (task/submit.ts passes its own `retryable`), not in how.

/** HTTP statuses worth another try, whoever answers (EvoLink, its files API, GitHub, the video host). */
const TRANSIENT_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
/** A reply that arrived but cannot be used (cut short, garbled, not what was asked for): another may be whole. */
class BadReplyError extends Error {
    constructor(message) {
        super(message);
        this.name = 'BadReplyError';
    }
}
/** A reply with an HTTP error status, from a host that is not EvoLink's API (the video host, GitHub's uploads). */
class HttpStatusError extends Error {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
        this.name = 'HttpStatusError';
    }
}
/** The HTTP status an error carries: EvoLink's ApiError, octokit's RequestError and HttpStatusError all say `status`. */
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/** The one definition of transient: a status of the table, or a failure on the way (transport, a bad reply). */
function isTransient(error) {
    if (error instanceof _http_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc)
        return false;
    const status = statusOf(error);
    if (status !== undefined)
        return TRANSIENT_STATUSES.has(status);
    return error instanceof _http_js__WEBPACK_IMPORTED_MODULE_0__/* .TransportError */ .wX || error instanceof BadReplyError;
}
/** Exponential backoff with full jitter: a random wait in [0, min(cap, base·2^attempt)). */
function backoffMs(attempt, baseMs, capMs, random = Math.random) {
    return Math.floor(random() * Math.min(capMs, baseMs * 2 ** attempt));
}
/** The server's Retry-After wins over our own backoff, up to the same cap: a reply cannot park the step for a day. */
function retryDelayMs(error, attempt, baseMs, capMs, random) {
    const serverSays = error?.retryAfterMs;
    return typeof serverSays === 'number' ? Math.min(serverSays, capMs) : backoffMs(attempt, baseMs, capMs, random);
}
/**
 * Calls `call` (with the attempt number, from 1) until it succeeds. Throws the last failure as it is when it
 * is not retryable, the attempts are spent, the next wait would pass the deadline, or the signal fired.
 */
async function retry(call, policy) {
    const retryable = policy.retryable ?? isTransient;
    for (let attempt = 1;; attempt++) {
        try {
            return await call(attempt);
        }
        catch (error) {
            if (policy.signal.aborted || error instanceof _http_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc || !retryable(error) || attempt >= policy.attempts)
                throw error;
            const delayMs = Math.max(policy.minMs ?? 0, retryDelayMs(error, attempt - 1, policy.baseMs, policy.capMs, policy.random));
            if (policy.deadline !== undefined && policy.now && policy.now() + delayMs >= policy.deadline)
                throw error;
            await policy.onRetry?.(error, attempt, delayMs);
            await policy.sleep(delayMs, policy.signal);
        }
    }
}
/** A timer that rejects with the signal's reason (a CancelledError) when the signal fires. */
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal.aborted)
            return reject(signal.reason);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal.reason);
        };
        // Past 2^31-1 ms setTimeout fires after 1 ms; callers never ask for that long (inputs are capped), but
        // a server's Retry-After could: clamped rather than turned into a busy loop.
        const timer = setTimeout(() => {
            signal.removeEventListener('abort', onAbort);
            resolve();
        }, Math.min(ms, 2 ** 31 - 1));
        signal.addEventListener('abort', onAbort, { once: true });
    });
}


/***/ }),

/***/ 2949:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cv: () => (/* binding */ identifier),
/* harmony export */   Jv: () => (/* binding */ gitHubUrl),
/* harmony export */   Sx: () => (/* binding */ MAX_RESULT_URLS),
/* harmony export */   X5: () => (/* binding */ cleanText),
/* harmony export */   Zs: () => (/* binding */ quoteInput),
/* harmony export */   a0: () => (/* binding */ UNSAFE_OR_SPACE),
/* harmony export */   hE: () => (/* binding */ TEXT_CAP),
/* harmony export */   n: () => (/* binding */ checkResultUrl),
/* harmony export */   nl: () => (/* binding */ inertJson)
/* harmony export */ });
/* unused harmony export MAX_URL_CHARS */
/* harmony import */ var _hidden_characters_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(560);
// Text and URLs that came from the network are data, never commands or markup. Every string of an API
// reply passes through here once, when the reply is parsed (evolink/schema.ts), so nothing downstream
// (log, annotation, output, summary, comment) can receive it raw. docs/reliability.md lists the attacks.

/** Length caps, in characters: a status or code is a word, a message a few sentences. */
const TEXT_CAP = { word: 200, message: 2000 };
/** A result URL longer than this is refused (signed CDN links are well under 2 KiB). */
const MAX_URL_CHARS = 4096;
/** At most this many result URLs are kept from one reply. */
const MAX_RESULT_URLS = 32;
const UNSAFE_CHARS = new RegExp(`[${_hidden_characters_js__WEBPACK_IMPORTED_MODULE_0__/* .UNSAFE_CLASS */ .kX}]+`, 'g');
/** Unsafe characters and any whitespace: what a URL or an identifier never holds as typed. */
const UNSAFE_OR_SPACE = new RegExp(`[\\s${_hidden_characters_js__WEBPACK_IMPORTED_MODULE_0__/* .UNSAFE_CLASS */ .kX}]`);
/**
 * One line of plain text, safe to log or show: unsafe characters become spaces, whitespace is folded,
 * `::` (how workflow commands start) is split, and the result is cut to `cap` characters.
 */
function cleanText(raw, cap = TEXT_CAP.message) {
    const flat = raw.replace(UNSAFE_CHARS, ' ').replace(/\s+/g, ' ').trim().replace(/::/g, ': :');
    const chars = Array.from(flat);
    return chars.length > cap ? `${chars.slice(0, cap - 1).join('')}…` : flat;
}
/**
 * A workflow input's value inside a message (log, annotation, summary): quoted, with line breaks, controls
 * and invisible characters shown as escapes (\\n, \\u202e) so the reader sees what is wrong, on one line
 * (so it cannot start a workflow command), cut to about `cap` characters. Input text is data as a reply's is.
 */
function quoteInput(raw, cap = 80) {
    const chars = Array.from(raw);
    const long = chars.length > cap;
    const quoted = inertJson(JSON.stringify(long ? chars.slice(0, cap - 20).join('') : raw));
    return long ? `${quoted}… (${chars.length} characters)` : quoted;
}
/**
 * JSON text made safe for a log line: what JSON.stringify leaves raw (bidi, U+2028, C1) escaped. A raw line
 * break in JSON text is always structural (JSON.stringify escapes those inside strings), so pretty-printed
 * JSON keeps its lines: each starts with a space, a quote or a bracket and so cannot start a workflow command.
 */
function inertJson(json) {
    return json.replace(_hidden_characters_js__WEBPACK_IMPORTED_MODULE_0__/* .UNSAFE_CHAR */ .K0, c => (c === '\n' ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
/** An identifier from a fixed vocabulary (a status, an error code): letters, digits and `_ . : -`, at most 64. */
function identifier(raw) {
    return raw !== undefined && /^[A-Za-z0-9_.:-]{1,64}$/.test(raw) ? raw : undefined;
}
// Characters a URL may legally hold that mean something to a shell inside double quotes or in a
// single-quoted string: percent-encoded, which every server decodes back to the same thing.
const SHELL_MEANINGFUL = /[$`"'\\]/g;
function checkResultUrl(raw) {
    if (raw.length > MAX_URL_CHARS)
        return { ok: false, problem: `longer than ${MAX_URL_CHARS} characters` };
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        return { ok: false, problem: 'not an absolute URL' };
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return { ok: false, problem: `scheme ${cleanText(url.protocol, 20)} is not https` };
    if (url.username || url.password)
        return { ok: false, problem: 'it carries credentials' };
    // The serialized URL has no spaces, quotes or controls left (the URL parser encodes them); the few
    // shell characters it keeps are encoded too, so the output is inert even if pasted into a command.
    const href = url.href.replace(SHELL_MEANINGFUL, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    if (href.length > MAX_URL_CHARS)
        return { ok: false, problem: `longer than ${MAX_URL_CHARS} characters` };
    return { ok: true, url: href, plainHttp: url.protocol === 'http:' };
}
/** A URL from a GitHub reply (comment, asset), under the same rule as result URLs; undefined when refused. */
function gitHubUrl(raw) {
    const verdict = typeof raw === 'string' ? checkResultUrl(raw) : undefined;
    return verdict?.ok ? verdict.url : undefined;
}


/***/ }),

/***/ 6857:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ openRegularFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// Files the repository names are checked on the handle that reads them, not on a path looked up twice:
// opened without blocking (a FIFO or a device would wait forever for a writer), without following a final
// symlink (the caller resolved the path already), then fstat'ed, and refused unless a regular file.

// Windows has neither flag: there a FIFO cannot sit in the workspace, and links were resolved before.
const FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0);
/** An open descriptor of a regular file (the caller closes it), or why there is none. */
function openRegularFile(path) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, FLAGS);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ELOOP')
            return { ok: false, problem: 'must be a regular file, but it is a symbolic link that changed after it was checked' };
        return { ok: false, problem: `must be a readable file (${code ?? error.message})` };
    }
    const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
    if (stat.isFile())
        return { ok: true, fd, size: stat.size };
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    const kind = stat.isFIFO()
        ? 'a named pipe (FIFO)'
        : stat.isSocket()
            ? 'a socket'
            : stat.isCharacterDevice() || stat.isBlockDevice()
                ? 'a device'
                : stat.isDirectory()
                    ? 'a folder'
                    : 'not a file';
    return { ok: false, problem: `must be a regular file, but it is ${kind}` };
}


/***/ }),

/***/ 3304:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ failureReport)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _evolink_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5765);
/* harmony import */ var _evolink_explain_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1439);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6264);
/* harmony import */ var _net_http_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9663);
// Turns an error that ended the run into a Report: message, code, and whatever is known of the task.





function failureReport(error, facts, startedAt) {
    const base = {
        taskId: facts.taskId,
        resumed: facts.taskId !== undefined && !facts.submitted,
        model: facts.submitted?.model,
        status: facts.submitted?.status,
        urls: [],
        creditsReserved: facts.submitted?.usage?.credits_reserved,
        elapsedMs: Date.now() - startedAt
    };
    const resume = facts.taskId ? ` ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .resumeHint */ .tJ)(facts.taskId, facts.entry)}` : '';
    if (error instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_4__/* .CancelledError */ .cc) {
        const message = facts.taskId
            ? `Cancelled (${error.signalName}) while working on task ${facts.taskId}.${resume}`
            : `Cancelled (${error.signalName}) before EvoLink returned a task id. If the submission was under way a task may have been created: check your EvoLink dashboard before re-running.`;
        return { ...base, outcome: 'cancelled', errorCode: 'cancelled', errorMessage: message };
    }
    if (error instanceof _evolink_errors_js__WEBPACK_IMPORTED_MODULE_1__.ApiError) {
        // A task that is not found (or an id refused as invalid) cannot be resumed: no hint to try the same id again.
        const hint = error.status === 404 || error.status === 400 ? '' : resume;
        return { ...base, outcome: 'failed', errorCode: error.code ?? String(error.status), errorMessage: (0,_evolink_explain_js__WEBPACK_IMPORTED_MODULE_2__/* .explainApiError */ .cU)(error, { taskId: facts.taskId }) + hint };
    }
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NotSubmitted */ .X0)
        return { ...base, outcome: 'skipped', status: 'skipped', errorCode: error.code, errorMessage: error.message };
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR)
        return { ...base, outcome: 'failed', errorCode: error.code, errorMessage: error.message + resume };
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz)
        return { ...base, outcome: 'failed', errorCode: 'invalid_input', errorMessage: error.message };
    // Anything else is a bug of ours; say so instead of printing a bare stack trace.
    const message = error instanceof Error ? error.message : String(error);
    return { ...base, outcome: 'failed', errorCode: 'internal_error', errorMessage: `Unexpected error: ${message}.${resume}` };
}


/***/ }),

/***/ 1558:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F4: () => (/* binding */ withUpstreams),
/* harmony export */   Jj: () => (/* binding */ chainLengths),
/* harmony export */   LB: () => (/* binding */ packLegs),
/* harmony export */   VP: () => (/* binding */ graphProblems),
/* harmony export */   rF: () => (/* binding */ connectedSets)
/* harmony export */ });
// The videos of a step as a graph: an entry with `video-from` is made from the finished video of another.
// Plain functions over ids and edges (each entry has at most one upstream): the checks that refuse a graph
// before anything is sent, the upstreams a selection brings along, the connected sets a matrix leg keeps
// together, and the length of the chain that still hangs below each entry (the scheduler's priority).
/** Every edge problem, in manifest order: unknown ids, an entry naming itself, cycles (each named once). */
function graphProblems(nodes) {
    const byId = new Map(nodes.map(node => [node.id, node]));
    const problems = [];
    for (const { id, from } of nodes) {
        if (from === undefined)
            continue;
        if (from === id)
            problems.push(`Manifest entry '${id}': video-from names the entry itself; an entry is made from another entry's video.`);
        else if (!byId.has(from))
            problems.push(`Manifest entry '${id}': video-from is '${from}', which is not an id of this manifest.`);
    }
    // With one upstream per entry, a cycle is found by walking up from each entry; each node is walked once.
    const state = new Map();
    for (const start of nodes) {
        const path = [];
        let id = start.id;
        while (id !== undefined && !state.has(id)) {
            state.set(id, 'walking');
            path.push(id);
            const from = byId.get(id)?.from;
            id = from !== undefined && from !== id && byId.has(from) ? from : undefined;
        }
        if (id !== undefined && state.get(id) === 'walking') {
            const cycle = path.slice(path.indexOf(id));
            const names = [...cycle].reverse();
            problems.push(`Manifest entries ${names.map(name => `'${name}'`).join(', ')} form a cycle through video-from (${[...names, names[0]].join(' → ')}): each would wait for the other.`);
        }
        for (const walked of path)
            state.set(walked, 'done');
    }
    return problems;
}
/** The selected ids and every upstream they need, in manifest order. */
function withUpstreams(nodes, selected) {
    const from = new Map(nodes.map(node => [node.id, node.from]));
    const wanted = new Set();
    for (const id of selected) {
        for (let at = id; at !== undefined && !wanted.has(at); at = from.get(at))
            wanted.add(at);
    }
    return new Set(nodes.map(node => node.id).filter(id => wanted.has(id)));
}
/** The connected sets of the graph (edges taken both ways), each in manifest order, ordered by their first entry. */
function connectedSets(nodes) {
    const root = new Map(nodes.map(node => [node.id, node.id]));
    const find = (id) => {
        let at = id;
        while (root.get(at) !== at)
            at = root.get(at) ?? at;
        // Path compression keeps a 1,000-entry chain linear.
        for (let step = id; root.get(step) !== at;) {
            const next = root.get(step) ?? at;
            root.set(step, at);
            step = next;
        }
        return at;
    };
    for (const { id, from } of nodes) {
        if (from !== undefined && root.has(from)) {
            const [a, b] = [find(id), find(from)];
            if (a !== b)
                root.set(a, b);
        }
    }
    const sets = new Map();
    for (const { id } of nodes) {
        const key = find(id);
        const set = sets.get(key);
        if (set)
            set.push(id);
        else
            sets.set(key, [id]);
    }
    return [...sets.values()];
}
/**
 * Connected sets packed into at most `maxLegs` legs: one set per leg while they fit, else the largest sets
 * first, each into the leg with the fewest entries so far (the earlier leg on a tie): deterministic, and as
 * even as whole sets allow. Legs keep manifest order inside and are ordered by their first entry.
 */
function packLegs(sets, maxLegs) {
    if (sets.length <= maxLegs)
        return sets.map(set => [...set]);
    const order = new Map(sets.flat().map((id, n) => [id, n]));
    const legs = Array.from({ length: maxLegs }, () => []);
    const bySize = sets.map((set, n) => ({ set, n })).sort((a, b) => b.set.length - a.set.length || a.n - b.n);
    for (const { set } of bySize) {
        let smallest = 0;
        for (let leg = 1; leg < legs.length; leg++)
            if (legs[leg].length < legs[smallest].length)
                smallest = leg;
        legs[smallest].push(...set);
    }
    const rank = (id) => order.get(id) ?? 0;
    for (const leg of legs)
        leg.sort((a, b) => rank(a) - rank(b));
    return legs.filter(leg => leg.length > 0).sort((a, b) => rank(a[0]) - rank(b[0]));
}
/** For each id, how many videos the longest chain starting at it holds (itself included): 1 for a leaf. */
function chainLengths(nodes) {
    const below = new Map();
    for (const { id, from } of nodes)
        if (from !== undefined)
            below.set(from, [...(below.get(from) ?? []), id]);
    const length = new Map();
    // Iterative post-order: a 1,000-entry chain must not exhaust the stack.
    for (const { id: start } of nodes) {
        const stack = [{ id: start, expanded: false }];
        while (stack.length > 0) {
            const top = stack[stack.length - 1];
            if (length.has(top.id)) {
                stack.pop();
                continue;
            }
            const children = below.get(top.id) ?? [];
            if (!top.expanded) {
                top.expanded = true;
                for (const child of children)
                    if (!length.has(child))
                        stack.push({ id: child, expanded: false });
                continue;
            }
            stack.pop();
            length.set(top.id, 1 + Math.max(0, ...children.map(child => length.get(child) ?? 0)));
        }
    }
    return length;
}


/***/ }),

/***/ 7355:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fo: () => (/* binding */ runPlan),
/* harmony export */   Rr: () => (/* binding */ planFingerprints),
/* harmony export */   px: () => (/* binding */ stepPricing)
/* harmony export */ });
/* unused harmony exports sharedBackoff, slots, entryLog */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _evolink_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5765);
/* harmony import */ var _evolink_request_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1729);
/* harmony import */ var _report_failure_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3304);
/* harmony import */ var _video_produce_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7981);
/* harmony import */ var _graph_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(1558);
// The one scheduler of a step: every video of the plan through the one-video pipeline (video/produce.ts),
// at most max-concurrent at once. A video made from another's starts as soon as that one has its video, not
// when a "wave" ends; while slots are short, the video with the longest chain still below it goes first.
// A video whose upstream made none is never submitted (skipped, upstream_failed); the others go on. The polls
// of all tasks share one back-off: a 429 holds every poll until its Retry-After. Once the step is cancelled,
// no video starts.






/**
 * The step's prices and cap, opened on first use: a step without max-credits opens them only after its first
 * POST (to learn), so its start-up and submission are as before.
 */
function stepPricing(plan, log, lookUp = false) {
    let opened;
    const open = () => (opened ??= (async () => {
        const [{ PriceBook }, { Budget }, out] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(395), __nccwpck_require__.e(983), __nccwpck_require__.e(300)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4300)), Promise.all(/* import() */[__nccwpck_require__.e(983), __nccwpck_require__.e(724)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8724)), log()]);
        const first = plan.videos[0]?.settings;
        const cap = first?.maxCredits;
        const book = new PriceBook({ apiKey: first?.apiKey ?? '', lookUp: lookUp || cap !== undefined, warn: line => out.warning(line), debug: line => out.debug(line) });
        return { book, budget: cap === undefined ? undefined : new Budget(cap) };
    })());
    // Its staging folders removed, if it was opened; never fails the step.
    const close = async () => void (await opened?.then(({ book }) => book.close()).catch(() => undefined));
    return { open, close };
}
/** One back-off for every poll: after a 429, no task is polled until its Retry-After has passed. */
function sharedBackoff(client, sleep, now = Date.now) {
    let until = 0;
    return {
        ...client,
        getTask: async (id, signal) => {
            const wait = until - now();
            if (wait > 0 && signal)
                await sleep(wait, signal);
            try {
                return await client.getTask(id, signal);
            }
            catch (error) {
                if (error instanceof _evolink_errors_js__WEBPACK_IMPORTED_MODULE_1__.ApiError && error.status === 429)
                    until = Math.max(until, now() + Math.min(error.retryAfterMs ?? 1000, 60_000));
                throw error;
            }
        }
    };
}
/**
 * At most `limit` pieces of work at once. Work waiting for a slot starts in order of its rank (compared
 * item by item, lowest first), so a waiting dependent can go before entries listed earlier.
 */
function slots(limit) {
    let free = limit;
    const waiting = [];
    const before = (a, b) => {
        for (let n = 0; n < Math.min(a.length, b.length); n++)
            if (a[n] !== b[n])
                return a[n] < b[n];
        return false;
    };
    return async function hold(rank, work) {
        if (free > 0)
            free--;
        else
            await new Promise(start => {
                const at = waiting.findIndex(other => before(rank, other.rank));
                waiting.splice(at < 0 ? waiting.length : at, 0, { rank, start });
            });
        try {
            return await work();
        }
        finally {
            // The slot passes straight to the next in line, so no later caller can take it in between.
            const next = waiting.shift();
            if (next)
                next.start();
            else
                free++;
        }
    };
}
/** Lines of an entry carry its id; its outputs are kept back (the step sets `results`). */
function entryLog(id, log) {
    const tag = (line) => `[${id}] ${line}`;
    return {
        info: line => log.info(tag(line)),
        warning: line => log.warning(tag(line)),
        notice: line => log.notice(tag(line)),
        debug: line => log.debug(tag(line)),
        setOutput: () => undefined
    };
}
/** The request fingerprint of each video, on demand: a video made from another's stands with that one's. */
function planFingerprints(plan) {
    const byId = new Map(plan.videos.map(video => [video.id, video]));
    const known = new Map();
    const of = (id) => {
        const found = known.get(id);
        if (found)
            return found;
        const video = byId.get(id);
        const computed = (async () => {
            const { fingerprintOf } = await Promise.all(/* import() */[__nccwpck_require__.e(983), __nccwpck_require__.e(568)]).then(__nccwpck_require__.bind(__nccwpck_require__, 568));
            const upstream = video.from && { field: video.from.field, fingerprint: await of(video.from.id) };
            return fingerprintOf((0,_evolink_request_js__WEBPACK_IMPORTED_MODULE_2__/* .buildGenerationRequest */ .k)(video.settings), video.settings.uploads, upstream);
        })();
        known.set(id, computed);
        return computed;
    };
    return of;
}
/** Whether an outcome holds a video another can be made from: a link, or a file restored from the cache. */
const madeVideo = (report) => report.outcome === 'completed' && (report.urls.length > 0 || report.file !== undefined);
/** Every video of the plan; outcomes in the plan's order. */
async function runPlan(plan, run, sleep) {
    const client = sharedBackoff(run.client, sleep);
    const hold = slots(plan.maxConcurrent);
    const lengths = (0,_graph_js__WEBPACK_IMPORTED_MODULE_5__/* .chainLengths */ .Jj)(plan.videos.map(video => ({ id: video.id, from: video.from?.id })));
    const order = new Map(plan.videos.map((video, n) => [video.id, n]));
    const byId = new Map(plan.videos.map(video => [video.id, video]));
    const fingerprint = planFingerprints(plan);
    const pricing = stepPricing(plan, run.log);
    /** The latest outcome of each video: an upstream made again replaces its reused one. */
    const final = new Map();
    const started = new Map();
    const remade = new Map();
    const produce = async (video, fresh = false) => {
        const { id, from } = video;
        const settings = plan.manifest ? { ...video.settings, delivery: { ...video.settings.delivery, prComment: false } } : video.settings;
        const log = plan.manifest ? async () => entryLog(id, await run.log()) : run.log;
        const upstream = from && { field: from.field, url: () => upstreamUrl(from.id, id) };
        // Once the step is cancelled no video starts (no cache look-up, no upload): it ends cancelled, nothing sent.
        const cancelled = run.signal.aborted && (0,_report_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .failureReport */ .L)(run.signal.reason, {}, run.startedAt);
        const { report, failure } = cancelled
            ? { report: cancelled, failure: cancelled.errorMessage }
            : await (0,_video_produce_js__WEBPACK_IMPORTED_MODULE_4__/* .produceVideo */ ._B)(settings, { ...run, client, log, entry: plan.manifest ? id : undefined, fingerprint: () => fingerprint(id), upstream, fresh, pricing: pricing.open });
        const outcome = { id, settings: video.settings, from: from?.id, report, failure };
        final.set(id, outcome);
        return outcome;
    };
    /** The link of an upstream's video. Reused from the cache with its links expired, it is made again, once. */
    const upstreamUrl = async (id, forId) => {
        let outcome = final.get(id);
        if (outcome.report.urls.length === 0) {
            let again = remade.get(id);
            if (!again) {
                again = (async () => {
                    const log = plan.manifest ? entryLog(id, await run.log()) : await run.log();
                    log.info(`Making this video again, as a new task that costs credits: '${forId}' is made from it, and the cached one's link expired (EvoLink's files API takes images only, so the restored file cannot be sent instead).`);
                    return produce(byId.get(id), true);
                })();
                remade.set(id, again);
            }
            outcome = await again;
        }
        const url = outcome.report.urls[0];
        if (url === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NotSubmitted */ .X0(`Not submitted: entry '${id}' (its video-from) was made again and ${describe(outcome.report)}.`, 'upstream_failed');
        return url;
    };
    const start = (video) => {
        const running = (async () => {
            const upstream = video.from && (await outcomeOf(video.from.id));
            if (upstream && !madeVideo(upstream.report)) {
                const message = `Not submitted: entry '${upstream.id}' (its video-from) ${describe(upstream.report)}.`;
                const report = { outcome: 'skipped', status: 'skipped', errorCode: 'upstream_failed', errorMessage: message, urls: [] };
                const outcome = { id: video.id, settings: video.settings, from: upstream.id, report, failure: message };
                final.set(video.id, outcome);
                return outcome;
            }
            return hold([-(lengths.get(video.id) ?? 1), order.get(video.id) ?? 0], () => produce(video));
        })();
        started.set(video.id, running);
        return running;
    };
    const outcomeOf = (id) => started.get(id) ?? start(byId.get(id));
    try {
        await Promise.all(plan.videos.map(video => outcomeOf(video.id)));
    }
    finally {
        await pricing.close();
    }
    return plan.videos.map(video => final.get(video.id));
}
/** What became of a video that gave none: "failed (content_policy)", "was skipped". */
function describe(report) {
    if (report.outcome === 'skipped')
        return 'was not submitted either';
    const code = report.errorCode ? ` (${report.errorCode})` : '';
    return `made no video: it ended ${report.status ?? report.outcome}${code}`;
}


/***/ }),

/***/ 1905:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ SubmissionInDoubt),
  Q: () => (/* binding */ submitOnce)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/evolink/errors.ts
var evolink_errors = __nccwpck_require__(5765);
// EXTERNAL MODULE: ./src/net/http.ts
var http = __nccwpck_require__(9663);
// EXTERNAL MODULE: ./src/evolink/explain.ts
var explain = __nccwpck_require__(1439);
// EXTERNAL MODULE: ./src/net/retry.ts
var retry = __nccwpck_require__(7893);
;// CONCATENATED MODULE: ./src/task/retry.ts
// What EvoLink's own calls may repeat. How to repeat is net/retry.ts's, for every caller.


/**
 * A resubmission creates a second billed task (no idempotency key), so the POST is repeated only when
 * the first provably created nothing: it never left the machine, or the API refused it with 429.
 */
function mayResubmit(error) {
    if (error instanceof evolink_errors.ApiError)
        return error.status === 429;
    return error instanceof http/* TransportError */.wX && error.reached === 'no';
}

;// CONCATENATED MODULE: ./src/task/submit.ts
// Submits the generation request exactly once, except when the API provably created nothing: EvoLink has
// no idempotency key, so a second POST is a second billed task (docs/evolink-api.md).






const RETRY_CAP_MS = 30_000;
/** A submission that failed after the request may have reached EvoLink: a task may exist, and be billed. */
class SubmissionInDoubt extends errors/* ActionFailure */.dR {
}
async function submitOnce(o) {
    // A manifest entry that waited for its turn past the step's timeout is not sent: the step is winding down.
    if (o.now() >= o.deadline)
        throw new errors/* ActionFailure */.dR('The step reached its timeout before this video was submitted: nothing was submitted, no credits were spent.', 'deadline_passed');
    let attempts = 0;
    try {
        return await (0,retry/* retry */.L5)(attempt => {
            attempts = attempt;
            return o.client.submit(o.body, o.signal);
        }, {
            attempts: o.maxAttempts,
            retryable: mayResubmit,
            baseMs: o.retryBaseMs,
            capMs: RETRY_CAP_MS,
            // Full jitter alone may draw four near-zero waits: half the base at least, so the attempts span real time.
            minMs: o.retryBaseMs / 2,
            deadline: o.deadline,
            now: o.now,
            signal: o.signal,
            sleep: o.sleep,
            onRetry: (error, attempt, delayMs) => o.onRetry?.(error, delayMs, attempt)
        });
    }
    catch (error) {
        if (error instanceof http/* CancelledError */.cc)
            throw error;
        if (!mayResubmit(error))
            throw submissionFailure(error, o.body.model, o.entry);
        // Retried until the attempts or the time ran out, and every failure provably created nothing.
        if (error instanceof evolink_errors.ApiError) {
            throw new errors/* ActionFailure */.dR(`The submission was refused ${attempts} time(s), last with ${(0,explain/* describeFailure */.Ic)(error)}; no task was created. ${(0,explain/* explainApiError */.cU)(error, { model: o.body.model })}`, error.code);
        }
        throw new errors/* ActionFailure */.dR(`${(0,explain/* unreachable */.HB)(error)} (${attempts} attempt(s), last: ${error.message}); no task was created.`, 'connection_failed');
    }
}
/** Failures after which the request may have reached EvoLink are not retried: a retry could bill twice. */
function submissionFailure(error, model, entry) {
    if (error instanceof evolink_errors.ApiError && error.status < 500) {
        return new errors/* ActionFailure */.dR(`The submission was refused. ${(0,explain/* explainApiError */.cU)(error, { model })}`, error.code);
    }
    return new SubmissionInDoubt(
    // The status once: "HTTP 502 internal_error (EvoLink's words)", not the status again inside the parentheses.
    `The submission failed with ${(0,explain/* describeFailure */.Ic)(error)} (${error instanceof evolink_errors.ApiError ? error.apiMessage : error.message}) after the request may have reached EvoLink, ` +
        'so a task may have been created and billed. It was not resubmitted, to avoid paying twice: check the tasks in your ' +
        `EvoLink dashboard before re-running; if one was created, resume it: ${entry ? `set "task-id: <its id>" on entry '${entry}' of the manifest` : 'give its id as the task-id input'} (nothing is submitted then).`, error instanceof evolink_errors.ApiError ? error.code : 'submission_outcome_unknown');
}


/***/ }),

/***/ 7981:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Ly: () => (/* binding */ openReuse),
  _B: () => (/* binding */ produceVideo),
  sG: () => (/* binding */ usableEarlierResult)
});

// UNUSED EXPORTS: withUpstreamVideo

// EXTERNAL MODULE: ./src/net/retry.ts
var retry = __nccwpck_require__(7893);
// EXTERNAL MODULE: ./src/evolink/request.ts
var request = __nccwpck_require__(1729);
// EXTERNAL MODULE: ./src/report/failure.ts
var failure = __nccwpck_require__(3304);
// EXTERNAL MODULE: ./src/format.ts
var format = __nccwpck_require__(6264);
// EXTERNAL MODULE: ./src/task/submit.ts + 1 modules
var task_submit = __nccwpck_require__(1905);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/evolink/explain.ts
var explain = __nccwpck_require__(1439);
;// CONCATENATED MODULE: ./src/task/balance.ts


/** Why the run must not submit, or undefined when the balance is at or above the floor. */
function floorProblem(credits, minCredits) {
    if (credits.remaining >= minCredits)
        return undefined;
    return `The balance is ${credits.remaining} credits, below min-credits (${minCredits}): nothing was submitted. Top up the account or lower min-credits.`;
}
/** Reads the balance and throws when it is below the floor; an unreadable balance stops the run too (the floor was asked for). */
async function checkFloor(client, minCredits, signal) {
    let credits;
    try {
        credits = await client.getCredits(signal);
    }
    catch (error) {
        throw new errors/* ActionFailure */.dR(`min-credits is set, but the balance could not be read (${(0,explain/* describeFailure */.Ic)(error)}: ${error.message}): nothing was submitted.`, 'balance_unreadable');
    }
    const problem = floorProblem(credits, minCredits);
    if (problem)
        throw new errors/* ActionFailure */.dR(problem, 'below_min_credits');
    return credits;
}
let turn = Promise.resolve();
/**
 * Floor checks and the submissions after them go one at a time in a step (a process is one step), so the
 * balance each check reads already has what the step reserved before it: concurrent manifest entries
 * cannot all pass one reading and together go below min-credits.
 */
function oneAtATime(work) {
    const mine = turn.then(work, work);
    turn = mine.catch(() => undefined);
    return mine;
}
/** The balance after a submission, for the credits-remaining output: undefined when unreadable, never a failure. */
function creditsAfter(client, signal) {
    return client.getCredits(signal).then(credits => credits.remaining, () => undefined);
}

// EXTERNAL MODULE: ./src/github/cache-service.ts
var cache_service = __nccwpck_require__(6819);
;// CONCATENATED MODULE: ./src/video/produce.ts
// One video, from its checked settings to its Report: what an earlier run paid for (re-run, identical),
// the workspace's images uploaded, one submission, the task followed, the video delivered, what was paid
// for recorded. main.ts runs it once; batch.ts runs it for every entry of a manifest.







/** POST is retried only when nothing was created (refused connection, 429); a few tries are plenty. */
const MAX_SUBMIT_ATTEMPTS = 5;
/** The video's Report, and the message of an error that ended it early (the step's failure), if one did. */
async function produceVideo(settings, run) {
    const facts = {};
    let ledger;
    try {
        // Opened before the submission only when something is looked up (identical, or a re-run); else after it, to record.
        const asked = settings;
        const openLedger = () => (ledger ??= openReuse(asked, run));
        if (settings.reuse === 'identical' || Number(process.env.GITHUB_RUN_ATTEMPT) > 1) {
            const found = await openLedger();
            const reused = found && settings.reuse === 'identical' && !run.fresh ? await reuseIdentical(settings, found, run) : undefined;
            if (reused)
                return { report: reused };
            if (found)
                settings = await resumeEarlierAttempt(settings, found, run, facts);
        }
        if (!settings.taskId && run.upstream)
            settings = withUpstreamVideo(settings, run.upstream.field, await run.upstream.url());
        if (!settings.taskId && settings.uploads.length > 0)
            settings = await upload(settings, run);
        return { report: await generate(settings, run, facts, openLedger) };
    }
    catch (error) {
        await facts.recording;
        const report = { ...(0,failure/* failureReport */.L)(error, { ...facts, entry: run.entry }, run.startedAt), reused: facts.reusedFrom !== undefined, reusedFrom: facts.reusedFrom };
        return { report, failure: report.errorMessage };
    }
    finally {
        await (await ledger)?.close();
    }
}
/** The Actions cache ledger, when reuse is on and the runner provides the cache service (loaded only then). */
async function openReuse(settings, run) {
    // Without the API key nothing can be read or written: entries are named and signed with a key derived from it.
    if (settings.reuse === 'off' || settings.taskId || !settings.apiKey || !(0,cache_service/* cacheService */.q)())
        return undefined;
    const { openLedger, fingerprintOf } = await Promise.all(/* import() */[__nccwpck_require__.e(983), __nccwpck_require__.e(568)]).then(__nccwpck_require__.bind(__nccwpck_require__, 568));
    // @actions/core is not loaded for it before the submission (start-up budget): only when a line is logged.
    return openLedger({
        fingerprint: await (run.fingerprint?.() ?? fingerprintOf((0,request/* buildGenerationRequest */.k)(settings), settings.uploads)),
        apiKey: settings.apiKey,
        maxVideoBytes: settings.delivery.maxDownloadBytes,
        entry: run.entry,
        warn: message => void run.log().then(log => log.warning(message)),
        debug: message => void run.log().then(log => log.debug(message))
    });
}
/** A re-run: the task an earlier attempt submitted for the same request is resumed, unless it ended without a video. */
async function resumeEarlierAttempt(settings, ledger, run, facts) {
    const earlier = await ledger.earlierSubmission();
    if (!earlier)
        return settings;
    const [core, { rerunDecision, describeSubmission }, { ApiError }] = await Promise.all([run.log(), __nccwpck_require__.e(/* import() */ 369).then(__nccwpck_require__.bind(__nccwpck_require__, 8369)), Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 5765))]);
    const task = await run.client
        .getTask(earlier.taskId, run.signal)
        .catch((error) => (error instanceof ApiError && error.status === 404 ? 'not-found' : 'unreadable'));
    const what = describeSubmission(earlier);
    if (rerunDecision(task) === 'submit') {
        core.info(`Re-run: ${what} ${task === 'not-found' ? 'no longer exists' : `ended ${typeof task === 'string' ? 'without a video' : task.status}`}; submitting the request again.`);
        return settings;
    }
    core.info(`Re-run: resuming ${what}. Nothing is submitted, no credits are spent.`);
    facts.reusedFrom = what;
    return { ...settings, taskId: earlier.taskId };
}
/**
 * reuse: identical. An earlier finished video of the same request, signed with this API key, that this step
 * can deliver: its file (checked) where a file is asked for, else links that still work. The render and the
 * dry-run's plan judge an entry with this one function.
 */
async function usableEarlierResult(settings, ledger) {
    const found = await ledger.earlierResult();
    if (!found)
        return undefined;
    const { identicalUsable } = await __nccwpck_require__.e(/* import() */ 369).then(__nccwpck_require__.bind(__nccwpck_require__, 8369));
    const withFile = found.videoPath !== undefined && settings.delivery.download !== undefined;
    return identicalUsable(found.record, withFile, Date.now()) ? found : undefined;
}
/** reuse: identical. An earlier finished video of the same request, restored and delivered as a new one would be. */
async function reuseIdentical(settings, ledger, run) {
    const found = await usableEarlierResult(settings, ledger);
    if (!found)
        return undefined;
    const [core, { describeResult, liveUrls }] = await Promise.all([run.log(), __nccwpck_require__.e(/* import() */ 369).then(__nccwpck_require__.bind(__nccwpck_require__, 8369))]);
    const { record, videoPath } = found;
    let file;
    const target = settings.delivery.download?.path;
    if (videoPath && record.video && target) {
        const { placeRestoredVideo } = await __nccwpck_require__.e(/* import() */ 228).then(__nccwpck_require__.bind(__nccwpck_require__, 228));
        const placed = await placeRestoredVideo(videoPath, target, record.video);
        if ('problem' in placed) {
            core.warning(`The cached video was not used (${placed.problem}): the video is generated again.`);
            return undefined;
        }
        file = placed;
    }
    const urls = liveUrls(record, Date.now());
    if (!file && urls.length === 0)
        return undefined;
    const what = describeResult(record);
    core.setOutput('task-id', record.taskId);
    core.info(`reuse: identical: reusing the video of ${what}. Nothing is submitted, no credits are spent${file ? `; the file is restored to ${file.path} (sha256 ${file.sha256})` : ''}.`);
    if (urls.length === 0)
        core.info(`Its links expired${record.expiresAt ? ` at ${record.expiresAt}` : ''}: video-url is left empty; the file is what lasts.`);
    const report = {
        outcome: 'completed',
        taskId: record.taskId,
        resumed: true,
        model: record.model,
        status: 'completed',
        progress: 100,
        urls,
        expiresAt: urls.length > 0 ? record.expiresAt : undefined,
        file,
        reused: true,
        reusedFrom: what,
        // This step reserved nothing for it.
        creditsReserved: 0
    };
    const wantsDelivery = settings.delivery.download || settings.delivery.prComment || settings.delivery.artifact;
    return wantsDelivery ? (await __nccwpck_require__.e(/* import() */ 266).then(__nccwpck_require__.bind(__nccwpck_require__, 1266))).deliver(settings, report, run.signal, await deliveryContext(settings, run)) : report;
}
/** Where a delivery stands: the entry (names its artifact) and the step's deadline (bounds the artifact upload). */
const deliveryContext = async (settings, run) => ({ entry: run.entry, deadline: run.startedAt + settings.timeoutMs, log: await run.log() });
/** The request with the upstream's video in `field`: a one-item list where the model takes a list. */
function withUpstreamVideo(settings, field, url) {
    return { ...settings, fields: { ...settings.fields, [field]: Array.isArray(settings.fields[field]) ? [url] : url } };
}
/** Uploads the workspace's images an input named; the request then carries their URLs. */
async function upload(settings, run) {
    const [core, { uploadImages, withUploadedUrls }] = await Promise.all([run.log(), __nccwpck_require__.e(/* import() */ 443).then(__nccwpck_require__.bind(__nccwpck_require__, 5443))]);
    const published = [];
    try {
        await uploadImages({
            images: settings.uploads,
            filesBaseUrl: settings.filesBaseUrl,
            apiKey: settings.apiKey,
            open: run.transport.open,
            timeoutMs: settings.requestTimeoutMs,
            deadline: run.startedAt + settings.timeoutMs,
            now: Date.now,
            published,
            signal: run.signal,
            sleep: retry/* sleep */.yy,
            onRetry: message => core.warning(message)
        });
    }
    finally {
        // Reported even when a later upload fails: whatever was uploaded is public for 72 hours.
        if (published.length > 0) {
            core.setOutput('uploaded-urls', JSON.stringify(published));
            core.info(`Uploaded ${published.length} of ${settings.uploads.length} image(s) from the workspace to EvoLink's files API: ${published.join(', ')} (anyone with a link can fetch it for 72 hours).`);
        }
    }
    return { ...settings, fields: withUploadedUrls(settings.fields, settings.uploads, published) };
}
async function generate(settings, run, facts, openLedger) {
    const { client, signal, startedAt } = run;
    let balance = Promise.resolve(undefined);
    let learning;
    if (!settings.taskId) {
        const { minCredits } = settings;
        const body = (0,request/* buildGenerationRequest */.k)(settings);
        // With max-credits, the cap admits the submission first (it may wait for reservations on their way, or refuse).
        let settle;
        if (settings.maxCredits !== undefined && run.pricing) {
            const [{ admitUnderCap }, { book, budget }, log] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(395), __nccwpck_require__.e(983), __nccwpck_require__.e(300)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4300)), run.pricing(), run.log()]);
            if (budget)
                settle = await admitUnderCap(budget, book, body, line => log.info(line));
        }
        const submit = () => (0,task_submit/* submitOnce */.Q)({
            client,
            body,
            entry: run.entry,
            maxAttempts: MAX_SUBMIT_ATTEMPTS,
            retryBaseMs: Math.min(1000, settings.pollIntervalMs),
            deadline: startedAt + settings.timeoutMs,
            signal,
            now: Date.now,
            sleep: retry/* sleep */.yy,
            onRetry: async (error, delayMs, attempt) => (await run.log()).warning(`Submission not accepted (${error.message}); nothing was created, retrying in ${(0,format/* formatDuration */.a3)(delayMs)} (attempt ${attempt + 1} of ${MAX_SUBMIT_ATTEMPTS}).`)
        });
        const accepted = await (minCredits === undefined ? submit() : oneAtATime(() => checkFloor(client, minCredits, signal).then(submit))).catch((error) => {
            void settle?.({ error });
            throw error;
        });
        facts.submitted = accepted;
        // Its price is learned (recorded while the task runs), for the estimates of later submissions and later runs.
        // Without a cap, a price is only worth keeping for later runs: learned when the cache is there to keep it.
        const keep = (0,cache_service/* cacheService */.q)() && settings.apiKey ? run.pricing : undefined;
        learning = settle ? settle({ task: accepted }) : keep?.().then(({ book }) => book.learn(body, accepted.usage));
        // Read while the task runs; it never fails the run.
        balance = creditsAfter(client, signal);
    }
    const { submitted } = facts;
    const taskId = (facts.taskId = settings.taskId ?? submitted?.id ?? '');
    // Recorded while the task runs, so that a re-run of this job resumes it instead of paying again.
    if (submitted)
        facts.recording = Promise.all([openLedger().then(ledger => ledger?.recordSubmission(taskId, settings.model)), learning]).then(() => undefined);
    const core = await run.log();
    if (submitted)
        core.debug(`POST ${settings.baseUrl}/v1/videos/generations: accepted as ${taskId}, status ${submitted.status}`);
    core.setOutput('task-id', taskId);
    core.info(submitted
        ? `Task ${taskId} accepted: ${settings.model}, ${(0,request/* describeFields */.V)(settings.fields) || "the model's defaults"} (${submitted.usage?.credits_reserved ?? '?'} credits reserved).`
        : `Resuming task ${taskId}: nothing is submitted.`);
    if (!settings.wait) {
        core.info(`wait is false: not polling. ${(0,format/* resumeHint */.tJ)(taskId, run.entry)}`);
        const { prComment, release, download, artifact } = settings.delivery;
        const skipped = [prComment && 'pr-comment', release && 'release-asset', download && !release && 'download-path', artifact && 'artifact'].filter(Boolean);
        if (skipped.length > 0) {
            core.notice(`${skipped.join(', ')}: nothing is delivered, no comment is posted. With wait: false the step ends before the video exists; resume the task in a later step to deliver it.`);
        }
        await facts.recording;
        return { outcome: 'submitted', taskId, status: submitted?.status, urls: [], creditsReserved: submitted?.usage?.credits_reserved, creditsRemaining: await balance };
    }
    const { followTask } = await __nccwpck_require__.e(/* import() */ 127).then(__nccwpck_require__.bind(__nccwpck_require__, 4127));
    const followed = await followTask({ settings, client, taskId, submitted, startedAt, signal, log: core });
    const reused = facts.reusedFrom !== undefined;
    // A task an earlier attempt submitted cost this step nothing.
    const report = { ...followed, creditsRemaining: await balance, reused, reusedFrom: facts.reusedFrom, ...(reused ? { creditsReserved: 0 } : {}) };
    const wantsDelivery = settings.delivery.download || settings.delivery.prComment || settings.delivery.artifact;
    const delivered = wantsDelivery ? await (await __nccwpck_require__.e(/* import() */ 266).then(__nccwpck_require__.bind(__nccwpck_require__, 1266))).deliver(settings, report, signal, await deliveryContext(settings, run)) : report;
    await facts.recording;
    const ledger = settings.reuse === 'identical' && delivered.outcome === 'completed' ? await openLedger() : undefined;
    if (ledger) {
        await ledger.recordResult({
            taskId,
            model: settings.model,
            urls: delivered.urls,
            expiresAt: delivered.expiresAt,
            creditsReserved: delivered.creditsReserved,
            video: delivered.file && { size: delivered.file.size, sha256: delivered.file.sha256 }
        }, delivered.file?.path);
    }
    return delivered;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 99:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 7997:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

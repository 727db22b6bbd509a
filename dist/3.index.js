export const id = 3;
export const ids = [3];
export const modules = {

/***/ 3003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
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
var check_field = __webpack_require__(5929);
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


/***/ })

};

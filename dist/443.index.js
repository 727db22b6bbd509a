export const id = 443;
export const ids = [443];
export const modules = {

/***/ 5443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UPLOAD_ATTEMPTS: () => (/* binding */ UPLOAD_ATTEMPTS),
  uploadImages: () => (/* binding */ uploadImages),
  withUploadedUrls: () => (/* binding */ withUploadedUrls)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/evolink/errors.ts
var evolink_errors = __webpack_require__(5765);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/net/http.ts
var http = __webpack_require__(9663);
// EXTERNAL MODULE: ./src/net/untrusted.ts
var untrusted = __webpack_require__(2949);
// EXTERNAL MODULE: ./src/net/address-guard.ts
var address_guard = __webpack_require__(6515);
// EXTERNAL MODULE: ./src/open-regular-file.ts
var open_regular_file = __webpack_require__(6857);
;// CONCATENATED MODULE: ./src/evolink/files.ts
// One upload to EvoLink's files API (docs/evolink-api.md): POST {files-base-url}/api/v1/files/upload/stream,
// multipart with the field `file`, streamed from disk; the reply's data.file_url goes into the request.
// Retries are the caller's (task/upload-images.ts): this says which failures are worth one.









const UPLOAD_PATH = '/api/v1/files/upload/stream';
/** An upload reply is a few hundred bytes of JSON. */
const MAX_UPLOAD_REPLY_BYTES = 64 << 10;
/** The account's file quota is used up: no retry helps, and nothing may be submitted without the image. */
class UploadQuotaError extends errors/* ActionFailure */.dR {
    constructor(detail) {
        super(`EvoLink's files API refused the upload: the account's file quota is used up (${detail}). Nothing was submitted. Free files in the EvoLink dashboard (uploads expire after 72 hours), or pass the image as an https URL.`, 'upload_quota_exceeded');
        this.name = 'UploadQuotaError';
    }
}
/** The file, opened again the way it was checked (a regular file, no link, the size it had): or a refusal. */
function reopen(image) {
    const opened = (0,open_regular_file/* openRegularFile */.Z)(image.path);
    if (opened.ok && opened.size === image.size)
        return opened.fd;
    if (opened.ok)
        (0,external_node_fs_.closeSync)(opened.fd);
    throw new errors/* ActionFailure */.dR(`${(0,untrusted/* quoteInput */.Zs)(image.raw)} changed after it was checked (${opened.ok ? `${opened.size} bytes instead of ${image.size}` : opened.problem}). Nothing was submitted.`, 'upload_failed');
}
/** The multipart body, streamed: headers, the file as it is read, the closing boundary. */
function multipart(image) {
    const fd = reopen(image);
    const boundary = `----evolink-${(0,external_node_crypto_.randomBytes)(12).toString('hex')}`;
    const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${image.name}"\r\nContent-Type: ${image.type}\r\n\r\n`);
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    async function* parts() {
        yield head;
        yield* (0,external_node_fs_.createReadStream)('', { fd, highWaterMark: 64 << 10 });
        yield tail;
    }
    return { body: external_node_stream_.Readable.from(parts(), { objectMode: false }), type: `multipart/form-data; boundary=${boundary}`, length: head.length + image.size + tail.length };
}
/** Uploads one image; returns the URL EvoLink will fetch it from. Throws ApiError for HTTP errors. */
async function uploadImage(o) {
    const { body, type, length } = multipart(o.image);
    const reply = await (0,http/* exchange */.cv)(o.open, {
        method: 'POST',
        url: `${o.filesBaseUrl}${UPLOAD_PATH}`,
        // The key goes to the files API's origin, which the inputs checked like base-url.
        headers: { authorization: `Bearer ${o.apiKey}`, accept: 'application/json', 'content-type': type, 'content-length': String(length), 'user-agent': 'evolink-video-action' },
        body,
        timeoutMs: o.timeoutMs,
        maxBytes: () => MAX_UPLOAD_REPLY_BYTES,
        signal: o.signal
    });
    let json;
    try {
        json = JSON.parse(reply.text);
    }
    catch {
        json = undefined;
    }
    const said = (0,untrusted/* cleanText */.X5)([json?.msg, typeof json?.error === 'object' ? JSON.stringify(json.error) : json?.error].filter(Boolean).join(' ') || reply.text.slice(0, 200), 300);
    // The quota error's shape is not documented: any refusal that speaks of the quota is one.
    if (/quota/i.test(said) && (reply.status >= 400 || json?.success === false))
        throw new UploadQuotaError(said);
    if (reply.status < 200 || reply.status >= 300) {
        throw new evolink_errors.ApiError(reply.status, typeof json?.code === 'string' || typeof json?.code === 'number' ? (0,untrusted/* cleanText */.X5)(String(json.code), untrusted/* TEXT_CAP */.hE.word) : undefined, said || 'empty reply', (0,http/* parseRetryAfter */.mu)(reply.header('retry-after'), Date.now()));
    }
    const url = json?.success === true ? json.data?.file_url : undefined;
    const verdict = typeof url === 'string' ? (0,untrusted/* checkResultUrl */.n)(url) : undefined;
    // https, as every media URL; plain http only from a loopback files API (a local simulator).
    if (!verdict?.ok || (verdict.plainHttp && !(0,address_guard/* isLoopbackHost */.cW)(new URL(o.filesBaseUrl).hostname))) {
        throw new errors/* ActionFailure */.dR(`EvoLink's files API accepted ${(0,untrusted/* quoteInput */.Zs)(o.image.raw)} but its reply has no usable https file_url (${said || 'no message'}). Nothing was submitted.`, 'upload_failed');
    }
    return verdict.url;
}

// EXTERNAL MODULE: ./src/evolink/explain.ts
var explain = __webpack_require__(1439);
// EXTERNAL MODULE: ./src/net/retry.ts
var retry = __webpack_require__(7893);
;// CONCATENATED MODULE: ./src/task/upload-images.ts
// Uploads the repository's images an input named, before the submission: each streamed from disk, a
// transient failure (429, 5xx, a reset, a timeout) retried with backoff, a quota error or any other refusal
// ending the run before anything is submitted (so no credit is spent on a request without its image).







const UPLOAD_ATTEMPTS = 5;
const RETRY_CAP_MS = 30_000;
/** The URL of each image, in order (also in `published`, as they arrive). */
async function uploadImages(o) {
    const urls = o.published;
    const outOfTime = () => new errors/* ActionFailure */.dR("Uploading the workspace's images did not finish within timeout (the step's whole budget). Nothing was submitted.", 'upload_timeout');
    for (const image of o.images) {
        let attempts = 0;
        try {
            const url = await (0,retry/* retry */.L5)(attempt => {
                attempts = attempt;
                const remaining = o.deadline - o.now();
                if (remaining <= 0)
                    throw outOfTime();
                return uploadImage({ ...o, image, timeoutMs: Math.min(o.timeoutMs, remaining), signal: o.signal });
            }, {
                attempts: UPLOAD_ATTEMPTS,
                baseMs: 1000,
                capMs: RETRY_CAP_MS,
                minMs: 250,
                deadline: o.deadline,
                now: o.now,
                signal: o.signal,
                sleep: o.sleep,
                onRetry: (error, attempt, delayMs) => o.onRetry?.(`Upload of ${(0,untrusted/* quoteInput */.Zs)(image.raw)} failed (${(0,explain/* describeFailure */.Ic)(error)}); attempt ${attempt + 1} of ${UPLOAD_ATTEMPTS} in ${delayMs} ms.`)
            });
            urls.push(url);
        }
        catch (error) {
            if (error instanceof http/* CancelledError */.cc || error instanceof UploadQuotaError || error instanceof errors/* ActionFailure */.dR)
                throw error;
            // A wait that would have passed the deadline ends the phase as out of time, whatever the last failure.
            if (o.now() >= o.deadline || (attempts < UPLOAD_ATTEMPTS && (0,retry/* isTransient */.dg)(error)))
                throw outOfTime();
            const what = error instanceof evolink_errors.ApiError ? `HTTP ${error.status}: ${error.apiMessage}` : error.message;
            throw new errors/* ActionFailure */.dR(`Uploading ${(0,untrusted/* quoteInput */.Zs)(image.raw)} to EvoLink's files API failed after ${attempts} attempt(s) (${what}). Nothing was submitted.`, 'upload_failed');
        }
    }
    return urls;
}
/** The request fields with the Nth upload's URL at exactly the position the Nth upload recorded, nowhere else. */
function withUploadedUrls(fields, uploads, urls) {
    const result = { ...fields };
    uploads.forEach((upload, n) => {
        const url = urls[n];
        if (url === undefined)
            throw new Error(`no URL for upload ${n}`);
        if (upload.index === undefined)
            result[upload.field] = url;
        else {
            const list = [...result[upload.field]];
            list[upload.index] = url;
            result[upload.field] = list;
        }
    });
    return result;
}


/***/ })

};

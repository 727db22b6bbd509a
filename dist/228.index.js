export const id = 228;
export const ids = [228];
export const modules = {

/***/ 7122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ PartFile)
/* harmony export */ });
/* unused harmony export renameRetrying */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _net_retry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7893);
// The temporary file a video is written into before it takes its name: created beside the target under a
// name nobody can guess, hashed as it is written, renamed into place only once checked, removed otherwise.
// The download and a video restored from the cache both write through it.







/**
 * A partial file and the hash of what it holds so far. Each stream is taken into it through `pipeline`
 * (source → count and hash → file): the source is read no faster than the disk takes it, each read buffer
 * is written as it is and dies, and memory stays flat whatever the video's size. The file stays open
 * between takes, so a resumed reply continues where the last one stopped.
 */
class PartFile {
    path;
    file;
    size = 0;
    hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    /** The write in flight: awaited before the size is trusted (a resume asks for what the file holds). */
    writing = Promise.resolve();
    constructor(path, file) {
        this.path = path;
        this.file = file;
    }
    static async create(target) {
        const path = partPath(target);
        return new PartFile(path, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, CREATE_NEW));
    }
    /**
     * Appends a stream; throws (the stream destroyed) when it fails or passes `maxBytes` (then `tooLarge()`). Bytes are
     * counted and hashed once written, so after a cut `size` is what the file holds, and a resume starts there.
     */
    async take(body, maxBytes, tooLarge) {
        let received = this.size;
        const limit = async function* (source) {
            for await (const chunk of source) {
                received += chunk.length;
                if (received > maxBytes)
                    throw tooLarge();
                yield chunk;
            }
        };
        const write = (buffers, done) => {
            this.writing = writeAll(this.file, buffers).then(() => {
                for (const buffer of buffers) {
                    this.hash.update(buffer);
                    this.size += buffer.length;
                }
            });
            this.writing.then(() => done(), done);
        };
        // While a write is in flight the next reads queue (up to 1 MiB), then go down in one writev.
        const sink = new node_stream__WEBPACK_IMPORTED_MODULE_4__.Writable({
            highWaterMark: WRITE_BATCH,
            write: (chunk, _encoding, done) => write([chunk], done),
            writev: (chunks, done) => write(chunks.map(({ chunk }) => chunk), done)
        });
        try {
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_5__.pipeline)(body, limit, sink);
        }
        finally {
            await this.writing.catch(() => undefined);
        }
    }
    /** Starts over (the host ignored Range), in a new file made the same way. */
    async restart(target) {
        await this.close();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(this.path, { force: true });
        this.path = partPath(target);
        this.file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(this.path, CREATE_NEW);
        this.hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        this.size = 0;
    }
    close() {
        return this.file.close().catch(() => undefined);
    }
    /** Closes the file and puts it at `target` (the caller has checked what it holds). */
    async commit(target) {
        await this.close();
        await renameRetrying(this.path, target);
    }
    /** Closes and removes the file: nothing is left behind, whatever went wrong. */
    async discard() {
        await this.close();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(this.path, { force: true });
    }
    digest() {
        return this.hash.digest('hex');
    }
}
/**
 * The temporary file beside the target: a name nobody can guess, created only if nothing has that name
 * (O_EXCL), never through a link (O_NOFOLLOW), so nothing planted in the folder can redirect the write.
 */
const CREATE_NEW = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0);
const partPath = (target) => (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(target)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(12).toString('hex')}.part`);
/** Windows: an antivirus or indexer holding the new file makes rename fail for a moment with EPERM or EBUSY. */
const RENAME_RETRY_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);
/** Renames, retrying briefly (about 3 s in all) while the file is held by someone else. */
function renameRetrying(from, to, move = node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename, wait = _net_retry_js__WEBPACK_IMPORTED_MODULE_6__/* .sleep */ .yy) {
    // A local lock, not a crowd of clients: no jitter (random 1), 100 ms doubling to 800 ms, eight tries.
    return (0,_net_retry_js__WEBPACK_IMPORTED_MODULE_6__/* .retry */ .L5)(() => move(from, to), {
        attempts: 8,
        baseMs: 100,
        capMs: 800,
        random: () => 1,
        retryable: error => RENAME_RETRY_CODES.has(error.code ?? ''),
        signal: new AbortController().signal,
        sleep: wait
    });
}
/** Bytes of reads gathered into one write at most: fewer, larger writes. */
const WRITE_BATCH = 1 << 20;
/** A write may take less than asked; the rest is written until nothing is left. */
async function writeAll(file, buffers) {
    let rest = [...buffers];
    while (rest.length > 0) {
        let written = (await file.writev(rest)).bytesWritten;
        while (rest.length > 0 && written >= rest[0].length)
            written -= rest.shift().length;
        if (written > 0 && rest[0])
            rest = [rest[0].subarray(written), ...rest.slice(1)];
    }
}


/***/ }),

/***/ 228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   placeRestoredVideo: () => (/* binding */ placeRestoredVideo)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _open_regular_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6857);
/* harmony import */ var _part_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7122);
// Puts a video restored from the Actions cache where the workflow asked for it, only when its bytes are
// the ones the record names: read through a checked handle (a regular file, no link), copied into a new
// file beside the target (part-file.ts, as a download is), hashed on the way, and renamed only when size
// and SHA-256 match; otherwise, or on any error, nothing is left behind.





/** The placed file, or why the restored one was not used (the caller then generates the video). */
async function placeRestoredVideo(from, to, expected) {
    const opened = (0,_open_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .openRegularFile */ .Z)(from);
    if (!opened.ok)
        return { problem: `the restored video ${opened.problem.replace(/^must be/, 'is not')}` };
    if (opened.size !== expected.size) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(opened.fd);
        return { problem: `the restored video has ${opened.size} bytes, the record says ${expected.size}` };
    }
    let part;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(to), { recursive: true });
        part = await _part_file_js__WEBPACK_IMPORTED_MODULE_4__/* .PartFile */ .Y.create(to);
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(opened.fd);
        throw error;
    }
    // From here the read stream owns the handle and closes it, whatever happens.
    try {
        const tooLong = () => new Error(`the restored video grew past the ${expected.size} bytes the record says while it was read`);
        await part.take((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)('', { fd: opened.fd, highWaterMark: 1 << 20 }), expected.size, tooLong);
        const sha256 = part.digest();
        if (part.size !== expected.size || sha256 !== expected.sha256) {
            await part.discard();
            return { problem: `the restored video's SHA-256 is ${sha256}, the record says ${expected.sha256}` };
        }
        await part.commit(to);
        return { path: to, size: expected.size, sha256 };
    }
    catch (error) {
        await part.discard();
        throw error;
    }
}


/***/ })

};

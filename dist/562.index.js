export const id = 562;
export const ids = [562];
export const modules = {

/***/ 6562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RESULT_MARK: () => (/* binding */ RESULT_MARK),
  runCacheJob: () => (/* binding */ runCacheJob)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/net/untrusted.ts
var untrusted = __webpack_require__(2949);
;// CONCATENATED MODULE: ./src/github/cache-archive.ts
// Unpacks a cache entry's archive without `tar`: @actions/cache extracts with `tar -P`, so a planted entry
// with absolute or `../` members would write anywhere the step can (docs/paying-once.md). Here the archive is
// read as data: only the members the caller names (regular files and their folder, as GNU tar --posix writes
// them) are accepted, each within its size; anything else refuses the whole archive in a first pass that
// writes nothing, and the second pass writes each accepted member to a path of the caller's, never one the
// archive names.








const BLOCK = 512;
/** A pax header holds a few attributes; a larger one is not what tar writes for our files. */
const MAX_PAX_BYTES = 64 << 10;
class ArchiveRefused extends Error {
}
/**
 * The archive's bytes, decompressed: zlib where it can (zstd from Node 22.15), else the `zstd` the library
 * itself found. A read error of the file ends the stream with that error (pipeline), never a silent stall.
 */
function decompressed(path, compression) {
    const zstd = external_node_zlib_.createZstdDecompress;
    if (compression === 'zstd' && !zstd) {
        const child = (0,external_node_child_process_.spawn)('zstd', ['-d', '-c', '-q', '--', path], { stdio: ['ignore', 'pipe', 'ignore'] });
        child.on('error', error => child.stdout.destroy(error));
        child.on('close', code => code !== 0 && code !== null && child.stdout.destroy(new Error(`zstd ended with code ${code}`)));
        return child.stdout;
    }
    const file = (0,external_node_fs_.createReadStream)(path);
    if (compression === 'none')
        return file;
    // The error reaches the returned stream, which the reader iterates; the callback has nothing more to do.
    return (0,external_node_stream_.pipeline)(file, compression === 'gzip' ? external_node_zlib_.createGunzip() : zstd(), () => undefined);
}
const cache_archive_text = (block, start, length) => {
    const field = block.subarray(start, start + length);
    const end = field.indexOf(0);
    return field.subarray(0, end < 0 ? length : end).toString('utf8');
};
function octal(block, start, length, what) {
    const raw = cache_archive_text(block, start, length).trim();
    if (!/^[0-7]+$/.test(raw))
        throw new ArchiveRefused(`a header's ${what} is not an octal number`);
    return parseInt(raw, 8);
}
function checksumOk(block) {
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 32 : block[i];
    return sum === octal(block, 148, 8, 'checksum');
}
/** A pax header's records ("LEN key=value\n"): only path and size change what we read; sparse files are refused. */
function paxAttributes(data) {
    const attributes = {};
    let at = 0;
    while (at < data.length) {
        const space = data.indexOf(0x20, at);
        const length = Number(data.subarray(at, space).toString('latin1'));
        if (space < 0 || !Number.isSafeInteger(length) || length <= space - at + 1 || at + length > data.length)
            throw new ArchiveRefused('a pax header is malformed');
        const record = data.subarray(space + 1, at + length - 1).toString('utf8');
        const equals = record.indexOf('=');
        if (equals < 1)
            throw new ArchiveRefused('a pax header is malformed');
        attributes[record.slice(0, equals)] = record.slice(equals + 1);
        at += length;
    }
    if (Object.keys(attributes).some(key => key.startsWith('GNU.sparse')))
        throw new ArchiveRefused('it holds a sparse file');
    return attributes;
}
/**
 * Walks a tar stream, calling `visit` for each member before its bytes; the sink it returns receives them.
 * Refuses (ArchiveRefused) anything but regular files, folders and pax headers, and a header that does not add up.
 */
async function walk(source, visit) {
    let pending = Buffer.alloc(0);
    let pax = {};
    // The member being read: bytes still to come, then padding to the block.
    let remaining = 0;
    let padding = 0;
    let sink;
    let collect;
    let collecting;
    let ended = false;
    for await (const chunk of source) {
        if (ended)
            continue; // the rest is tar's zero padding; nothing in it is read
        pending = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
        while (pending.length > 0 && !ended) {
            if (remaining > 0) {
                const piece = pending.subarray(0, Math.min(remaining, pending.length));
                remaining -= piece.length;
                pending = pending.subarray(piece.length);
                if (collect)
                    collect.push(Buffer.from(piece));
                else if (sink)
                    await sink(piece);
                continue;
            }
            if (padding > 0) {
                const skip = Math.min(padding, pending.length);
                padding -= skip;
                pending = pending.subarray(skip);
                continue;
            }
            if (collect) {
                const data = Buffer.concat(collect);
                collect = undefined;
                if (collecting === 'x')
                    pax = paxAttributes(data);
                else if ('path' in paxAttributes(data))
                    throw new ArchiveRefused('a global header sets a path');
                collecting = undefined;
            }
            if (pending.length < BLOCK)
                break;
            const block = pending.subarray(0, BLOCK);
            pending = pending.subarray(BLOCK);
            if (block.every(byte => byte === 0)) {
                ended = true;
                break;
            }
            if (!checksumOk(block))
                throw new ArchiveRefused('a header checksum is wrong');
            const type = String.fromCharCode(block[156]);
            const prefix = cache_archive_text(block, 345, 155);
            const headerName = prefix ? `${prefix}/${cache_archive_text(block, 0, 100)}` : cache_archive_text(block, 0, 100);
            const size = pax.size !== undefined && /^\d+$/.test(pax.size) ? Number(pax.size) : octal(block, 124, 12, 'size');
            const name = pax.path ?? headerName;
            padding = (BLOCK - (size % BLOCK)) % BLOCK;
            remaining = size;
            sink = undefined;
            if (type === 'x' || type === 'g') {
                if (size > MAX_PAX_BYTES)
                    throw new ArchiveRefused('a pax header is too large');
                collect = [];
                collecting = type;
                continue;
            }
            pax = {};
            if (type !== '0' && type !== '\0' && type !== '5') {
                throw new ArchiveRefused(`member ${JSON.stringify((0,untrusted/* cleanText */.X5)(name, 120))} is ${type === '1' || type === '2' ? 'a link' : `of type '${(0,untrusted/* cleanText */.X5)(type, 4)}'`}`);
            }
            sink = await visit({ name, type: type === '5' ? 'directory' : 'file', size });
        }
    }
    if (remaining > 0 || collect)
        throw new ArchiveRefused('it ends inside a member');
    if (!ended)
        throw new ArchiveRefused('it has no end-of-archive block');
}
/** Why `member` may not be unpacked, or undefined when it is one of the allowed files (or their folder). */
function memberProblem(member, allowed, folders, seen) {
    const shown = JSON.stringify((0,untrusted/* cleanText */.X5)(member.name, 120));
    if (member.type === 'directory') {
        return folders.has(member.name.endsWith('/') ? member.name : `${member.name}/`) && member.size === 0 ? undefined : `member ${shown} is not a folder this action writes`;
    }
    const max = Object.hasOwn(allowed, member.name) ? allowed[member.name] : undefined;
    if (max === undefined)
        return `member ${shown} is not a file this action writes (absolute, '..' and other paths are refused)`;
    if (seen.has(member.name))
        return `member ${shown} appears twice`;
    if (member.size > max)
        return `member ${shown} has ${member.size} bytes, more than ${max}`;
    seen.add(member.name);
    return undefined;
}
/**
 * Checks every member of the archive, then writes the allowed files into `destination` (each under its
 * allowed name's last part, created exclusively, never through a link), hashing each on the way. Throws
 * ArchiveRefused, having written nothing, when any member is not allowed.
 */
async function unpackArchive(path, compression, allowed, destination) {
    const folders = new Set(Object.keys(allowed).map(name => name.slice(0, name.lastIndexOf('/') + 1)));
    const seen = new Set();
    await walk(decompressed(path, compression), async (member) => {
        const problem = memberProblem(member, allowed, folders, seen);
        if (problem)
            throw new ArchiveRefused(problem);
        return undefined;
    });
    const files = {};
    let current;
    const finish = async () => {
        if (!current)
            return;
        const { handle, hash, name, size } = current;
        current = undefined;
        await handle.close();
        files[name] = { size, sha256: hash.digest('hex') };
    };
    try {
        await walk(decompressed(path, compression), async (member) => {
            await finish();
            if (member.type === 'directory')
                return undefined;
            const handle = await (0,promises_.open)((0,external_node_path_.join)(destination, (0,external_node_path_.basename)(member.name)), external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | (external_node_fs_.constants.O_NOFOLLOW ?? 0), 0o600);
            const file = (current = { handle, hash: (0,external_node_crypto_.createHash)('sha256'), name: member.name, size: member.size });
            return async (chunk) => {
                file.hash.update(chunk);
                await file.handle.write(chunk);
            };
        });
        await finish();
    }
    finally {
        await current?.handle.close();
    }
    return files;
}

;// CONCATENATED MODULE: ./src/github/cache-job.ts
// The child side of the runner's results service (actions-cache.ts starts it): one cache save or restore, or
// one artifact upload, in a process of its own, so a service that is slow or down can be stopped at once (the
// libraries retry for 30 to 40 s and cannot be cancelled), and their log lines come to the parent to judge,
// not to the step's log. Its answer is one line on stdout: RESULT_MARK followed by JSON.
//
// A save is @actions/cache's saveCache. A restore takes the library's own steps (the same Twirp call, the
// same download code, so the same requests GitHub sees) but not its extraction: `tar -P` would let a planted
// archive write outside the staging folder. cache-archive.ts unpacks the named members only. The steps come
// from the library's internal modules, which its package does not export: @actions/cache is pinned to an
// exact version in package.json, and the typecheck fails if these modules change.



const RESULT_MARK = 'evolink-cache-result:';
/**
 * The file as an artifact of this run, unzipped, as @actions/artifact's skipArchive upload makes it (the
 * library's own Twirp client, token parsing and retention; the artifact named after the file, typed
 * video/mp4, its digest the file's SHA-256). The blob goes up with the Azure SDK's uploadFile in 4 MiB blocks,
 * two at a time, read from the file as they go: the library's stream holds 8 MiB chunks five at a time and
 * its process grew past 200 MiB for a 64 MiB video on Node 24. Names are unique within a run across its
 * attempts: an earlier attempt's artifact of this name is kept when it holds the same bytes, else deleted.
 */
async function uploadArtifact(job) {
    const [{ internalArtifactTwirpClient }, { getBackendIdsFromToken }, { StringValue }, { getExpiration }, { BlobClient }, { createHash }, { createReadStream }, { stat }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(838), __webpack_require__.e(420), __webpack_require__.e(911), __webpack_require__.e(683)]).then(__webpack_require__.bind(__webpack_require__, 683)),
        Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(838), __webpack_require__.e(659)]).then(__webpack_require__.bind(__webpack_require__, 4659)),
        Promise.all(/* import() */[__webpack_require__.e(420), __webpack_require__.e(911)]).then(__webpack_require__.bind(__webpack_require__, 7911)),
        Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(838), __webpack_require__.e(420), __webpack_require__.e(911), __webpack_require__.e(593)]).then(__webpack_require__.bind(__webpack_require__, 7593)),
        __webpack_require__.e(/* import() */ 73).then(__webpack_require__.bind(__webpack_require__, 5073)),
        Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7598, 23)),
        Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 3024, 23)),
        Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 23))
    ]);
    const name = job.paths[0] ?? '';
    const file = (0,external_node_path_.join)(process.cwd(), name);
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(file))
        hash.update(chunk);
    const sha256 = hash.digest('hex');
    const { size } = await stat(file);
    const ids = getBackendIdsFromToken();
    const client = internalArtifactTwirpClient();
    const earlier = (await client.ListArtifacts({ ...ids, nameFilter: StringValue.create({ value: name }) })).artifacts.sort((a, b) => Number(b.databaseId) - Number(a.databaseId))[0];
    if (earlier && earlier.digest?.value.replace(/^sha256:/, '') === sha256) {
        return { key: name, artifact: { id: Number(earlier.databaseId), size: Number(earlier.size), kept: true, replaced: false } };
    }
    if (earlier)
        await client.DeleteArtifact({ workflowRunBackendId: earlier.workflowRunBackendId, workflowJobRunBackendId: earlier.workflowJobRunBackendId, name });
    const expiresAt = getExpiration(job.retentionDays);
    const created = await client.CreateArtifact({ ...ids, name, mimeType: StringValue.create({ value: 'video/mp4' }), version: 7, ...(expiresAt ? { expiresAt } : {}) });
    if (!created.ok)
        return { error: 'the artifact service did not create the artifact' };
    const blocks = 4 << 20;
    await new BlobClient(created.signedUploadUrl)
        .getBlockBlobClient()
        .uploadFile(file, { blockSize: blocks, maxSingleShotSize: blocks, concurrency: 2, blobHTTPHeaders: { blobContentType: 'video/mp4' } });
    const finalized = await client.FinalizeArtifact({ ...ids, name, size: String(size), hash: StringValue.create({ value: `sha256:${sha256}` }) });
    if (!finalized.ok)
        return { error: 'the artifact service did not finalize the artifact' };
    return { key: name, artifact: { id: Number(finalized.artifactId), size, kept: false, replaced: earlier !== undefined } };
}
async function restore(job) {
    const [{ internalCacheTwirpClient }, utils, { downloadCache }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(838), __webpack_require__.e(420), __webpack_require__.e(691), __webpack_require__.e(513), __webpack_require__.e(201)]).then(__webpack_require__.bind(__webpack_require__, 9513)),
        Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(838), __webpack_require__.e(691)]).then(__webpack_require__.bind(__webpack_require__, 4691)),
        Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(838), __webpack_require__.e(691), __webpack_require__.e(73), __webpack_require__.e(392)]).then(__webpack_require__.bind(__webpack_require__, 8392))
    ]);
    const method = await utils.getCompressionMethod();
    // Errors (a 401, a 403, a service that is down) are thrown here, not turned into a miss as restoreCache does.
    const response = await internalCacheTwirpClient().GetCacheEntryDownloadURL({
        key: job.key,
        restoreKeys: job.restoreKeys ?? [],
        version: utils.getCacheVersion(job.paths, method)
    });
    if (!response.ok)
        return {};
    if (job.lookupOnly)
        return { key: response.matchedKey };
    const archive = (0,external_node_path_.join)(process.cwd(), utils.getCacheFileName(method));
    try {
        // useAzureSdk as restoreCache sets it: on GitHub's blob host, HEAD then ranged GETs.
        await downloadCache(response.signedDownloadUrl, archive, { useAzureSdk: true });
        const compression = method === 'gzip' ? 'gzip' : 'zstd';
        const files = await unpackArchive(archive, compression, job.members ?? {}, (0,external_node_path_.join)(process.cwd(), job.paths[0] ?? '.'));
        return { key: response.matchedKey, files };
    }
    catch (error) {
        if (error instanceof ArchiveRefused)
            return { key: response.matchedKey, refused: error.message };
        throw error;
    }
    finally {
        await (0,promises_.rm)(archive, { force: true });
    }
}
/** Why the job failed, never empty: the Azure SDK's error for a HEAD that found nothing has no message, only a status. */
function describe(error) {
    const { message, statusCode, name } = (error ?? {});
    const status = typeof statusCode === 'number' ? `HTTP ${statusCode}` : '';
    const text = typeof message === 'string' ? message.trim() : '';
    return [status, text].filter(Boolean).join(': ') || (typeof name === 'string' && name) || 'unknown error';
}
/** Runs the job the parent passed on the command line and prints the result. */
async function runCacheJob(argument) {
    let result;
    try {
        const job = JSON.parse(argument ?? '');
        if (job.op === 'save') {
            const cache = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(838), __webpack_require__.e(420), __webpack_require__.e(691), __webpack_require__.e(73), __webpack_require__.e(392), __webpack_require__.e(513), __webpack_require__.e(682)]).then(__webpack_require__.bind(__webpack_require__, 8682));
            const id = await cache.saveCache(job.paths, job.key);
            result = id > 0 ? { key: job.key } : { error: 'the entry was not written' };
        }
        else if (job.op === 'artifact') {
            result = await uploadArtifact(job);
        }
        else {
            result = await restore(job);
        }
    }
    catch (error) {
        result = { error: describe(error) };
    }
    process.stdout.write(`\n${RESULT_MARK}${JSON.stringify(result)}\n`);
}


/***/ })

};

export const id = 130;
export const ids = [130];
export const modules = {

/***/ 770:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var net = __webpack_require__(9278);
var tls = __webpack_require__(4756);
var http = __webpack_require__(8611);
var https = __webpack_require__(5692);
var events = __webpack_require__(4434);
var assert = __webpack_require__(2613);
var util = __webpack_require__(9023);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
exports.debug = debug; // for test


/***/ }),

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ boundedRequest),
/* harmony export */   h: () => (/* binding */ GITHUB_BUDGET_MS)
/* harmony export */ });
// GitHub calls are bounded in time and stopped by cancellation: octokit has no timeout of its own, and a
// step must not hang on GitHub. The signal goes in each call's `request` options, because a `request`
// given to getOctokit would replace @actions/github's proxy-aware fetch instead of adding to it.
/** Time allowed for all the GitHub calls of one delivery (comment, or release lookup and cleanup). */
const GITHUB_BUDGET_MS = 120_000;
/** `request` options for each octokit call of one delivery. */
function boundedRequest(signal) {
    return { signal: AbortSignal.any([signal, AbortSignal.timeout(GITHUB_BUDGET_MS)]) };
}


/***/ }),

/***/ 1863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GITHUB_ATTEMPTS: () => (/* binding */ GITHUB_ATTEMPTS),
/* harmony export */   retryingGitHub: () => (/* binding */ retryingGitHub),
/* harmony export */   uploadOriginFor: () => (/* binding */ uploadOriginFor),
/* harmony export */   uploadReleaseAsset: () => (/* binding */ uploadReleaseAsset)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2413);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _net_untrusted_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2949);
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6702);
/* harmony import */ var _net_http_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9663);
/* harmony import */ var _net_retry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7893);
// Uploads the downloaded video to a release, replacing an asset of the same name from an earlier run. The
// new asset is uploaded first under a temporary name, and only then is the old one deleted and the new one
// renamed: a re-run whose upload fails leaves the published asset in place. GitHub's 5xx and dropped
// connections are retried.








const PERMISSION_HINT = 'The job needs `permissions: contents: write` to upload release assets.';
function failure(action, error) {
    const status = (0,_net_retry_js__WEBPACK_IMPORTED_MODULE_6__/* .statusOf */ .c2)(error);
    const hint = status === 403 || status === 401 ? ` ${PERMISSION_HINT}` : '';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionFailure */ .dR(`Could not ${action}: ${(0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_4__/* .cleanText */ .X5)(error.message)}.${hint}`, 'release_upload_failed');
}
/**
 * The one origin release assets are uploaded to, named by the GitHub API in use: uploads.github.com for
 * github.com, uploads.<name>.ghe.com for GHE.com, the API's own host for GitHub Enterprise Server. The
 * token travels with the upload, so an upload_url elsewhere is refused.
 */
function uploadOriginFor(apiUrl) {
    const api = new URL(apiUrl);
    if (api.hostname === 'api.github.com')
        return 'https://uploads.github.com';
    if (/^api\.[^.]+\.ghe\.com$/.test(api.hostname))
        return `https://${api.hostname.replace(/^api\./, 'uploads.')}`;
    return api.origin;
}
/** Attempts per GitHub call (what is worth another try: net/retry.ts's table). */
const GITHUB_ATTEMPTS = 3;
/** Runs a GitHub call with the action's one retry: up to GITHUB_ATTEMPTS tries, ending at once on cancellation. */
function retryingGitHub(call, signal, baseMs = 1000) {
    return (0,_net_retry_js__WEBPACK_IMPORTED_MODULE_6__/* .retry */ .L5)(call, { attempts: GITHUB_ATTEMPTS, baseMs, capMs: 4 * baseMs, minMs: baseMs / 2, signal, sleep: _net_retry_js__WEBPACK_IMPORTED_MODULE_6__/* .sleep */ .yy });
}
/** Returns the asset's browser_download_url (undefined when the reply holds none that is usable). */
async function uploadReleaseAsset(request) {
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_2__/* .getOctokit */ .Q)(request.token);
    const bounded = (0,_octokit_js__WEBPACK_IMPORTED_MODULE_7__/* .boundedRequest */ .J)(request.signal);
    const { owner, repo } = _actions_github__WEBPACK_IMPORTED_MODULE_2__/* .context */ ._.repo;
    const fromEvent = _actions_github__WEBPACK_IMPORTED_MODULE_2__/* .context */ ._.payload.release;
    const retrying = (call) => retryingGitHub(call, request.signal);
    let release;
    try {
        release =
            fromEvent?.tag_name === request.tag && fromEvent.id !== undefined && fromEvent.upload_url
                ? { id: fromEvent.id, upload_url: fromEvent.upload_url }
                : (await retrying(() => octokit.rest.repos.getReleaseByTag({ owner, repo, tag: request.tag, request: bounded }))).data;
    }
    catch (error) {
        throw failure(`find the release tagged ${(0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_4__/* .cleanText */ .X5)(request.tag, 100)}`, error);
    }
    const url = new URL(release.upload_url.replace(/\{[^}]*\}$/, ''));
    const allowed = uploadOriginFor(_actions_github__WEBPACK_IMPORTED_MODULE_2__/* .context */ ._.apiUrl);
    if (url.origin !== allowed) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionFailure */ .dR(`Refused to upload the release asset to ${(0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_4__/* .cleanText */ .X5)(url.origin, 200)}: release uploads go only to ${allowed}, GitHub's upload host for ${_actions_github__WEBPACK_IMPORTED_MODULE_2__/* .context */ ._.apiUrl}.`, 'release_upload_failed');
    }
    // 1. The new asset, under a name of its own: a fresh one per attempt (a failed upload may leave a stub).
    let uploaded;
    const stubs = [];
    // The upload phase as a whole, every attempt included, ends after `timeout`.
    const uploadSignal = AbortSignal.any([request.signal, AbortSignal.timeout(request.totalTimeoutMs)]);
    try {
        uploaded = await retryingGitHub(() => {
            const temporary = `${request.assetName}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.uploading`;
            stubs.push(temporary);
            return sendAsset(request, url, temporary, uploadSignal);
        }, uploadSignal);
    }
    catch (error) {
        await removeStubs(octokit, release.id, stubs, bounded);
        throw failure(`upload ${request.assetName} (the asset already published, if any, is left as it was)`, error);
    }
    // 2. The old asset goes only now, and 3. the new one takes its name.
    try {
        const assets = await retrying(() => octokit.paginate(octokit.rest.repos.listReleaseAssets, { owner, repo, release_id: release.id, per_page: 100, request: bounded }));
        for (const asset of assets) {
            const leftover = stubs.includes(asset.name) && asset.id !== uploaded.id;
            if (asset.name === request.assetName || leftover)
                await retrying(() => octokit.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: asset.id, request: bounded }));
        }
        const renamed = await retrying(() => octokit.rest.repos.updateReleaseAsset({ owner, repo, asset_id: uploaded.id, name: request.assetName, request: bounded }));
        return (0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_4__/* .gitHubUrl */ .Jv)(renamed.data.browser_download_url);
    }
    catch (error) {
        throw failure(`replace the asset ${request.assetName} (the new video is on the release as ${uploaded.name})`, error);
    }
}
/** Removes what failed attempts may have left (best effort: a stub is named so it is never mistaken for the asset). */
async function removeStubs(octokit, releaseId, names, bounded) {
    const { owner, repo } = _actions_github__WEBPACK_IMPORTED_MODULE_2__/* .context */ ._.repo;
    try {
        const assets = await octokit.paginate(octokit.rest.repos.listReleaseAssets, { owner, repo, release_id: releaseId, per_page: 100, request: bounded });
        for (const asset of assets.filter(a => names.includes(a.name)))
            await octokit.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: asset.id, request: bounded });
    }
    catch {
        // Nothing more to do: the failure being reported matters more.
    }
}
/** One upload, streamed from disk (octokit would buffer the whole video in memory). */
async function sendAsset(request, uploadUrl, name, signal) {
    const { request: send } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 6752, 19));
    const url = new URL(uploadUrl);
    url.searchParams.set('name', name);
    // A connection dropped on the way (undici's own errors) is a failure on the way: the one retry tries again.
    let reply;
    try {
        const response = await send(url, {
            dispatcher: request.dispatcher,
            method: 'POST',
            headers: {
                authorization: `Bearer ${request.token}`,
                accept: 'application/vnd.github+json',
                'content-type': 'video/mp4',
                'content-length': String(request.file.size),
                'user-agent': 'evolink-video-action'
            },
            body: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(request.file.path),
            signal,
            // The reply may wait until the whole upload is in: headers get the GitHub budget, the upload `timeout`.
            headersTimeout: _octokit_js__WEBPACK_IMPORTED_MODULE_7__/* .GITHUB_BUDGET_MS */ .h
        });
        reply = { statusCode: response.statusCode, text: await response.body.text() };
    }
    catch (error) {
        if (signal.aborted)
            throw error;
        throw new _net_http_js__WEBPACK_IMPORTED_MODULE_5__/* .TransportError */ .wX(error.message, 'maybe', error.code ?? 'upload');
    }
    const text = reply.text;
    if (reply.statusCode !== 201) {
        throw new _net_retry_js__WEBPACK_IMPORTED_MODULE_6__/* .HttpStatusError */ .F9(reply.statusCode, `HTTP ${reply.statusCode} ${text.slice(0, 200)}`);
    }
    const asset = JSON.parse(text);
    if (typeof asset.id !== 'number')
        throw new _net_retry_js__WEBPACK_IMPORTED_MODULE_6__/* .BadReplyError */ .o4('the upload reply names no asset id');
    return { id: asset.id, name, browser_download_url: asset.browser_download_url };
}


/***/ })

};

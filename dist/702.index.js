export const id = 702;
export const ids = [702,685];
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

/***/ 1685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   upsertPrComment: () => (/* binding */ upsertPrComment)
/* harmony export */ });
/* unused harmony exports DEFAULT_TOKEN_LOGIN, commentMarker */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6264);
/* harmony import */ var _net_untrusted_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2949);
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6702);




const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** GitHub refuses comments over 65,536 characters. */
const MAX_COMMENT_CHARS = 60_000;
/** Who the workflow's default token (GITHUB_TOKEN) writes as; it may not ask GitHub who it is. */
const DEFAULT_TOKEN_LOGIN = 'github-actions[bot]';
/**
 * One comment per key: by default the workflow and job, so two jobs that preview a video keep their own;
 * `pr-comment-key` tells apart matrix legs or several steps of one job. The key holds no `>`, so it cannot
 * end the HTML comment early.
 */
function commentMarker(key = `${_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.workflow || '-'}:${_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.job || '-'}`) {
    return `<!-- evolink-video-action:${key.replace(/[^\w .:/-]/g, '-')} -->`;
}
/** The login this token writes comments as: a personal token can ask; the default token cannot (403). */
async function ownLogin(octokit, request) {
    try {
        return (await octokit.rest.users.getAuthenticated({ request })).data.login;
    }
    catch {
        return DEFAULT_TOKEN_LOGIN;
    }
}
/** Posts or updates the comment; returns its URL, or undefined when skipped or not permitted. */
async function upsertPrComment(token, markdown, signal, log, key) {
    const number = _actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.payload.pull_request?.number;
    if (!PR_EVENTS.has(_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.eventName) || typeof number !== 'number') {
        log.notice(`pr-comment is ignored on ${_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.eventName || 'this'} events: it applies to pull_request events only.`);
        return undefined;
    }
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token);
    const request = (0,_octokit_js__WEBPACK_IMPORTED_MODULE_3__/* .boundedRequest */ .J)(signal);
    const { owner, repo } = _actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.repo;
    const marker = commentMarker(key);
    const body = `${marker}\n${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .capMarkdown */ .y3)(markdown, MAX_COMMENT_CHARS)}`;
    try {
        const [login, comments] = await Promise.all([
            ownLogin(octokit, request),
            octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: number, per_page: 100, request })
        ]);
        const mine = comments.find(comment => comment.user?.login === login && comment.body?.startsWith(marker));
        const { data } = mine
            ? await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body, request })
            : await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body, request });
        const url = (0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .gitHubUrl */ .Jv)(data.html_url);
        log.info(`${mine ? 'Updated' : 'Posted'} the pull request comment: ${url ?? '(no usable URL in the reply)'}`);
        return url;
    }
    catch (error) {
        const status = error.status;
        const hint = status === 403 || status === 404 ? 'Give the job `permissions: pull-requests: write` (pull requests from forks get a read-only token).' : '';
        log.warning(`Could not comment on pull request #${number}: ${(0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .cleanText */ .X5)(error.message)}. ${hint}`.trim());
        return undefined;
    }
}


/***/ })

};

'use strict';
// fetch() (Fetch Standard) over node:http's client, shaped as Node 20's undici:
// the same default request headers, redirects (follow up to 20, manual, error),
// decompression of gzip/deflate/br, AbortSignal, data: URLs, keep-alive through an
// http.Agent, and errors as `TypeError: fetch failed` whose cause is the real error.

const { Request, kSignal } = require('internal/fetch/request');
const { makeResponse, nullBodyStatus, redirectStatus } = require('internal/fetch/response');
const { HeadersList } = require('internal/fetch/headers');
const { kState } = require('internal/fetch/body');
const { ReadableStream } = require('internal/webstreams/streams');
const { dataURLResponse } = require('internal/fetch/dataurl');

// Ports the Fetch Standard blocks ("bad port").
const badPorts = new Set([1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79,
  87, 95, 101, 102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179,
  389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636,
  989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665,
  6666, 6667, 6668, 6669, 6679, 6697, 10080]);
const requestBodyHeaders = ['content-encoding', 'content-language', 'content-location', 'content-type', 'content-length'];
const defaultHeaders = [
  ['accept', '*/*'], ['accept-language', '*'], ['sec-fetch-mode', 'cors'],
  ['user-agent', 'node'], ['accept-encoding', 'gzip, deflate'],
];

let agents = null;  // { http, https }: keep-alive agents shared by every fetch

function agentFor(protocol) {
  agents ??= {};
  if (agents[protocol] === undefined) {
    const mod = protocol === 'https:' ? require('https') : require('http');
    agents[protocol] = new mod.Agent({ keepAlive: true });
  }
  return agents[protocol];
}

function fetchFailed(cause) {
  return new TypeError('fetch failed', { cause });
}

function fetch(input, init = undefined) {
  return new Promise((resolve, reject) => {
    if (arguments.length < 1) {
      return reject(new TypeError("Failed to execute 'fetch' on 'Window': 1 argument required, but only 0 present."));
    }
    let request;
    try {
      request = new Request(input, init);
    } catch (err) {
      return reject(err);
    }
    const signal = request[kSignal];
    if (signal.aborted) return reject(signal.reason);
    const state = request[kState];
    const ctx = {
      method: state.method,
      headers: state.headers.clone(),
      body: state.body,
      redirect: state.redirect,
      urlList: [state.url],
      settled: false,
      clientRequest: null,
      response: null,        // the IncomingMessage whose body is being delivered
      bodyController: null,  // the controller of the Response's body stream
      resolve, reject,
      signal,
    };
    if (state.body !== null) state.body.used = true;
    const onAbort = () => abortFetch(ctx, signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    ctx.cleanup = () => signal.removeEventListener('abort', onAbort);
    mainFetch(ctx);
  });
}

function fail(ctx, err) {
  if (ctx.settled) return;
  ctx.settled = true;
  ctx.cleanup();
  ctx.reject(err);
}

function abortFetch(ctx, reason) {
  if (!ctx.settled) {
    ctx.clientRequest?.destroy();
    fail(ctx, reason);
    return;
  }
  if (ctx.bodyController !== null) {
    try { ctx.bodyController.error(reason); } catch {}
    ctx.bodyController = null;
  }
  ctx.response?.destroy();
}

function mainFetch(ctx) {
  const { URL } = require('url');
  const url = new URL(ctx.urlList[ctx.urlList.length - 1]);
  switch (url.protocol) {
    case 'data:': {
      const res = dataURLResponse(url.href);
      if (res === null) return fail(ctx, fetchFailed(new Error('failed to fetch the data URL')));
      return deliver(ctx, makeResponse({ type: 'basic', ...res, urlList: ctx.urlList.slice() }), null);
    }
    case 'http:':
    case 'https:':
      if (badPorts.has(+(url.port || (url.protocol === 'http:' ? 80 : 443)))) {
        return fail(ctx, fetchFailed(new Error('bad port')));
      }
      return httpFetch(ctx, url);
    case 'about:':
      return fail(ctx, fetchFailed(new Error('about scheme is not supported')));
    case 'file:':
      return fail(ctx, fetchFailed(new Error('not implemented... yet...')));
    default:
      return fail(ctx, fetchFailed(new Error('unknown scheme')));
  }
}

// The request head as [name, value] pairs in undici's order: host, connection, the
// request's own headers, the defaults it lacks, then the body's length or chunking.
function requestHead(ctx, url) {
  const head = [['host', url.host], ['connection', 'keep-alive']];
  for (const pair of ctx.headers.raw()) head.push(pair);
  for (const [name, value] of defaultHeaders) {
    if (!ctx.headers.has(name)) head.push([name, value]);
  }
  const body = ctx.body;
  if (body === null) {
    if (ctx.method === 'POST' || ctx.method === 'PUT') head.push(['content-length', '0']);
  } else if (body.source !== null) {
    head.push(['content-length', `${body.source.byteLength}`]);
  } else {
    head.push(['transfer-encoding', 'chunked']);
  }
  return head;
}

function httpFetch(ctx, url) {
  let mod;
  try {
    mod = url.protocol === 'https:' ? require('https') : require('http');
  } catch (err) {
    return fail(ctx, fetchFailed(err));
  }
  let req;
  try {
    req = mod.request({
      host: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
      port: url.port || (url.protocol === 'https:' ? 443 : 80),
      path: `${url.pathname}${url.search}`,
      method: ctx.method,
      headers: requestHead(ctx, url),
      agent: agentFor(url.protocol),
    });
  } catch (err) {
    return fail(ctx, fetchFailed(err));
  }
  ctx.clientRequest = req;
  req.on('error', (err) => {
    // A kept-alive connection the server closed while idle: send once more on a
    // fresh one when the body can be sent again (undici and browsers retry too).
    if (!ctx.settled && req.reusedSocket && !ctx.retried && err.code === 'ECONNRESET' &&
        (ctx.body === null || ctx.body.source !== null)) {
      ctx.retried = true;
      return httpFetch(ctx, url);
    }
    if (!ctx.settled) fail(ctx, fetchFailed(err));
    else if (ctx.bodyController !== null) errorBody(ctx, err);
  });
  req.on('response', (res) => {
    ctx.retried = false;
    onResponse(ctx, url, res);
  });
  sendBody(ctx, req);
}

function sendBody(ctx, req) {
  const body = ctx.body;
  if (body === null) return req.end();
  if (body.source !== null) return req.end(body.source);
  const reader = body.stream.getReader();
  const pump = () => {
    reader.read().then(({ value, done }) => {
      if (done) return req.end();
      if (req.destroyed) return;  // refused, reset or aborted: stop reading (undici does not cancel)
      if (!(value instanceof Uint8Array)) {
        throw new TypeError('Received non-Uint8Array chunk');
      }
      if (req.write(value)) pump();
      else req.once('drain', pump);
    }).catch((err) => {
      if (!ctx.settled) fail(ctx, fetchFailed(err));
      req.destroy(err);
    });
  };
  pump();
}

function onResponse(ctx, url, res) {
  if (ctx.settled) return res.destroy();
  const status = res.statusCode;
  const headers = new HeadersList();
  const raw = res.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i].toLowerCase(), raw[i + 1]);
  const location = headers.get('location');
  if (redirectStatus.has(status) && location !== null && ctx.redirect !== 'manual') {
    res.resume();
    return redirect(ctx, url, status, location);
  }
  const noBody = ctx.method === 'HEAD' || nullBodyStatus.has(status);
  let body = null;
  if (noBody) {
    res.resume();
  } else {
    body = { source: null, stream: responseStream(ctx, res, headers), length: null, used: false };
  }
  const response = makeResponse({
    type: 'basic', status, statusText: res.statusMessage ?? '', headers, body, urlList: ctx.urlList.slice(),
  });
  deliver(ctx, response, res);
}

function deliver(ctx, response, res) {
  const { kList, kGuard } = require('internal/fetch/headers');
  response[kList][kGuard] = 'immutable';
  ctx.settled = true;
  if (response[kState].body === null || res === null) {
    ctx.cleanup();  // nothing left that an abort could stop
  } else {
    ctx.response = res;
  }
  ctx.resolve(response);
}

function redirect(ctx, url, status, location) {
  if (ctx.redirect === 'error') return fail(ctx, fetchFailed(new Error('unexpected redirect')));
  const { URL } = require('url');
  let next;
  try {
    next = new URL(location, url);
  } catch (err) {
    return fail(ctx, fetchFailed(err));
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    return fail(ctx, fetchFailed(new Error('URL scheme must be a HTTP(S) scheme')));
  }
  if (ctx.urlList.length > 20) return fail(ctx, fetchFailed(new Error('redirect count exceeded')));
  if ((status === 303 && ctx.method !== 'GET' && ctx.method !== 'HEAD') ||
      ((status === 301 || status === 302) && ctx.method === 'POST')) {
    ctx.method = 'GET';
    ctx.body = null;
    for (const name of requestBodyHeaders) ctx.headers.delete(name);
  } else if (ctx.body !== null && ctx.body.source === null) {
    return fail(ctx, fetchFailed(new Error('Cannot follow a redirect with a streamed request body')));
  }
  if (next.origin !== url.origin) {
    for (const name of ['authorization', 'proxy-authorization', 'cookie', 'host']) ctx.headers.delete(name);
  }
  ctx.urlList.push(next.href);
  mainFetch(ctx);
}

// The decoders for a response's Content-Encoding, outermost coding last; [] when
// there is none or one we do not know (the body then passes as it came).
function decoders(headers) {
  const coding = headers.get('content-encoding');
  if (coding === null) return [];
  const zlib = require('zlib');
  const out = [];
  for (const c of coding.toLowerCase().split(',').map((s) => s.trim()).reverse()) {
    if (c === 'gzip' || c === 'x-gzip') {
      out.push(zlib.createGunzip({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH }));
    } else if (c === 'deflate') {
      out.push(zlib.createUnzip({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH }));
    } else if (c === 'br') {
      out.push(zlib.createBrotliDecompress({
        flush: zlib.constants.BROTLI_OPERATION_FLUSH, finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
      }));
    } else {
      return [];
    }
  }
  return out;
}

function errorBody(ctx, err) {
  const controller = ctx.bodyController;
  if (controller === null) return;
  ctx.bodyController = null;
  ctx.cleanup();
  try { controller.error(err); } catch {}
}

// The response body: a byte stream fed by the IncomingMessage through its decoders.
function responseStream(ctx, res, headers) {
  const chain = decoders(headers);
  let source = res;
  for (const d of chain) {
    source.on('error', (err) => d.destroy(err));
    source = source.pipe(d);
  }
  let ended = false;
  const terminated = (cause) => errorBody(ctx, new TypeError('terminated', { cause }));
  return new ReadableStream({
    type: 'bytes',
    start(controller) {
      ctx.bodyController = controller;
      source.on('data', (chunk) => {
        if (ctx.bodyController === null) return;
        controller.enqueue(new Uint8Array(chunk));
        if (controller.desiredSize <= 0) source.pause();
      });
      source.on('end', () => {
        ended = true;
        if (ctx.bodyController === null) return;
        ctx.bodyController = null;
        ctx.cleanup();
        controller.close();
        // A byte stream's pending read request (if any) is answered by close().
      });
      source.on('error', (err) => terminated(err));
      res.on('aborted', () => {
        if (!ended) terminated(Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }));
      });
      res.on('close', () => {
        if (!ended && !res.complete) terminated(Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }));
      });
    },
    pull() { source.resume(); },
    cancel() {
      ctx.bodyController = null;
      ctx.cleanup();
      res.destroy();
    },
  }, { highWaterMark: 64 * 1024 });
}

module.exports = { fetch };

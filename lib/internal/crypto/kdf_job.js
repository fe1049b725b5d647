'use strict';
// Runs a key derivation job of the binding now (sync API) or on the thread pool
// (callback API), as Node's CryptoJob does: `start(req)` calls the binding with
// req undefined or an object whose oncomplete(error, arrayBuffer) it calls later.

const { cryptoError } = require('internal/crypto/util');

function runSync(start) {
  const ret = start(undefined);
  if (Array.isArray(ret)) throw cryptoError(ret);
  return ret;
}

// onDone(error | undefined, arrayBuffer) is called with the request as `this`.
function runAsync(start, onDone) {
  const req = {
    oncomplete(error, result) {
      if (error !== undefined) onDone.call(this, cryptoError(error));
      else onDone.call(this, undefined, result);
    },
  };
  start(req);
}

module.exports = { runSync, runAsync };

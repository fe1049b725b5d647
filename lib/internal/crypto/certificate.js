'use strict';
// crypto.Certificate: the SPKAC (signed public key and challenge) functions, static
// and, for old code, as methods of an instance, as Node 20's
// lib/internal/crypto/certificate.js.

const { binding, getArrayBufferOrView } = require('internal/crypto/util');

function verifySpkac(spkac, encoding) {
  return binding.spkac(0, getArrayBufferOrView(spkac, 'spkac', encoding));
}

function exportPublicKey(spkac, encoding) {
  return binding.spkac(1, getArrayBufferOrView(spkac, 'spkac', encoding));
}

function exportChallenge(spkac, encoding) {
  return binding.spkac(2, getArrayBufferOrView(spkac, 'spkac', encoding));
}

// The legacy form: Certificate() and new Certificate() have the same methods.
function Certificate() {
  if (!(this instanceof Certificate)) return new Certificate();
}

Certificate.prototype.verifySpkac = verifySpkac;
Certificate.prototype.exportPublicKey = exportPublicKey;
Certificate.prototype.exportChallenge = exportChallenge;
Certificate.exportChallenge = exportChallenge;
Certificate.exportPublicKey = exportPublicKey;
Certificate.verifySpkac = verifySpkac;

module.exports = Certificate;

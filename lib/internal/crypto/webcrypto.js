'use strict';
// The Web Crypto object (globalThis.crypto, require('crypto').webcrypto): a Crypto
// instance with getRandomValues and randomUUID. SubtleCrypto is not part of this
// runtime, so there is no `subtle`.

const { codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS } } = require('internal/errors');
const random = require('internal/crypto/random');

// WebIDL's check of the argument count: a TypeError with Node's code.
function requiredArguments(length, required, prefix) {
  if (length >= required) return;
  const err = new TypeError(`${prefix}: ${required} argument${required === 1 ? '' : 's'} required, but only ${length} present.`);
  err.code = 'ERR_MISSING_ARGS';
  throw err;
}

class Crypto {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  getRandomValues(array) {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    requiredArguments(arguments.length, 1, "Failed to execute 'getRandomValues' on 'Crypto'");
    return random.getRandomValues(array);
  }

  randomUUID() {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    return random.randomUUID();
  }
}

const kEnumerable = { enumerable: true };
Object.defineProperties(Crypto.prototype, {
  [Symbol.toStringTag]: { value: 'Crypto', configurable: true, enumerable: false, writable: false },
  getRandomValues: kEnumerable,
  randomUUID: kEnumerable,
});

const crypto = Reflect.construct(function () {}, [], Crypto);

module.exports = { Crypto, crypto };

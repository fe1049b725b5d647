'use strict';
// Every KeyObject made (lib/internal/crypto/keys.js adds it): util.types.isKeyObject
// asks here, so util.types needs no part of node:crypto loaded.
module.exports = new WeakSet();

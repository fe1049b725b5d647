'use strict';
// publicEncrypt, privateDecrypt, privateEncrypt and publicDecrypt (RSA with OAEP,
// PKCS#1 v1.5 or no padding), as Node 20's rsaFunctionFor in
// lib/internal/crypto/cipher.js.

const { validateString } = require('internal/net/validators');
const { binding, cryptoError, nativeError, getArrayBufferOrView } = require('internal/crypto/util');
const { preparePrivateKeyHandle, preparePublicOrPrivateKeyHandle } = require('internal/crypto/keys');

const { RSA_PKCS1_OAEP_PADDING, RSA_PKCS1_PADDING } = binding.constants;

function rsaError(ret) {
  switch (ret) {
    case 1: return nativeError(Error, 'ERR_OSSL_EVP_INVALID_DIGEST', 'Invalid digest used');
    case 2: return nativeError(TypeError, 'ERR_INVALID_ARG_VALUE',
      'RSA_PKCS1_PADDING is no longer supported for private decryption, this can be reverted with --security-revert=CVE-2023-46809');
  }
  return cryptoError(ret);
}

// The binding's operation numbers (PublicKeyCipher.cpp).
function rsaFunctionFor(op, defaultPadding, keyType) {
  return (options, buffer) => {
    // A PEM or DER key of either kind is read as Node's binding reads it.
    const key = keyType === 'private' ? preparePrivateKeyHandle(options, true) : preparePublicOrPrivateKeyHandle(options);
    const padding = options.padding || defaultPadding;
    const { oaepHash, encoding } = options;
    let { oaepLabel } = options;
    if (oaepHash !== undefined) validateString(oaepHash, 'key.oaepHash');
    if (oaepLabel !== undefined) oaepLabel = getArrayBufferOrView(oaepLabel, 'key.oaepLabel', encoding);
    buffer = getArrayBufferOrView(buffer, 'buffer', encoding);
    const ret = binding.rsaCipher(op, key, buffer, padding, oaepHash, oaepLabel);
    if (typeof ret === 'number' || Array.isArray(ret)) throw rsaError(ret);
    return ret;
  };
}

const publicEncrypt = rsaFunctionFor(0, RSA_PKCS1_OAEP_PADDING, 'public');
const privateDecrypt = rsaFunctionFor(1, RSA_PKCS1_OAEP_PADDING, 'private');
const privateEncrypt = rsaFunctionFor(2, RSA_PKCS1_PADDING, 'private');
const publicDecrypt = rsaFunctionFor(3, RSA_PKCS1_PADDING, 'public');

module.exports = { publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt };

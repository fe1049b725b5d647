'use strict';
// X509Certificate, as Node 20's lib/internal/crypto/x509.js: a certificate (PEM or
// DER) held by the binding's X509Handle; fields computed once and cached.

const { isArrayBufferView } = require('internal/util/types');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateBoolean, validateObject, validateString } = require('internal/net/validators');
const { binding, kHandle, cryptoError, nativeError } = require('internal/crypto/util');
const { isKeyObject, PublicKeyObject } = require('internal/crypto/keys');

const { X509Handle, x509CheckFlags: F } = binding;
const kInternalState = Symbol('kInternalState');
const inspectCustom = Symbol.for('nodejs.util.inspect.custom');

function isX509Certificate(value) {
  return value[kInternalState] !== undefined;
}

function getFlags(options = {}) {
  validateObject(options, 'options');
  const {
    subject = 'default', wildcards = true, partialWildcards = true, multiLabelWildcards = false,
    singleLabelSubdomains = false,
  } = { ...options };
  let flags = 0;
  validateString(subject, 'options.subject');
  validateBoolean(wildcards, 'options.wildcards');
  validateBoolean(partialWildcards, 'options.partialWildcards');
  validateBoolean(multiLabelWildcards, 'options.multiLabelWildcards');
  validateBoolean(singleLabelSubdomains, 'options.singleLabelSubdomains');
  switch (subject) {
    case 'default': break;
    case 'always': flags |= F.alwaysCheckSubject; break;
    case 'never': flags |= F.neverCheckSubject; break;
    default: throw new ERR_INVALID_ARG_VALUE('options.subject', subject);
  }
  if (!wildcards) flags |= F.noWildcards;
  if (!partialWildcards) flags |= F.noPartialWildcards;
  if (multiLabelWildcards) flags |= F.multiLabelWildcards;
  if (singleLabelSubdomains) flags |= F.singleLabelSubdomains;
  return flags;
}

class X509Certificate {
  constructor(buffer) {
    if (typeof buffer === 'string') buffer = Buffer.from(buffer);
    if (!isArrayBufferView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    const handle = new X509Handle();
    const ret = handle.parse(buffer);
    if (ret !== true) throw cryptoError(ret);
    this[kHandle] = handle;
    this[kInternalState] = new Map();
  }

  [inspectCustom](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `X509Certificate ${inspect({
      subject: this.subject,
      subjectAltName: this.subjectAltName,
      issuer: this.issuer,
      infoAccess: this.infoAccess,
      validFrom: this.validFrom,
      validTo: this.validTo,
      fingerprint: this.fingerprint,
      fingerprint256: this.fingerprint256,
      fingerprint512: this.fingerprint512,
      keyUsage: this.keyUsage,
      serialNumber: this.serialNumber,
    }, opts)}`;
  }

  // A field, computed once.
  #field(name) {
    const state = this[kInternalState];
    if (!state.has(name)) state.set(name, this[kHandle].field(name));
    return state.get(name);
  }

  get subject() { return this.#field('subject'); }
  get subjectAltName() { return this.#field('subjectAltName'); }
  get issuer() { return this.#field('issuer'); }
  get issuerCertificate() { return undefined; }
  get infoAccess() { return this.#field('infoAccess'); }
  get validFrom() { return this.#field('validFrom'); }
  get validTo() { return this.#field('validTo'); }
  get fingerprint() { return this.#field('fingerprint'); }
  get fingerprint256() { return this.#field('fingerprint256'); }
  get fingerprint512() { return this.#field('fingerprint512'); }
  get keyUsage() { return this.#field('keyUsage'); }
  get serialNumber() { return this.#field('serialNumber'); }
  get raw() { return this.#field('raw'); }

  get publicKey() {
    const state = this[kInternalState];
    if (!state.has('publicKey')) {
      const ret = this[kHandle].publicKey();
      if (Array.isArray(ret)) throw cryptoError(ret);
      state.set('publicKey', new PublicKeyObject(ret));
    }
    return state.get('publicKey');
  }

  toString() { return this.#field('pem'); }
  toJSON() { return this.toString(); }
  get ca() { return this.#field('ca'); }

  checkHost(name, options) {
    validateString(name, 'name');
    return this[kHandle].check(0, name, getFlags(options));
  }

  checkEmail(email, options) {
    validateString(email, 'email');
    return this[kHandle].check(1, email, getFlags(options));
  }

  checkIP(ip) {
    validateString(ip, 'ip');
    const ret = this[kHandle].check(2, ip, 0);
    if (ret === -1) throw nativeError(TypeError, 'ERR_INVALID_ARG_VALUE', 'Invalid IP');
    return ret;
  }

  checkIssued(otherCert) {
    if (!isX509Certificate(otherCert)) throw new ERR_INVALID_ARG_TYPE('otherCert', 'X509Certificate', otherCert);
    return this[kHandle].checkIssued(otherCert[kHandle]);
  }

  checkPrivateKey(pkey) {
    if (!isKeyObject(pkey)) throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
    if (pkey.type !== 'private') throw new ERR_INVALID_ARG_VALUE('pkey', pkey);
    return this[kHandle].checkPrivateKey(pkey[kHandle]);
  }

  verify(pkey) {
    if (!isKeyObject(pkey)) throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
    if (pkey.type !== 'public') throw new ERR_INVALID_ARG_VALUE('pkey', pkey);
    return this[kHandle].verify(pkey[kHandle]);
  }

  // The certificate as tls.TLSSocket.getPeerCertificate() describes one.
  toLegacyObject() {
    const names = (text) => {
      const o = { __proto__: null };
      for (const line of (text ?? '').split('\n')) {
        const eq = line.indexOf('=');
        if (eq <= 0) continue;
        const k = line.slice(0, eq);
        const v = line.slice(eq + 1);
        if (k in o) o[k] = Array.isArray(o[k]) ? [...o[k], v] : [o[k], v];
        else o[k] = v;
      }
      return o;
    };
    const legacy = { subject: names(this.subject), issuer: names(this.issuer) };
    if (this.subjectAltName !== undefined) legacy.subjectaltname = this.subjectAltName;
    if (this.infoAccess !== undefined) legacy.infoAccess = this.infoAccess;
    legacy.ca = this.ca;
    const key = this.publicKey;
    const spki = key.export({ type: 'spki', format: 'der' });
    if (key.asymmetricKeyType === 'rsa') {
      const { n } = key.export({ format: 'jwk' });
      legacy.modulus = Buffer.from(n, 'base64url').toString('hex').toUpperCase();
      legacy.bits = key.asymmetricKeyDetails.modulusLength;
      legacy.exponent = `0x${key.asymmetricKeyDetails.publicExponent.toString(16)}`;
      legacy.pubkey = spki;
    } else if (key.asymmetricKeyType === 'ec') {
      const { x, y } = key.export({ format: 'jwk' });
      const xb = Buffer.from(x, 'base64url');
      legacy.bits = xb.length * 8;
      legacy.pubkey = Buffer.concat([Buffer.from([4]), xb, Buffer.from(y, 'base64url')]);
      legacy.asn1Curve = key.asymmetricKeyDetails.namedCurve;
    }
    legacy.valid_from = this.validFrom;
    legacy.valid_to = this.validTo;
    legacy.fingerprint = this.fingerprint;
    legacy.fingerprint256 = this.fingerprint256;
    legacy.fingerprint512 = this.fingerprint512;
    if (this.keyUsage !== undefined) legacy.ext_key_usage = this.keyUsage;
    legacy.serialNumber = this.serialNumber;
    legacy.raw = this.raw;
    return legacy;
  }
}

module.exports = { X509Certificate, isX509Certificate };

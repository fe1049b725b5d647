'use strict';
// tls.createSecureContext() and tls.SecureContext: options -> one native
// SecureContext (an SSL_CTX: key, certificate chain, trust store, ciphers,
// protocol bounds), as Node's _tls_common.js.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_TLS_INVALID_PROTOCOL_VERSION, ERR_TLS_PROTOCOL_VERSION_CONFLICT },
} = require('internal/errors');
const { validateObject } = require('internal/net/validators');
const { isArrayBufferView } = require('internal/util/types');

let binding;
function tlsBinding() {
  if (binding === undefined) binding = internalBinding('tls_wrap');
  return binding;
}

// Node's system-independent defaults (lib/tls.js); tls.DEFAULT_* may replace them.
const defaults = {
  DEFAULT_CIPHERS: 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
    'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
    'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:' +
    'DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:' +
    'DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA',
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
};

// The system's trust store: Node bundles Mozilla's list instead (docs/differences.md).
const kSystemRoots = '/etc/ssl/certs/ca-certificates.crt';

function protocolVersion(name, which) {
  const b = tlsBinding();
  switch (name) {
    case 'TLSv1.3': return b.TLS1_3_VERSION;
    case 'TLSv1.2': return b.TLS1_2_VERSION;
    case 'TLSv1.1': return b.TLS1_1_VERSION;
    case 'TLSv1': return b.TLS1_VERSION;
    default: throw new ERR_TLS_INVALID_PROTOCOL_VERSION(name, which);
  }
}

// secureProtocol pins both bounds ('TLSv1_2_method', ...).
function methodBounds(secureProtocol) {
  const m = /^TLSv1(?:_(\d))?_(?:client_|server_)?method$/.exec(secureProtocol);
  if (m === null) return null;
  const v = m[1] === undefined ? 'TLSv1' : `TLSv1.${m[1]}`;
  return [v, v];
}

function SecureContext(secureProtocol, secureOptions, minVersion, maxVersion) {
  if (!(this instanceof SecureContext)) {
    return new SecureContext(secureProtocol, secureOptions, minVersion, maxVersion);
  }
  if (secureProtocol) {
    if (minVersion != null) throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(minVersion, secureProtocol);
    if (maxVersion != null) throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(maxVersion, secureProtocol);
  }
  this.context = new (tlsBinding().SecureContext)();
  const bounds = secureProtocol ? methodBounds(secureProtocol) : null;
  const lo = bounds ? bounds[0] : (minVersion ?? defaults.DEFAULT_MIN_VERSION);
  const hi = bounds ? bounds[1] : (maxVersion ?? defaults.DEFAULT_MAX_VERSION);
  this.context.setProtoBounds(protocolVersion(lo, 'minimum'), protocolVersion(hi, 'maximum'));
}

function validateKeyOrCertOption(name, value) {
  if (typeof value !== 'string' && !isArrayBufferView(value)) {
    throw new ERR_INVALID_ARG_TYPE(`options.${name}`, ['string', 'Buffer', 'TypedArray', 'DataView'], value);
  }
}

function eachOf(value, fn) {
  if (Array.isArray(value)) value.forEach(fn);
  else fn(value);
}

function configSecureContext(context, options) {
  const { ca, cert, key, passphrase, ciphers } = options;
  if (ca) {
    eachOf(ca, (c) => {
      validateKeyOrCertOption('ca', c);
      context.addCACert(c);
    });
  } else {
    context.addRootCerts(kSystemRoots);
  }
  if (cert) {
    eachOf(cert, (c) => {
      validateKeyOrCertOption('cert', c);
      context.setCert(c);
    });
  }
  if (key) {
    eachOf(key, (k) => {
      const pem = k?.pem !== undefined ? k.pem : k;
      validateKeyOrCertOption('key', pem);
      context.setKey(pem, k?.passphrase ?? passphrase);
    });
  }
  setCiphers(context, ciphers === undefined ? defaults.DEFAULT_CIPHERS : ciphers);
  if (options.honorCipherOrder) context.setHonorCipherOrder(true);
}

// TLS 1.3 suites (TLS_*) and the older cipher list are two OpenSSL settings.
function setCiphers(context, ciphers) {
  if (typeof ciphers !== 'string') throw new ERR_INVALID_ARG_TYPE('options.ciphers', 'string', ciphers);
  const parts = ciphers.split(':');
  const suites = parts.filter((c) => c.startsWith('TLS_')).join(':');
  const list = parts.filter((c) => !c.startsWith('TLS_')).join(':');
  context.setCiphers(list === '' ? undefined : list, suites === '' && list !== '' ? undefined : suites);
}

function createSecureContext(options) {
  if (options === undefined) options = {};
  else validateObject(options, 'options');
  const { honorCipherOrder, minVersion, maxVersion, secureOptions, secureProtocol } = options;
  const c = new SecureContext(secureProtocol, secureOptions, minVersion, maxVersion);
  configSecureContext(c.context, { ...options, honorCipherOrder });
  return c;
}

// ALPNProtocols (array of strings, or a Buffer already in wire format) -> Buffer.
function convertALPNProtocols(protocols, out) {
  const { Buffer } = require('buffer');
  if (Array.isArray(protocols)) {
    const parts = [];
    for (const p of protocols) {
      const b = Buffer.from(p);
      if (b.length > 255) {
        const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
        throw new ERR_OUT_OF_RANGE('The byte length of the protocol at index ' +
          `${protocols.indexOf(p)} exceeds the maximum length.`, '<= 255', b.length, true);
      }
      parts.push(Buffer.from([b.length]), b);
    }
    out.ALPNProtocols = Buffer.concat(parts);
  } else if (isArrayBufferView(protocols)) {
    out.ALPNProtocols = Buffer.from(protocols.buffer.slice(protocols.byteOffset, protocols.byteOffset + protocols.byteLength));
  }
}

module.exports = {
  SecureContext,
  createSecureContext,
  convertALPNProtocols,
  defaults,
  tlsBinding,
  kSystemRoots,
};

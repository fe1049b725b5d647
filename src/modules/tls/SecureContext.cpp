// SecureContext (Node's crypto.SecureContext behind tls.createSecureContext): one
// SSL_CTX with its key, certificate chain, trust store, cipher lists and protocol
// bounds. Every setter throws Node's OpenSSL-shaped error when OpenSSL refuses.
#include <openssl/err.h>
#include <openssl/pem.h>

#include <cstring>
#include <string>

#include "modules/buffer/BufferBinding.h"
#include "modules/tls/TLSCommon.h"
#include "runtime/Binding.h"
#include "runtime/Runtime.h"
#include "runtime/Value.h"

namespace protojs::tls {

namespace {

JSClassID secureContextClassId = 0;

// Peers are verified after the handshake (the socket decides what a failure
// means, as Node does): OpenSSL records the result and goes on.
int acceptAnyPeer(int, X509_STORE_CTX*) { return 1; }

// A memory BIO over a JS string or Buffer argument (PEM text); nullptr with an
// exception pending on a wrong type.
BIO* pemBio(JSContext* ctx, JSValueConst v) {
  if (JS_IsString(v)) {
    std::string s;
    if (!toStdString(ctx, v, s)) return nullptr;
    BIO* bio = BIO_new(BIO_s_mem());  // a copy: the string dies here
    if (bio) BIO_write(bio, s.data(), int(s.size()));
    return bio;
  }
  uint8_t* data;
  size_t len;
  if (!getBytes(ctx, v, data, len)) return nullptr;
  return BIO_new_mem_buf(data, int(len));  // read at once, while the Buffer lives
}

JSValue throwSslError(JSContext* ctx) {
  unsigned long err = ERR_peek_last_error();
  if (err == 0) return JS_ThrowTypeError(ctx, "unknown OpenSSL error");
  return JS_Throw(ctx, sslError(ctx, err));
}

#define CTX_THIS                                             \
  SecureContext* sc = SecureContext::fromValue(ctx, self);   \
  if (!sc) return JS_EXCEPTION;                              \
  SSL_CTX* sslCtx = sc->ctx();

JSValue jsNew(JSContext* ctx, JSValueConst newTarget, int, JSValueConst*) {
  SSL_CTX* sslCtx = SSL_CTX_new(TLS_method());
  if (!sslCtx) return throwSslError(ctx);
  JSValue obj = newObjectFromTarget(ctx, newTarget, secureContextClassId);
  if (JS_IsException(obj)) {
    SSL_CTX_free(sslCtx);
    return obj;
  }
  SSL_CTX_set_options(sslCtx, SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION);
  SSL_CTX_set_verify(sslCtx, SSL_VERIFY_PEER, acceptAnyPeer);
  // Servers resume sessions only within one context id; one for every protoJS server.
  static const unsigned char kSessionIdContext[] = "protojs";
  SSL_CTX_set_session_id_context(sslCtx, kSessionIdContext, sizeof(kSessionIdContext) - 1);
  SSL_CTX_set_session_cache_mode(sslCtx, SSL_SESS_CACHE_SERVER | SSL_SESS_CACHE_CLIENT |
                                             SSL_SESS_CACHE_NO_INTERNAL_STORE);
  new SecureContext(*Runtime::from(ctx), obj, sslCtx);
  return obj;
}

// setKey(pem, passphrase?)
JSValue jsSetKey(JSContext* ctx, JSValueConst self, int argc, JSValueConst* argv) {
  CTX_THIS
  BIO* bio = pemBio(ctx, argv[0]);
  if (!bio) return JS_EXCEPTION;
  std::string pass;
  bool hasPass = argc > 1 && !JS_IsUndefined(argv[1]) && !JS_IsNull(argv[1]);
  if (hasPass && !toStdString(ctx, argv[1], pass)) {
    BIO_free(bio);
    return JS_EXCEPTION;
  }
  ERR_clear_error();
  EVP_PKEY* key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, hasPass ? pass.data() : const_cast<char*>(""));
  BIO_free(bio);
  if (!key) return throwSslError(ctx);
  int ok = SSL_CTX_use_PrivateKey(sslCtx, key);
  EVP_PKEY_free(key);
  if (!ok) return throwSslError(ctx);
  return JS_UNDEFINED;
}

// setCert(pem): the first certificate is ours, the rest its chain.
JSValue jsSetCert(JSContext* ctx, JSValueConst self, int, JSValueConst* argv) {
  CTX_THIS
  BIO* bio = pemBio(ctx, argv[0]);
  if (!bio) return JS_EXCEPTION;
  ERR_clear_error();
  X509* cert = PEM_read_bio_X509_AUX(bio, nullptr, nullptr, nullptr);
  if (!cert || !SSL_CTX_use_certificate(sslCtx, cert)) {
    X509_free(cert);
    BIO_free(bio);
    return throwSslError(ctx);
  }
  X509_free(cert);
  SSL_CTX_clear_extra_chain_certs(sslCtx);
  while (X509* extra = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr)) {
    if (!SSL_CTX_add_extra_chain_cert(sslCtx, extra)) X509_free(extra);  // owned on success
  }
  ERR_clear_error();  // the end of the PEM text
  BIO_free(bio);
  return JS_UNDEFINED;
}

// addCACert(pem): every certificate in it becomes trusted (and a CA name a server
// asks client certificates for).
JSValue jsAddCACert(JSContext* ctx, JSValueConst self, int, JSValueConst* argv) {
  CTX_THIS
  BIO* bio = pemBio(ctx, argv[0]);
  if (!bio) return JS_EXCEPTION;
  X509_STORE* store = SSL_CTX_get_cert_store(sslCtx);
  while (X509* cert = PEM_read_bio_X509_AUX(bio, nullptr, nullptr, nullptr)) {
    X509_STORE_add_cert(store, cert);
    SSL_CTX_add_client_CA(sslCtx, cert);
    X509_free(cert);
  }
  ERR_clear_error();
  BIO_free(bio);
  return JS_UNDEFINED;
}

// addRootCerts(file): the system's trust store (Node bundles Mozilla's list).
JSValue jsAddRootCerts(JSContext* ctx, JSValueConst self, int, JSValueConst* argv) {
  CTX_THIS
  std::string file;
  if (!toStdString(ctx, argv[0], file)) return JS_EXCEPTION;
  X509_STORE_load_file(SSL_CTX_get_cert_store(sslCtx), file.c_str());
  ERR_clear_error();  // a missing store means nothing is trusted, as with an empty one
  return JS_UNDEFINED;
}

// setCiphers(tls12List, tls13Suites): either may be undefined.
JSValue jsSetCiphers(JSContext* ctx, JSValueConst self, int, JSValueConst* argv) {
  CTX_THIS
  std::string list;
  ERR_clear_error();
  if (!JS_IsUndefined(argv[0])) {
    if (!toStdString(ctx, argv[0], list)) return JS_EXCEPTION;
    if (!SSL_CTX_set_cipher_list(sslCtx, list.c_str())) return throwSslError(ctx);
  }
  if (!JS_IsUndefined(argv[1])) {
    if (!toStdString(ctx, argv[1], list)) return JS_EXCEPTION;
    if (!SSL_CTX_set_ciphersuites(sslCtx, list.c_str())) return throwSslError(ctx);
  }
  return JS_UNDEFINED;
}

// setProtoBounds(min, max): TLS1_x_VERSION numbers (0: no bound).
JSValue jsSetProtoBounds(JSContext* ctx, JSValueConst self, int, JSValueConst* argv) {
  CTX_THIS
  int32_t lo = 0, hi = 0;
  JS_ToInt32(ctx, &lo, argv[0]);
  JS_ToInt32(ctx, &hi, argv[1]);
  SSL_CTX_set_min_proto_version(sslCtx, lo);
  SSL_CTX_set_max_proto_version(sslCtx, hi);
  return JS_UNDEFINED;
}

// setOptions(honorCipherOrder)
JSValue jsSetHonorCipherOrder(JSContext* ctx, JSValueConst self, int, JSValueConst* argv) {
  CTX_THIS
  if (JS_ToBool(ctx, argv[0])) SSL_CTX_set_options(sslCtx, SSL_OP_CIPHER_SERVER_PREFERENCE);
  else SSL_CTX_clear_options(sslCtx, SSL_OP_CIPHER_SERVER_PREFERENCE);
  return JS_UNDEFINED;
}

// getCiphers(): the lower-case names of every cipher OpenSSL offers by default.
JSValue jsGetCiphers(JSContext* ctx, JSValueConst, int, JSValueConst*) {
  SSL_CTX* sslCtx = SSL_CTX_new(TLS_method());
  SSL* ssl = sslCtx ? SSL_new(sslCtx) : nullptr;
  JSValue arr = JS_NewArray(ctx);
  if (ssl) {
    STACK_OF(SSL_CIPHER)* ciphers = SSL_get_ciphers(ssl);
    for (int i = 0; i < sk_SSL_CIPHER_num(ciphers); i++) {
      std::string name = SSL_CIPHER_get_name(sk_SSL_CIPHER_value(ciphers, i));
      for (char& c : name) c = char(std::tolower(static_cast<unsigned char>(c)));
      JS_SetPropertyUint32(ctx, arr, uint32_t(i), newString(ctx, name));
    }
  }
  SSL_free(ssl);
  SSL_CTX_free(sslCtx);
  return arr;
}

const JSCFunctionListEntry kMethods[] = {
    PJS_CFUNC_DEF("setKey", 2, jsSetKey),
    PJS_CFUNC_DEF("setCert", 1, jsSetCert),
    PJS_CFUNC_DEF("addCACert", 1, jsAddCACert),
    PJS_CFUNC_DEF("addRootCerts", 1, jsAddRootCerts),
    PJS_CFUNC_DEF("setCiphers", 2, jsSetCiphers),
    PJS_CFUNC_DEF("setProtoBounds", 2, jsSetProtoBounds),
    PJS_CFUNC_DEF("setHonorCipherOrder", 1, jsSetHonorCipherOrder),
};

}  // namespace

SecureContext* SecureContext::fromValue(JSContext* ctx, JSValueConst v) {
  return BaseObject::unwrapAs<SecureContext>(ctx, v, secureContextClassId);
}

JSValue newBuffer(JSContext* ctx, const void* data, size_t len) {
  JSValue args[1] = {buffer::newArrayBufferCopy(ctx, data, len)};
  if (JS_IsException(args[0])) return args[0];
  JSValue buf = buffer::newFastBuffer(ctx, 1, args);
  JS_FreeValue(ctx, args[0]);
  return buf;
}

namespace {

// Node's error codes: ERR_SSL_<REASON> for libssl, ERR_OSSL_<LIB>_<REASON> for the
// libraries Node names, ERR_OSSL_<REASON> for the rest.
std::string codePrefix(const char* lib) {
  if (!lib) return "OSSL_";
  static const char* const kLibs[][2] = {
      {"SSL routines", "SSL_"}, {"x509 certificate routines", "OSSL_X509_"},
      {"X509 V3 routines", "OSSL_X509V3_"}, {"PEM routines", "OSSL_PEM_"},
      {"digital envelope routines", "OSSL_EVP_"}, {"rsa routines", "OSSL_RSA_"},
      {"DSA routines", "OSSL_DSA_"}, {"Diffie-Hellman routines", "OSSL_DH_"},
      {"elliptic curve routines", "OSSL_EC_"}, {"BIO routines", "OSSL_BIO_"},
      {"asn1 encoding routines", "OSSL_ASN1_"}, {"bignum routines", "OSSL_BN_"},
  };
  for (const auto& entry : kLibs) {
    if (std::strcmp(lib, entry[0]) == 0) return entry[1];
  }
  return "OSSL_";
}

}  // namespace

JSValue sslError(JSContext* ctx, unsigned long err) {
  char text[256];
  ERR_error_string_n(err, text, sizeof(text));
  JSValue e = JS_NewError(ctx);
  setProp(ctx, e, "message", JS_NewString(ctx, text));
  const char* lib = ERR_lib_error_string(err);
  const char* reason = ERR_reason_error_string(err);
  if (lib) setProp(ctx, e, "library", JS_NewString(ctx, lib));
  if (reason) {
    setProp(ctx, e, "reason", JS_NewString(ctx, reason));
    std::string code = "ERR_" + codePrefix(lib);
    for (const char* p = reason; *p; p++) code += *p == ' ' ? '_' : char(std::toupper(static_cast<unsigned char>(*p)));
    setProp(ctx, e, "code", newString(ctx, code));
  }
  ERR_clear_error();
  return e;
}

void addSecureContext(JSContext* ctx, JSValueConst exports) {
  JSValue cls = defineClass(ctx, secureContextClassId, "SecureContext", jsNew, 0, kMethods,
                            int(sizeof(kMethods) / sizeof(kMethods[0])));
  setProp(ctx, exports, "SecureContext", cls);
  setFunction(ctx, exports, "getCiphers", jsGetCiphers, 0);
}

}  // namespace protojs::tls

// The 'crypto' binding behind lib/crypto.js: OpenSSL's libcrypto. This file holds
// the lists (getHashes, getCiphers), timingSafeEqual and crypto.constants; Hash.cpp
// the hash and HMAC handles, Cipher.cpp the cipher handle, CryptoJobs.cpp key
// derivation and random bytes, Keys.cpp the key handle, Sign.cpp signatures and key
// generation, PublicKeyCipher.cpp RSA encryption, key agreement and ECDH, X509.cpp
// X509Certificate.
// Nothing here runs until lib/crypto.js first asks for the binding.
#include <openssl/crypto.h>
#include <openssl/dh.h>
#include <openssl/ec.h>
#include <openssl/engine.h>
#include <openssl/err.h>
#include <openssl/rsa.h>
#include <openssl/ssl.h>

#include <string>
#include <vector>

#include "modules/crypto/CryptoUtil.h"
#include "runtime/Binding.h"
#include "runtime/Runtime.h"
#include "runtime/Value.h"

namespace protojs::crypto {

namespace {

using Names = std::vector<std::string>;

// As Node lists them: every name (aliases too) whose algorithm the default provider
// can actually fetch.
template <typename T, T* (*fetch)(OSSL_LIB_CTX*, const char*, const char*), void (*release)(T*),
          const T* (*byName)(const char*), const char* (*nameOf)(const T*)>
void pushFetchable(const T*, const char* from, const char*, void* arg) {
  if (!from) return;
  const T* known = byName(from);
  const char* real = known ? nameOf(known) : nullptr;
  if (!real) return;
  T* fetched = fetch(nullptr, real, nullptr);
  if (!fetched) return;
  release(fetched);
  static_cast<Names*>(arg)->emplace_back(from);
}

const EVP_MD* mdByName(const char* name) { return EVP_get_digestbyname(name); }
const EVP_CIPHER* cipherByName(const char* name) { return EVP_get_cipherbyname(name); }

JSValue namesToJS(JSContext* ctx, const Names& names) {
  JSValue arr = JS_NewArray(ctx);
  for (uint32_t i = 0; i < names.size(); i++) JS_SetPropertyUint32(ctx, arr, i, newString(ctx, names[i]));
  ERR_clear_error();
  return arr;
}

JSValue jsGetHashes(JSContext* ctx, JSValueConst, int, JSValueConst*) {
  Names names;
  EVP_MD_do_all_sorted(pushFetchable<EVP_MD, EVP_MD_fetch, EVP_MD_free, mdByName, EVP_MD_get0_name>, &names);
  return namesToJS(ctx, names);
}

JSValue jsGetCiphers(JSContext* ctx, JSValueConst, int, JSValueConst*) {
  Names names;
  EVP_CIPHER_do_all_sorted(
      pushFetchable<EVP_CIPHER, EVP_CIPHER_fetch, EVP_CIPHER_free, cipherByName, EVP_CIPHER_get0_name>, &names);
  return namesToJS(ctx, names);
}

// timingSafeEqual(a, b): views of equal length (checked in JS).
JSValue jsTimingSafeEqual(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  uint8_t *a = nullptr, *b = nullptr;
  size_t na = 0, nb = 0;
  if (!getBytes(ctx, argv[0], a, na) || !getBytes(ctx, argv[1], b, nb)) return JS_EXCEPTION;
  if (na != nb) return JS_FALSE;
  return JS_NewBool(ctx, CRYPTO_memcmp(a, b, na) == 0);
}

struct NamedNumber {
  const char* name;
  double value;
};

// crypto.constants in Node's order (its two cipher lists are added in between).
#define PJS_NAMED(x) {#x, double(x)},
const NamedNumber kConstants[] = {
    PJS_NAMED(OPENSSL_VERSION_NUMBER) PJS_NAMED(SSL_OP_ALL) PJS_NAMED(SSL_OP_ALLOW_NO_DHE_KEX)
    PJS_NAMED(SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION) PJS_NAMED(SSL_OP_CIPHER_SERVER_PREFERENCE)
    PJS_NAMED(SSL_OP_CISCO_ANYCONNECT) PJS_NAMED(SSL_OP_COOKIE_EXCHANGE) PJS_NAMED(SSL_OP_CRYPTOPRO_TLSEXT_BUG)
    PJS_NAMED(SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS) PJS_NAMED(SSL_OP_LEGACY_SERVER_CONNECT)
    PJS_NAMED(SSL_OP_NO_COMPRESSION) PJS_NAMED(SSL_OP_NO_ENCRYPT_THEN_MAC) PJS_NAMED(SSL_OP_NO_QUERY_MTU)
    PJS_NAMED(SSL_OP_NO_RENEGOTIATION) PJS_NAMED(SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION)
    PJS_NAMED(SSL_OP_NO_SSLv2) PJS_NAMED(SSL_OP_NO_SSLv3) PJS_NAMED(SSL_OP_NO_TICKET) PJS_NAMED(SSL_OP_NO_TLSv1)
    PJS_NAMED(SSL_OP_NO_TLSv1_1) PJS_NAMED(SSL_OP_NO_TLSv1_2) PJS_NAMED(SSL_OP_NO_TLSv1_3)
    PJS_NAMED(SSL_OP_PRIORITIZE_CHACHA) PJS_NAMED(SSL_OP_TLS_ROLLBACK_BUG) PJS_NAMED(ENGINE_METHOD_RSA)
    PJS_NAMED(ENGINE_METHOD_DSA) PJS_NAMED(ENGINE_METHOD_DH) PJS_NAMED(ENGINE_METHOD_RAND)
    PJS_NAMED(ENGINE_METHOD_EC) PJS_NAMED(ENGINE_METHOD_CIPHERS) PJS_NAMED(ENGINE_METHOD_DIGESTS)
    PJS_NAMED(ENGINE_METHOD_PKEY_METHS) PJS_NAMED(ENGINE_METHOD_PKEY_ASN1_METHS) PJS_NAMED(ENGINE_METHOD_ALL)
    PJS_NAMED(ENGINE_METHOD_NONE) PJS_NAMED(DH_CHECK_P_NOT_SAFE_PRIME) PJS_NAMED(DH_CHECK_P_NOT_PRIME)
    PJS_NAMED(DH_UNABLE_TO_CHECK_GENERATOR) PJS_NAMED(DH_NOT_SUITABLE_GENERATOR) PJS_NAMED(RSA_PKCS1_PADDING)
    PJS_NAMED(RSA_NO_PADDING) PJS_NAMED(RSA_PKCS1_OAEP_PADDING) PJS_NAMED(RSA_X931_PADDING)
    PJS_NAMED(RSA_PKCS1_PSS_PADDING) PJS_NAMED(RSA_PSS_SALTLEN_DIGEST) PJS_NAMED(RSA_PSS_SALTLEN_MAX_SIGN)
    PJS_NAMED(RSA_PSS_SALTLEN_AUTO)
};
const NamedNumber kVersionConstants[] = {
    PJS_NAMED(TLS1_VERSION) PJS_NAMED(TLS1_1_VERSION) PJS_NAMED(TLS1_2_VERSION) PJS_NAMED(TLS1_3_VERSION)
    PJS_NAMED(POINT_CONVERSION_COMPRESSED) PJS_NAMED(POINT_CONVERSION_UNCOMPRESSED)
    PJS_NAMED(POINT_CONVERSION_HYBRID)
};
#undef PJS_NAMED

// Node's default TLS cipher list (src/node_constants.h).
constexpr const char* kDefaultCipherList =
    "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:"
    "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:"
    "ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:"
    "DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:"
    "DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA";

// Read-only, as Node's; defaultCipherList stays configurable (lib makes it the
// accessor Node has).
JSValue constants(JSContext* ctx) {
  JSValue o = JS_NewObjectProto(ctx, JS_NULL);
  auto add = [&](const char* name, JSValue v, int flags = JS_PROP_ENUMERABLE) {
    JS_DefinePropertyValueStr(ctx, o, name, v, flags);
  };
  for (const NamedNumber& c : kConstants) add(c.name, JS_NewFloat64(ctx, c.value));
  add("defaultCoreCipherList", JS_NewString(ctx, kDefaultCipherList));
  for (const NamedNumber& c : kVersionConstants) add(c.name, JS_NewFloat64(ctx, c.value));
  add("defaultCipherList", JS_NewString(ctx, kDefaultCipherList), JS_PROP_C_W_E);
  return o;
}

void initCrypto(Runtime&, JSContext* ctx, JSValueConst exports) {
  addHashClasses(ctx, exports);
  addCipherClass(ctx, exports);
  addJobs(ctx, exports);
  addKeyClass(ctx, exports);
  addSignFunctions(ctx, exports);
  addPublicKeyFunctions(ctx, exports);
  addX509Class(ctx, exports);
  setFunction(ctx, exports, "getHashes", jsGetHashes, 0);
  setFunction(ctx, exports, "getCiphers", jsGetCiphers, 0);
  setFunction(ctx, exports, "timingSafeEqual", jsTimingSafeEqual, 2);
  setProp(ctx, exports, "constants", constants(ctx));
}

}  // namespace

PROTOJS_BINDING(crypto, initCrypto);

}  // namespace protojs::crypto

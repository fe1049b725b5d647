// Shared helpers of the crypto binding (see CryptoUtil.h).
#include "modules/crypto/CryptoUtil.h"

#include <openssl/err.h>

#include <cctype>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "modules/buffer/BufferBinding.h"
#include "modules/buffer/StringAccess.h"
#include "runtime/Value.h"

namespace protojs::crypto {

bool argBytes(JSContext* ctx, JSValueConst v, int32_t enc, Bytes& out) {
  if (JS_IsString(v)) {
    StringView sv(ctx, v);
    if (!sv.ok()) return false;
    auto e = static_cast<buffer::Encoding>(enc);
    out.resize(buffer::encodedSize(sv, e));
    out.resize(buffer::encodeInto(sv, e, out.data(), out.size()));
    return true;
  }
  uint8_t* p = nullptr;
  size_t n = 0;
  if (!getBytes(ctx, v, p, n)) return false;
  out.assign(p, p + n);
  return true;
}

EVP_MD* fetchDigest(const char* name) {
  // Fetching is a provider lookup under a lock, as costly as hashing a short
  // string: each name is fetched once per process (as Node caches them), and the
  // cache lives as long as the process (reachable, so no leak is reported).
  static std::mutex mutex;
  static auto* cache = new std::unordered_map<std::string, EVP_MD*>();
  std::lock_guard<std::mutex> lock(mutex);
  auto it = cache->find(name);
  if (it == cache->end()) {
    // EVP_MD_fetch knows the provider's names only; an alias such as RSA-SHA256 is
    // found through the legacy table first, then fetched by its real name.
    const EVP_MD* legacy = EVP_get_digestbyname(name);
    EVP_MD* md = EVP_MD_fetch(nullptr, legacy ? EVP_MD_get0_name(legacy) : name, nullptr);
    ERR_clear_error();
    if (!md) return nullptr;  // unknown names are not cached: any string may come
    it = cache->emplace(name, md).first;
  }
  EVP_MD_up_ref(it->second);
  return it->second;
}

namespace {

// "digital envelope routines" + "not XOF or invalid length" -> the ERR_OSSL_EVP_...
// code Node derives from the library and reason.
std::string errorCode(unsigned long err, const char* reason) {
  const char* lib = "";
  switch (ERR_GET_LIB(err)) {
#define PJS_LIB(name) case ERR_LIB_##name: lib = #name "_"; break;
    PJS_LIB(SYS) PJS_LIB(BN) PJS_LIB(RSA) PJS_LIB(DH) PJS_LIB(EVP) PJS_LIB(BUF)
    PJS_LIB(OBJ) PJS_LIB(PEM) PJS_LIB(DSA) PJS_LIB(X509) PJS_LIB(ASN1) PJS_LIB(CONF)
    PJS_LIB(CRYPTO) PJS_LIB(EC) PJS_LIB(SSL) PJS_LIB(BIO) PJS_LIB(PKCS7) PJS_LIB(X509V3)
    PJS_LIB(PKCS12) PJS_LIB(RAND) PJS_LIB(DSO) PJS_LIB(ENGINE) PJS_LIB(OCSP) PJS_LIB(UI)
    PJS_LIB(COMP) PJS_LIB(ECDSA) PJS_LIB(ECDH) PJS_LIB(OSSL_STORE) PJS_LIB(FIPS) PJS_LIB(CMS)
    PJS_LIB(TS) PJS_LIB(HMAC) PJS_LIB(CT) PJS_LIB(ASYNC) PJS_LIB(KDF) PJS_LIB(SM2) PJS_LIB(USER)
#undef PJS_LIB
    default: break;
  }
  std::string code = std::string("ERR_") + (std::string(lib) == "SSL_" ? "" : "OSSL_") + lib;
  for (const char* c = reason; *c; c++) code += *c == ' ' ? '_' : char(std::toupper(*c));
  return code;
}

}  // namespace

JSValue takeOpenSslError(JSContext* ctx, const char* fallback) {
  unsigned long err = ERR_get_error();
  JSValue arr = JS_NewArray(ctx);
  char msg[256];
  if (err == 0 && fallback) {
    JS_SetPropertyUint32(ctx, arr, 0, JS_NewString(ctx, fallback));
    return arr;
  }
  // The errors queued after the first: Node's opensslErrorStack.
  // Node lists them last first.
  std::vector<unsigned long> rest;
  for (unsigned long more; (more = ERR_get_error()) != 0;) rest.push_back(more);
  JSValue stack = rest.empty() ? JS_UNDEFINED : JS_NewArray(ctx);
  for (uint32_t i = 0; i < rest.size(); i++) {
    ERR_error_string_n(rest[rest.size() - 1 - i], msg, sizeof(msg));
    JS_SetPropertyUint32(ctx, stack, i, JS_NewString(ctx, msg));
  }
  ERR_error_string_n(err, msg, sizeof(msg));
  JS_SetPropertyUint32(ctx, arr, 0, JS_NewString(ctx, msg));
  const char* lib = ERR_lib_error_string(err);
  const char* reason = ERR_reason_error_string(err);
  JS_SetPropertyUint32(ctx, arr, 1, lib ? JS_NewString(ctx, lib) : JS_UNDEFINED);
  JS_SetPropertyUint32(ctx, arr, 2, reason ? JS_NewString(ctx, reason) : JS_UNDEFINED);
  JS_SetPropertyUint32(ctx, arr, 3, reason ? newString(ctx, errorCode(err, reason)) : JS_UNDEFINED);
  JS_SetPropertyUint32(ctx, arr, 4, stack);
  return arr;
}

JSValue newBuffer(JSContext* ctx, const uint8_t* data, size_t len) {
  JSValue ab = buffer::newArrayBufferCopy(ctx, data, len);
  if (JS_IsException(ab)) return ab;
  JSValue buf = buffer::newFastBuffer(ctx, 1, &ab);
  JS_FreeValue(ctx, ab);
  return buf;
}

JSValue encodeOutput(JSContext* ctx, const uint8_t* data, size_t len, int32_t enc) {
  if (enc < 0) return newBuffer(ctx, data, len);
  JSValue s = buffer::decodeBytes(ctx, data, len, static_cast<buffer::Encoding>(enc));
  if (JS_IsUndefined(s)) return JS_ThrowRangeError(ctx, "Cannot create a string longer than 0x1fffffe8 characters");
  return s;
}

}  // namespace protojs::crypto

// Helpers shared by the crypto binding's files: bytes of JS arguments, OpenSSL's
// error queue in the shape lib/internal/crypto/util.js turns into Node's errors, and
// digest lookup as Node does it.
#pragma once
#include <openssl/evp.h>
#include <quickjs.h>

#include <cstdint>
#include <string>
#include <vector>

namespace protojs::crypto {

using Bytes = std::vector<uint8_t>;

// The bytes of a JS string in buffer encoding `enc` (lib/internal/buffer's ids), or
// of an ArrayBuffer/TypedArray/DataView. Returns false with an exception pending.
bool argBytes(JSContext* ctx, JSValueConst v, int32_t enc, Bytes& out);

// A message digest by name as createHash finds it (fetched from the default
// provider, aliases accepted), or nullptr. The caller frees it with EVP_MD_free.
EVP_MD* fetchDigest(const char* name);

// The first error on OpenSSL's queue as [message, library, reason, code] (code is
// Node's ERR_OSSL_* name); clears the queue. `fallback` is the message when the
// queue is empty (nullptr: OpenSSL's text for error 0, as Node prints it).
JSValue takeOpenSslError(JSContext* ctx, const char* fallback);

// A Buffer (lib's FastBuffer) holding a copy of data[0, len).
JSValue newBuffer(JSContext* ctx, const uint8_t* data, size_t len);

// Bytes as a Buffer (enc < 0) or as a string in buffer encoding `enc`.
JSValue encodeOutput(JSContext* ctx, const uint8_t* data, size_t len, int32_t enc);

// Hash and Hmac classes (Hash.cpp), CipherBase (Cipher.cpp), the key derivation and
// random jobs (CryptoJobs.cpp).
void addHashClasses(JSContext* ctx, JSValueConst exports);
void addCipherClass(JSContext* ctx, JSValueConst exports);
void addJobs(JSContext* ctx, JSValueConst exports);

}  // namespace protojs::crypto

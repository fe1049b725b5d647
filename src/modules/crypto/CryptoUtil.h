// Helpers shared by the crypto binding's files: deleters for OpenSSL objects, bytes
// of JS arguments, OpenSSL's error queue in the shape lib/internal/crypto/util.js
// turns into Node's errors, and digest lookup as Node does it.
#pragma once
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <quickjs.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace protojs::crypto {

using Bytes = std::vector<uint8_t>;

// A unique_ptr deleter for an OpenSSL object, e.g. std::unique_ptr<BIO, OsslFree<BIO_free_all>>.
template <auto Free>
struct OsslFree {
  template <typename T>
  void operator()(T* p) const { Free(p); }
};
// The ones several files use.
using BioFree = OsslFree<BIO_free_all>;
using X509Free = OsslFree<X509_free>;
using MdCtxFree = OsslFree<EVP_MD_CTX_free>;
using PKeyCtxFree = OsslFree<EVP_PKEY_CTX_free>;

// The bytes of a JS string in buffer encoding `enc` (lib/internal/buffer's ids), or
// of an ArrayBuffer/TypedArray/DataView. Returns false with an exception pending.
bool argBytes(JSContext* ctx, JSValueConst v, int32_t enc, Bytes& out);

// A message digest by name as createHash finds it (fetched from the default
// provider, aliases accepted), or nullptr. The caller frees it with EVP_MD_free.
EVP_MD* fetchDigest(const char* name);

// The first error on OpenSSL's queue as [message, library, reason, code, stack]
// (code is Node's ERR_OSSL_* name, stack the messages of the errors after it or
// undefined: Node's opensslErrorStack); clears the queue. `fallback` is the message when the
// queue is empty (nullptr: OpenSSL's text for error 0, as Node prints it).
JSValue takeOpenSslError(JSContext* ctx, const char* fallback);

// A Buffer (lib's FastBuffer) holding a copy of data[0, len).
JSValue newBuffer(JSContext* ctx, const uint8_t* data, size_t len);

// Bytes as a Buffer (enc < 0) or as a string in buffer encoding `enc`.
JSValue encodeOutput(JSContext* ctx, const uint8_t* data, size_t len, int32_t enc);

// An asymmetric key, shared between key handles and the jobs that use it.
using PKeyPtr = std::shared_ptr<EVP_PKEY>;

// Keys.cpp: the key (nullptr for a secret, whose bytes go to *secret if given) of a
// KeyObjectHandle, or nullptr with a TypeError pending when `v` is none (or, secret
// nullptr, holds no asymmetric key); a new
// handle of a public or private key; Node's name of the key's type ('rsa', 'ec', ...)
// or nullptr.
PKeyPtr keyFromHandle(JSContext* ctx, JSValueConst v, Bytes* secret);
JSValue newKeyHandle(JSContext* ctx, PKeyPtr pkey, bool priv);
const char* asymmetricKeyType(const EVP_PKEY* pkey);

// CryptoJobs.cpp: runs `work` now (req not an object: returns its bytes as an
// ArrayBuffer, or a key pair as [publicHandle, privateHandle], or an error
// description) or on the thread pool (req.oncomplete(error | undefined, result)).
// `fallback` is the error message when OpenSSL queued none.
struct JobResult {
  Bytes out;
  PKeyPtr pkey;  // set by key generation
  bool ok = false;
  unsigned long err = 0;  // OpenSSL's first error when !ok (0: none queued)
  std::vector<unsigned long> more;  // the errors queued after it
};
using JobWork = std::function<void(JobResult&)>;
JSValue dispatchJob(JSContext* ctx, JSValueConst req, JobWork work, const char* fallback);

// Hash and Hmac classes (Hash.cpp), CipherBase (Cipher.cpp), the key derivation and
// random jobs (CryptoJobs.cpp).
void addHashClasses(JSContext* ctx, JSValueConst exports);
void addCipherClass(JSContext* ctx, JSValueConst exports);
void addJobs(JSContext* ctx, JSValueConst exports);
void addKeyClass(JSContext* ctx, JSValueConst exports);
void addSignFunctions(JSContext* ctx, JSValueConst exports);
void addPublicKeyFunctions(JSContext* ctx, JSValueConst exports);
void addX509Class(JSContext* ctx, JSValueConst exports);

}  // namespace protojs::crypto

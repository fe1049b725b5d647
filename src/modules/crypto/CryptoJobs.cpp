// Key derivation (pbkdf2, scrypt, hkdf), random fill and primes, each run either
// now (the *Sync API) or on the IOThreadPool (callbacks): a binding function takes
// `req` as its first argument, as the fs binding does:
//  - req undefined: the work runs now and returns an ArrayBuffer, or an OpenSSL
//    error description ([message, library, reason, code]) that JS throws;
//  - req an object: the work runs on a worker thread (never touching JS) and
//    req.oncomplete(errorDescription | undefined, ArrayBuffer) runs later on the JS
//    thread.
// Inputs are copied on the JS thread, so the work points into no JS memory.
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <cstring>
#include <functional>
#include <memory>
#include <string>

#include "loop/ReqWrap.h"
#include "modules/buffer/BufferBinding.h"
#include "modules/crypto/CryptoUtil.h"
#include "runtime/Runtime.h"
#include "runtime/Value.h"

namespace protojs::crypto {

namespace {

class CryptoReq : public ReqWrapBase {
 public:
  using ReqWrapBase::ReqWrapBase;
  JobResult result;
};

// The error description of a failed job ("Deriving bits failed" when OpenSSL
// queued nothing, as Node reports it).
JSValue failure(JSContext* ctx, const JobResult& r, const char* fallback = "Deriving bits failed") {
  if (r.err != 0) ERR_raise(ERR_GET_LIB(r.err), ERR_GET_REASON(r.err));
  for (unsigned long e : r.more) ERR_raise(ERR_GET_LIB(e), ERR_GET_REASON(e));
  return takeOpenSslError(ctx, fallback);
}

// A job's result: a key pair as [public, private] handles, else the bytes.
JSValue resultValue(JSContext* ctx, JobResult& r) {
  if (!r.pkey) return buffer::newArrayBufferCopy(ctx, r.out.data(), r.out.size());
  JSValue pair = JS_NewArray(ctx);
  JS_SetPropertyUint32(ctx, pair, 0, newKeyHandle(ctx, r.pkey, false));
  JS_SetPropertyUint32(ctx, pair, 1, newKeyHandle(ctx, r.pkey, true));
  return pair;
}

void runWork(const JobWork& work, JobResult& r) {
  work(r);
  if (!r.ok) {
    r.err = ERR_get_error();
    for (unsigned long e; r.err != 0 && (e = ERR_get_error()) != 0;) r.more.push_back(e);
  }
  ERR_clear_error();
}

}  // namespace

JSValue dispatchJob(JSContext* ctx, JSValueConst req, JobWork work, const char* fallback) {
  if (!JS_IsObject(req)) {
    JobResult r;
    runWork(work, r);
    if (!r.ok) return failure(ctx, r, fallback);
    return resultValue(ctx, r);
  }
  Runtime& rt = *Runtime::from(ctx);
  auto wrap = std::make_shared<CryptoReq>(rt, req);
  auto shared = std::make_shared<JobWork>(std::move(work));
  int err = rt.pool().submit([wrap, shared] { runWork(*shared, wrap->result); },
                             [wrap, fallback](int status) {
                               JSContext* c = wrap->runtime().ctx();
                               JobResult& r = wrap->result;
                               JSValue args[2] = {JS_UNDEFINED, JS_UNDEFINED};
                               if (status != 0 || !r.ok) args[0] = failure(c, r, fallback);
                               else args[1] = resultValue(c, r);
                               wrap->complete(2, args);
                               JS_FreeValue(c, args[0]);
                               JS_FreeValue(c, args[1]);
                             });
  if (err != 0) return JS_ThrowInternalError(ctx, "cannot queue crypto work");
  return JS_UNDEFINED;
}

namespace {

JSValue dispatch(JSContext* ctx, JSValueConst req, JobWork work) {
  return dispatchJob(ctx, req, std::move(work), "Deriving bits failed");
}

bool digestArg(JSContext* ctx, JSValueConst v, std::shared_ptr<EVP_MD>& md) {
  std::string name;
  if (!toStdString(ctx, v, name)) return false;
  md.reset(fetchDigest(name.c_str()), EVP_MD_free);
  return true;
}

// pbkdf2(req, password, salt, iterations, keylen, digest) -> see the file comment;
// false when the digest is unknown.
JSValue jsPbkdf2(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  Bytes pass, salt;
  int32_t iter = 0, keylen = 0;
  std::shared_ptr<EVP_MD> md;
  if (!argBytes(ctx, argv[1], 0, pass) || !argBytes(ctx, argv[2], 0, salt) ||
      JS_ToInt32(ctx, &iter, argv[3]) || JS_ToInt32(ctx, &keylen, argv[4]) || !digestArg(ctx, argv[5], md))
    return JS_EXCEPTION;
  if (!md) return JS_FALSE;
  return dispatch(ctx, argv[0], [pass = std::move(pass), salt = std::move(salt), iter, keylen, md](JobResult& r) {
    r.out.resize(size_t(keylen));
    r.ok = PKCS5_PBKDF2_HMAC(reinterpret_cast<const char*>(pass.data()), int(pass.size()), salt.data(),
                             int(salt.size()), iter, md.get(), keylen, r.out.data()) == 1;
  });
}

struct ScryptParams {
  uint64_t n = 0, r = 0, p = 0, maxmem = 0;
};

bool scryptParams(JSContext* ctx, JSValueConst* argv, ScryptParams& s) {
  int64_t v[4];
  for (int i = 0; i < 4; i++)
    if (JS_ToInt64(ctx, &v[i], argv[i])) return false;
  s = {uint64_t(v[0]), uint64_t(v[1]), uint64_t(v[2]), uint64_t(v[3])};
  return true;
}

// scryptCheck(N, r, p, maxmem) -> undefined, or the OpenSSL reason text ('' if none)
JSValue jsScryptCheck(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  ScryptParams s;
  if (!scryptParams(ctx, argv, s)) return JS_EXCEPTION;
  ERR_clear_error();
  if (EVP_PBE_scrypt(nullptr, 0, nullptr, 0, s.n, s.r, s.p, s.maxmem, nullptr, 0) == 1) return JS_UNDEFINED;
  unsigned long err = ERR_peek_last_error();
  ERR_clear_error();
  char msg[256] = "";
  if (err != 0) ERR_error_string_n(err, msg, sizeof(msg));
  return JS_NewString(ctx, msg);
}

// scrypt(req, password, salt, N, r, p, maxmem, keylen); the parameters were checked.
JSValue jsScrypt(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  Bytes pass, salt;
  ScryptParams s;
  int32_t keylen = 0;
  if (!argBytes(ctx, argv[1], 0, pass) || !argBytes(ctx, argv[2], 0, salt) || !scryptParams(ctx, argv + 3, s) ||
      JS_ToInt32(ctx, &keylen, argv[7]))
    return JS_EXCEPTION;
  return dispatch(ctx, argv[0], [pass = std::move(pass), salt = std::move(salt), s, keylen](JobResult& r) {
    r.out.resize(size_t(keylen));
    r.ok = EVP_PBE_scrypt(reinterpret_cast<const char*>(pass.data()), pass.size(), salt.data(), salt.size(), s.n,
                          s.r, s.p, s.maxmem, r.out.data(), r.out.size()) == 1;
  });
}

// RFC 5869: extract with HMAC (OpenSSL's HKDF refuses an empty key, Node's does
// not; an empty salt is HashLen zero bytes, which HMAC pads an empty key to
// anyway), then OpenSSL's HKDF in expand-only mode.
bool hkdf(const EVP_MD* md, const Bytes& key, const Bytes& salt, const Bytes& info, Bytes& out) {
  static const uint8_t kZero = 0;
  uint8_t prk[EVP_MAX_MD_SIZE];
  unsigned int prkLen = 0;
  if (!HMAC(md, salt.empty() ? &kZero : salt.data(), int(salt.size()), key.empty() ? &kZero : key.data(),
            key.size(), prk, &prkLen))
    return false;
  if (out.empty()) return true;
  std::unique_ptr<EVP_KDF, decltype(&EVP_KDF_free)> kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr), EVP_KDF_free);
  if (!kdf) return false;
  std::unique_ptr<EVP_KDF_CTX, decltype(&EVP_KDF_CTX_free)> kctx(EVP_KDF_CTX_new(kdf.get()), EVP_KDF_CTX_free);
  if (!kctx) return false;
  int mode = EVP_KDF_HKDF_MODE_EXPAND_ONLY;
  OSSL_PARAM params[] = {
      OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, const_cast<char*>(EVP_MD_get0_name(md)), 0),
      OSSL_PARAM_construct_int(OSSL_KDF_PARAM_MODE, &mode),
      OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, prk, prkLen),
      OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, const_cast<uint8_t*>(info.data()), info.size()),
      OSSL_PARAM_construct_end(),
  };
  return EVP_KDF_derive(kctx.get(), out.data(), out.size(), params) == 1;
}

// hkdf(req, digest, key, salt, info, length) -> see the file comment; false when
// the digest is unknown, 0 when the length is too long for it.
JSValue jsHkdf(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  std::shared_ptr<EVP_MD> md;
  Bytes key, salt, info;
  int64_t length = 0;
  if (!digestArg(ctx, argv[1], md) || !argBytes(ctx, argv[2], 0, key) || !argBytes(ctx, argv[3], 0, salt) ||
      !argBytes(ctx, argv[4], 0, info) || JS_ToInt64(ctx, &length, argv[5]))
    return JS_EXCEPTION;
  if (!md) return JS_FALSE;
  if (length > int64_t(EVP_MD_get_size(md.get())) * 255) return JS_NewInt32(ctx, 0);
  return dispatch(ctx, argv[0], [md, key = std::move(key), salt = std::move(salt), info = std::move(info),
                                 length](JobResult& r) {
    r.out.resize(size_t(length));
    r.ok = hkdf(md.get(), key, salt, info, r.out);
  });
}

// randomFill(req, buffer, offset, size): fills buffer[offset, offset + size) (the
// range was checked in JS). Now: returns undefined or an error description. Async:
// the bytes are made on a worker thread and copied in on the JS thread, so the
// worker never writes into JS memory; the buffer is kept alive until then.
JSValue jsRandomFill(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  uint8_t* data = nullptr;
  size_t len = 0;
  int64_t offset = 0, size = 0;
  if (!getBytes(ctx, argv[1], data, len) || JS_ToInt64(ctx, &offset, argv[2]) || JS_ToInt64(ctx, &size, argv[3]))
    return JS_EXCEPTION;
  if (offset < 0 || size < 0 || uint64_t(offset + size) > len) return JS_ThrowRangeError(ctx, "out of range");
  if (!JS_IsObject(argv[0])) {
    if (RAND_bytes(data + offset, int(size)) == 1) return JS_UNDEFINED;
    return takeOpenSslError(ctx, nullptr);
  }
  Runtime& rt = *Runtime::from(ctx);
  auto wrap = std::make_shared<CryptoReq>(rt, argv[0]);
  wrap->keepAlive(argv[1]);
  JSValueConst target = argv[1];  // alive while wrap is (keepAlive)
  auto copyIn = [wrap, target, offset](int status) {
    JSContext* c = wrap->runtime().ctx();
    JobResult& r = wrap->result;
    JSValue args[1] = {JS_UNDEFINED};
    uint8_t* p = nullptr;
    size_t n = 0;
    if (status != 0 || !r.ok) args[0] = failure(c, r);
    else if (!getBytes(c, target, p, n)) JS_FreeValue(c, JS_GetException(c));  // detached meanwhile
    else if (uint64_t(offset) + r.out.size() <= n) memcpy(p + offset, r.out.data(), r.out.size());
    wrap->complete(1, args);
    JS_FreeValue(c, args[0]);
  };
  int err = rt.pool().submit([wrap, size] {
        JobResult& r = wrap->result;
        r.out.resize(size_t(size));
        r.ok = RAND_bytes(r.out.data(), int(size)) == 1;
        if (!r.ok) r.err = ERR_get_error();
        ERR_clear_error();
      }, copyIn);
  if (err != 0) return JS_ThrowInternalError(ctx, "cannot queue crypto work");
  return JS_UNDEFINED;
}

using BnPtr = std::shared_ptr<BIGNUM>;

BnPtr bnArg(JSContext* ctx, JSValueConst v, bool* ok) {
  *ok = true;
  if (JS_IsUndefined(v)) return nullptr;
  Bytes b;
  if (!argBytes(ctx, v, 0, b)) {
    *ok = false;
    return nullptr;
  }
  return BnPtr(BN_bin2bn(b.data(), int(b.size()), nullptr), BN_free);
}

// generatePrime(req, bits, safe, add | undefined, rem | undefined) -> see the file
// comment (the prime, big-endian); 1: add has more bits than the prime, 2: rem is
// not below add.
JSValue jsGeneratePrime(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  int32_t bits = 0;
  bool okAdd = true, okRem = true;
  if (JS_ToInt32(ctx, &bits, argv[1])) return JS_EXCEPTION;
  bool safe = JS_ToBool(ctx, argv[2]);
  BnPtr add = bnArg(ctx, argv[3], &okAdd), rem = bnArg(ctx, argv[4], &okRem);
  if (!okAdd || !okRem) return JS_EXCEPTION;
  if (add && BN_num_bits(add.get()) > bits) return JS_NewInt32(ctx, 1);
  if (add && rem && BN_cmp(add.get(), rem.get()) != 1) return JS_NewInt32(ctx, 2);
  return dispatch(ctx, argv[0], [bits, safe, add, rem](JobResult& r) {
    BnPtr prime(BN_new(), BN_free);
    r.ok = prime && BN_generate_prime_ex(prime.get(), bits, safe, add.get(), rem.get(), nullptr) == 1;
    if (!r.ok) return;
    r.out.resize(size_t(BN_num_bytes(prime.get())));
    BN_bn2bin(prime.get(), r.out.data());
  });
}

// checkPrime(req, candidate, checks) -> see the file comment (one byte, 1: prime).
JSValue jsCheckPrime(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  bool ok = true;
  int32_t checks = 0;
  BnPtr candidate = bnArg(ctx, argv[1], &ok);
  if (!ok || JS_ToInt32(ctx, &checks, argv[2])) return JS_EXCEPTION;
  return dispatch(ctx, argv[0], [candidate, checks](JobResult& r) {
    std::unique_ptr<BN_CTX, decltype(&BN_CTX_free)> bctx(BN_CTX_new(), BN_CTX_free);
    int ret = bctx ? BN_check_prime(candidate.get(), bctx.get(), nullptr) : -1;
    (void)checks;  // OpenSSL 3 chooses the rounds itself (BN_is_prime_ex is deprecated)
    r.ok = ret >= 0;
    r.out.assign(1, ret == 1 ? 1 : 0);
  });
}

}  // namespace

void addJobs(JSContext* ctx, JSValueConst exports) {
  setFunction(ctx, exports, "generatePrime", jsGeneratePrime, 5);
  setFunction(ctx, exports, "checkPrime", jsCheckPrime, 3);
  setFunction(ctx, exports, "pbkdf2", jsPbkdf2, 6);
  setFunction(ctx, exports, "scryptCheck", jsScryptCheck, 4);
  setFunction(ctx, exports, "scrypt", jsScrypt, 8);
  setFunction(ctx, exports, "hkdf", jsHkdf, 6);
  setFunction(ctx, exports, "randomFill", jsRandomFill, 4);
}

}  // namespace protojs::crypto

// The Hash and Hmac handles behind lib/internal/crypto/hash.js (Node's _Hash and
// _Hmac). Each owns one OpenSSL context, freed when the JS object is collected, so a
// hash that is never digested does not leak. Validation lives in JS; failures come
// back as an OpenSSL error description ([message, library, reason, code]) that JS
// turns into Node's error.
// HMAC_CTX is deprecated in OpenSSL 3 but is what Node 20 itself uses, so its
// results and errors (an XOF digest, an empty key) are Node's.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/err.h>
#include <openssl/hmac.h>

#include <memory>
#include <string>

#include "modules/crypto/CryptoUtil.h"
#include "runtime/BaseObject.h"
#include "runtime/Binding.h"
#include "runtime/Runtime.h"
#include "runtime/Value.h"

namespace protojs::crypto {

namespace {

JSClassID hashClassId = 0;
JSClassID hmacClassId = 0;

struct MdFree {
  void operator()(EVP_MD* m) const { EVP_MD_free(m); }
};
struct HmacCtxFree {
  void operator()(HMAC_CTX* c) const { HMAC_CTX_free(c); }
};

// Feeds the bytes of `data` (a string in encoding `encArg`, or a buffer view, read
// in place) to `fn`. False with an exception pending when `data` is neither.
template <typename Fn>
bool withBytes(JSContext* ctx, JSValueConst data, JSValueConst encArg, Fn fn) {
  if (JS_IsString(data)) {
    int32_t enc = 0;
    JS_ToInt32(ctx, &enc, encArg);
    Bytes bytes;
    if (!argBytes(ctx, data, enc, bytes)) return false;
    fn(bytes.data(), bytes.size());
    return true;
  }
  uint8_t* p = nullptr;
  size_t n = 0;
  if (!getBytes(ctx, data, p, n)) return false;
  fn(p, n);
  return true;
}

int32_t encodingArg(JSContext* ctx, int argc, JSValueConst* argv) {
  int32_t enc = -1;
  if (argc > 0 && JS_IsNumber(argv[0])) JS_ToInt32(ctx, &enc, argv[0]);
  return enc;
}

class Hash final : public BaseObject {
 public:
  using BaseObject::BaseObject;

  // Digest `md` with output length xofLen (< 0: the digest's own), optionally
  // continuing from `orig`. False with OpenSSL's error queue set on failure.
  bool init(std::unique_ptr<EVP_MD, MdFree> md, int64_t xofLen, const Hash* orig) {
    md_ = std::move(md);
    ctx_.reset(EVP_MD_CTX_new());
    if (!ctx_ || EVP_DigestInit_ex(ctx_.get(), md_.get(), nullptr) != 1) return false;
    if (orig && EVP_MD_CTX_copy_ex(ctx_.get(), orig->ctx_.get()) != 1) return false;
    mdLen_ = size_t(EVP_MD_get_size(md_.get()));
    if (xofLen >= 0 && size_t(xofLen) != mdLen_) {
      // As Node: an output length is an error for a digest that is not an XOF.
      if ((EVP_MD_get_flags(md_.get()) & EVP_MD_FLAG_XOF) == 0) {
        ERR_raise(ERR_LIB_EVP, EVP_R_NOT_XOF_OR_INVALID_LENGTH);
        return false;
      }
      mdLen_ = size_t(xofLen);
    }
    return true;
  }

  bool update(const uint8_t* p, size_t n) {
    return !digested_ && EVP_DigestUpdate(ctx_.get(), p, n) == 1;
  }

  // The digest, computed once: SHA-3 cannot be finalized twice, and a stream's
  // _flush and a later digest() both read it.
  bool finish() {
    if (digested_) return true;
    digest_.resize(mdLen_);
    int ok = mdLen_ == size_t(EVP_MD_get_size(md_.get()))
                 ? EVP_DigestFinal_ex(ctx_.get(), digest_.data(), nullptr)
                 : EVP_DigestFinalXOF(ctx_.get(), digest_.data(), mdLen_);
    digested_ = true;
    return ok == 1;
  }
  const Bytes& digest() const { return digest_; }
  const EVP_MD* md() const { return md_.get(); }

 private:
  std::unique_ptr<EVP_MD, MdFree> md_;
  std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx_;
  size_t mdLen_ = 0;
  bool digested_ = false;
  Bytes digest_;
};

JSValue jsHashNew(JSContext* ctx, JSValueConst newTarget, int, JSValueConst*) {
  JSValue obj = newObjectFromTarget(ctx, newTarget, hashClassId);
  if (JS_IsException(obj)) return obj;
  new Hash(*Runtime::from(ctx), obj);  // owned by the JS object (finalizer)
  return obj;
}

Hash* unwrapHash(JSContext* ctx, JSValueConst v) { return BaseObject::unwrapAs<Hash>(ctx, v, hashClassId); }

// init(algorithm | Hash to copy, xofLen | undefined) -> true | error description
JSValue jsHashInit(JSContext* ctx, JSValueConst thisVal, int, JSValueConst* argv) {
  Hash* h = unwrapHash(ctx, thisVal);
  if (!h) return JS_EXCEPTION;
  int64_t xofLen = -1;
  if (JS_IsNumber(argv[1])) JS_ToInt64(ctx, &xofLen, argv[1]);
  auto* orig = static_cast<Hash*>(JS_GetOpaque(argv[0], hashClassId));
  std::unique_ptr<EVP_MD, MdFree> md;
  if (orig) {
    EVP_MD_up_ref(const_cast<EVP_MD*>(orig->md()));
    md.reset(const_cast<EVP_MD*>(orig->md()));
  } else {
    std::string name;
    if (!toStdString(ctx, argv[0], name)) return JS_EXCEPTION;
    md.reset(fetchDigest(name.c_str()));
    if (!md) return takeOpenSslError(ctx, "Digest method not supported");
  }
  if (!h->init(std::move(md), xofLen, orig)) return takeOpenSslError(ctx, "Digest method not supported");
  return JS_TRUE;
}

// update(data, encodingId) -> boolean, for Hash and Hmac alike.
template <typename T, T* (*unwrap)(JSContext*, JSValueConst)>
JSValue jsUpdate(JSContext* ctx, JSValueConst thisVal, int, JSValueConst* argv) {
  T* h = unwrap(ctx, thisVal);
  if (!h) return JS_EXCEPTION;
  bool ok = false;
  if (!withBytes(ctx, argv[0], argv[1], [&](const uint8_t* p, size_t n) { ok = h->update(p, n); }))
    return JS_EXCEPTION;
  return JS_NewBool(ctx, ok);
}

// digest(encodingId | undefined for a Buffer) -> Buffer | string | error description
JSValue jsHashDigest(JSContext* ctx, JSValueConst thisVal, int argc, JSValueConst* argv) {
  Hash* h = unwrapHash(ctx, thisVal);
  if (!h) return JS_EXCEPTION;
  if (!h->finish()) return takeOpenSslError(ctx, nullptr);
  return encodeOutput(ctx, h->digest().data(), h->digest().size(), encodingArg(ctx, argc, argv));
}

class Hmac final : public BaseObject {
 public:
  using BaseObject::BaseObject;

  bool init(const EVP_MD* md, const uint8_t* key, size_t keyLen) {
    ctx_.reset(HMAC_CTX_new());
    // HMAC_Init_ex reads no key when given NULL: an empty key must be non-NULL.
    static const uint8_t kEmpty = 0;
    return ctx_ && HMAC_Init_ex(ctx_.get(), keyLen ? key : &kEmpty, int(keyLen), md, nullptr) == 1;
  }
  bool update(const uint8_t* p, size_t n) { return ctx_ && HMAC_Update(ctx_.get(), p, n) == 1; }
  // The MAC; the context is freed afterwards, as Node frees it (a second digest is
  // answered in JS).
  bool finish(Bytes& out) {
    if (!ctx_) return true;
    unsigned int len = 0;
    out.resize(EVP_MAX_MD_SIZE);
    bool ok = HMAC_Final(ctx_.get(), out.data(), &len) == 1;
    out.resize(ok ? len : 0);
    ctx_.reset();
    return ok;
  }

 private:
  std::unique_ptr<HMAC_CTX, HmacCtxFree> ctx_;
};

JSValue jsHmacNew(JSContext* ctx, JSValueConst newTarget, int, JSValueConst*) {
  JSValue obj = newObjectFromTarget(ctx, newTarget, hmacClassId);
  if (JS_IsException(obj)) return obj;
  new Hmac(*Runtime::from(ctx), obj);
  return obj;
}

Hmac* unwrapHmac(JSContext* ctx, JSValueConst v) { return BaseObject::unwrapAs<Hmac>(ctx, v, hmacClassId); }

// init(digest, key) -> true | false (unknown digest) | error description
JSValue jsHmacInit(JSContext* ctx, JSValueConst thisVal, int, JSValueConst* argv) {
  Hmac* h = unwrapHmac(ctx, thisVal);
  if (!h) return JS_EXCEPTION;
  std::string name;
  if (!toStdString(ctx, argv[0], name)) return JS_EXCEPTION;
  std::unique_ptr<EVP_MD, MdFree> md(fetchDigest(name.c_str()));
  if (!md) return JS_FALSE;
  bool ok = false;
  if (!withBytes(ctx, argv[1], JS_UNDEFINED, [&](const uint8_t* p, size_t n) { ok = h->init(md.get(), p, n); }))
    return JS_EXCEPTION;
  return ok ? JS_TRUE : takeOpenSslError(ctx, nullptr);
}

JSValue jsHmacDigest(JSContext* ctx, JSValueConst thisVal, int argc, JSValueConst* argv) {
  Hmac* h = unwrapHmac(ctx, thisVal);
  if (!h) return JS_EXCEPTION;
  Bytes out;
  if (!h->finish(out)) return takeOpenSslError(ctx, nullptr);
  return encodeOutput(ctx, out.data(), out.size(), encodingArg(ctx, argc, argv));
}

const JSCFunctionListEntry kHashProto[] = {
    PJS_CFUNC_DEF("init", 2, jsHashInit),
    PJS_CFUNC_DEF("update", 2, (jsUpdate<Hash, unwrapHash>)),
    PJS_CFUNC_DEF("digest", 1, jsHashDigest),
};
const JSCFunctionListEntry kHmacProto[] = {
    PJS_CFUNC_DEF("init", 2, jsHmacInit),
    PJS_CFUNC_DEF("update", 2, (jsUpdate<Hmac, unwrapHmac>)),
    PJS_CFUNC_DEF("digest", 1, jsHmacDigest),
};

}  // namespace

void addHashClasses(JSContext* ctx, JSValueConst exports) {
  setProp(ctx, exports, "Hash", defineClass(ctx, hashClassId, "Hash", jsHashNew, 0, kHashProto, 3));
  setProp(ctx, exports, "Hmac", defineClass(ctx, hmacClassId, "Hmac", jsHmacNew, 0, kHmacProto, 3));
}

}  // namespace protojs::crypto

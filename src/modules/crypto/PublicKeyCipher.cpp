// Public-key encryption (publicEncrypt, privateDecrypt, privateEncrypt,
// publicDecrypt), key agreement between two KeyObjects (diffieHellman) and the ECDH
// handle behind createECDH, the DiffieHellman handle behind createDiffieHellman and
// getDiffieHellman, as Node's PublicKeyCipher, StatelessDiffieHellman, ECDH and
// DiffieHellman. The ECDH handle holds an EC_KEY and the DH one a DH, as Node 20's do.
// Failures are an OpenSSL error description or a number (see Failure) that
// lib/internal/crypto turns into Node's error.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/bn.h>
#include <openssl/dh.h>
#include <openssl/ec.h>
#include <openssl/ecdh.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/rsa.h>

#include <cstring>
#include <memory>
#include <string>

#include "modules/crypto/CryptoUtil.h"
#include "runtime/BaseObject.h"
#include "runtime/Runtime.h"
#include "runtime/Value.h"

namespace protojs::crypto {

namespace {

JSClassID ecdhClassId = 0;
JSClassID dhClassId = 0;

enum Failure { kInvalidDigest = 1, kPkcs1Decrypt = 2, kInvalidPublicKey = 3, kInvalidPrivateKey = 4, kNoKey = 5,
               kBadPoint = 6, kKeyTooSmall = 7, kKeyTooLarge = 8, kInvalidKeyType = 9 };
enum RsaOp { kPublicEncrypt = 0, kPrivateDecrypt = 1, kPrivateEncrypt = 2, kPublicDecrypt = 3 };


bool rsaInit(EVP_PKEY_CTX* ctx, int op) {
  switch (op) {
    case kPublicEncrypt: return EVP_PKEY_encrypt_init(ctx) > 0;
    case kPrivateDecrypt: return EVP_PKEY_decrypt_init(ctx) > 0;
    case kPrivateEncrypt: return EVP_PKEY_sign_init(ctx) > 0;
    default: return EVP_PKEY_verify_recover_init(ctx) > 0;
  }
}

int rsaRun(EVP_PKEY_CTX* ctx, int op, uint8_t* out, size_t* outLen, const Bytes& in) {
  switch (op) {
    case kPublicEncrypt: return EVP_PKEY_encrypt(ctx, out, outLen, in.data(), in.size());
    case kPrivateDecrypt: return EVP_PKEY_decrypt(ctx, out, outLen, in.data(), in.size());
    case kPrivateEncrypt: return EVP_PKEY_sign(ctx, out, outLen, in.data(), in.size());
    default: return EVP_PKEY_verify_recover(ctx, out, outLen, in.data(), in.size());
  }
}

// rsaCipher(op, keyHandle, buffer, padding, oaepHash | undefined, oaepLabel | undefined)
// -> Buffer | Failure | error description
JSValue jsRsaCipher(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  int32_t op = 0, padding = 0;
  Bytes in, label;
  PKeyPtr pkey = keyFromHandle(ctx, argv[1], nullptr);
  if (!pkey || JS_ToInt32(ctx, &op, argv[0]) || !argBytes(ctx, argv[2], 0, in) || JS_ToInt32(ctx, &padding, argv[3]))
    return JS_EXCEPTION;
  bool hasLabel = !JS_IsUndefined(argv[5]);
  if (hasLabel && !argBytes(ctx, argv[5], 0, label)) return JS_EXCEPTION;
  std::shared_ptr<EVP_MD> md;
  if (!JS_IsUndefined(argv[4])) {
    std::string name;
    if (!toStdString(ctx, argv[4], name)) return JS_EXCEPTION;
    md.reset(fetchDigest(name.c_str()), EVP_MD_free);
    if (!md) return JS_NewInt32(ctx, kInvalidDigest);
  }
  // OpenSSL 3.0 has no implicit rejection, so Node 20 refuses this (CVE-2023-46809).
  if (op == kPrivateDecrypt && padding == RSA_PKCS1_PADDING) return JS_NewInt32(ctx, kPkcs1Decrypt);
  ERR_clear_error();
  std::unique_ptr<EVP_PKEY_CTX, PKeyCtxFree> pctx(EVP_PKEY_CTX_new(pkey.get(), nullptr));
  if (!pctx || !rsaInit(pctx.get(), op) || EVP_PKEY_CTX_set_rsa_padding(pctx.get(), padding) <= 0)
    return takeOpenSslError(ctx, nullptr);
  if (md && EVP_PKEY_CTX_set_rsa_oaep_md(pctx.get(), md.get()) <= 0) return takeOpenSslError(ctx, nullptr);
  if (hasLabel && !label.empty()) {
    // OpenSSL takes ownership of the label's copy.
    auto* copy = static_cast<unsigned char*>(OPENSSL_memdup(label.data(), label.size()));
    if (!copy || EVP_PKEY_CTX_set0_rsa_oaep_label(pctx.get(), copy, int(label.size())) <= 0) {
      OPENSSL_free(copy);
      return takeOpenSslError(ctx, nullptr);
    }
  }
  size_t len = 0;
  if (rsaRun(pctx.get(), op, nullptr, &len, in) <= 0) return takeOpenSslError(ctx, nullptr);
  Bytes out(len);
  if (rsaRun(pctx.get(), op, out.data(), &len, in) <= 0) return takeOpenSslError(ctx, nullptr);
  return newBuffer(ctx, out.data(), len);
}

// statelessDH(privateHandle, publicHandle) -> Buffer | error description
JSValue jsStatelessDH(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  PKeyPtr priv = keyFromHandle(ctx, argv[0], nullptr);
  PKeyPtr pub = priv ? keyFromHandle(ctx, argv[1], nullptr) : nullptr;
  if (!pub) return JS_EXCEPTION;
  ERR_clear_error();
  std::unique_ptr<EVP_PKEY_CTX, PKeyCtxFree> pctx(EVP_PKEY_CTX_new(priv.get(), nullptr));
  size_t len = 0;
  if (!pctx || EVP_PKEY_derive_init(pctx.get()) <= 0 || EVP_PKEY_derive_set_peer(pctx.get(), pub.get()) <= 0 ||
      EVP_PKEY_derive(pctx.get(), nullptr, &len) <= 0)
    return takeOpenSslError(ctx, "Failed to derive shared secret");
  Bytes out(len);
  if (EVP_PKEY_derive(pctx.get(), out.data(), &len) <= 0) return takeOpenSslError(ctx, "Failed to derive shared secret");
  return newBuffer(ctx, out.data(), len);
}

struct EcKeyFree {
  void operator()(EC_KEY* k) const { EC_KEY_free(k); }
};
struct PointFree {
  void operator()(EC_POINT* p) const { EC_POINT_free(p); }
};
using PointPtr = std::unique_ptr<EC_POINT, PointFree>;
using BnPtr = std::unique_ptr<BIGNUM, void (*)(BIGNUM*)>;

PointPtr toPoint(const EC_GROUP* group, const Bytes& b) {
  PointPtr p(EC_POINT_new(group));
  if (p && EC_POINT_oct2point(group, p.get(), b.data(), b.size(), nullptr) != 1) p.reset();
  return p;
}

JSValue pointBytes(JSContext* ctx, const EC_GROUP* group, const EC_POINT* p, int form) {
  auto f = static_cast<point_conversion_form_t>(form);
  size_t len = EC_POINT_point2oct(group, p, f, nullptr, 0, nullptr);
  Bytes out(len);
  if (len == 0 || EC_POINT_point2oct(group, p, f, out.data(), len, nullptr) != len) return JS_NULL;
  return newBuffer(ctx, out.data(), len);
}

class Ecdh final : public BaseObject {
 public:
  using BaseObject::BaseObject;
  std::unique_ptr<EC_KEY, EcKeyFree> key;
  const EC_GROUP* group() const { return EC_KEY_get0_group(key.get()); }
};

Ecdh* unwrapEcdh(JSContext* ctx, JSValueConst v) { return BaseObject::unwrapAs<Ecdh>(ctx, v, ecdhClassId); }

int curveNid(JSContext* ctx, JSValueConst v) {
  std::string name;
  if (!toStdString(ctx, v, name)) return -1;
  int nid = OBJ_sn2nid(name.c_str());
  return nid;
}

// new ECDH(curve): the curve was checked in JS (isCurve).
JSValue jsEcdhNew(JSContext* ctx, JSValueConst newTarget, int, JSValueConst* argv) {
  int nid = curveNid(ctx, argv[0]);
  if (nid < 0) return JS_EXCEPTION;
  std::unique_ptr<EC_KEY, EcKeyFree> key(EC_KEY_new_by_curve_name(nid));
  ERR_clear_error();
  if (!key) return JS_ThrowTypeError(ctx, "Invalid EC curve name");
  JSValue obj = newObjectFromTarget(ctx, newTarget, ecdhClassId);
  if (JS_IsException(obj)) return obj;
  auto* e = new Ecdh(*Runtime::from(ctx), obj);
  e->key = std::move(key);
  return obj;
}

JSValue jsEcdhGenerateKeys(JSContext* ctx, JSValueConst thisVal, int, JSValueConst*) {
  Ecdh* e = unwrapEcdh(ctx, thisVal);
  if (!e) return JS_EXCEPTION;
  bool ok = EC_KEY_generate_key(e->key.get()) == 1;
  return ok ? JS_TRUE : takeOpenSslError(ctx, "Failed to generate key");
}

// getPublicKey(form) -> Buffer | kNoKey
JSValue jsEcdhGetPublicKey(JSContext* ctx, JSValueConst thisVal, int, JSValueConst* argv) {
  Ecdh* e = unwrapEcdh(ctx, thisVal);
  int32_t form = POINT_CONVERSION_UNCOMPRESSED;
  if (!e || JS_ToInt32(ctx, &form, argv[0])) return JS_EXCEPTION;
  const EC_POINT* p = EC_KEY_get0_public_key(e->key.get());
  JSValue r = p ? pointBytes(ctx, e->group(), p, form) : JS_NULL;
  ERR_clear_error();
  return JS_IsNull(r) ? JS_NewInt32(ctx, kNoKey) : r;
}

// getPrivateKey() -> Buffer (big-endian, no leading zeros) | kNoKey
JSValue jsEcdhGetPrivateKey(JSContext* ctx, JSValueConst thisVal, int, JSValueConst*) {
  Ecdh* e = unwrapEcdh(ctx, thisVal);
  if (!e) return JS_EXCEPTION;
  const BIGNUM* b = EC_KEY_get0_private_key(e->key.get());
  if (!b) return JS_NewInt32(ctx, kNoKey);
  Bytes out(size_t(BN_num_bytes(b)));
  BN_bn2binpad(b, out.data(), int(out.size()));
  return newBuffer(ctx, out.data(), out.size());
}

// setPrivateKey(bytes) -> true | kInvalidPrivateKey; the public key follows.
JSValue jsEcdhSetPrivateKey(JSContext* ctx, JSValueConst thisVal, int, JSValueConst* argv) {
  Ecdh* e = unwrapEcdh(ctx, thisVal);
  Bytes in;
  if (!e || !argBytes(ctx, argv[0], 0, in)) return JS_EXCEPTION;
  BnPtr priv(BN_bin2bn(in.data(), int(in.size()), nullptr), BN_clear_free);
  const BIGNUM* order = EC_GROUP_get0_order(e->group());
  if (!priv || BN_is_zero(priv.get()) || BN_cmp(priv.get(), order) >= 0) return JS_NewInt32(ctx, kInvalidPrivateKey);
  std::unique_ptr<EC_KEY, EcKeyFree> fresh(EC_KEY_dup(e->key.get()));
  PointPtr pub(EC_POINT_new(e->group()));
  if (!fresh || !pub || EC_KEY_set_private_key(fresh.get(), priv.get()) != 1 ||
      EC_POINT_mul(e->group(), pub.get(), priv.get(), nullptr, nullptr, nullptr) != 1 ||
      EC_KEY_set_public_key(fresh.get(), pub.get()) != 1) {
    ERR_clear_error();
    return JS_NewInt32(ctx, kInvalidPrivateKey);
  }
  e->key = std::move(fresh);
  return JS_TRUE;
}

// setPublicKey(bytes) -> true | kBadPoint
JSValue jsEcdhSetPublicKey(JSContext* ctx, JSValueConst thisVal, int, JSValueConst* argv) {
  Ecdh* e = unwrapEcdh(ctx, thisVal);
  Bytes in;
  if (!e || !argBytes(ctx, argv[0], 0, in)) return JS_EXCEPTION;
  PointPtr p = toPoint(e->group(), in);
  bool ok = p && EC_KEY_set_public_key(e->key.get(), p.get()) == 1;
  ERR_clear_error();
  return ok ? JS_TRUE : JS_NewInt32(ctx, kBadPoint);
}

// computeSecret(bytes) -> Buffer | kInvalidPublicKey | error description
JSValue jsEcdhComputeSecret(JSContext* ctx, JSValueConst thisVal, int, JSValueConst* argv) {
  Ecdh* e = unwrapEcdh(ctx, thisVal);
  Bytes in;
  if (!e || !argBytes(ctx, argv[0], 0, in)) return JS_EXCEPTION;
  PointPtr p = toPoint(e->group(), in);
  ERR_clear_error();
  if (!p) return JS_NewInt32(ctx, kInvalidPublicKey);
  Bytes out(size_t((EC_GROUP_get_degree(e->group()) + 7) / 8));
  if (ECDH_compute_key(out.data(), out.size(), p.get(), e->key.get(), nullptr) <= 0)
    return takeOpenSslError(ctx, "Failed to compute ECDH key");
  return newBuffer(ctx, out.data(), out.size());
}

// convertKey(bytes, curve, form) -> Buffer | kBadPoint (the curve was checked in JS)
JSValue jsEcdhConvertKey(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  Bytes in;
  int32_t form = POINT_CONVERSION_UNCOMPRESSED;
  if (!argBytes(ctx, argv[0], 0, in) || JS_ToInt32(ctx, &form, argv[2])) return JS_EXCEPTION;
  int nid = curveNid(ctx, argv[1]);
  if (nid < 0) return JS_EXCEPTION;
  EC_GROUP* group = EC_GROUP_new_by_curve_name(nid);
  if (!group) return JS_ThrowTypeError(ctx, "Invalid EC curve name");
  PointPtr p = toPoint(group, in);
  JSValue r = p ? pointBytes(ctx, group, p.get(), form) : JS_NULL;
  EC_GROUP_free(group);
  ERR_clear_error();
  return JS_IsNull(r) ? JS_NewInt32(ctx, kBadPoint) : r;
}

const JSCFunctionListEntry kEcdhProto[] = {
    PJS_CFUNC_DEF("generateKeys", 0, jsEcdhGenerateKeys),
    PJS_CFUNC_DEF("getPublicKey", 1, jsEcdhGetPublicKey),
    PJS_CFUNC_DEF("getPrivateKey", 0, jsEcdhGetPrivateKey),
    PJS_CFUNC_DEF("setPrivateKey", 1, jsEcdhSetPrivateKey),
    PJS_CFUNC_DEF("setPublicKey", 1, jsEcdhSetPublicKey),
    PJS_CFUNC_DEF("computeSecret", 1, jsEcdhComputeSecret),
};

struct DhFree {
  void operator()(DH* d) const { DH_free(d); }
};

class DiffieHellman final : public BaseObject {
 public:
  using BaseObject::BaseObject;
  std::unique_ptr<DH, DhFree> dh;
};

DiffieHellman* unwrapDh(JSContext* ctx, JSValueConst v) {
  auto* d = BaseObject::unwrapAs<DiffieHellman>(ctx, v, dhClassId);
  if (d && !d->dh) {
    JS_ThrowTypeError(ctx, "DiffieHellman not initialized");
    return nullptr;
  }
  return d;
}

JSValue jsDhNew(JSContext* ctx, JSValueConst newTarget, int, JSValueConst*) {
  JSValue obj = newObjectFromTarget(ctx, newTarget, dhClassId);
  if (JS_IsException(obj)) return obj;
  new DiffieHellman(*Runtime::from(ctx), obj);
  return obj;
}

BIGNUM* bnFrom(JSContext* ctx, JSValueConst v, bool* ok) {
  Bytes b;
  *ok = argBytes(ctx, v, 0, b);
  return *ok ? BN_bin2bn(b.data(), int(b.size()), nullptr) : nullptr;
}

// init(sizeOrPrime, generator) -> true | error description: a prime of that many
// bits (generated), or the prime's bytes; the generator a number or bytes.
JSValue jsDhInit(JSContext* ctx, JSValueConst thisVal, int, JSValueConst* argv) {
  auto* d = BaseObject::unwrapAs<DiffieHellman>(ctx, thisVal, dhClassId);
  if (!d) return JS_EXCEPTION;
  ERR_clear_error();
  std::unique_ptr<DH, DhFree> dh(DH_new());
  bool ok = true;
  int32_t gen = 0;
  BnPtr g(nullptr, BN_free);
  if (JS_IsNumber(argv[1])) {
    JS_ToInt32(ctx, &gen, argv[1]);
    if (gen < 2) {
      ERR_raise(ERR_LIB_DH, DH_R_BAD_GENERATOR);
      return takeOpenSslError(ctx, nullptr);
    }
  } else {
    g.reset(bnFrom(ctx, argv[1], &ok));
    if (!ok) return JS_EXCEPTION;
    if (!g || BN_is_zero(g.get()) || BN_is_one(g.get())) {
      ERR_raise(ERR_LIB_DH, DH_R_BAD_GENERATOR);
      return takeOpenSslError(ctx, nullptr);
    }
  }
  if (JS_IsNumber(argv[0])) {
    int32_t bits = 0;
    JS_ToInt32(ctx, &bits, argv[0]);
    if (g) {
      // A generator given as bytes: a small number, as OpenSSL takes it.
      gen = BN_num_bits(g.get()) <= 31 ? int32_t(BN_get_word(g.get())) : 0;
      if (gen < 2) {
        ERR_raise(ERR_LIB_DH, DH_R_BAD_GENERATOR);
        return takeOpenSslError(ctx, nullptr);
      }
    }
    if (!dh || DH_generate_parameters_ex(dh.get(), bits, gen, nullptr) != 1) return takeOpenSslError(ctx, nullptr);
  } else {
    BnPtr p(bnFrom(ctx, argv[0], &ok), BN_free);
    if (!ok) return JS_EXCEPTION;
    if (!g) {
      g.reset(BN_new());
      if (g) BN_set_word(g.get(), static_cast<BN_ULONG>(gen));
    }
    if (!dh || !p || !g || DH_set0_pqg(dh.get(), p.get(), nullptr, g.get()) != 1) return takeOpenSslError(ctx, nullptr);
    p.release();  // owned by dh
    g.release();
  }
  d->dh = std::move(dh);
  return JS_TRUE;
}

// initGroup(name) -> true | false (no such group): the RFC 2409/3526 MODP groups.
JSValue jsDhInitGroup(JSContext* ctx, JSValueConst thisVal, int, JSValueConst* argv) {
  auto* d = BaseObject::unwrapAs<DiffieHellman>(ctx, thisVal, dhClassId);
  std::string name;
  if (!d || !toStdString(ctx, argv[0], name)) return JS_EXCEPTION;
  BIGNUM* (*prime)(BIGNUM*) = name == "modp1" ? BN_get_rfc2409_prime_768 : name == "modp2" ? BN_get_rfc2409_prime_1024
      : name == "modp5" ? BN_get_rfc3526_prime_1536 : name == "modp14" ? BN_get_rfc3526_prime_2048
      : name == "modp15" ? BN_get_rfc3526_prime_3072 : name == "modp16" ? BN_get_rfc3526_prime_4096
      : name == "modp17" ? BN_get_rfc3526_prime_6144 : name == "modp18" ? BN_get_rfc3526_prime_8192 : nullptr;
  if (!prime) return JS_FALSE;
  std::unique_ptr<DH, DhFree> dh(DH_new());
  BIGNUM* p = prime(nullptr);
  BIGNUM* g = BN_new();
  if (!dh || !p || !g || !BN_set_word(g, 2) || DH_set0_pqg(dh.get(), p, nullptr, g) != 1) {
    BN_free(p);
    BN_free(g);
    return takeOpenSslError(ctx, nullptr);
  }
  d->dh = std::move(dh);
  return JS_TRUE;
}

JSValue jsDhVerifyError(JSContext* ctx, JSValueConst thisVal, int, JSValueConst*) {
  DiffieHellman* d = unwrapDh(ctx, thisVal);
  if (!d) return JS_EXCEPTION;
  int codes = 0;
  if (DH_check(d->dh.get(), &codes) != 1) codes = 0;
  ERR_clear_error();
  return JS_NewInt32(ctx, codes);
}

JSValue bnBytes(JSContext* ctx, const BIGNUM* b, int pad) {
  Bytes out(size_t(pad > 0 ? pad : BN_num_bytes(b)));
  BN_bn2binpad(b, out.data(), int(out.size()));
  return newBuffer(ctx, out.data(), out.size());
}

// generateKeys() -> the public key (the prime's size) | error description
JSValue jsDhGenerateKeys(JSContext* ctx, JSValueConst thisVal, int, JSValueConst*) {
  DiffieHellman* d = unwrapDh(ctx, thisVal);
  if (!d) return JS_EXCEPTION;
  ERR_clear_error();
  if (DH_generate_key(d->dh.get()) != 1) return takeOpenSslError(ctx, nullptr);
  return bnBytes(ctx, DH_get0_pub_key(d->dh.get()), DH_size(d->dh.get()));
}

// get(field) -> Buffer | kNoKey; field 0 prime, 1 generator, 2 public, 3 private.
JSValue jsDhGet(JSContext* ctx, JSValueConst thisVal, int, JSValueConst*, int field) {
  DiffieHellman* d = unwrapDh(ctx, thisVal);
  if (!d) return JS_EXCEPTION;
  const DH* dh = d->dh.get();
  const BIGNUM* b = field == 0 ? DH_get0_p(dh) : field == 1 ? DH_get0_g(dh) : field == 2 ? DH_get0_pub_key(dh)
                                                                                          : DH_get0_priv_key(dh);
  return b ? bnBytes(ctx, b, 0) : JS_NewInt32(ctx, kNoKey);
}

// set(field, bytes): field 2 public, 3 private.
JSValue jsDhSet(JSContext* ctx, JSValueConst thisVal, int, JSValueConst* argv, int field) {
  DiffieHellman* d = unwrapDh(ctx, thisVal);
  bool ok = true;
  if (!d) return JS_EXCEPTION;
  BIGNUM* b = bnFrom(ctx, argv[0], &ok);
  if (!ok) return JS_EXCEPTION;
  int r = field == 2 ? DH_set0_key(d->dh.get(), b, nullptr) : DH_set0_key(d->dh.get(), nullptr, b);
  if (r != 1) BN_free(b);
  ERR_clear_error();
  return JS_TRUE;
}

// computeSecret(bytes) -> Buffer (the prime's size) | kKeyTooSmall | kKeyTooLarge |
// kInvalidKeyType | error description
JSValue jsDhComputeSecret(JSContext* ctx, JSValueConst thisVal, int, JSValueConst* argv) {
  DiffieHellman* d = unwrapDh(ctx, thisVal);
  bool ok = true;
  if (!d) return JS_EXCEPTION;
  BnPtr key(bnFrom(ctx, argv[0], &ok), BN_free);
  if (!ok) return JS_EXCEPTION;
  ERR_clear_error();
  DH* dh = d->dh.get();
  Bytes out(size_t(DH_size(dh)));
  int size = key ? DH_compute_key(out.data(), key.get(), dh) : -1;
  if (size < 0) {
    int check = 0;
    if (!key || DH_check_pub_key(dh, key.get(), &check) != 1) return takeOpenSslError(ctx, "Invalid Key");
    ERR_clear_error();
    if (check & DH_CHECK_PUBKEY_TOO_SMALL) return JS_NewInt32(ctx, kKeyTooSmall);
    if (check & DH_CHECK_PUBKEY_TOO_LARGE) return JS_NewInt32(ctx, kKeyTooLarge);
    return JS_NewInt32(ctx, kInvalidKeyType);
  }
  // Zero-padded on the left to the prime's size, as Node does.
  if (size_t(size) < out.size()) {
    size_t pad = out.size() - size_t(size);
    memmove(out.data() + pad, out.data(), size_t(size));
    memset(out.data(), 0, pad);
  }
  return newBuffer(ctx, out.data(), out.size());
}

const JSCFunctionListEntry kDhProto[] = {
    PJS_CFUNC_DEF("init", 2, jsDhInit),
    PJS_CFUNC_DEF("initGroup", 1, jsDhInitGroup),
    PJS_CFUNC_DEF("verifyError", 0, jsDhVerifyError),
    PJS_CFUNC_DEF("generateKeys", 0, jsDhGenerateKeys),
    PJS_CFUNC_MAGIC_DEF("getPrime", 0, jsDhGet, 0),
    PJS_CFUNC_MAGIC_DEF("getGenerator", 0, jsDhGet, 1),
    PJS_CFUNC_MAGIC_DEF("getPublicKey", 0, jsDhGet, 2),
    PJS_CFUNC_MAGIC_DEF("getPrivateKey", 0, jsDhGet, 3),
    PJS_CFUNC_MAGIC_DEF("setPublicKey", 1, jsDhSet, 2),
    PJS_CFUNC_MAGIC_DEF("setPrivateKey", 1, jsDhSet, 3),
    PJS_CFUNC_DEF("computeSecret", 1, jsDhComputeSecret),
};

}  // namespace

void addPublicKeyFunctions(JSContext* ctx, JSValueConst exports) {
  setFunction(ctx, exports, "rsaCipher", jsRsaCipher, 6);
  setFunction(ctx, exports, "statelessDH", jsStatelessDH, 2);
  setFunction(ctx, exports, "ecdhConvertKey", jsEcdhConvertKey, 3);
  setProp(ctx, exports, "ECDH",
          defineClass(ctx, ecdhClassId, "ECDH", jsEcdhNew, 1, kEcdhProto,
                      int(sizeof(kEcdhProto) / sizeof(kEcdhProto[0]))));
  setProp(ctx, exports, "DiffieHellman",
          defineClass(ctx, dhClassId, "DiffieHellman", jsDhNew, 0, kDhProto,
                      int(sizeof(kDhProto) / sizeof(kDhProto[0]))));
}

}  // namespace protojs::crypto

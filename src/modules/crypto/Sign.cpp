// Signatures and key generation behind lib/internal/crypto/sig.js and keygen.js:
//  - the SignBase handle of createSign/createVerify (Node's Sign and Verify): a
//    digest context; sign/verify apply the key to the digest (EVP_PKEY_sign/verify);
//  - the one-shot crypto.sign/verify (EVP_DigestSign/Verify), now or on the pool;
//  - generateKeyPair for RSA, RSA-PSS, DSA, EC and the Edwards/Montgomery curves.
// ECDSA signatures are DER or IEEE P1363 (r || s, each the size of the order), as
// `dsaEncoding` asks. Failures are an OpenSSL error description, or a number (see
// SignError) that JS turns into Node's error.
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/dsa.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/rsa.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "modules/crypto/CryptoUtil.h"
#include "runtime/BaseObject.h"
#include "runtime/Runtime.h"
#include "runtime/Value.h"

namespace protojs::crypto {

namespace {

JSClassID signClassId = 0;

enum SignError { kUnknownDigest = 1, kNotInitialised = 2, kUnsupportedOperation = 3, kMalformedSignature = 4 };
constexpr int32_t kNoSaltLength = INT32_MIN;
constexpr int32_t kNoPadding = INT32_MIN;
enum DsaEncoding { kDer = 0, kP1363 = 1 };

using PKeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, PKeyCtxFree>;
using MdPtr = std::shared_ptr<EVP_MD>;

// Options of one signature: RSA padding and PSS salt length, ECDSA encoding.
struct SigOptions {
  int32_t padding = kNoPadding;
  int32_t saltLength = kNoSaltLength;
  int32_t dsaEncoding = kDer;
};

bool isRsa(const EVP_PKEY* pkey) {
  int id = EVP_PKEY_get_id(pkey);
  return id == EVP_PKEY_RSA || id == EVP_PKEY_RSA2 || id == EVP_PKEY_RSA_PSS;
}

bool applyRsaOptions(const EVP_PKEY* pkey, EVP_PKEY_CTX* pctx, const SigOptions& o) {
  if (!isRsa(pkey)) return true;
  int padding = o.padding != kNoPadding ? o.padding
                : EVP_PKEY_get_id(pkey) == EVP_PKEY_RSA_PSS ? RSA_PKCS1_PSS_PADDING
                                                            : RSA_PKCS1_PADDING;
  if (EVP_PKEY_CTX_set_rsa_padding(pctx, padding) <= 0) return false;
  if (padding == RSA_PKCS1_PSS_PADDING && o.saltLength != kNoSaltLength)
    return EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, o.saltLength) > 0;
  return true;
}

// Ed25519 and Ed448 sign messages, not digests: createSign refuses them, as Node.
bool isEdwards(const EVP_PKEY* pkey) {
  int id = EVP_PKEY_get_id(pkey);
  return id == EVP_PKEY_ED25519 || id == EVP_PKEY_ED448;
}

// Bytes of r and of s in a P1363 signature by this key; 0 when it has none.
size_t p1363Half(const EVP_PKEY* pkey) {
  int id = EVP_PKEY_get_id(pkey);
  if (id != EVP_PKEY_EC && id != EVP_PKEY_DSA) return 0;
  BIGNUM* order = nullptr;
  const char* param = id == EVP_PKEY_EC ? OSSL_PKEY_PARAM_EC_ORDER : OSSL_PKEY_PARAM_FFC_Q;
  size_t n = 0;
  if (id == EVP_PKEY_EC) {
    char name[80];
    if (EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME, name, sizeof(name), nullptr) == 1) {
      EC_GROUP* g = EC_GROUP_new_by_curve_name(OBJ_sn2nid(name));
      if (g) n = size_t((EC_GROUP_order_bits(g) + 7) / 8);
      EC_GROUP_free(g);
    }
  } else if (EVP_PKEY_get_bn_param(pkey, param, &order) == 1) {
    n = size_t(BN_num_bytes(order));
  }
  BN_free(order);
  ERR_clear_error();
  return n;
}

// DER -> P1363, in place; false when the signature is malformed.
bool derToP1363(Bytes& sig, size_t half) {
  const unsigned char* p = sig.data();
  ECDSA_SIG* s = d2i_ECDSA_SIG(nullptr, &p, long(sig.size()));
  if (!s) return false;
  Bytes out(half * 2);
  bool ok = BN_bn2binpad(ECDSA_SIG_get0_r(s), out.data(), int(half)) > 0 &&
            BN_bn2binpad(ECDSA_SIG_get0_s(s), out.data() + half, int(half)) > 0;
  ECDSA_SIG_free(s);
  if (ok) sig = std::move(out);
  return ok;
}

// P1363 -> DER; false when the length is not the key's.
bool p1363ToDer(const Bytes& in, size_t half, Bytes& der) {
  if (in.size() != half * 2) return false;
  ECDSA_SIG* s = ECDSA_SIG_new();
  BIGNUM* r = BN_bin2bn(in.data(), int(half), nullptr);
  BIGNUM* ss = BN_bin2bn(in.data() + half, int(half), nullptr);
  if (!s || !r || !ss || ECDSA_SIG_set0(s, r, ss) != 1) {
    BN_free(r);
    BN_free(ss);
    ECDSA_SIG_free(s);
    return false;
  }
  int len = i2d_ECDSA_SIG(s, nullptr);
  der.resize(size_t(std::max(len, 0)));
  unsigned char* p = der.data();
  bool ok = len > 0 && i2d_ECDSA_SIG(s, &p) == len;
  ECDSA_SIG_free(s);
  return ok;
}

bool readOptions(JSContext* ctx, JSValueConst* argv, SigOptions& o) {
  if (!JS_IsUndefined(argv[0]) && JS_ToInt32(ctx, &o.padding, argv[0])) return false;
  if (!JS_IsUndefined(argv[1]) && JS_ToInt32(ctx, &o.saltLength, argv[1])) return false;
  if (!JS_IsUndefined(argv[2]) && JS_ToInt32(ctx, &o.dsaEncoding, argv[2])) return false;
  return true;
}

class SignBase final : public BaseObject {
 public:
  using BaseObject::BaseObject;
  std::unique_ptr<EVP_MD_CTX, MdCtxFree> mdctx;
  MdPtr md;
};

SignBase* unwrapSign(JSContext* ctx, JSValueConst v) { return BaseObject::unwrapAs<SignBase>(ctx, v, signClassId); }

JSValue jsSignNew(JSContext* ctx, JSValueConst newTarget, int, JSValueConst*) {
  JSValue obj = newObjectFromTarget(ctx, newTarget, signClassId);
  if (JS_IsException(obj)) return obj;
  new SignBase(*Runtime::from(ctx), obj);
  return obj;
}

// init(digest) -> true | kUnknownDigest
JSValue jsSignInit(JSContext* ctx, JSValueConst thisVal, int, JSValueConst* argv) {
  SignBase* s = unwrapSign(ctx, thisVal);
  if (!s) return JS_EXCEPTION;
  std::string name;
  if (!toStdString(ctx, argv[0], name)) return JS_EXCEPTION;
  s->md.reset(fetchDigest(name.c_str()), EVP_MD_free);
  if (!s->md) return JS_NewInt32(ctx, kUnknownDigest);
  s->mdctx.reset(EVP_MD_CTX_new());
  if (!s->mdctx || EVP_DigestInit_ex(s->mdctx.get(), s->md.get(), nullptr) != 1) {
    s->mdctx.reset();
    return takeOpenSslError(ctx, nullptr);
  }
  return JS_TRUE;
}

// update(data, encodingId) -> true | kNotInitialised
JSValue jsSignUpdate(JSContext* ctx, JSValueConst thisVal, int, JSValueConst* argv) {
  SignBase* s = unwrapSign(ctx, thisVal);
  if (!s) return JS_EXCEPTION;
  if (!s->mdctx) return JS_NewInt32(ctx, kNotInitialised);
  int32_t enc = 0;
  JS_ToInt32(ctx, &enc, argv[1]);
  if (JS_IsString(argv[0])) {
    Bytes b;
    if (!argBytes(ctx, argv[0], enc, b)) return JS_EXCEPTION;
    EVP_DigestUpdate(s->mdctx.get(), b.data(), b.size());
  } else {
    uint8_t* p = nullptr;
    size_t n = 0;
    if (!getBytes(ctx, argv[0], p, n)) return JS_EXCEPTION;
    EVP_DigestUpdate(s->mdctx.get(), p, n);
  }
  return JS_TRUE;
}

// The digest so far; the context is gone afterwards (Node's final state).
bool finishDigest(SignBase* s, Bytes& m) {
  unsigned int len = 0;
  m.resize(EVP_MAX_MD_SIZE);
  bool ok = EVP_DigestFinal_ex(s->mdctx.get(), m.data(), &len) == 1;
  m.resize(len);
  s->mdctx.reset();
  return ok;
}

PKeyCtxPtr keyContext(EVP_PKEY* pkey, const EVP_MD* md, const SigOptions& o, bool sign) {
  PKeyCtxPtr pctx(EVP_PKEY_CTX_new(pkey, nullptr));
  if (!pctx) return nullptr;
  if ((sign ? EVP_PKEY_sign_init(pctx.get()) : EVP_PKEY_verify_init(pctx.get())) <= 0) return nullptr;
  if (!applyRsaOptions(pkey, pctx.get(), o)) return nullptr;
  if (EVP_PKEY_CTX_set_signature_md(pctx.get(), md) <= 0) return nullptr;
  return pctx;
}

// sign(keyHandle, padding, saltLength, dsaEncoding) -> Buffer | SignError | error
JSValue jsSignSign(JSContext* ctx, JSValueConst thisVal, int, JSValueConst* argv) {
  SignBase* s = unwrapSign(ctx, thisVal);
  if (!s) return JS_EXCEPTION;
  PKeyPtr pkey = keyFromHandle(ctx, argv[0], nullptr);
  SigOptions o;
  if (!pkey || !readOptions(ctx, argv + 1, o)) return JS_EXCEPTION;
  if (!s->mdctx) return JS_NewInt32(ctx, kNotInitialised);
  if (isEdwards(pkey.get())) return JS_NewInt32(ctx, kUnsupportedOperation);
  ERR_clear_error();
  Bytes m, sig;
  if (!finishDigest(s, m)) return takeOpenSslError(ctx, nullptr);
  PKeyCtxPtr pctx = keyContext(pkey.get(), s->md.get(), o, true);
  size_t len = 0;
  if (!pctx || EVP_PKEY_sign(pctx.get(), nullptr, &len, m.data(), m.size()) <= 0)
    return takeOpenSslError(ctx, nullptr);
  sig.resize(len);
  if (EVP_PKEY_sign(pctx.get(), sig.data(), &len, m.data(), m.size()) <= 0) return takeOpenSslError(ctx, nullptr);
  sig.resize(len);
  size_t half = o.dsaEncoding == kP1363 ? p1363Half(pkey.get()) : 0;
  if (half && !derToP1363(sig, half)) return takeOpenSslError(ctx, nullptr);
  return newBuffer(ctx, sig.data(), sig.size());
}

// verify(keyHandle, signature, padding, saltLength, dsaEncoding) -> boolean |
// SignError | error
JSValue jsSignVerify(JSContext* ctx, JSValueConst thisVal, int, JSValueConst* argv) {
  SignBase* s = unwrapSign(ctx, thisVal);
  if (!s) return JS_EXCEPTION;
  PKeyPtr pkey = keyFromHandle(ctx, argv[0], nullptr);
  SigOptions o;
  Bytes sig;
  if (!pkey || !argBytes(ctx, argv[1], 0, sig) || !readOptions(ctx, argv + 2, o)) return JS_EXCEPTION;
  if (!s->mdctx) return JS_NewInt32(ctx, kNotInitialised);
  if (isEdwards(pkey.get())) return JS_NewInt32(ctx, kUnsupportedOperation);
  ERR_clear_error();
  Bytes m;
  if (!finishDigest(s, m)) return takeOpenSslError(ctx, nullptr);
  size_t half = o.dsaEncoding == kP1363 ? p1363Half(pkey.get()) : 0;
  if (half) {
    Bytes der;
    if (!p1363ToDer(sig, half, der)) return JS_NewInt32(ctx, kMalformedSignature);
    sig = std::move(der);
  }
  PKeyCtxPtr pctx = keyContext(pkey.get(), s->md.get(), o, false);
  if (!pctx) return takeOpenSslError(ctx, nullptr);
  int r = EVP_PKEY_verify(pctx.get(), sig.data(), sig.size(), m.data(), m.size());
  ERR_clear_error();
  return JS_NewBool(ctx, r == 1);
}

// One signature or verification by EVP_DigestSign/Verify; out holds the signature
// or one byte (1: valid).
bool oneShot(EVP_PKEY* pkey, const EVP_MD* md, const SigOptions& o, const Bytes& data, Bytes sig, bool sign,
             Bytes& out) {
  std::unique_ptr<EVP_MD_CTX, MdCtxFree> mctx(EVP_MD_CTX_new());
  EVP_PKEY_CTX* pctx = nullptr;  // owned by mctx
  if (!mctx) return false;
  int init = sign ? EVP_DigestSignInit(mctx.get(), &pctx, md, nullptr, pkey)
                  : EVP_DigestVerifyInit(mctx.get(), &pctx, md, nullptr, pkey);
  if (init <= 0 || !applyRsaOptions(pkey, pctx, o)) return false;
  size_t half = o.dsaEncoding == kP1363 ? p1363Half(pkey) : 0;
  if (!sign) {
    if (half) {
      Bytes der;
      if (!p1363ToDer(sig, half, der)) {
        out.assign(1, 0);
        return true;
      }
      sig = std::move(der);
    }
    int r = EVP_DigestVerify(mctx.get(), sig.data(), sig.size(), data.data(), data.size());
    ERR_clear_error();
    out.assign(1, r == 1 ? 1 : 0);
    return true;
  }
  size_t len = 0;
  if (EVP_DigestSign(mctx.get(), nullptr, &len, data.data(), data.size()) != 1) return false;
  out.resize(len);
  if (EVP_DigestSign(mctx.get(), out.data(), &len, data.data(), data.size()) != 1) return false;
  out.resize(len);
  return !half || derToP1363(out, half);
}

// signOneShot(req, keyHandle, data, digest | undefined, padding, saltLength,
// dsaEncoding[, signature]) -> see CryptoJobs (the result is an ArrayBuffer: the
// signature, or one byte for a verification); false: the digest is unknown.
JSValue jsOneShot(JSContext* ctx, JSValueConst* argv, bool sign) {
  PKeyPtr pkey = keyFromHandle(ctx, argv[1], nullptr);
  Bytes data, sig;
  SigOptions o;
  if (!pkey || !argBytes(ctx, argv[2], 0, data) || !readOptions(ctx, argv + 4, o)) return JS_EXCEPTION;
  if (!sign && !argBytes(ctx, argv[7], 0, sig)) return JS_EXCEPTION;
  MdPtr md;
  if (!JS_IsUndefined(argv[3]) && !JS_IsNull(argv[3])) {
    std::string name;
    if (!toStdString(ctx, argv[3], name)) return JS_EXCEPTION;
    md.reset(fetchDigest(name.c_str()), EVP_MD_free);
    if (!md) return JS_FALSE;
  }
  return dispatchJob(ctx, argv[0], [pkey, md, o, data = std::move(data), sig = std::move(sig), sign](JobResult& r) {
    r.ok = oneShot(pkey.get(), md.get(), o, data, sig, sign, r.out);
  }, sign ? "Signing failed" : "Verification failed");
}

JSValue jsSignOneShot(JSContext* ctx, JSValueConst, int, JSValueConst* argv) { return jsOneShot(ctx, argv, true); }
JSValue jsVerifyOneShot(JSContext* ctx, JSValueConst, int, JSValueConst* argv) { return jsOneShot(ctx, argv, false); }

// A curve's NID by NIST or OpenSSL name ('P-256', 'prime256v1', 'secp256k1').
int curveNid(const std::string& name) {
  int nid = EC_curve_nist2nid(name.c_str());
  if (nid == NID_undef) nid = OBJ_sn2nid(name.c_str());
  if (nid == NID_undef) nid = OBJ_ln2nid(name.c_str());
  EC_GROUP* g = nid == NID_undef ? nullptr : EC_GROUP_new_by_curve_name(nid);
  EC_GROUP_free(g);
  ERR_clear_error();
  return g ? nid : NID_undef;
}

JSValue jsIsCurve(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  std::string name;
  if (!toStdString(ctx, argv[0], name)) return JS_EXCEPTION;
  return JS_NewBool(ctx, curveNid(name) != NID_undef);
}

struct KeyGenParams {
  std::string type;  // OpenSSL's algorithm name
  uint32_t bits = 0;
  uint64_t exponent = 0x10001;
  std::string hash, mgf1Hash;
  int32_t saltLength = -1;
  int curve = NID_undef;
  bool explicitCurve = false;
  int32_t divisorBits = -1;  // DSA's q (-1: OpenSSL's choice)
};

// DSA: parameters first (p of `bits`, q of `divisorBits`), then the key.
bool generateDsa(const KeyGenParams& p, JobResult& r) {
  PKeyCtxPtr pctx(EVP_PKEY_CTX_new_from_name(nullptr, "DSA", nullptr));
  EVP_PKEY* params = nullptr;
  if (!pctx || EVP_PKEY_paramgen_init(pctx.get()) <= 0 ||
      EVP_PKEY_CTX_set_dsa_paramgen_bits(pctx.get(), int(p.bits)) <= 0 ||
      (p.divisorBits >= 0 && EVP_PKEY_CTX_set_dsa_paramgen_q_bits(pctx.get(), p.divisorBits) <= 0) ||
      EVP_PKEY_paramgen(pctx.get(), &params) <= 0)
    return false;
  std::unique_ptr<EVP_PKEY, void (*)(EVP_PKEY*)> owned(params, EVP_PKEY_free);
  PKeyCtxPtr kctx(EVP_PKEY_CTX_new(params, nullptr));
  EVP_PKEY* pkey = nullptr;
  if (!kctx || EVP_PKEY_keygen_init(kctx.get()) <= 0 || EVP_PKEY_keygen(kctx.get(), &pkey) <= 0) return false;
  r.pkey.reset(pkey, EVP_PKEY_free);
  return true;
}

bool generate(const KeyGenParams& p, JobResult& r) {
  if (p.type == "DSA") return generateDsa(p, r);
  PKeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, p.type.c_str(), nullptr));
  if (!ctx || EVP_PKEY_keygen_init(ctx.get()) <= 0) return false;
  if (p.type == "RSA" || p.type == "RSA-PSS") {
    std::unique_ptr<BIGNUM, void (*)(BIGNUM*)> e(BN_new(), BN_free);
    if (!e || !BN_set_word(e.get(), p.exponent)) return false;
    if (EVP_PKEY_CTX_set_rsa_keygen_bits(ctx.get(), int(p.bits)) <= 0 ||
        EVP_PKEY_CTX_set1_rsa_keygen_pubexp(ctx.get(), e.get()) <= 0)
      return false;
    if (!p.hash.empty() && EVP_PKEY_CTX_set_rsa_pss_keygen_md_name(ctx.get(), p.hash.c_str(), nullptr) <= 0)
      return false;
    if (!p.mgf1Hash.empty() && EVP_PKEY_CTX_set_rsa_pss_keygen_mgf1_md_name(ctx.get(), p.mgf1Hash.c_str()) <= 0)
      return false;
    if (p.saltLength >= 0 && EVP_PKEY_CTX_set_rsa_pss_keygen_saltlen(ctx.get(), p.saltLength) <= 0) return false;
  } else if (p.type == "EC") {
    if (EVP_PKEY_CTX_set_ec_paramgen_curve_nid(ctx.get(), p.curve) <= 0 ||
        EVP_PKEY_CTX_set_ec_param_enc(ctx.get(), p.explicitCurve ? 0 : OPENSSL_EC_NAMED_CURVE) <= 0)
      return false;
  }
  EVP_PKEY* pkey = nullptr;
  if (EVP_PKEY_generate(ctx.get(), &pkey) <= 0) return false;
  r.pkey.reset(pkey, EVP_PKEY_free);
  return true;
}

// generateKeyPair(req, type, a, b, c, d, e) -> [public, private] handles | error.
//   'rsa' / 'rsa-pss': a modulusLength, b publicExponent, c hash, d mgf1 hash, e salt
//   'dsa': a modulusLength, b divisorLength (-1: OpenSSL's choice)
//   'ec': a curve name, b explicit (boolean)
//   'ed25519' 'ed448' 'x25519' 'x448': nothing
// Names were checked in JS (isCurve; digests by getHashes).
JSValue jsGenerateKeyPair(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  KeyGenParams p;
  std::string type;
  if (!toStdString(ctx, argv[1], type)) return JS_EXCEPTION;
  if (type == "rsa" || type == "rsa-pss") {
    p.type = type == "rsa" ? "RSA" : "RSA-PSS";
    int64_t bits = 0, exp = 0;
    if (JS_ToInt64(ctx, &bits, argv[2]) || JS_ToInt64(ctx, &exp, argv[3])) return JS_EXCEPTION;
    p.bits = uint32_t(bits);
    p.exponent = uint64_t(exp);
    if (JS_IsString(argv[4]) && !toStdString(ctx, argv[4], p.hash)) return JS_EXCEPTION;
    if (JS_IsString(argv[5]) && !toStdString(ctx, argv[5], p.mgf1Hash)) return JS_EXCEPTION;
    if (JS_IsNumber(argv[6]) && JS_ToInt32(ctx, &p.saltLength, argv[6])) return JS_EXCEPTION;
  } else if (type == "dsa") {
    p.type = "DSA";
    int64_t bits = 0;
    if (JS_ToInt64(ctx, &bits, argv[2]) || JS_ToInt32(ctx, &p.divisorBits, argv[3])) return JS_EXCEPTION;
    p.bits = uint32_t(bits);
  } else if (type == "ec") {
    p.type = "EC";
    std::string curve;
    if (!toStdString(ctx, argv[2], curve)) return JS_EXCEPTION;
    p.curve = curveNid(curve);
    p.explicitCurve = JS_ToBool(ctx, argv[3]);
  } else {
    p.type = type == "ed25519" ? "ED25519" : type == "ed448" ? "ED448" : type == "x25519" ? "X25519" : "X448";
  }
  return dispatchJob(ctx, argv[0], [p](JobResult& r) { r.ok = generate(p, r); }, "Key generation job failed");
}

JSValue jsGetCurves(JSContext* ctx, JSValueConst, int, JSValueConst*) {
  size_t n = EC_get_builtin_curves(nullptr, 0);
  std::vector<EC_builtin_curve> curves(n);
  EC_get_builtin_curves(curves.data(), n);
  JSValue arr = JS_NewArray(ctx);
  for (uint32_t i = 0; i < n; i++) JS_SetPropertyUint32(ctx, arr, i, JS_NewString(ctx, OBJ_nid2sn(curves[i].nid)));
  return arr;
}

const JSCFunctionListEntry kSignProto[] = {
    PJS_CFUNC_DEF("init", 1, jsSignInit),
    PJS_CFUNC_DEF("update", 2, jsSignUpdate),
    PJS_CFUNC_DEF("sign", 4, jsSignSign),
    PJS_CFUNC_DEF("verify", 5, jsSignVerify),
};

}  // namespace

void addSignFunctions(JSContext* ctx, JSValueConst exports) {
  setProp(ctx, exports, "SignBase", defineClass(ctx, signClassId, "SignBase", jsSignNew, 0, kSignProto, 4));
  setFunction(ctx, exports, "signOneShot", jsSignOneShot, 7);
  setFunction(ctx, exports, "verifyOneShot", jsVerifyOneShot, 8);
  setFunction(ctx, exports, "isCurve", jsIsCurve, 1);
  setFunction(ctx, exports, "generateKeyPair", jsGenerateKeyPair, 7);
  setFunction(ctx, exports, "getCurves", jsGetCurves, 0);
}

}  // namespace protojs::crypto

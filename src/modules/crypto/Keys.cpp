// The KeyObjectHandle behind lib/internal/crypto/keys.js (Node's KeyObjectHandle):
// a secret (bytes) or an asymmetric key (an EVP_PKEY, shared by reference count
// between handles, for example a private key and the public key made from it).
// Parsing follows Node's order: PEM public keys as SPKI, then PKCS#1, then a
// certificate, then a private key; DER by the given type. Failures come back as
// an OpenSSL error description ([message, library, reason, code]) or a number
// (kKeyError below) that JS turns into Node's error.
// PKCS#1 and SEC1 output go through the legacy RSA/EC_KEY writers, as Node 20's do.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <cstring>
#include <memory>
#include <string>

#include "modules/crypto/CryptoUtil.h"
#include "runtime/BaseObject.h"
#include "runtime/Runtime.h"
#include "runtime/Value.h"

namespace protojs::crypto {

namespace {

JSClassID keyClassId = 0;

// Key kinds and encodings as lib/internal/crypto/keys.js numbers them.
enum Kind { kSecret = 0, kPublic = 1, kPrivate = 2 };
enum Format { kPem = 0, kDer = 1 };
enum Encoding { kPkcs1 = 0, kPkcs8 = 1, kSpki = 2, kSec1 = 3 };
// Failures JS names: an unknown cipher, a passphrase needed, an invalid JWK.
enum KeyError { kUnknownCipher = 1, kMissingPassphrase = 2, kInvalidJwk = 3 };

using BioPtr = std::unique_ptr<BIO, BioFree>;
struct BnFree {
  void operator()(BIGNUM* b) const { BN_free(b); }
};
using BnPtr = std::unique_ptr<BIGNUM, BnFree>;

class KeyHandle final : public BaseObject {
 public:
  using BaseObject::BaseObject;
  ~KeyHandle() override { OPENSSL_cleanse(secret.data(), secret.size()); }
  int kind = kSecret;
  Bytes secret;
  PKeyPtr pkey;
};

KeyHandle* unwrapKey(JSContext* ctx, JSValueConst v) { return BaseObject::unwrapAs<KeyHandle>(ctx, v, keyClassId); }

JSValue jsKeyNew(JSContext* ctx, JSValueConst newTarget, int, JSValueConst*) {
  JSValue obj = newObjectFromTarget(ctx, newTarget, keyClassId);
  if (JS_IsException(obj)) return obj;
  new KeyHandle(*Runtime::from(ctx), obj);  // owned by the JS object (finalizer)
  return obj;
}

// OpenSSL's passphrase callback: the passphrase, or -1 (no passphrase given), which
// OpenSSL reports as "interrupted or cancelled", as Node 20 does.
int passwordCallback(char* buf, int size, int, void* u) {
  auto* pass = static_cast<const Bytes*>(u);
  if (!pass) return -1;
  size_t n = pass->size();
  if (n > size_t(size)) return -1;
  if (n) memcpy(buf, pass->data(), n);
  return int(n);
}

// One PEM block labelled `name` decoded by `d2i`: the key, or nullptr with
// *recognized false (no such block: OpenSSL's queue cleared) or true (a block that
// does not decode: the error queued).
// A memory BIO over `data` (never a null pointer: OpenSSL refuses one, even empty).
BIO* memBio(const Bytes& data) {
  static const uint8_t kEmpty = 0;
  return BIO_new_mem_buf(data.empty() ? &kEmpty : data.data(), int(data.size()));
}

template <typename D2i>
EVP_PKEY* readPemBlock(const Bytes& data, const char* name, D2i d2i, bool* recognized) {
  BioPtr bio(memBio(data));
  unsigned char* der = nullptr;
  long len = 0;
  *recognized = PEM_bytes_read_bio(&der, &len, nullptr, name, bio.get(), nullptr, nullptr) == 1;
  if (!*recognized) {
    ERR_clear_error();
    return nullptr;
  }
  const unsigned char* p = der;
  EVP_PKEY* pkey = d2i(&p, len);
  OPENSSL_free(der);
  return pkey;
}

// A PEM public key as Node reads one: SPKI, then PKCS#1, then a certificate's.
EVP_PKEY* readPemPublic(const Bytes& data, bool* recognized) {
  EVP_PKEY* pkey = readPemBlock(data, "PUBLIC KEY", [](const unsigned char** p, long n) {
    return d2i_PUBKEY(nullptr, p, n);
  }, recognized);
  if (*recognized) return pkey;
  pkey = readPemBlock(data, "RSA PUBLIC KEY", [](const unsigned char** p, long n) {
    return d2i_PublicKey(EVP_PKEY_RSA, nullptr, p, n);
  }, recognized);
  if (*recognized) return pkey;
  return readPemBlock(data, "CERTIFICATE", [](const unsigned char** p, long n) -> EVP_PKEY* {
    std::unique_ptr<X509, X509Free> cert(d2i_X509(nullptr, p, n));
    return cert ? X509_get_pubkey(cert.get()) : nullptr;
  }, recognized);
}

EVP_PKEY* readPrivate(const Bytes& data, int format, int type, const Bytes* pass) {
  BioPtr bio(memBio(data));
  if (format == kPem) return PEM_read_bio_PrivateKey(bio.get(), nullptr, passwordCallback, const_cast<Bytes*>(pass));
  const unsigned char* p = data.data();
  if (type == kPkcs1) return d2i_PrivateKey(EVP_PKEY_RSA, nullptr, &p, long(data.size()));
  if (type == kSec1) return d2i_PrivateKey(EVP_PKEY_EC, nullptr, &p, long(data.size()));
  // PKCS#8, encrypted or not.
  X509_SIG* sig = d2i_X509_SIG(nullptr, &p, long(data.size()));
  if (sig) {
    X509_SIG_free(sig);
    return d2i_PKCS8PrivateKey_bio(bio.get(), nullptr, passwordCallback, const_cast<Bytes*>(pass));
  }
  ERR_clear_error();
  PKCS8_PRIV_KEY_INFO* info = d2i_PKCS8_PRIV_KEY_INFO_bio(bio.get(), nullptr);
  if (!info) return nullptr;
  EVP_PKEY* pkey = EVP_PKCS82PKEY(info);
  PKCS8_PRIV_KEY_INFO_free(info);
  return pkey;
}

// As Node decides between RSAPrivateKey and RSAPublicKey DER: a private key's
// SEQUENCE starts with the one-byte INTEGER version 0 or 1, a public key's with the
// modulus (at least 4).
bool isRsaPrivateKeyDer(const Bytes& d) {
  if (d.size() < 2 || d[0] != 0x30) return false;
  size_t offset = 2;
  if (d[1] & 0x80) {
    size_t n = d[1] & 0x7f;
    if (n == 0 || n > 4) return false;
    offset += n;
  }
  return d.size() >= offset + 3 && d[offset] == 2 && d[offset + 1] == 1 && !(d[offset + 2] & 0xfe);
}

EVP_PKEY* readDerPublic(const Bytes& data, int type) {
  const unsigned char* p = data.data();
  if (type == kPkcs1) return d2i_PublicKey(EVP_PKEY_RSA, nullptr, &p, long(data.size()));
  return d2i_PUBKEY(nullptr, &p, long(data.size()));
}

// The key's failure: a passphrase was needed (as Node, for DER only; PEM reports
// OpenSSL's error), else OpenSSL's error.
JSValue parseFailure(JSContext* ctx) {
  unsigned long err = ERR_peek_error();
  if (ERR_GET_LIB(err) == ERR_LIB_PEM && ERR_GET_REASON(err) == PEM_R_BAD_PASSWORD_READ) {
    ERR_clear_error();
    return JS_NewInt32(ctx, kMissingPassphrase);
  }
  return takeOpenSslError(ctx, "Failed to read asymmetric key");
}

// init(kind, data, format, type, passphrase) -> true | error; data is bytes, or for a
// public key the handle of a private key.
JSValue jsKeyInit(JSContext* ctx, JSValueConst thisVal, int argc, JSValueConst* argv) {
  KeyHandle* k = unwrapKey(ctx, thisVal);
  if (!k) return JS_EXCEPTION;
  int32_t kind = 0, format = kPem, type = -1;
  JS_ToInt32(ctx, &kind, argv[0]);
  if (auto* other = static_cast<KeyHandle*>(JS_GetOpaque(argv[1], keyClassId))) {
    k->kind = kind;
    k->pkey = other->pkey;
    return JS_TRUE;
  }
  Bytes data, pass;
  if (!argBytes(ctx, argv[1], 0, data)) return JS_EXCEPTION;
  if (kind == kSecret) {
    k->secret = std::move(data);
    k->kind = kSecret;
    return JS_TRUE;
  }
  if (argc > 2 && JS_IsNumber(argv[2])) JS_ToInt32(ctx, &format, argv[2]);
  if (argc > 3 && JS_IsNumber(argv[3])) JS_ToInt32(ctx, &type, argv[3]);
  bool hasPass = argc > 4 && !JS_IsUndefined(argv[4]);
  if (hasPass && !argBytes(ctx, argv[4], 0, pass)) return JS_EXCEPTION;
  ERR_clear_error();
  EVP_PKEY* pkey = nullptr;
  if (kind == kPublic) {
    if (format == kPem) {
      bool recognized = false;
      pkey = readPemPublic(data, &recognized);
      if (!recognized) pkey = readPrivate(data, kPem, type, hasPass ? &pass : nullptr);
    } else if (type == kPkcs8 || type == kSec1 || (type == kPkcs1 && isRsaPrivateKeyDer(data))) {
      pkey = readPrivate(data, kDer, type, hasPass ? &pass : nullptr);
    } else {
      pkey = readDerPublic(data, type);
    }
  } else {
    pkey = readPrivate(data, format, type, hasPass ? &pass : nullptr);
  }
  if (!pkey) return parseFailure(ctx);
  ERR_clear_error();
  k->kind = kind;
  k->pkey.reset(pkey, EVP_PKEY_free);
  return JS_TRUE;
}

// Element i of a JS array as bytes (none when undefined).
bool bytesParam(JSContext* ctx, JSValueConst arr, uint32_t i, Bytes& out) {
  JSValue v = JS_GetPropertyUint32(ctx, arr, i);
  bool ok = JS_IsUndefined(v) || argBytes(ctx, v, 0, out);
  JS_FreeValue(ctx, v);
  return ok;
}

BIGNUM* bn(const Bytes& b) { return BN_bin2bn(b.data(), int(b.size()), nullptr); }

EVP_PKEY* fromParams(const char* name, int selection, OSSL_PARAM_BLD* bld) {
  OSSL_PARAM* params = OSSL_PARAM_BLD_to_param(bld);
  EVP_PKEY* pkey = nullptr;
  EVP_PKEY_CTX* pctx = EVP_PKEY_CTX_new_from_name(nullptr, name, nullptr);
  if (params && pctx && EVP_PKEY_fromdata_init(pctx) == 1) EVP_PKEY_fromdata(pctx, &pkey, selection, params);
  EVP_PKEY_CTX_free(pctx);
  OSSL_PARAM_free(params);
  return pkey;
}

// An RSA key from n, e (and d, p, q, dp, dq, qi when private).
EVP_PKEY* rsaFromJwk(const Bytes* f, bool priv) {
  static const char* const kNames[] = {
      OSSL_PKEY_PARAM_RSA_N, OSSL_PKEY_PARAM_RSA_E, OSSL_PKEY_PARAM_RSA_D,
      OSSL_PKEY_PARAM_RSA_FACTOR1, OSSL_PKEY_PARAM_RSA_FACTOR2, OSSL_PKEY_PARAM_RSA_EXPONENT1,
      OSSL_PKEY_PARAM_RSA_EXPONENT2, OSSL_PKEY_PARAM_RSA_COEFFICIENT1};
  OSSL_PARAM_BLD* bld = OSSL_PARAM_BLD_new();
  BnPtr nums[8];
  int count = priv ? 8 : 2;
  for (int i = 0; i < count; i++) {
    nums[i].reset(bn(f[i]));
    OSSL_PARAM_BLD_push_BN(bld, kNames[i], nums[i].get());
  }
  EVP_PKEY* pkey = fromParams("RSA", priv ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, bld);
  OSSL_PARAM_BLD_free(bld);
  return pkey;
}

// An EC key on `curve` from x, y (and d when private); the point is checked.
EVP_PKEY* ecFromJwk(const std::string& curve, const Bytes* f, bool priv) {
  int nid = EC_curve_nist2nid(curve.c_str());
  if (nid == NID_undef) nid = OBJ_sn2nid(curve.c_str());
  EC_GROUP* group = EC_GROUP_new_by_curve_name(nid);
  if (!group) return nullptr;
  size_t len = size_t((EC_GROUP_get_degree(group) + 7) / 8);
  EC_GROUP_free(group);
  if (f[0].size() != len || f[1].size() != len) return nullptr;
  Bytes point{4};
  point.insert(point.end(), f[0].begin(), f[0].end());
  point.insert(point.end(), f[1].begin(), f[1].end());
  OSSL_PARAM_BLD* bld = OSSL_PARAM_BLD_new();
  OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, OBJ_nid2sn(nid), 0);
  OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, point.data(), point.size());
  BnPtr d(priv ? bn(f[2]) : nullptr);
  if (priv) OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_PRIV_KEY, d.get());
  EVP_PKEY* pkey = fromParams("EC", priv ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, bld);
  OSSL_PARAM_BLD_free(bld);
  if (!pkey) return nullptr;
  // The point must be on the curve (and match d).
  EVP_PKEY_CTX* check = EVP_PKEY_CTX_new(pkey, nullptr);
  bool ok = check && (priv ? EVP_PKEY_pairwise_check(check) : EVP_PKEY_public_check(check)) == 1;
  EVP_PKEY_CTX_free(check);
  if (!ok) {
    EVP_PKEY_free(pkey);
    return nullptr;
  }
  return pkey;
}

// An Edwards or Montgomery key from x (public) or d (private; x is not read, as Node).
EVP_PKEY* okpFromJwk(const std::string& curve, const Bytes* f, bool priv) {
  int id = curve == "Ed25519" ? EVP_PKEY_ED25519 : curve == "Ed448" ? EVP_PKEY_ED448
         : curve == "X25519" ? EVP_PKEY_X25519 : curve == "X448" ? EVP_PKEY_X448 : 0;
  if (!id) return nullptr;
  EVP_PKEY* pkey = priv ? EVP_PKEY_new_raw_private_key(id, nullptr, f[1].data(), f[1].size())
                        : EVP_PKEY_new_raw_public_key(id, nullptr, f[0].data(), f[0].size());
  return pkey;
}

// initJwk(kind, kty, crv, [fields as bytes]) -> true | kInvalidJwk. Fields: RSA
// n e d p q dp dq qi; EC x y d; OKP x d. Validation of names and types is in JS.
JSValue jsKeyInitJwk(JSContext* ctx, JSValueConst thisVal, int, JSValueConst* argv) {
  KeyHandle* k = unwrapKey(ctx, thisVal);
  if (!k) return JS_EXCEPTION;
  int32_t kind = 0;
  std::string kty, crv;
  JS_ToInt32(ctx, &kind, argv[0]);
  if (!toStdString(ctx, argv[1], kty) || (!JS_IsUndefined(argv[2]) && !toStdString(ctx, argv[2], crv)))
    return JS_EXCEPTION;
  Bytes f[8];
  for (uint32_t i = 0; i < 8; i++)
    if (!bytesParam(ctx, argv[3], i, f[i])) return JS_EXCEPTION;
  bool priv = kind == kPrivate;
  EVP_PKEY* pkey = kty == "RSA" ? rsaFromJwk(f, priv) : kty == "EC" ? ecFromJwk(crv, f, priv) : okpFromJwk(crv, f, priv);
  ERR_clear_error();
  if (!pkey) return JS_NewInt32(ctx, kInvalidJwk);
  k->kind = kind;
  k->pkey.reset(pkey, EVP_PKEY_free);
  return JS_TRUE;
}

JSValue jsKeySymmetricSize(JSContext* ctx, JSValueConst thisVal, int, JSValueConst*) {
  KeyHandle* k = unwrapKey(ctx, thisVal);
  if (!k) return JS_EXCEPTION;
  return JS_NewInt64(ctx, int64_t(k->secret.size()));
}

}  // namespace

const char* asymmetricKeyType(const EVP_PKEY* pkey) {
  switch (EVP_PKEY_get_id(pkey)) {
    case EVP_PKEY_RSA: return "rsa";
    case EVP_PKEY_RSA_PSS: return "rsa-pss";
    case EVP_PKEY_DSA: return "dsa";
    case EVP_PKEY_DH: return "dh";
    case EVP_PKEY_EC: return "ec";
    case EVP_PKEY_ED25519: return "ed25519";
    case EVP_PKEY_ED448: return "ed448";
    case EVP_PKEY_X25519: return "x25519";
    case EVP_PKEY_X448: return "x448";
    default: return nullptr;
  }
}

namespace {

JSValue jsKeyAsymmetricType(JSContext* ctx, JSValueConst thisVal, int, JSValueConst*) {
  KeyHandle* k = unwrapKey(ctx, thisVal);
  if (!k) return JS_EXCEPTION;
  const char* name = k->pkey ? asymmetricKeyType(k->pkey.get()) : nullptr;
  return name ? JS_NewString(ctx, name) : JS_UNDEFINED;
}

std::string bnHex(const EVP_PKEY* pkey, const char* param) {
  BIGNUM* b = nullptr;
  if (EVP_PKEY_get_bn_param(pkey, param, &b) != 1) return "0";
  char* hex = BN_bn2hex(b);
  std::string s(hex);
  OPENSSL_free(hex);
  BN_free(b);
  return s;
}

const char* nidName(const X509_ALGOR* alg, const char* fallback) {
  if (!alg) return fallback;
  return OBJ_nid2ln(OBJ_obj2nid(alg->algorithm));
}

// keyDetail() -> { modulusLength, publicExponent (hex), hashAlgorithm, mgf1HashAlgorithm,
// saltLength } or { namedCurve } or {}.
JSValue jsKeyDetail(JSContext* ctx, JSValueConst thisVal, int, JSValueConst*) {
  KeyHandle* k = unwrapKey(ctx, thisVal);
  if (!k) return JS_EXCEPTION;
  JSValue o = JS_NewObject(ctx);
  if (!k->pkey) return o;
  EVP_PKEY* pkey = k->pkey.get();
  int id = EVP_PKEY_get_id(pkey);
  if (id == EVP_PKEY_RSA || id == EVP_PKEY_RSA_PSS) {
    setProp(ctx, o, "modulusLength", JS_NewInt32(ctx, EVP_PKEY_get_bits(pkey)));
    setProp(ctx, o, "publicExponent", newString(ctx, bnHex(pkey, OSSL_PKEY_PARAM_RSA_E)));
    const RSA* rsa = EVP_PKEY_get0_RSA(pkey);
    const RSA_PSS_PARAMS* pss = id == EVP_PKEY_RSA_PSS && rsa ? RSA_get0_pss_params(rsa) : nullptr;
    if (pss) {
      setProp(ctx, o, "hashAlgorithm", JS_NewString(ctx, nidName(pss->hashAlgorithm, "sha1")));
      setProp(ctx, o, "mgf1HashAlgorithm", JS_NewString(ctx, nidName(pss->maskHash, "sha1")));
      setProp(ctx, o, "saltLength", JS_NewInt64(ctx, pss->saltLength ? ASN1_INTEGER_get(pss->saltLength) : 20));
    }
  } else if (id == EVP_PKEY_EC) {
    char name[80];
    if (EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME, name, sizeof(name), nullptr) == 1)
      setProp(ctx, o, "namedCurve", JS_NewString(ctx, name));
  } else if (id == EVP_PKEY_DSA) {
    setProp(ctx, o, "modulusLength", JS_NewInt32(ctx, EVP_PKEY_get_bits(pkey)));
    BIGNUM* q = nullptr;
    if (EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_FFC_Q, &q) == 1) {
      setProp(ctx, o, "divisorLength", JS_NewInt32(ctx, BN_num_bits(q)));
      BN_free(q);
    }
  }
  return o;
}

JSValue bioContents(JSContext* ctx, BIO* bio, bool pem) {
  BUF_MEM* mem = nullptr;
  BIO_get_mem_ptr(bio, &mem);
  if (pem) return JS_NewStringLen(ctx, mem->data, mem->length);
  return newBuffer(ctx, reinterpret_cast<const uint8_t*>(mem->data), mem->length);
}

bool writePublic(BIO* bio, EVP_PKEY* pkey, int format, int type) {
  if (type == kPkcs1) {
    const RSA* rsa = EVP_PKEY_get0_RSA(pkey);
    if (!rsa) return false;
    return (format == kPem ? PEM_write_bio_RSAPublicKey(bio, rsa) : i2d_RSAPublicKey_bio(bio, rsa)) == 1;
  }
  return (format == kPem ? PEM_write_bio_PUBKEY(bio, pkey) : i2d_PUBKEY_bio(bio, pkey)) == 1;
}

bool writePrivate(BIO* bio, EVP_PKEY* pkey, int format, int type, const EVP_CIPHER* cipher, Bytes* pass) {
  auto* p = pass ? reinterpret_cast<unsigned char*>(pass->data()) : nullptr;
  int plen = pass ? int(pass->size()) : 0;
  if (type == kPkcs1) {
    RSA* rsa = const_cast<RSA*>(EVP_PKEY_get0_RSA(pkey));
    if (!rsa) return false;
    return (format == kPem ? PEM_write_bio_RSAPrivateKey(bio, rsa, cipher, p, plen, nullptr, nullptr)
                           : i2d_RSAPrivateKey_bio(bio, rsa)) == 1;
  }
  if (type == kSec1) {
    EC_KEY* ec = const_cast<EC_KEY*>(EVP_PKEY_get0_EC_KEY(pkey));
    if (!ec) return false;
    return (format == kPem ? PEM_write_bio_ECPrivateKey(bio, ec, cipher, p, plen, nullptr, nullptr)
                           : i2d_ECPrivateKey_bio(bio, ec)) == 1;
  }
  char* cp = reinterpret_cast<char*>(p);
  return (format == kPem ? PEM_write_bio_PKCS8PrivateKey(bio, pkey, cipher, cp, plen, nullptr, nullptr)
                         : i2d_PKCS8PrivateKey_bio(bio, pkey, cipher, cp, plen, nullptr, nullptr)) == 1;
}

// export() -> Buffer of a secret; export(format, type[, cipher, passphrase]) -> PEM
// string | DER Buffer | kUnknownCipher | error description.
JSValue jsKeyExport(JSContext* ctx, JSValueConst thisVal, int argc, JSValueConst* argv) {
  KeyHandle* k = unwrapKey(ctx, thisVal);
  if (!k) return JS_EXCEPTION;
  if (k->kind == kSecret) return newBuffer(ctx, k->secret.data(), k->secret.size());
  int32_t format = kPem, type = kSpki;
  JS_ToInt32(ctx, &format, argv[0]);
  JS_ToInt32(ctx, &type, argv[1]);
  const EVP_CIPHER* cipher = nullptr;
  Bytes pass;
  bool hasPass = false;
  if (argc > 2 && JS_IsString(argv[2])) {
    std::string name;
    if (!toStdString(ctx, argv[2], name)) return JS_EXCEPTION;
    cipher = EVP_get_cipherbyname(name.c_str());
    if (!cipher) return JS_NewInt32(ctx, kUnknownCipher);
    hasPass = argc > 3 && !JS_IsUndefined(argv[3]);
    if (hasPass && !argBytes(ctx, argv[3], 0, pass)) return JS_EXCEPTION;
  }
  BioPtr bio(BIO_new(BIO_s_mem()));
  ERR_clear_error();
  bool ok = k->kind == kPublic || type == kSpki
                ? writePublic(bio.get(), k->pkey.get(), format, type)
                : writePrivate(bio.get(), k->pkey.get(), format, type, cipher, hasPass ? &pass : nullptr);
  if (!ok) return takeOpenSslError(ctx, "Failed to encode key");
  return bioContents(ctx, bio.get(), format == kPem);
}

JSValue base64url(JSContext* ctx, const uint8_t* p, size_t n) { return encodeOutput(ctx, p, n, 5); }

JSValue bnParam(JSContext* ctx, const EVP_PKEY* pkey, const char* name, int pad = 0) {
  BIGNUM* b = nullptr;
  if (EVP_PKEY_get_bn_param(pkey, name, &b) != 1) return JS_UNDEFINED;
  int n = pad ? pad : BN_num_bytes(b);
  Bytes out(static_cast<size_t>(n));
  BN_bn2binpad(b, out.data(), n);
  BN_free(b);
  return base64url(ctx, out.data(), out.size());
}

// exportJwk() -> the key's JWK members as base64url strings (order and kty set in JS):
// secret k; RSA n e [d p q dp dq qi]; EC x y [d]; OKP x [d].
JSValue jsKeyExportJwk(JSContext* ctx, JSValueConst thisVal, int, JSValueConst*) {
  KeyHandle* k = unwrapKey(ctx, thisVal);
  if (!k) return JS_EXCEPTION;
  JSValue o = JS_NewObject(ctx);
  if (k->kind == kSecret) {
    setProp(ctx, o, "k", base64url(ctx, k->secret.data(), k->secret.size()));
    return o;
  }
  EVP_PKEY* pkey = k->pkey.get();
  bool priv = k->kind == kPrivate;
  int id = EVP_PKEY_get_id(pkey);
  if (id == EVP_PKEY_RSA || id == EVP_PKEY_RSA_PSS) {
    static const char* const kNames[][2] = {
        {"n", OSSL_PKEY_PARAM_RSA_N}, {"e", OSSL_PKEY_PARAM_RSA_E}, {"d", OSSL_PKEY_PARAM_RSA_D},
        {"p", OSSL_PKEY_PARAM_RSA_FACTOR1}, {"q", OSSL_PKEY_PARAM_RSA_FACTOR2},
        {"dp", OSSL_PKEY_PARAM_RSA_EXPONENT1}, {"dq", OSSL_PKEY_PARAM_RSA_EXPONENT2},
        {"qi", OSSL_PKEY_PARAM_RSA_COEFFICIENT1}};
    for (int i = 0; i < (priv ? 8 : 2); i++) setProp(ctx, o, kNames[i][0], bnParam(ctx, pkey, kNames[i][1]));
  } else if (id == EVP_PKEY_EC) {
    int len = (EVP_PKEY_get_bits(pkey) + 7) / 8;
    setProp(ctx, o, "x", bnParam(ctx, pkey, OSSL_PKEY_PARAM_EC_PUB_X, len));
    setProp(ctx, o, "y", bnParam(ctx, pkey, OSSL_PKEY_PARAM_EC_PUB_Y, len));
    if (priv) setProp(ctx, o, "d", bnParam(ctx, pkey, OSSL_PKEY_PARAM_PRIV_KEY, len));
  } else {
    uint8_t buf[128];
    size_t n = sizeof(buf);
    if (EVP_PKEY_get_raw_public_key(pkey, buf, &n) == 1) setProp(ctx, o, "x", base64url(ctx, buf, n));
    n = sizeof(buf);
    if (priv && EVP_PKEY_get_raw_private_key(pkey, buf, &n) == 1) setProp(ctx, o, "d", base64url(ctx, buf, n));
    OPENSSL_cleanse(buf, sizeof(buf));
  }
  ERR_clear_error();
  return o;
}

// equals(other) -> boolean: same kind, and equal bytes or keys.
JSValue jsKeyEquals(JSContext* ctx, JSValueConst thisVal, int, JSValueConst* argv) {
  KeyHandle* a = unwrapKey(ctx, thisVal);
  KeyHandle* b = a ? unwrapKey(ctx, argv[0]) : nullptr;
  if (!b) return JS_EXCEPTION;
  if (a->kind != b->kind) return JS_FALSE;
  if (a->kind == kSecret) {
    return JS_NewBool(ctx, a->secret.size() == b->secret.size() &&
                               CRYPTO_memcmp(a->secret.data(), b->secret.data(), a->secret.size()) == 0);
  }
  bool eq = EVP_PKEY_eq(a->pkey.get(), b->pkey.get()) == 1;
  ERR_clear_error();
  return JS_NewBool(ctx, eq);
}

const JSCFunctionListEntry kKeyProto[] = {
    PJS_CFUNC_DEF("init", 5, jsKeyInit),
    PJS_CFUNC_DEF("initJwk", 4, jsKeyInitJwk),
    PJS_CFUNC_DEF("getSymmetricKeySize", 0, jsKeySymmetricSize),
    PJS_CFUNC_DEF("getAsymmetricKeyType", 0, jsKeyAsymmetricType),
    PJS_CFUNC_DEF("keyDetail", 0, jsKeyDetail),
    PJS_CFUNC_DEF("export", 4, jsKeyExport),
    PJS_CFUNC_DEF("exportJwk", 0, jsKeyExportJwk),
    PJS_CFUNC_DEF("equals", 1, jsKeyEquals),
};

}  // namespace

PKeyPtr keyFromHandle(JSContext* ctx, JSValueConst v, Bytes* secret) {
  auto* k = static_cast<KeyHandle*>(JS_GetOpaque(v, keyClassId));
  if (!k || (!k->pkey && !secret)) {
    JS_ThrowTypeError(ctx, k ? "not an asymmetric key" : "not a key handle");
    return nullptr;
  }
  if (secret) *secret = k->secret;
  return k->pkey;
}

JSValue newKeyHandle(JSContext* ctx, PKeyPtr pkey, bool priv) {
  JSValue obj = JS_NewObjectClass(ctx, int(keyClassId));
  if (JS_IsException(obj)) return obj;
  auto* k = new KeyHandle(*Runtime::from(ctx), obj);
  k->kind = priv ? kPrivate : kPublic;
  k->pkey = std::move(pkey);
  return obj;
}

void addKeyClass(JSContext* ctx, JSValueConst exports) {
  setProp(ctx, exports, "KeyObjectHandle",
          defineClass(ctx, keyClassId, "KeyObjectHandle", jsKeyNew, 0, kKeyProto,
                      int(sizeof(kKeyProto) / sizeof(kKeyProto[0]))));
}

}  // namespace protojs::crypto

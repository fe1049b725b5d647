// The X509Certificate handle behind lib/internal/crypto/x509.js (Node's
// X509Certificate): one parsed certificate (PEM, else DER), its fields formatted as
// Node formats them, and the host/email/IP, issuer and key checks; and the SPKAC
// functions behind crypto.Certificate.
#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cctype>
#include <memory>
#include <string>

#include "modules/crypto/CryptoUtil.h"
#include "runtime/BaseObject.h"
#include "runtime/Runtime.h"
#include "runtime/Value.h"

namespace protojs::crypto {

namespace {

JSClassID x509ClassId = 0;

using BioPtr = std::unique_ptr<BIO, BioFree>;

class X509Handle final : public BaseObject {
 public:
  using BaseObject::BaseObject;
  std::unique_ptr<X509, X509Free> cert;
};

X509Handle* unwrapX509(JSContext* ctx, JSValueConst v) {
  return BaseObject::unwrapAs<X509Handle>(ctx, v, x509ClassId);
}

JSValue bioString(JSContext* ctx, BIO* bio) {
  BUF_MEM* mem = nullptr;
  BIO_get_mem_ptr(bio, &mem);
  return JS_NewStringLen(ctx, mem->data, mem->length);
}

JSValue jsX509New(JSContext* ctx, JSValueConst newTarget, int, JSValueConst*) {
  JSValue obj = newObjectFromTarget(ctx, newTarget, x509ClassId);
  if (JS_IsException(obj)) return obj;
  new X509Handle(*Runtime::from(ctx), obj);
  return obj;
}

// parse(bytes) -> true | error description: PEM, else DER (reporting PEM's error).
JSValue jsX509Parse(JSContext* ctx, JSValueConst thisVal, int, JSValueConst* argv) {
  X509Handle* h = unwrapX509(ctx, thisVal);
  Bytes data;
  if (!h || !argBytes(ctx, argv[0], 0, data)) return JS_EXCEPTION;
  static const uint8_t kEmpty = 0;
  ERR_clear_error();
  BioPtr bio(BIO_new_mem_buf(data.empty() ? &kEmpty : data.data(), int(data.size())));
  X509* cert = PEM_read_bio_X509_AUX(bio.get(), nullptr, [](char*, int, int, void*) { return -1; }, nullptr);
  if (!cert) {
    // As Node: PEM's error first, DER's after it (the opensslErrorStack).
    const unsigned char* p = data.data();
    cert = d2i_X509(nullptr, &p, long(data.size()));
    if (!cert) return takeOpenSslError(ctx, "Failed to parse certificate");
  }
  ERR_clear_error();
  h->cert.reset(cert);
  return JS_TRUE;
}

JSValue nameString(JSContext* ctx, const X509_NAME* name) {
  BioPtr bio(BIO_new(BIO_s_mem()));
  constexpr unsigned long kFlags = ASN1_STRFLGS_ESC_2253 | ASN1_STRFLGS_ESC_CTRL | ASN1_STRFLGS_UTF8_CONVERT |
                                   XN_FLAG_SEP_MULTILINE | XN_FLAG_FN_SN;
  if (X509_NAME_print_ex(bio.get(), name, 0, kFlags) < 0) return JS_UNDEFINED;
  return bioString(ctx, bio.get());
}

JSValue extensionString(JSContext* ctx, X509* cert, int nid) {
  int index = X509_get_ext_by_NID(cert, nid, -1);
  if (index < 0) return JS_UNDEFINED;
  X509_EXTENSION* ext = X509_get_ext(cert, index);
  BioPtr bio(BIO_new(BIO_s_mem()));
  if (X509V3_EXT_print(bio.get(), ext, 0, 0) != 1) {
    ERR_clear_error();
    return JS_UNDEFINED;
  }
  return bioString(ctx, bio.get());
}

JSValue timeString(JSContext* ctx, const ASN1_TIME* t) {
  BioPtr bio(BIO_new(BIO_s_mem()));
  ASN1_TIME_print(bio.get(), t);
  return bioString(ctx, bio.get());
}

JSValue fingerprint(JSContext* ctx, X509* cert, const EVP_MD* md) {
  unsigned char buf[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  if (X509_digest(cert, md, buf, &n) != 1) return JS_UNDEFINED;
  static const char kHex[] = "0123456789ABCDEF";
  std::string s;
  for (unsigned int i = 0; i < n; i++) {
    if (i) s += ':';
    s += kHex[buf[i] >> 4];
    s += kHex[buf[i] & 15];
  }
  return newString(ctx, s);
}

JSValue serialNumber(JSContext* ctx, X509* cert) {
  BIGNUM* bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr);
  if (!bn) return JS_UNDEFINED;
  char* hex = BN_bn2hex(bn);
  JSValue s = JS_NewString(ctx, hex);
  OPENSSL_free(hex);
  BN_free(bn);
  return s;
}

JSValue keyUsage(JSContext* ctx, X509* cert) {
  auto* eku = static_cast<EXTENDED_KEY_USAGE*>(X509_get_ext_d2i(cert, NID_ext_key_usage, nullptr, nullptr));
  if (!eku) return JS_UNDEFINED;
  JSValue arr = JS_NewArray(ctx);
  char buf[256];
  for (int i = 0; i < sk_ASN1_OBJECT_num(eku); i++) {
    if (OBJ_obj2txt(buf, sizeof(buf), sk_ASN1_OBJECT_value(eku, i), 1) >= 0)
      JS_SetPropertyUint32(ctx, arr, uint32_t(i), JS_NewString(ctx, buf));
  }
  sk_ASN1_OBJECT_pop_free(eku, ASN1_OBJECT_free);
  return arr;
}

// field(name) -> the field Node computes: subject, issuer, subjectAltName,
// infoAccess, validFrom, validTo, fingerprint*, serialNumber, keyUsage, ca, raw, pem.
JSValue jsX509Field(JSContext* ctx, JSValueConst thisVal, int, JSValueConst* argv) {
  X509Handle* h = unwrapX509(ctx, thisVal);
  std::string f;
  if (!h || !toStdString(ctx, argv[0], f)) return JS_EXCEPTION;
  X509* cert = h->cert.get();
  JSValue r = JS_UNDEFINED;
  if (f == "subject") r = nameString(ctx, X509_get_subject_name(cert));
  else if (f == "issuer") r = nameString(ctx, X509_get_issuer_name(cert));
  else if (f == "subjectAltName") r = extensionString(ctx, cert, NID_subject_alt_name);
  else if (f == "infoAccess") r = extensionString(ctx, cert, NID_info_access);
  else if (f == "validFrom") r = timeString(ctx, X509_get0_notBefore(cert));
  else if (f == "validTo") r = timeString(ctx, X509_get0_notAfter(cert));
  else if (f == "fingerprint") r = fingerprint(ctx, cert, EVP_sha1());
  else if (f == "fingerprint256") r = fingerprint(ctx, cert, EVP_sha256());
  else if (f == "fingerprint512") r = fingerprint(ctx, cert, EVP_sha512());
  else if (f == "serialNumber") r = serialNumber(ctx, cert);
  else if (f == "keyUsage") r = keyUsage(ctx, cert);
  else if (f == "ca") r = JS_NewBool(ctx, X509_check_ca(cert) == 1);
  else if (f == "raw") {
    int len = i2d_X509(cert, nullptr);
    Bytes der(size_t(len > 0 ? len : 0));
    unsigned char* p = der.data();
    if (len > 0 && i2d_X509(cert, &p) == len) r = newBuffer(ctx, der.data(), der.size());
  } else if (f == "pem") {
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509(bio.get(), cert) == 1) r = bioString(ctx, bio.get());
  }
  ERR_clear_error();
  return r;
}

// check(kind, value, flags) -> the matched name or undefined; kind: 0 host, 1 email,
// 2 IP (-1 when the IP is not an address).
JSValue jsX509Check(JSContext* ctx, JSValueConst thisVal, int, JSValueConst* argv) {
  X509Handle* h = unwrapX509(ctx, thisVal);
  int32_t kind = 0;
  uint32_t flags = 0;
  std::string value;
  if (!h || JS_ToInt32(ctx, &kind, argv[0]) || !toStdString(ctx, argv[1], value) ||
      JS_ToUint32(ctx, &flags, argv[2]))
    return JS_EXCEPTION;
  int r = 0;
  char* peer = nullptr;
  if (kind == 0) r = X509_check_host(h->cert.get(), value.data(), value.size(), flags, &peer);
  else if (kind == 1) r = X509_check_email(h->cert.get(), value.data(), value.size(), flags);
  else r = X509_check_ip_asc(h->cert.get(), value.c_str(), flags);
  ERR_clear_error();
  if (r == -2) return JS_NewInt32(ctx, -1);
  if (r != 1) return JS_UNDEFINED;
  JSValue out = peer ? JS_NewString(ctx, peer) : newString(ctx, value);
  OPENSSL_free(peer);
  return out;
}

// checkIssued(otherHandle) -> boolean
JSValue jsX509CheckIssued(JSContext* ctx, JSValueConst thisVal, int, JSValueConst* argv) {
  X509Handle* h = unwrapX509(ctx, thisVal);
  X509Handle* issuer = h ? unwrapX509(ctx, argv[0]) : nullptr;
  if (!issuer) return JS_EXCEPTION;
  bool ok = X509_check_issued(issuer->cert.get(), h->cert.get()) == X509_V_OK;
  ERR_clear_error();
  return JS_NewBool(ctx, ok);
}

// checkPrivateKey(keyHandle) / verify(keyHandle) -> boolean
JSValue jsX509KeyCheck(JSContext* ctx, JSValueConst thisVal, int, JSValueConst* argv, int verify) {
  X509Handle* h = unwrapX509(ctx, thisVal);
  PKeyPtr pkey = h ? keyFromHandle(ctx, argv[0], nullptr) : nullptr;
  if (!pkey) return JS_EXCEPTION;
  bool ok = verify ? X509_verify(h->cert.get(), pkey.get()) > 0 : X509_check_private_key(h->cert.get(), pkey.get()) == 1;
  ERR_clear_error();
  return JS_NewBool(ctx, ok);
}

// publicKey() -> a public key handle
JSValue jsX509PublicKey(JSContext* ctx, JSValueConst thisVal, int, JSValueConst*) {
  X509Handle* h = unwrapX509(ctx, thisVal);
  if (!h) return JS_EXCEPTION;
  EVP_PKEY* pkey = X509_get_pubkey(h->cert.get());
  if (!pkey) return takeOpenSslError(ctx, "Failed to get public key");
  return newKeyHandle(ctx, PKeyPtr(pkey, EVP_PKEY_free), false);
}

// spkac(op, bytes): a signed public key and challenge (SPKAC, base64; trailing
// whitespace ignored): op 0 -> whether its signature verifies, 1 -> its public key
// as a PEM Buffer, 2 -> its challenge as a Buffer ('' when the SPKAC is invalid,
// and for all three when it is empty).
JSValue jsSpkac(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  int32_t op = 0;
  Bytes data;
  if (JS_ToInt32(ctx, &op, argv[0]) || !argBytes(ctx, argv[1], 0, data)) return JS_EXCEPTION;
  if (data.empty()) return JS_NewString(ctx, "");  // as Node, whatever the op
  while (!data.empty() && isspace(data.back())) data.pop_back();
  NETSCAPE_SPKI* spki = data.empty() ? nullptr
                                     : NETSCAPE_SPKI_b64_decode(reinterpret_cast<const char*>(data.data()), int(data.size()));
  JSValue r = op == 0 ? JS_FALSE : JS_NewString(ctx, "");
  if (spki) {
    EVP_PKEY* pkey = NETSCAPE_SPKI_get_pubkey(spki);
    if (op == 0) {
      r = JS_NewBool(ctx, pkey && NETSCAPE_SPKI_verify(spki, pkey) > 0);
    } else if (op == 1 && pkey) {
      BioPtr bio(BIO_new(BIO_s_mem()));
      BUF_MEM* mem = nullptr;
      if (PEM_write_bio_PUBKEY(bio.get(), pkey) == 1 && BIO_get_mem_ptr(bio.get(), &mem) == 1) {
        JS_FreeValue(ctx, r);
        r = newBuffer(ctx, reinterpret_cast<const uint8_t*>(mem->data), mem->length);
      }
    } else if (op == 2 && spki->spkac && spki->spkac->challenge) {
      const ASN1_IA5STRING* ch = spki->spkac->challenge;
      JS_FreeValue(ctx, r);
      r = newBuffer(ctx, ASN1_STRING_get0_data(ch), size_t(ASN1_STRING_length(ch)));
    }
    EVP_PKEY_free(pkey);
    NETSCAPE_SPKI_free(spki);
  }
  ERR_clear_error();
  return r;
}

const JSCFunctionListEntry kX509Proto[] = {
    PJS_CFUNC_DEF("parse", 1, jsX509Parse),
    PJS_CFUNC_DEF("field", 1, jsX509Field),
    PJS_CFUNC_DEF("check", 3, jsX509Check),
    PJS_CFUNC_DEF("checkIssued", 1, jsX509CheckIssued),
    PJS_CFUNC_MAGIC_DEF("checkPrivateKey", 1, jsX509KeyCheck, 0),
    PJS_CFUNC_MAGIC_DEF("verify", 1, jsX509KeyCheck, 1),
    PJS_CFUNC_DEF("publicKey", 0, jsX509PublicKey),
};

}  // namespace

void addX509Class(JSContext* ctx, JSValueConst exports) {
  setProp(ctx, exports, "X509Handle",
          defineClass(ctx, x509ClassId, "X509Handle", jsX509New, 0, kX509Proto,
                      int(sizeof(kX509Proto) / sizeof(kX509Proto[0]))));
  JSValue flags = JS_NewObject(ctx);
  setProp(ctx, flags, "alwaysCheckSubject", JS_NewInt32(ctx, X509_CHECK_FLAG_ALWAYS_CHECK_SUBJECT));
  setProp(ctx, flags, "neverCheckSubject", JS_NewInt32(ctx, X509_CHECK_FLAG_NEVER_CHECK_SUBJECT));
  setProp(ctx, flags, "noWildcards", JS_NewInt32(ctx, X509_CHECK_FLAG_NO_WILDCARDS));
  setProp(ctx, flags, "noPartialWildcards", JS_NewInt32(ctx, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS));
  setProp(ctx, flags, "multiLabelWildcards", JS_NewInt32(ctx, X509_CHECK_FLAG_MULTI_LABEL_WILDCARDS));
  setProp(ctx, flags, "singleLabelSubdomains", JS_NewInt32(ctx, X509_CHECK_FLAG_SINGLE_LABEL_SUBDOMAINS));
  setProp(ctx, exports, "x509CheckFlags", flags);
  setFunction(ctx, exports, "spkac", jsSpkac, 2);
}

}  // namespace protojs::crypto

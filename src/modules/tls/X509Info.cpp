// The peer certificate as Node's getPeerCertificate() shows it, and Node's names
// for X.509 verification results.
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509v3.h>

#include <string>

#include "modules/tls/TLSCommon.h"
#include "runtime/Value.h"

namespace protojs::tls {

namespace {

std::string bioText(BIO* bio) {
  char* data = nullptr;
  long len = BIO_get_mem_data(bio, &data);
  std::string s(data ? data : "", size_t(len > 0 ? len : 0));
  BIO_free(bio);
  return s;
}

// { C, ST, O, CN, ... } with a null prototype; a repeated field becomes an array.
JSValue nameObject(JSContext* ctx, X509_NAME* name) {
  JSValue obj = JS_NewObjectProto(ctx, JS_NULL);
  for (int i = 0; i < X509_NAME_entry_count(name); i++) {
    X509_NAME_ENTRY* e = X509_NAME_get_entry(name, i);
    int nid = OBJ_obj2nid(X509_NAME_ENTRY_get_object(e));
    char oid[80];
    const char* key = nid != NID_undef ? OBJ_nid2sn(nid) : nullptr;
    if (!key) {
      OBJ_obj2txt(oid, sizeof(oid), X509_NAME_ENTRY_get_object(e), 1);
      key = oid;
    }
    unsigned char* utf8 = nullptr;
    int n = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(e));
    JSValue v = JS_NewStringLen(ctx, reinterpret_cast<char*>(utf8), size_t(n > 0 ? n : 0));
    OPENSSL_free(utf8);
    JSValue old = JS_GetPropertyStr(ctx, obj, key);
    if (JS_IsUndefined(old)) {
      setProp(ctx, obj, key, v);
    } else if (JS_IsArray(ctx, old)) {
      JSValue len = JS_GetPropertyStr(ctx, old, "length");
      int32_t n2 = 0;
      JS_ToInt32(ctx, &n2, len);
      JS_SetPropertyUint32(ctx, old, uint32_t(n2), v);
    } else {
      JSValue arr = JS_NewArray(ctx);
      JS_SetPropertyUint32(ctx, arr, 0, JS_DupValue(ctx, old));
      JS_SetPropertyUint32(ctx, arr, 1, v);
      setProp(ctx, obj, key, arr);
    }
    JS_FreeValue(ctx, old);
  }
  return obj;
}

// "DNS:localhost, IP Address:127.0.0.1", as X509V3_EXT_print writes it.
bool altNames(X509* cert, std::string& out) {
  int idx = X509_get_ext_by_NID(cert, NID_subject_alt_name, -1);
  if (idx < 0) return false;
  BIO* bio = BIO_new(BIO_s_mem());
  X509V3_EXT_print(bio, X509_get_ext(cert, idx), 0, 0);
  out = bioText(bio);
  return true;
}

std::string timeText(const ASN1_TIME* t) {
  BIO* bio = BIO_new(BIO_s_mem());
  ASN1_TIME_print(bio, t);
  return bioText(bio);
}

std::string fingerprint(X509* cert, const EVP_MD* md) {
  unsigned char buf[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  X509_digest(cert, md, buf, &len);
  static const char kHex[] = "0123456789ABCDEF";
  std::string s;
  for (unsigned i = 0; i < len; i++) {
    if (i) s += ':';
    s += kHex[buf[i] >> 4];
    s += kHex[buf[i] & 15];
  }
  return s;
}

std::string bnHex(const BIGNUM* bn) {
  char* hex = BN_bn2hex(bn);
  std::string s = hex ? hex : "";
  OPENSSL_free(hex);
  return s;
}

void addPublicKey(JSContext* ctx, JSValueConst obj, X509* cert) {
  EVP_PKEY* key = X509_get0_pubkey(cert);
  if (!key) return;
  BIGNUM* n = nullptr;
  BIGNUM* e = nullptr;
  if (EVP_PKEY_get_bn_param(key, "n", &n) && EVP_PKEY_get_bn_param(key, "e", &e)) {
    setProp(ctx, obj, "modulus", newString(ctx, bnHex(n)));
    setProp(ctx, obj, "bits", JS_NewInt32(ctx, EVP_PKEY_get_bits(key)));
    // Node writes the exponent as 0x plus lower-case hex.
    std::string hex = bnHex(e);
    for (char& c : hex) c = char(std::tolower(static_cast<unsigned char>(c)));
    while (hex.size() > 1 && hex[0] == '0') hex.erase(0, 1);
    setProp(ctx, obj, "exponent", newString(ctx, "0x" + hex));
  } else {
    setProp(ctx, obj, "bits", JS_NewInt32(ctx, EVP_PKEY_get_bits(key)));
  }
  BN_free(n);
  BN_free(e);
  unsigned char* der = nullptr;
  int len = i2d_PUBKEY(key, &der);
  if (len > 0) setProp(ctx, obj, "pubkey", newBuffer(ctx, der, size_t(len)));
  OPENSSL_free(der);
}

void addExtKeyUsage(JSContext* ctx, JSValueConst obj, X509* cert) {
  auto* eku = static_cast<EXTENDED_KEY_USAGE*>(X509_get_ext_d2i(cert, NID_ext_key_usage, nullptr, nullptr));
  if (!eku) return;
  JSValue arr = JS_NewArray(ctx);
  for (int i = 0; i < sk_ASN1_OBJECT_num(eku); i++) {
    char oid[80];
    OBJ_obj2txt(oid, sizeof(oid), sk_ASN1_OBJECT_value(eku, i), 1);
    JS_SetPropertyUint32(ctx, arr, uint32_t(i), JS_NewString(ctx, oid));
  }
  sk_ASN1_OBJECT_pop_free(eku, ASN1_OBJECT_free);
  setProp(ctx, obj, "ext_key_usage", arr);
}

JSValue oneCertificate(JSContext* ctx, X509* cert) {
  JSValue obj = JS_NewObject(ctx);
  setProp(ctx, obj, "subject", nameObject(ctx, X509_get_subject_name(cert)));
  setProp(ctx, obj, "issuer", nameObject(ctx, X509_get_issuer_name(cert)));
  std::string alt;
  if (altNames(cert, alt)) setProp(ctx, obj, "subjectaltname", newString(ctx, alt));
  setProp(ctx, obj, "ca", JS_NewBool(ctx, X509_check_ca(cert) == 1));
  addPublicKey(ctx, obj, cert);
  setProp(ctx, obj, "valid_from", newString(ctx, timeText(X509_get0_notBefore(cert))));
  setProp(ctx, obj, "valid_to", newString(ctx, timeText(X509_get0_notAfter(cert))));
  setProp(ctx, obj, "fingerprint", newString(ctx, fingerprint(cert, EVP_sha1())));
  setProp(ctx, obj, "fingerprint256", newString(ctx, fingerprint(cert, EVP_sha256())));
  setProp(ctx, obj, "fingerprint512", newString(ctx, fingerprint(cert, EVP_sha512())));
  addExtKeyUsage(ctx, obj, cert);
  BIGNUM* serial = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr);
  setProp(ctx, obj, "serialNumber", newString(ctx, bnHex(serial)));
  BN_free(serial);
  unsigned char* der = nullptr;
  int len = i2d_X509(cert, &der);
  setProp(ctx, obj, "raw", newBuffer(ctx, der, size_t(len > 0 ? len : 0)));
  OPENSSL_free(der);
  return obj;
}

}  // namespace

JSValue certificateObject(JSContext* ctx, X509* cert, STACK_OF(X509) * chain, bool detailed) {
  JSValue first = oneCertificate(ctx, cert);
  if (!detailed) return first;
  JSValue current = JS_DupValue(ctx, first);
  X509* cur = cert;
  // Each issuer from the chain the peer sent; a self-issued certificate is its own.
  for (int guard = 0; guard < 10; guard++) {
    if (X509_check_issued(cur, cur) == X509_V_OK) {
      setProp(ctx, current, "issuerCertificate", JS_DupValue(ctx, current));
      break;
    }
    X509* issuer = nullptr;
    for (int i = 0; chain && i < sk_X509_num(chain); i++) {
      X509* c = sk_X509_value(chain, i);
      if (c != cur && X509_check_issued(c, cur) == X509_V_OK) issuer = c;
    }
    if (!issuer) break;
    JSValue next = oneCertificate(ctx, issuer);
    setProp(ctx, current, "issuerCertificate", JS_DupValue(ctx, next));
    JS_FreeValue(ctx, current);
    current = next;
    cur = issuer;
  }
  JS_FreeValue(ctx, current);
  return first;
}

const char* verifyErrorCode(long err) {
  switch (err) {
#define V(name) \
  case X509_V_ERR_##name: return #name;
    V(UNABLE_TO_GET_ISSUER_CERT)
    V(UNABLE_TO_GET_CRL)
    V(UNABLE_TO_DECRYPT_CERT_SIGNATURE)
    V(UNABLE_TO_DECRYPT_CRL_SIGNATURE)
    V(UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY)
    V(CERT_SIGNATURE_FAILURE)
    V(CRL_SIGNATURE_FAILURE)
    V(CERT_NOT_YET_VALID)
    V(CERT_HAS_EXPIRED)
    V(CRL_NOT_YET_VALID)
    V(CRL_HAS_EXPIRED)
    V(ERROR_IN_CERT_NOT_BEFORE_FIELD)
    V(ERROR_IN_CERT_NOT_AFTER_FIELD)
    V(ERROR_IN_CRL_LAST_UPDATE_FIELD)
    V(ERROR_IN_CRL_NEXT_UPDATE_FIELD)
    V(OUT_OF_MEM)
    V(DEPTH_ZERO_SELF_SIGNED_CERT)
    V(SELF_SIGNED_CERT_IN_CHAIN)
    V(UNABLE_TO_GET_ISSUER_CERT_LOCALLY)
    V(UNABLE_TO_VERIFY_LEAF_SIGNATURE)
    V(CERT_CHAIN_TOO_LONG)
    V(CERT_REVOKED)
    V(INVALID_CA)
    V(PATH_LENGTH_EXCEEDED)
    V(INVALID_PURPOSE)
    V(CERT_UNTRUSTED)
    V(CERT_REJECTED)
    V(HOSTNAME_MISMATCH)
#undef V
    default: return "UNSPECIFIED";
  }
}

}  // namespace protojs::tls

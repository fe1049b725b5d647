// The CipherBase handle behind createCipheriv/createDecipheriv (Node's CipherBase):
// one EVP_CIPHER_CTX, freed by final() or with the JS object. Authenticated modes:
// GCM, CCM, OCB and chacha20-poly1305. Failures are answered with a value
// lib/internal/crypto/cipher.js turns into Node's error:
//   a number (kUnknownCipher, kInvalidIv, kInvalidKeyLength, kInvalidMessageLength,
//   kMissingPlaintextLength), a string (an invalid authentication tag, the message)
//   or an OpenSSL error description.
#include <openssl/err.h>
#include <openssl/objects.h>

#include <cstring>
#include <memory>
#include <string>

#include "modules/crypto/CryptoUtil.h"
#include "runtime/BaseObject.h"
#include "runtime/Runtime.h"
#include "runtime/Value.h"

namespace protojs::crypto {

namespace {

JSClassID cipherClassId = 0;

enum Error { kUnknownCipher = 1, kInvalidIv, kInvalidKeyLength, kInvalidMessageLength, kMissingPlaintextLength };
constexpr unsigned kNoAuthTagLength = ~0u;

struct CipherCtxFree {
  void operator()(EVP_CIPHER_CTX* c) const { EVP_CIPHER_CTX_free(c); }
};

bool isAuthenticated(const EVP_CIPHER* c) {
  int mode = EVP_CIPHER_get_mode(c);
  return mode == EVP_CIPH_GCM_MODE || mode == EVP_CIPH_CCM_MODE || mode == EVP_CIPH_OCB_MODE ||
         EVP_CIPHER_get_nid(c) == NID_chacha20_poly1305;
}

// NIST 800-38D, page 9.
bool validGcmTagLength(unsigned n) { return n == 4 || n == 8 || (n >= 12 && n <= 16); }

class Cipher final : public BaseObject {
 public:
  Cipher(Runtime& rt, JSValueConst obj, bool encrypt) : BaseObject(rt, obj), encrypt_(encrypt) {}

  // 0, an Error, or -1 with authError_ or OpenSSL's queue telling why.
  int init(const std::string& name, const Bytes& key, const Bytes& iv, bool hasIv, unsigned authTagLength) {
    const EVP_CIPHER* cipher = EVP_get_cipherbyname(name.c_str());
    if (!cipher) return kUnknownCipher;
    const int expectedIv = EVP_CIPHER_get_iv_length(cipher);
    const bool authenticated = isAuthenticated(cipher);
    hasIv = hasIv && !iv.empty();
    if (!hasIv && expectedIv != 0) return kInvalidIv;
    if (!authenticated && hasIv && int(iv.size()) != expectedIv) return kInvalidIv;
    // OpenSSL does not check this one (CVE-2019-1543).
    if (EVP_CIPHER_get_nid(cipher) == NID_chacha20_poly1305 && iv.size() > 12) return kInvalidIv;
    ctx_.reset(EVP_CIPHER_CTX_new());
    if (!ctx_ || EVP_CipherInit_ex(ctx_.get(), cipher, nullptr, nullptr, nullptr, encrypt_) != 1) return -1;
    if (authenticated) {
      int err = initAuthenticated(name, int(iv.size()), authTagLength);
      if (err) return err;
    }
    if (!EVP_CIPHER_CTX_set_key_length(ctx_.get(), int(key.size()))) {
      ctx_.reset();
      ERR_clear_error();
      return kInvalidKeyLength;
    }
    if (EVP_CipherInit_ex(ctx_.get(), nullptr, nullptr, key.data(), hasIv ? iv.data() : nullptr, encrypt_) != 1)
      return -1;
    return 0;
  }

  // The deprecated createCipher(): key and IV from the password by OpenSSL's
  // EVP_BytesToKey (MD5, one round, no salt), as Node derives them.
  int initWithPassword(const std::string& name, const Bytes& password, unsigned authTagLength) {
    const EVP_CIPHER* cipher = EVP_get_cipherbyname(name.c_str());
    if (!cipher) return kUnknownCipher;
    Bytes key(EVP_MAX_KEY_LENGTH), iv(EVP_MAX_IV_LENGTH);
    int keyLen = EVP_BytesToKey(cipher, EVP_md5(), nullptr, password.data(), int(password.size()), 1, key.data(),
                                iv.data());
    if (keyLen <= 0) return -1;
    key.resize(size_t(keyLen));
    iv.resize(size_t(EVP_CIPHER_get_iv_length(cipher)));
    return init(name, key, iv, true, authTagLength);
  }

  const std::string& authError() const { return authError_; }

  // 0, kInvalidMessageLength, or -1: no context (after final) or OpenSSL failed.
  int update(const uint8_t* p, size_t n, Bytes& out) {
    if (!ctx_ || n > size_t(INT32_MAX) - 64) return -1;
    const bool ccm = EVP_CIPHER_CTX_get_mode(ctx_.get()) == EVP_CIPH_CCM_MODE;
    if (ccm && n > maxMessage_) return kInvalidMessageLength;
    if (!encrypt_ && isAuthenticated(EVP_CIPHER_CTX_get0_cipher(ctx_.get()))) passAuthTag();
    int len = int(n) + EVP_CIPHER_CTX_get_block_size(ctx_.get());
    // Key wrapping may write more than that (padded wrap): OpenSSL says how much.
    if (encrypt_ && EVP_CIPHER_CTX_get_mode(ctx_.get()) == EVP_CIPH_WRAP_MODE &&
        EVP_CipherUpdate(ctx_.get(), nullptr, &len, p, int(n)) != 1)
      return -1;
    out.resize(size_t(len));
    bool ok = EVP_CipherUpdate(ctx_.get(), out.data(), &len, p, int(n)) == 1;
    out.resize(ok ? size_t(len) : 0);
    // CCM decryption checks the tag here; as Node, final() reports the failure.
    if (!ok && ccm && !encrypt_) {
      pendingAuthFailed_ = true;
      ERR_clear_error();
      return 0;
    }
    return ok ? 0 : -1;
  }

  bool hasContext() const { return ctx_ != nullptr; }
  bool authenticated() const { return ctx_ && isAuthenticated(EVP_CIPHER_CTX_get0_cipher(ctx_.get())); }

  // The last block (and, encrypting in an authenticated mode, the tag); the context
  // is gone afterwards either way.
  bool final(Bytes& out) {
    const EVP_CIPHER* cipher = EVP_CIPHER_CTX_get0_cipher(ctx_.get());
    const bool aead = isAuthenticated(cipher);
    out.resize(size_t(EVP_CIPHER_CTX_get_block_size(ctx_.get())));
    if (!encrypt_ && aead) passAuthTag();
    bool ok;
    if (!encrypt_ && EVP_CIPHER_get_nid(cipher) == NID_chacha20_poly1305 && tagState_ != kTagPassed) {
      ok = false;  // OpenSSL would accept a missing tag
      out.clear();
    } else if (!encrypt_ && EVP_CIPHER_get_mode(cipher) == EVP_CIPH_CCM_MODE) {
      ok = !pendingAuthFailed_;  // the tag was checked by update()
      out.clear();
    } else {
      int len = int(out.size());
      ok = EVP_CipherFinal_ex(ctx_.get(), out.data(), &len) == 1;
      out.resize(ok ? size_t(len) : 0);
      if (ok && encrypt_ && aead) {
        if (tagLength_ == kNoAuthTagLength) tagLength_ = sizeof(tag_);  // GCM's default
        ok = EVP_CIPHER_CTX_ctrl(ctx_.get(), EVP_CTRL_AEAD_GET_TAG, int(tagLength_), tag_) == 1;
      }
    }
    ctx_.reset();
    return ok;
  }

  bool setAutoPadding(bool on) {
    if (!ctx_) return false;
    bool ok = EVP_CIPHER_CTX_set_padding(ctx_.get(), on) == 1;
    ERR_clear_error();
    return ok;
  }

  // Only after final() of an encryption in an authenticated mode.
  bool authTag(const uint8_t*& p, size_t& n) const {
    if (ctx_ || !encrypt_ || tagLength_ == kNoAuthTagLength) return false;
    p = tag_;
    n = tagLength_;
    return true;
  }

  // 1 set, 0 invalid state, -1 invalid length (authError_ says so).
  int setAuthTag(const uint8_t* p, size_t n) {
    if (!ctx_ || !authenticated() || encrypt_ || tagState_ != kTagUnknown) return 0;
    bool valid = EVP_CIPHER_CTX_get_mode(ctx_.get()) == EVP_CIPH_GCM_MODE
                     ? (tagLength_ == kNoAuthTagLength || tagLength_ == n) && validGcmTagLength(unsigned(n))
                     : tagLength_ == n;
    if (!valid) {
      authError_ = "Invalid authentication tag length: " + std::to_string(n);
      return -1;
    }
    tagLength_ = unsigned(n);
    tagState_ = kTagKnown;
    std::memset(tag_, 0, sizeof(tag_));
    std::memcpy(tag_, p, n);
    return 1;
  }

  // 1 set, 0 invalid state, or an Error. CCM needs the plaintext's length first.
  int setAad(const uint8_t* p, size_t n, int64_t plaintextLength) {
    if (!ctx_ || !authenticated()) return 0;
    int len = 0;
    if (EVP_CIPHER_CTX_get_mode(ctx_.get()) == EVP_CIPH_CCM_MODE) {
      if (plaintextLength < 0) return kMissingPlaintextLength;
      if (uint64_t(plaintextLength) > maxMessage_) return kInvalidMessageLength;
      if (!encrypt_) passAuthTag();
      if (EVP_CipherUpdate(ctx_.get(), nullptr, &len, nullptr, int(plaintextLength)) != 1) {
        ERR_clear_error();
        return 0;
      }
    }
    bool ok = EVP_CipherUpdate(ctx_.get(), nullptr, &len, p, int(n)) == 1;
    ERR_clear_error();
    return ok ? 1 : 0;
  }

 private:
  enum TagState { kTagUnknown, kTagKnown, kTagPassed };

  int initAuthenticated(const std::string& name, int ivLen, unsigned authTagLength) {
    if (!EVP_CIPHER_CTX_ctrl(ctx_.get(), EVP_CTRL_AEAD_SET_IVLEN, ivLen, nullptr)) {
      ERR_clear_error();
      return kInvalidIv;
    }
    if (EVP_CIPHER_CTX_get_mode(ctx_.get()) == EVP_CIPH_GCM_MODE) {
      if (authTagLength == kNoAuthTagLength) return 0;
      if (!validGcmTagLength(authTagLength)) return authTagError("Invalid authentication tag length: " + std::to_string(authTagLength));
      tagLength_ = authTagLength;
      return 0;
    }
    if (authTagLength == kNoAuthTagLength) {
      // chacha20-poly1305 defaults to 16 bytes both ways; OCB needs it said.
      if (EVP_CIPHER_CTX_get_nid(ctx_.get()) != NID_chacha20_poly1305) return authTagError("authTagLength required for " + name);
      authTagLength = 16;
    }
    if (!EVP_CIPHER_CTX_ctrl(ctx_.get(), EVP_CTRL_AEAD_SET_TAG, int(authTagLength), nullptr)) {
      ERR_clear_error();
      return authTagError("Invalid authentication tag length: " + std::to_string(authTagLength));
    }
    tagLength_ = authTagLength;
    if (EVP_CIPHER_CTX_get_mode(ctx_.get()) == EVP_CIPH_CCM_MODE) {
      // CCM's length field has 15 - ivLen bytes: at most 2^(8 * (15 - ivLen)) - 1.
      maxMessage_ = ivLen == 13 ? 0xffff : ivLen == 12 ? 0xffffff : INT32_MAX;
    }
    return 0;
  }

  int authTagError(std::string message) {
    authError_ = std::move(message);
    ctx_.reset();
    return -1;
  }

  // Decrypting: the tag goes to OpenSSL once, before the first data.
  void passAuthTag() {
    if (tagState_ != kTagKnown) return;
    if (EVP_CIPHER_CTX_ctrl(ctx_.get(), EVP_CTRL_AEAD_SET_TAG, int(tagLength_), tag_)) tagState_ = kTagPassed;
  }

  std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree> ctx_;
  const bool encrypt_;
  unsigned tagLength_ = kNoAuthTagLength;
  TagState tagState_ = kTagUnknown;
  uint8_t tag_[EVP_GCM_TLS_TAG_LEN] = {};
  size_t maxMessage_ = INT32_MAX;  // CCM's limit
  bool pendingAuthFailed_ = false;  // CCM decryption: update() found a bad tag
  std::string authError_;
};

Cipher* unwrapCipher(JSContext* ctx, JSValueConst v) { return BaseObject::unwrapAs<Cipher>(ctx, v, cipherClassId); }

// new CipherBase(encrypt)
JSValue jsCipherNew(JSContext* ctx, JSValueConst newTarget, int argc, JSValueConst* argv) {
  JSValue obj = newObjectFromTarget(ctx, newTarget, cipherClassId);
  if (JS_IsException(obj)) return obj;
  new Cipher(*Runtime::from(ctx), obj, argc > 0 && JS_ToBool(ctx, argv[0]));
  return obj;
}

JSValue initResult(JSContext* ctx, Cipher* c, int err) {
  if (err == 0) return JS_TRUE;
  if (err > 0) return JS_NewInt32(ctx, err);
  if (!c->authError().empty()) return newString(ctx, c->authError());
  return takeOpenSslError(ctx, "Failed to initialize cipher");
}

// initiv(name, key, iv | null, authTagLength | -1) -> true | see the file comment
JSValue jsInitIv(JSContext* ctx, JSValueConst thisVal, int, JSValueConst* argv) {
  Cipher* c = unwrapCipher(ctx, thisVal);
  if (!c) return JS_EXCEPTION;
  std::string name;
  Bytes key, iv;
  int64_t tagLength = -1;
  const bool hasIv = !JS_IsNull(argv[2]);
  if (!toStdString(ctx, argv[0], name) || !argBytes(ctx, argv[1], 0, key) || (hasIv && !argBytes(ctx, argv[2], 0, iv)) ||
      JS_ToInt64(ctx, &tagLength, argv[3]))
    return JS_EXCEPTION;
  return initResult(ctx, c, c->init(name, key, iv, hasIv, tagLength < 0 ? kNoAuthTagLength : unsigned(tagLength)));
}

// init(name, password, authTagLength | -1) -> as initiv
JSValue jsInit(JSContext* ctx, JSValueConst thisVal, int, JSValueConst* argv) {
  Cipher* c = unwrapCipher(ctx, thisVal);
  if (!c) return JS_EXCEPTION;
  std::string name;
  Bytes password;
  int64_t tagLength = -1;
  if (!toStdString(ctx, argv[0], name) || !argBytes(ctx, argv[1], 0, password) || JS_ToInt64(ctx, &tagLength, argv[2]))
    return JS_EXCEPTION;
  return initResult(ctx, c, c->initWithPassword(name, password, tagLength < 0 ? kNoAuthTagLength : unsigned(tagLength)));
}

// isCounterMode(name) -> boolean, undefined for an unknown cipher (createCipher warns
// about counter modes, whose IV it derives from the password alone).
JSValue jsIsCounterMode(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  std::string name;
  if (!toStdString(ctx, argv[0], name)) return JS_EXCEPTION;
  const EVP_CIPHER* cipher = EVP_get_cipherbyname(name.c_str());
  if (!cipher) return JS_UNDEFINED;
  int mode = EVP_CIPHER_get_mode(cipher);
  return JS_NewBool(ctx, mode == EVP_CIPH_CTR_MODE || mode == EVP_CIPH_GCM_MODE || mode == EVP_CIPH_CCM_MODE);
}

// update(data, encodingId) -> Buffer | error description
JSValue jsUpdate(JSContext* ctx, JSValueConst thisVal, int, JSValueConst* argv) {
  Cipher* c = unwrapCipher(ctx, thisVal);
  if (!c) return JS_EXCEPTION;
  Bytes in, out;
  int32_t enc = 0;
  JS_ToInt32(ctx, &enc, argv[1]);
  if (!argBytes(ctx, argv[0], enc, in)) return JS_EXCEPTION;
  int err = c->update(in.data(), in.size(), out);
  if (err > 0) return JS_NewInt32(ctx, err);
  if (err < 0) {
    // Node pops OpenSSL's errors of an update: the message is always its own.
    ERR_clear_error();
    return takeOpenSslError(ctx, "Trying to add data in unsupported state");
  }
  ERR_clear_error();
  return newBuffer(ctx, out.data(), out.size());
}

// final() -> Buffer | null (already final) | error description
JSValue jsFinal(JSContext* ctx, JSValueConst thisVal, int, JSValueConst*) {
  Cipher* c = unwrapCipher(ctx, thisVal);
  if (!c) return JS_EXCEPTION;
  if (!c->hasContext()) return JS_NULL;
  const bool aead = c->authenticated();
  Bytes out;
  if (!c->final(out))
    return takeOpenSslError(ctx, aead ? "Unsupported state or unable to authenticate data" : "Unsupported state");
  ERR_clear_error();
  return newBuffer(ctx, out.data(), out.size());
}

JSValue jsSetAutoPadding(JSContext* ctx, JSValueConst thisVal, int, JSValueConst* argv) {
  Cipher* c = unwrapCipher(ctx, thisVal);
  if (!c) return JS_EXCEPTION;
  return JS_NewBool(ctx, c->setAutoPadding(JS_ToBool(ctx, argv[0])));
}

JSValue jsGetAuthTag(JSContext* ctx, JSValueConst thisVal, int, JSValueConst*) {
  Cipher* c = unwrapCipher(ctx, thisVal);
  if (!c) return JS_EXCEPTION;
  const uint8_t* p = nullptr;
  size_t n = 0;
  if (!c->authTag(p, n)) return JS_UNDEFINED;
  return newBuffer(ctx, p, n);
}

// setAuthTag(bytes) -> true | false (invalid state) | message (invalid length)
JSValue jsSetAuthTag(JSContext* ctx, JSValueConst thisVal, int, JSValueConst* argv) {
  Cipher* c = unwrapCipher(ctx, thisVal);
  if (!c) return JS_EXCEPTION;
  Bytes tag;
  if (!argBytes(ctx, argv[0], 0, tag)) return JS_EXCEPTION;
  int r = c->setAuthTag(tag.data(), tag.size());
  if (r < 0) return newString(ctx, c->authError());
  return JS_NewBool(ctx, r == 1);
}

// setAAD(bytes, plaintextLength | -1) -> true | false (invalid state) | an Error
JSValue jsSetAad(JSContext* ctx, JSValueConst thisVal, int, JSValueConst* argv) {
  Cipher* c = unwrapCipher(ctx, thisVal);
  if (!c) return JS_EXCEPTION;
  Bytes aad;
  int64_t plaintextLength = -1;
  if (!argBytes(ctx, argv[0], 0, aad) || JS_ToInt64(ctx, &plaintextLength, argv[1])) return JS_EXCEPTION;
  int r = c->setAad(aad.data(), aad.size(), plaintextLength);
  return r <= 1 ? JS_NewBool(ctx, r == 1) : JS_NewInt32(ctx, r);
}

const char* modeLabel(int mode) {
  switch (mode) {
    case EVP_CIPH_CCM_MODE: return "ccm";
    case EVP_CIPH_CFB_MODE: return "cfb";
    case EVP_CIPH_CBC_MODE: return "cbc";
    case EVP_CIPH_CTR_MODE: return "ctr";
    case EVP_CIPH_ECB_MODE: return "ecb";
    case EVP_CIPH_GCM_MODE: return "gcm";
    case EVP_CIPH_OCB_MODE: return "ocb";
    case EVP_CIPH_OFB_MODE: return "ofb";
    case EVP_CIPH_STREAM_CIPHER: return "stream";
    case EVP_CIPH_WRAP_MODE: return "wrap";
    case EVP_CIPH_XTS_MODE: return "xts";
    default: return nullptr;
  }
}

// Whether `cipher` takes a key of keyLen / an IV of ivLen bytes (< 0: not asked), as
// Node checks them for getCipherInfo's options.
bool acceptsLengths(const EVP_CIPHER* cipher, int keyLen, int ivLen) {
  std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree> ctx(EVP_CIPHER_CTX_new());
  bool ok = ctx && EVP_CipherInit_ex(ctx.get(), cipher, nullptr, nullptr, nullptr, 1) == 1;
  if (ok && keyLen >= 0) ok = EVP_CIPHER_CTX_set_key_length(ctx.get(), keyLen) == 1;
  if (ok && ivLen >= 0) {
    switch (EVP_CIPHER_get_mode(cipher)) {
      case EVP_CIPH_CCM_MODE: ok = ivLen >= 7 && ivLen <= 13; break;
      case EVP_CIPH_GCM_MODE:
      case EVP_CIPH_OCB_MODE: ok = EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_SET_IVLEN, ivLen, nullptr) == 1; break;
      default: ok = ivLen == EVP_CIPHER_get_iv_length(cipher);
    }
  }
  ERR_clear_error();
  return ok;
}

// getCipherInfo(nameOrNid, keyLength | undefined, ivLength | undefined) -> { mode,
// name (OpenSSL's short name), nid, blockSize, ivLength, keyLength } | undefined
JSValue jsGetCipherInfo(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  const EVP_CIPHER* cipher = nullptr;
  if (JS_IsString(argv[0])) {
    std::string name;
    if (!toStdString(ctx, argv[0], name)) return JS_EXCEPTION;
    cipher = EVP_get_cipherbyname(name.c_str());
  } else {
    int32_t nid = 0;
    JS_ToInt32(ctx, &nid, argv[0]);
    cipher = EVP_get_cipherbynid(nid);
  }
  if (!cipher) return JS_UNDEFINED;
  int32_t keyLen = -1, ivLen = -1;
  if (JS_IsNumber(argv[1])) JS_ToInt32(ctx, &keyLen, argv[1]);
  if (JS_IsNumber(argv[2])) JS_ToInt32(ctx, &ivLen, argv[2]);
  if ((keyLen >= 0 || ivLen >= 0) && !acceptsLengths(cipher, keyLen, ivLen)) return JS_UNDEFINED;
  if (JS_IsNumber(argv[1]) && keyLen < 0) return JS_UNDEFINED;
  if (JS_IsNumber(argv[2]) && ivLen < 0) return JS_UNDEFINED;
  const char* mode = modeLabel(EVP_CIPHER_get_mode(cipher));
  const int ivLength = ivLen >= 0 ? ivLen : EVP_CIPHER_get_iv_length(cipher);
  JSValue info = JS_NewObject(ctx);
  if (mode) setProp(ctx, info, "mode", JS_NewString(ctx, mode));
  setProp(ctx, info, "name", JS_NewString(ctx, OBJ_nid2sn(EVP_CIPHER_get_nid(cipher))));
  setProp(ctx, info, "nid", JS_NewInt32(ctx, EVP_CIPHER_get_nid(cipher)));
  // Stream ciphers have no meaningful block size, ciphers without an IV no IV length.
  if (mode && std::strcmp(mode, "stream") != 0)
    setProp(ctx, info, "blockSize", JS_NewInt32(ctx, EVP_CIPHER_get_block_size(cipher)));
  if (ivLength != 0) setProp(ctx, info, "ivLength", JS_NewInt32(ctx, ivLength));
  setProp(ctx, info, "keyLength", JS_NewInt32(ctx, keyLen >= 0 ? keyLen : EVP_CIPHER_get_key_length(cipher)));
  return info;
}

const JSCFunctionListEntry kCipherProto[] = {
    PJS_CFUNC_DEF("init", 3, jsInit),
    PJS_CFUNC_DEF("initiv", 4, jsInitIv),
    PJS_CFUNC_DEF("update", 2, jsUpdate),
    PJS_CFUNC_DEF("final", 0, jsFinal),
    PJS_CFUNC_DEF("setAutoPadding", 1, jsSetAutoPadding),
    PJS_CFUNC_DEF("getAuthTag", 0, jsGetAuthTag),
    PJS_CFUNC_DEF("setAuthTag", 1, jsSetAuthTag),
    PJS_CFUNC_DEF("setAAD", 2, jsSetAad),
};

}  // namespace

void addCipherClass(JSContext* ctx, JSValueConst exports) {
  setFunction(ctx, exports, "isCounterMode", jsIsCounterMode, 1);
  setFunction(ctx, exports, "getCipherInfo", jsGetCipherInfo, 3);
  setProp(ctx, exports, "CipherBase",
          defineClass(ctx, cipherClassId, "CipherBase", jsCipherNew, 1, kCipherProto,
                      sizeof(kCipherProto) / sizeof(kCipherProto[0])));
}

}  // namespace protojs::crypto

// Shared by the tls_wrap binding's files: the SecureContext class (one SSL_CTX),
// Buffer and error helpers, and the peer-certificate object (X509Info.cpp).
#pragma once
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <quickjs.h>

#include <cstddef>
#include <cstdint>

#include "runtime/BaseObject.h"

namespace protojs::tls {

// Node's SecureContext: owns one SSL_CTX, freed by the finalizer (connections hold
// their own reference through SSL_new, so it may die before them).
class SecureContext final : public BaseObject {
 public:
  SecureContext(Runtime& rt, JSValueConst obj, SSL_CTX* ctx) : BaseObject(rt, obj), ctx_(ctx) {}
  ~SecureContext() override { SSL_CTX_free(ctx_); }
  SSL_CTX* ctx() const { return ctx_; }
  static SecureContext* fromValue(JSContext* ctx, JSValueConst v);

 private:
  SSL_CTX* ctx_;
};

// A Buffer holding a copy of data[0, len).
JSValue newBuffer(JSContext* ctx, const void* data, size_t len);

// An Error for OpenSSL's error `err` with Node's fields: message
// "error:0A00010B:SSL routines::wrong version number", library, reason and code
// ("ERR_SSL_WRONG_VERSION_NUMBER"). Clears the rest of the thread's error queue.
JSValue sslError(JSContext* ctx, unsigned long err);

// Node's name for an X509_V_ERR_* value ("DEPTH_ZERO_SELF_SIGNED_CERT").
const char* verifyErrorCode(long err);

// getPeerCertificate()'s object for `cert`; with `chain` (detailed), each
// certificate's issuerCertificate from it, the last self-signed one pointing at itself.
JSValue certificateObject(JSContext* ctx, X509* cert, STACK_OF(X509) * chain, bool detailed);

void addSecureContext(JSContext* ctx, JSValueConst exports);
void addTLSConnection(JSContext* ctx, JSValueConst exports);

}  // namespace protojs::tls

// TLSConnection: one SSL session over two memory BIOs. It does no I/O: JS feeds it
// the bytes read from the TCP handle (receive), drives it (handshake, read, write,
// shutdown) and sends what it produced (takeOutput) on the TCP handle, so nothing
// here can block the loop. lib/internal/tls/handle.js builds the stream handle
// net.Socket runs on from it. SSL* (with its BIOs) is freed by free() or, at the
// latest, by the finalizer.
#include <openssl/err.h>

#include <string>

#include "modules/tls/TLSCommon.h"
#include "runtime/Binding.h"
#include "runtime/Runtime.h"
#include "runtime/Value.h"

namespace protojs::tls {

namespace {

JSClassID connectionClassId = 0;
constexpr size_t kReadChunk = 64 * 1024;

class TLSConnection final : public BaseObject {
 public:
  TLSConnection(Runtime& rt, JSValueConst obj, SSL* ssl) : BaseObject(rt, obj), ssl_(ssl) {}
  ~TLSConnection() override { free(); }
  void free() {
    SSL_free(ssl_);  // frees both BIOs too
    ssl_ = nullptr;
  }
  SSL* ssl() const { return ssl_; }
  std::string alpnList;  // a server's ALPNProtocols in wire format
  int newSessions = 0;   // sessions (TLS 1.3 tickets) received since JS last asked

 private:
  SSL* ssl_;
};

// The server's choice among the client's ALPN protocols, in the server's order.
// No common protocol is fatal (no_application_protocol), as in Node.
int selectAlpn(SSL* ssl, const unsigned char** out, unsigned char* outlen, const unsigned char* in,
               unsigned int inlen, void*) {
  auto* conn = static_cast<TLSConnection*>(SSL_get_app_data(ssl));
  if (!conn || conn->alpnList.empty()) return SSL_TLSEXT_ERR_NOACK;
  auto* list = reinterpret_cast<const unsigned char*>(conn->alpnList.data());
  unsigned char* chosen = nullptr;
  int r = SSL_select_next_proto(&chosen, outlen, list, unsigned(conn->alpnList.size()), in, inlen);
  if (r != OPENSSL_NPN_NEGOTIATED) return SSL_TLSEXT_ERR_ALERT_FATAL;
  *out = chosen;
  return SSL_TLSEXT_ERR_OK;
}

// A client got a session it may resume later; JS emits 'session' for it.
int onNewSession(SSL* ssl, SSL_SESSION*) {
  if (auto* conn = static_cast<TLSConnection*>(SSL_get_app_data(ssl))) conn->newSessions++;
  return 0;  // OpenSSL keeps its reference
}

// Client certificates are judged after the handshake, as the server's are.
int acceptAnyPeer(int, X509_STORE_CTX*) { return 1; }

TLSConnection* self_(JSContext* ctx, JSValueConst self) {
  auto* c = BaseObject::unwrapAs<TLSConnection>(ctx, self, connectionClassId);
  if (c && !c->ssl()) {
    JS_ThrowTypeError(ctx, "TLS connection already freed");
    return nullptr;
  }
  return c;
}

#define CONN_THIS                         \
  TLSConnection* c = self_(ctx, self);    \
  if (!c) return JS_EXCEPTION;            \
  SSL* ssl = c->ssl();

// The error of a failed SSL call `r`: an Error object, or undefined when the call
// only waits for more input.
JSValue failure(JSContext* ctx, SSL* ssl, int r) {
  int e = SSL_get_error(ssl, r);
  if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE) return JS_UNDEFINED;
  unsigned long err = ERR_peek_last_error();
  if (err != 0) return sslError(ctx, err);
  JSValue ex = JS_NewError(ctx);
  setProp(ctx, ex, "message", JS_NewString(ctx, "Client network socket disconnected before secure TLS connection was established"));
  setProp(ctx, ex, "code", JS_NewString(ctx, "ECONNRESET"));
  return ex;
}

// new TLSConnection(secureContext, isServer)
JSValue jsNew(JSContext* ctx, JSValueConst newTarget, int, JSValueConst* argv) {
  SecureContext* sc = SecureContext::fromValue(ctx, argv[0]);
  if (!sc) return JS_EXCEPTION;
  bool server = JS_ToBool(ctx, argv[1]);
  SSL* ssl = SSL_new(sc->ctx());
  BIO* rbio = BIO_new(BIO_s_mem());
  BIO* wbio = BIO_new(BIO_s_mem());
  if (!ssl || !rbio || !wbio) {
    SSL_free(ssl);
    BIO_free(rbio);
    BIO_free(wbio);
    return JS_ThrowOutOfMemory(ctx);
  }
  BIO_set_mem_eof_return(rbio, -1);  // an empty input BIO means "wait", not EOF
  SSL_set_bio(ssl, rbio, wbio);
  JSValue obj = newObjectFromTarget(ctx, newTarget, connectionClassId);
  if (JS_IsException(obj)) {
    SSL_free(ssl);
    return obj;
  }
  auto* conn = new TLSConnection(*Runtime::from(ctx), obj, ssl);
  SSL_set_app_data(ssl, conn);
  if (server) {
    SSL_CTX_set_alpn_select_cb(sc->ctx(), selectAlpn, nullptr);
    SSL_set_accept_state(ssl);
    SSL_set_verify(ssl, SSL_VERIFY_NONE, nullptr);  // requestCert turns it on
  } else {
    SSL_CTX_sess_set_new_cb(sc->ctx(), onNewSession);
    SSL_set_connect_state(ssl);
  }
  return obj;
}

// receive(buffer): bytes read from the network.
JSValue jsReceive(JSContext* ctx, JSValueConst self, int, JSValueConst* argv) {
  CONN_THIS
  uint8_t* data;
  size_t len;
  if (!getBytes(ctx, argv[0], data, len)) return JS_EXCEPTION;
  if (len > 0) BIO_write(SSL_get_rbio(ssl), data, int(len));
  return JS_UNDEFINED;
}

// handshake() -> true when done, false while it needs more input, or an Error.
JSValue jsHandshake(JSContext* ctx, JSValueConst self, int, JSValueConst*) {
  CONN_THIS
  ERR_clear_error();
  int r = SSL_do_handshake(ssl);
  if (r == 1) return JS_TRUE;
  JSValue err = failure(ctx, ssl, r);
  return JS_IsUndefined(err) ? JS_FALSE : err;
}

// read() -> a Buffer of plaintext, undefined when none is ready, null when the
// peer closed (close_notify), or an Error.
JSValue jsRead(JSContext* ctx, JSValueConst self, int, JSValueConst*) {
  CONN_THIS
  std::string out;
  out.resize(kReadChunk);
  size_t used = 0;
  ERR_clear_error();
  while (used < kReadChunk) {
    size_t n = 0;
    int r = SSL_read_ex(ssl, out.data() + used, kReadChunk - used, &n);
    if (r == 1) {
      used += n;
      continue;
    }
    if (used > 0) break;  // the data first; the condition repeats on the next read()
    int e = SSL_get_error(ssl, r);
    if (e == SSL_ERROR_ZERO_RETURN) return JS_NULL;
    return failure(ctx, ssl, r);
  }
  return newBuffer(ctx, out.data(), used);
}

// write(buffer) -> undefined, or an Error. The output BIO grows, so OpenSSL takes
// everything once the handshake is done.
JSValue jsWrite(JSContext* ctx, JSValueConst self, int, JSValueConst* argv) {
  CONN_THIS
  uint8_t* data;
  size_t len;
  if (!getBytes(ctx, argv[0], data, len)) return JS_EXCEPTION;
  if (len == 0) return JS_UNDEFINED;
  ERR_clear_error();
  size_t n = 0;
  int r = SSL_write_ex(ssl, data, len, &n);
  if (r == 1) return JS_UNDEFINED;
  JSValue err = failure(ctx, ssl, r);
  return JS_IsUndefined(err) ? JS_NewError(ctx) : err;
}

// takeOutput() -> a Buffer of what must go to the peer, or undefined.
JSValue jsTakeOutput(JSContext* ctx, JSValueConst self, int, JSValueConst*) {
  CONN_THIS
  BIO* wbio = SSL_get_wbio(ssl);
  char* data = nullptr;
  long len = BIO_get_mem_data(wbio, &data);
  if (len <= 0) return JS_UNDEFINED;
  JSValue buf = newBuffer(ctx, data, size_t(len));
  (void)BIO_reset(wbio);
  return buf;
}

// shutdown(): queues our close_notify.
JSValue jsShutdown(JSContext* ctx, JSValueConst self, int, JSValueConst*) {
  CONN_THIS
  ERR_clear_error();
  if (SSL_is_init_finished(ssl)) SSL_shutdown(ssl);
  ERR_clear_error();
  return JS_UNDEFINED;
}

// verifyError() -> undefined, or [code, message] of the peer's verification.
JSValue jsVerifyError(JSContext* ctx, JSValueConst self, int, JSValueConst*) {
  CONN_THIS
  X509* peer = SSL_get1_peer_certificate(ssl);
  long r = peer ? SSL_get_verify_result(ssl) : X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT;
  X509_free(peer);
  if (r == X509_V_OK) return JS_UNDEFINED;
  JSValue arr = JS_NewArray(ctx);
  JS_SetPropertyUint32(ctx, arr, 0, JS_NewString(ctx, verifyErrorCode(r)));
  JS_SetPropertyUint32(ctx, arr, 1, JS_NewString(ctx, X509_verify_cert_error_string(r)));
  return arr;
}

// peerCertificate(detailed) -> object, or undefined without one.
JSValue jsPeerCertificate(JSContext* ctx, JSValueConst self, int, JSValueConst* argv) {
  CONN_THIS
  X509* peer = SSL_get1_peer_certificate(ssl);
  if (!peer) return JS_UNDEFINED;
  // The issuers: those verification found (the trust store's root too), else
  // what the peer sent.
  STACK_OF(X509)* chain = SSL_get0_verified_chain(ssl);
  if (!chain || sk_X509_num(chain) <= 1) chain = SSL_get_peer_cert_chain(ssl);
  JSValue obj = certificateObject(ctx, peer, chain, JS_ToBool(ctx, argv[0]));
  X509_free(peer);
  return obj;
}

// ownCertificate() -> object, or undefined.
JSValue jsOwnCertificate(JSContext* ctx, JSValueConst self, int, JSValueConst*) {
  CONN_THIS
  X509* cert = SSL_get_certificate(ssl);
  return cert ? certificateObject(ctx, cert, nullptr, false) : JS_UNDEFINED;
}

// info() -> [protocol, cipherName, cipherStandardName, alpn or false, servername or
// false, reused, cipherVersion]
JSValue jsInfo(JSContext* ctx, JSValueConst self, int, JSValueConst*) {
  CONN_THIS
  JSValue arr = JS_NewArray(ctx);
  const SSL_CIPHER* cipher = SSL_get_current_cipher(ssl);
  JS_SetPropertyUint32(ctx, arr, 0, JS_NewString(ctx, SSL_get_version(ssl)));
  JS_SetPropertyUint32(ctx, arr, 1, cipher ? JS_NewString(ctx, SSL_CIPHER_get_name(cipher)) : JS_UNDEFINED);
  JS_SetPropertyUint32(ctx, arr, 2, cipher ? JS_NewString(ctx, SSL_CIPHER_standard_name(cipher)) : JS_UNDEFINED);
  const unsigned char* alpn = nullptr;
  unsigned int alpnLen = 0;
  SSL_get0_alpn_selected(ssl, &alpn, &alpnLen);
  JS_SetPropertyUint32(ctx, arr, 3, alpnLen ? JS_NewStringLen(ctx, reinterpret_cast<const char*>(alpn), alpnLen) : JS_FALSE);
  const char* sni = SSL_get_servername(ssl, TLSEXT_NAMETYPE_host_name);
  JS_SetPropertyUint32(ctx, arr, 4, sni ? JS_NewString(ctx, sni) : JS_FALSE);
  JS_SetPropertyUint32(ctx, arr, 5, JS_NewBool(ctx, SSL_session_reused(ssl)));
  JS_SetPropertyUint32(ctx, arr, 6, cipher ? JS_NewString(ctx, SSL_CIPHER_get_version(cipher)) : JS_UNDEFINED);
  return arr;
}

// setALPN(wireBuffer): a client's offer, or a server's list to choose from.
JSValue jsSetALPN(JSContext* ctx, JSValueConst self, int, JSValueConst* argv) {
  CONN_THIS
  uint8_t* data;
  size_t len;
  if (!getBytes(ctx, argv[0], data, len)) return JS_EXCEPTION;
  if (SSL_is_server(ssl)) c->alpnList.assign(reinterpret_cast<char*>(data), len);
  else SSL_set_alpn_protos(ssl, data, unsigned(len));
  return JS_UNDEFINED;
}

// setServername(name): the SNI extension a client sends.
JSValue jsSetServername(JSContext* ctx, JSValueConst self, int, JSValueConst* argv) {
  CONN_THIS
  std::string name;
  if (!toStdString(ctx, argv[0], name)) return JS_EXCEPTION;
  SSL_set_tlsext_host_name(ssl, name.c_str());
  return JS_UNDEFINED;
}

// setVerify(requestCert, rejectUnauthorized): a server asking for client certificates.
JSValue jsSetVerify(JSContext* ctx, JSValueConst self, int, JSValueConst* argv) {
  CONN_THIS
  int mode = SSL_VERIFY_NONE;
  if (JS_ToBool(ctx, argv[0])) {
    mode = SSL_VERIFY_PEER | SSL_VERIFY_CLIENT_ONCE;
    if (JS_ToBool(ctx, argv[1])) mode |= SSL_VERIFY_FAIL_IF_NO_PEER_CERT;
  }
  SSL_set_verify(ssl, mode, mode == SSL_VERIFY_NONE ? nullptr : acceptAnyPeer);
  return JS_UNDEFINED;
}

// getSession() -> the session in DER (a Buffer), or undefined.
JSValue jsGetSession(JSContext* ctx, JSValueConst self, int, JSValueConst*) {
  CONN_THIS
  SSL_SESSION* sess = SSL_get_session(ssl);
  if (!sess || !SSL_SESSION_is_resumable(sess)) return JS_UNDEFINED;
  unsigned char* der = nullptr;
  int len = i2d_SSL_SESSION(sess, &der);
  JSValue buf = len > 0 ? newBuffer(ctx, der, size_t(len)) : JS_UNDEFINED;
  OPENSSL_free(der);
  return buf;
}

// setSession(der) -> true when OpenSSL took it.
JSValue jsSetSession(JSContext* ctx, JSValueConst self, int, JSValueConst* argv) {
  CONN_THIS
  uint8_t* data;
  size_t len;
  if (!getBytes(ctx, argv[0], data, len)) return JS_EXCEPTION;
  const unsigned char* p = data;
  SSL_SESSION* sess = d2i_SSL_SESSION(nullptr, &p, long(len));
  bool ok = sess && SSL_set_session(ssl, sess) == 1;
  SSL_SESSION_free(sess);
  ERR_clear_error();
  return JS_NewBool(ctx, ok);
}

// takeNewSessions() -> how many sessions arrived since the last call.
JSValue jsTakeNewSessions(JSContext* ctx, JSValueConst self, int, JSValueConst*) {
  CONN_THIS
  (void)ssl;
  int n = c->newSessions;
  c->newSessions = 0;
  return JS_NewInt32(ctx, n);
}

// free(): the session and its buffers go now, not at the next GC.
JSValue jsFree(JSContext* ctx, JSValueConst self, int, JSValueConst*) {
  auto* c = BaseObject::unwrapAs<TLSConnection>(ctx, self, connectionClassId);
  if (!c) return JS_EXCEPTION;
  c->free();
  return JS_UNDEFINED;
}

const JSCFunctionListEntry kMethods[] = {
    PJS_CFUNC_DEF("receive", 1, jsReceive),
    PJS_CFUNC_DEF("handshake", 0, jsHandshake),
    PJS_CFUNC_DEF("read", 0, jsRead),
    PJS_CFUNC_DEF("write", 1, jsWrite),
    PJS_CFUNC_DEF("takeOutput", 0, jsTakeOutput),
    PJS_CFUNC_DEF("shutdown", 0, jsShutdown),
    PJS_CFUNC_DEF("verifyError", 0, jsVerifyError),
    PJS_CFUNC_DEF("peerCertificate", 1, jsPeerCertificate),
    PJS_CFUNC_DEF("ownCertificate", 0, jsOwnCertificate),
    PJS_CFUNC_DEF("info", 0, jsInfo),
    PJS_CFUNC_DEF("setALPN", 1, jsSetALPN),
    PJS_CFUNC_DEF("setServername", 1, jsSetServername),
    PJS_CFUNC_DEF("setVerify", 2, jsSetVerify),
    PJS_CFUNC_DEF("getSession", 0, jsGetSession),
    PJS_CFUNC_DEF("setSession", 1, jsSetSession),
    PJS_CFUNC_DEF("takeNewSessions", 0, jsTakeNewSessions),
    PJS_CFUNC_DEF("free", 0, jsFree),
};

void initTlsWrap(Runtime&, JSContext* ctx, JSValueConst exports) {
  addSecureContext(ctx, exports);
  addTLSConnection(ctx, exports);
  setProp(ctx, exports, "TLS1_VERSION", JS_NewInt32(ctx, TLS1_VERSION));
  setProp(ctx, exports, "TLS1_1_VERSION", JS_NewInt32(ctx, TLS1_1_VERSION));
  setProp(ctx, exports, "TLS1_2_VERSION", JS_NewInt32(ctx, TLS1_2_VERSION));
  setProp(ctx, exports, "TLS1_3_VERSION", JS_NewInt32(ctx, TLS1_3_VERSION));
}

}  // namespace

void addTLSConnection(JSContext* ctx, JSValueConst exports) {
  JSValue cls = defineClass(ctx, connectionClassId, "TLSConnection", jsNew, 2, kMethods,
                            int(sizeof(kMethods) / sizeof(kMethods[0])));
  setProp(ctx, exports, "TLSConnection", cls);
}

PROTOJS_BINDING(tls_wrap, initTlsWrap);

}  // namespace protojs::tls

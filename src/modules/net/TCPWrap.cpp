// TCP handles (Node's tcp_wrap binding): `new TCP(type)` with bind/bind6, listen,
// connect/connect6, getsockname/getpeername, setNoDelay/setKeepAlive, open, reset.
// Every method returns 0 or a libuv error code; lib/net.js builds the errors.
#include <sys/socket.h>

#include <memory>
#include <string>

#include "loop/ReqWrap.h"
#include "modules/net/StreamWrap.h"
#include "runtime/Binding.h"
#include "runtime/Runtime.h"
#include "runtime/Value.h"

namespace protojs::net {

namespace {

enum TCPType { kSocket = 0, kServer = 1 };
// Our own bind flag: SO_REUSEPORT (libuv 1.44 has no UV_TCP_REUSEPORT).
constexpr int kReusePortFlag = 1 << 8;

JSClassID tcpClassId = 0;

class TCPWrap : public StreamWrap {
 public:
  TCPWrap(Runtime& rt, JSValueConst obj)
      : StreamWrap(rt, obj, reinterpret_cast<uv_stream_t*>(&tcp_)) {
    uv_tcp_init(rt.loop().uv(), &tcp_);
  }
  uv_tcp_t* tcp() { return &tcp_; }

  static TCPWrap* fromThis(JSContext* ctx, JSValueConst self) {
    return static_cast<TCPWrap*>(BaseObject::unwrap(ctx, self, tcpClassId));
  }

 protected:
  JSValue newClient() override {
    JSContext* ctx = context();
    JSValue obj = JS_NewObjectClass(ctx, int(tcpClassId));
    if (JS_IsException(obj)) {
      JS_FreeValue(ctx, JS_GetException(ctx));
      return JS_UNDEFINED;
    }
    new TCPWrap(runtime(), obj);  // owned by its handle: freed in the close callback
    return obj;
  }

 private:
  uv_tcp_t tcp_;
};

JSValue jsNew(JSContext* ctx, JSValueConst newTarget, int, JSValueConst*) {
  JSValue obj = newObjectFromTarget(ctx, newTarget, tcpClassId);
  if (JS_IsException(obj)) return obj;
  new TCPWrap(*Runtime::from(ctx), obj);
  return obj;
}

#define TCP_THIS                                       \
  TCPWrap* w = TCPWrap::fromThis(ctx, self);           \
  if (!w) return JS_EXCEPTION;                         \
  if (!w->isOpen()) return JS_NewInt32(ctx, UV_EBADF);

// Fills `addr` from an IP string and port; UV_EINVAL when the string is no address.
int toSockaddr(JSContext* ctx, JSValueConst ip, JSValueConst portv, bool v6, sockaddr_storage& addr) {
  std::string host;
  if (!toStdString(ctx, ip, host)) return UV_EINVAL;
  int32_t port = 0;
  JS_ToInt32(ctx, &port, portv);
  if (v6) return uv_ip6_addr(host.c_str(), port, reinterpret_cast<sockaddr_in6*>(&addr));
  return uv_ip4_addr(host.c_str(), port, reinterpret_cast<sockaddr_in*>(&addr));
}

// Creates the socket ourselves so SO_REUSEPORT is set before bind.
int openWithReusePort(uv_tcp_t* tcp, int family) {
  int fd = ::socket(family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (fd < 0) return uv_translate_sys_error(errno);
  int on = 1;
  if (::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof(on)) != 0) {
    int err = uv_translate_sys_error(errno);
    ::close(fd);
    return err;
  }
  int err = uv_tcp_open(tcp, fd);
  if (err) ::close(fd);
  return err;
}

// bind(address, port[, flags]) / bind6(address, port, flags); magic = 6 for IPv6.
JSValue jsBind(JSContext* ctx, JSValueConst self, int argc, JSValueConst* argv, int magic) {
  TCP_THIS;
  sockaddr_storage addr{};
  int err = toSockaddr(ctx, argv[0], argv[1], magic == 6, addr);
  if (err) return JS_NewInt32(ctx, err);
  int32_t flags = 0;
  if (argc > 2) JS_ToInt32(ctx, &flags, argv[2]);
  uv_os_fd_t fd;
  if ((flags & kReusePortFlag) && uv_fileno(w->handle(), &fd) == UV_EBADF) {
    err = openWithReusePort(w->tcp(), magic == 6 ? AF_INET6 : AF_INET);
    if (err) return JS_NewInt32(ctx, err);
  }
  err = uv_tcp_bind(w->tcp(), reinterpret_cast<sockaddr*>(&addr), unsigned(flags & UV_TCP_IPV6ONLY));
  return JS_NewInt32(ctx, err);
}

JSValue jsListen(JSContext* ctx, JSValueConst self, int, JSValueConst* argv) {
  TCP_THIS;
  int32_t backlog = 511;
  JS_ToInt32(ctx, &backlog, argv[0]);
  return JS_NewInt32(ctx, uv_listen(w->stream(), backlog, StreamWrap::onConnection));
}

// connect(req, address, port) / connect6(req, address, port).
JSValue jsConnect(JSContext* ctx, JSValueConst self, int, JSValueConst* argv, int magic) {
  TCP_THIS;
  sockaddr_storage addr{};
  int err = toSockaddr(ctx, argv[1], argv[2], magic == 6, addr);
  if (err) return JS_NewInt32(ctx, err);
  auto req = std::make_unique<ReqWrap<uv_connect_t>>(w->runtime(), argv[0]);
  err = uv_tcp_connect(req->req(), w->tcp(), reinterpret_cast<sockaddr*>(&addr),
                       StreamWrap::afterConnect);
  if (err == 0) req.release();  // owned by libuv until afterConnect
  return JS_NewInt32(ctx, err);
}

// Writes { address, family, port } of `sa` into `out`.
void fillAddress(JSContext* ctx, JSValueConst out, const sockaddr_storage& sa) {
  char ip[INET6_ADDRSTRLEN] = "";
  int port = 0;
  const char* family = "IPv4";
  if (sa.ss_family == AF_INET6) {
    const auto* a6 = reinterpret_cast<const sockaddr_in6*>(&sa);
    uv_ip6_name(a6, ip, sizeof(ip));
    port = ntohs(a6->sin6_port);
    family = "IPv6";
  } else {
    const auto* a4 = reinterpret_cast<const sockaddr_in*>(&sa);
    uv_ip4_name(a4, ip, sizeof(ip));
    port = ntohs(a4->sin_port);
  }
  setProp(ctx, out, "address", JS_NewString(ctx, ip));
  setProp(ctx, out, "family", JS_NewString(ctx, family));
  setProp(ctx, out, "port", JS_NewInt32(ctx, port));
}

// getsockname(out) / getpeername(out); magic 1 = peer.
JSValue jsGetName(JSContext* ctx, JSValueConst self, int, JSValueConst* argv, int magic) {
  TCP_THIS;
  sockaddr_storage sa{};
  int len = sizeof(sa);
  int err = magic ? uv_tcp_getpeername(w->tcp(), reinterpret_cast<sockaddr*>(&sa), &len)
                  : uv_tcp_getsockname(w->tcp(), reinterpret_cast<sockaddr*>(&sa), &len);
  if (err == 0) fillAddress(ctx, argv[0], sa);
  return JS_NewInt32(ctx, err);
}

JSValue jsSetNoDelay(JSContext* ctx, JSValueConst self, int, JSValueConst* argv) {
  TCP_THIS;
  return JS_NewInt32(ctx, uv_tcp_nodelay(w->tcp(), JS_ToBool(ctx, argv[0])));
}

// setKeepAlive(enable, initialDelaySeconds)
JSValue jsSetKeepAlive(JSContext* ctx, JSValueConst self, int, JSValueConst* argv) {
  TCP_THIS;
  int32_t delay = 0;
  JS_ToInt32(ctx, &delay, argv[1]);
  return JS_NewInt32(ctx, uv_tcp_keepalive(w->tcp(), JS_ToBool(ctx, argv[0]), unsigned(delay)));
}

JSValue jsOpen(JSContext* ctx, JSValueConst self, int, JSValueConst* argv) {
  TCP_THIS;
  int32_t fd = -1;
  JS_ToInt32(ctx, &fd, argv[0]);
  return JS_NewInt32(ctx, uv_tcp_open(w->tcp(), fd));
}

// reset(callback): closes with an RST (SO_LINGER 0), like uv_tcp_close_reset.
JSValue jsReset(JSContext* ctx, JSValueConst self, int argc, JSValueConst* argv) {
  TCP_THIS;
  uv_os_fd_t fd;
  if (uv_fileno(w->handle(), &fd) == 0) {
    struct linger l = {1, 0};
    if (::setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof(l)) != 0)
      return JS_NewInt32(ctx, uv_translate_sys_error(errno));
  }
  w->close(argc > 0 ? argv[0] : JS_UNDEFINED);
  return JS_NewInt32(ctx, 0);
}

const JSCFunctionListEntry kTcpMethods[] = {
    PJS_CFUNC_MAGIC_DEF("bind", 3, jsBind, 4),
    PJS_CFUNC_MAGIC_DEF("bind6", 3, jsBind, 6),
    PJS_CFUNC_DEF("listen", 1, jsListen),
    PJS_CFUNC_MAGIC_DEF("connect", 3, jsConnect, 4),
    PJS_CFUNC_MAGIC_DEF("connect6", 3, jsConnect, 6),
    PJS_CFUNC_MAGIC_DEF("getsockname", 1, jsGetName, 0),
    PJS_CFUNC_MAGIC_DEF("getpeername", 1, jsGetName, 1),
    PJS_CFUNC_DEF("setNoDelay", 1, jsSetNoDelay),
    PJS_CFUNC_DEF("setKeepAlive", 2, jsSetKeepAlive),
    PJS_CFUNC_DEF("open", 1, jsOpen),
    PJS_CFUNC_DEF("reset", 1, jsReset),
};

void initTcpWrap(Runtime&, JSContext* ctx, JSValueConst exports) {
  JSValue ctor = StreamWrap::defineStreamClass(ctx, tcpClassId, "TCP", jsNew, 1, kTcpMethods,
                                               sizeof(kTcpMethods) / sizeof(kTcpMethods[0]));
  setProp(ctx, exports, "TCP", ctor);
  JSValue constants = JS_NewObject(ctx);
  setProp(ctx, constants, "SOCKET", JS_NewInt32(ctx, kSocket));
  setProp(ctx, constants, "SERVER", JS_NewInt32(ctx, kServer));
  setProp(ctx, constants, "UV_TCP_IPV6ONLY", JS_NewInt32(ctx, UV_TCP_IPV6ONLY));
  setProp(ctx, constants, "REUSEPORT", JS_NewInt32(ctx, kReusePortFlag));
  setProp(ctx, exports, "constants", constants);
}

}  // namespace

PROTOJS_BINDING(tcp_wrap, initTcpWrap);

}  // namespace protojs::net

// UDP handles (Node's udp_wrap binding): `new UDP()` over a uv_udp_t, with
// bind/bind6, connect/connect6, disconnect, send/send6, recvStart/recvStop,
// getsockname/getpeername, the socket options and bufferSize. Every method returns
// 0 or a libuv error code; lib/dgram.js builds the errors.
//
// Receiving: each datagram becomes one call `this.onmessage(nread, handle, buffer,
// rinfo)`; a receive error calls it with the negative code only (Linux reports an
// ICMP port unreachable on a connected socket as ECONNREFUSED on the next recvmsg).
//
// Sending: uv_udp_try_send first, as Node does; a datagram sent at once returns its
// size + 1, so JS can tell a synchronous success from "queued". What the kernel
// does not take at once goes through a uv_udp_send request that pins the Buffer
// list until its completion runs `req.oncomplete(status, sent)`.
#include <sys/socket.h>

#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "loop/HandleWrap.h"
#include "loop/ReqWrap.h"
#include "modules/buffer/BufferBinding.h"
#include "runtime/Binding.h"
#include "runtime/Runtime.h"
#include "runtime/Value.h"

namespace protojs::dgram {

namespace {

JSClassID udpClassId = 0;
// One datagram at most; the receive buffer is reused across reads.
constexpr size_t kRecvSize = 64 * 1024;

class UDPWrap : public HandleWrap {
 public:
  UDPWrap(Runtime& rt, JSValueConst obj) : HandleWrap(rt, obj, reinterpret_cast<uv_handle_t*>(&udp_)) {
    uv_udp_init(rt.loop().uv(), &udp_);
  }
  ~UDPWrap() override { std::free(recvBuf_); }

  uv_udp_t* udp() { return &udp_; }
  static UDPWrap* fromThis(JSContext* ctx, JSValueConst self) {
    return static_cast<UDPWrap*>(BaseObject::unwrap(ctx, self, udpClassId));
  }

  int recvStart() {
    int err = uv_udp_recv_start(&udp_, onAlloc, onRecv);
    return err == UV_EALREADY ? 0 : err;
  }

 private:
  static void onAlloc(uv_handle_t* h, size_t, uv_buf_t* buf) {
    auto* w = static_cast<UDPWrap*>(fromHandle(h));
    if (!w->recvBuf_) w->recvBuf_ = static_cast<char*>(std::malloc(kRecvSize));
    *buf = uv_buf_init(w->recvBuf_, w->recvBuf_ ? unsigned(kRecvSize) : 0);
  }

  static void onRecv(uv_udp_t* h, ssize_t nread, const uv_buf_t* buf, const sockaddr* addr,
                     unsigned flags);
  void emitMessage(ssize_t nread, const uv_buf_t* buf, const sockaddr* addr);

  uv_udp_t udp_;
  char* recvBuf_ = nullptr;
};

// Writes { address, family, port } of `sa` into `out`.
void fillAddress(JSContext* ctx, JSValueConst out, const sockaddr* sa) {
  char ip[INET6_ADDRSTRLEN] = "";
  int port = 0;
  const char* family = "IPv4";
  if (sa->sa_family == AF_INET6) {
    const auto* a6 = reinterpret_cast<const sockaddr_in6*>(sa);
    uv_ip6_name(a6, ip, sizeof(ip));
    port = ntohs(a6->sin6_port);
    family = "IPv6";
  } else {
    const auto* a4 = reinterpret_cast<const sockaddr_in*>(sa);
    uv_ip4_name(a4, ip, sizeof(ip));
    port = ntohs(a4->sin_port);
  }
  setProp(ctx, out, "address", JS_NewString(ctx, ip));
  setProp(ctx, out, "family", JS_NewString(ctx, family));
  setProp(ctx, out, "port", JS_NewInt32(ctx, port));
}

void UDPWrap::onRecv(uv_udp_t* h, ssize_t nread, const uv_buf_t* buf, const sockaddr* addr,
                     unsigned) {
  auto* w = static_cast<UDPWrap*>(fromHandle(reinterpret_cast<uv_handle_t*>(h)));
  // nread 0 without an address: nothing more to read (not an empty datagram).
  if (nread == 0 && addr == nullptr) return;
  if (w->runtime().tearingDown() || !w->isOpen()) return;
  w->emitMessage(nread, buf, addr);
}

void UDPWrap::emitMessage(ssize_t nread, const uv_buf_t* buf, const sockaddr* addr) {
  JSContext* ctx = context();
  JSValue fn = JS_GetPropertyStr(ctx, object(), "onmessage");
  if (!JS_IsFunction(ctx, fn)) {
    JS_FreeValue(ctx, fn);
    return;
  }
  JSValue args[4] = {JS_NewInt64(ctx, nread), JS_DupValue(ctx, object()), JS_UNDEFINED, JS_UNDEFINED};
  if (nread >= 0) {
    JSValue viewArgs[3] = {buffer::newArrayBufferCopy(ctx, buf->base, size_t(nread)), JS_NewInt32(ctx, 0),
                           JS_NewInt64(ctx, nread)};
    args[2] = buffer::newFastBuffer(ctx, 3, viewArgs);
    JS_FreeValue(ctx, viewArgs[0]);
    args[3] = JS_NewObject(ctx);
    if (addr) fillAddress(ctx, args[3], addr);
  }
  if (JS_IsException(args[2])) {
    runtime().reportException();
  } else {
    JS_FreeValue(ctx, runtime().makeCallback(fn, object(), 4, args));
  }
  for (JSValue& v : args) JS_FreeValue(ctx, v);
  JS_FreeValue(ctx, fn);
}

JSValue jsNew(JSContext* ctx, JSValueConst newTarget, int, JSValueConst*) {
  return newHandleObject<UDPWrap>(ctx, newTarget, udpClassId);
}

#define UDP_THIS                             \
  UDPWrap* w = UDPWrap::fromThis(ctx, self); \
  if (!w) return JS_EXCEPTION;               \
  if (!w->isOpen()) return JS_NewInt32(ctx, UV_EBADF);

// Fills `addr` from an IP string and port; UV_EINVAL when the string is no address.
int toSockaddr(JSContext* ctx, JSValueConst ip, JSValueConst portv, bool v6, sockaddr_storage& addr) {
  std::string host;
  if (!toStdString(ctx, ip, host)) {
    JS_FreeValue(ctx, JS_GetException(ctx));
    return UV_EINVAL;
  }
  int32_t port = 0;
  JS_ToInt32(ctx, &port, portv);
  if (v6) return uv_ip6_addr(host.c_str(), port, reinterpret_cast<sockaddr_in6*>(&addr));
  return uv_ip4_addr(host.c_str(), port, reinterpret_cast<sockaddr_in*>(&addr));
}

// bind(address, port, flags) / bind6(...); magic = 6 for IPv6.
JSValue jsBind(JSContext* ctx, JSValueConst self, int argc, JSValueConst* argv, int magic) {
  UDP_THIS;
  sockaddr_storage addr{};
  int err = toSockaddr(ctx, argv[0], argv[1], magic == 6, addr);
  if (err) return JS_NewInt32(ctx, err);
  int32_t flags = 0;
  if (argc > 2) JS_ToInt32(ctx, &flags, argv[2]);
  return JS_NewInt32(ctx, uv_udp_bind(w->udp(), reinterpret_cast<sockaddr*>(&addr), unsigned(flags)));
}

// connect(address, port) / connect6(address, port).
JSValue jsConnect(JSContext* ctx, JSValueConst self, int, JSValueConst* argv, int magic) {
  UDP_THIS;
  sockaddr_storage addr{};
  int err = toSockaddr(ctx, argv[0], argv[1], magic == 6, addr);
  if (err) return JS_NewInt32(ctx, err);
  return JS_NewInt32(ctx, uv_udp_connect(w->udp(), reinterpret_cast<sockaddr*>(&addr)));
}

JSValue jsDisconnect(JSContext* ctx, JSValueConst self, int, JSValueConst*) {
  UDP_THIS;
  return JS_NewInt32(ctx, uv_udp_connect(w->udp(), nullptr));
}

using SendReq = ReqWrap<uv_udp_send_t>;

void afterSend(uv_udp_send_t* r, int status) {
  std::unique_ptr<SendReq> req(SendReq::from(r));
  JSContext* ctx = req->runtime().ctx();
  JSValue sent = JS_GetPropertyStr(ctx, req->object(), "msgSize");
  JSValue args[2] = {JS_NewInt32(ctx, status), sent};
  req->complete(2, args);
  JS_FreeValue(ctx, sent);
}

// send(req, list, count, port, address, hasCallback) / send6(...) for an
// unconnected socket; send(req, list, count, hasCallback) for a connected one.
// Returns size + 1 when sent at once, 0 when queued, else a libuv error code.
JSValue jsSend(JSContext* ctx, JSValueConst self, int argc, JSValueConst* argv, int magic) {
  UDP_THIS;
  bool connected = argc <= 4;
  sockaddr_storage addr{};
  if (!connected) {
    int err = toSockaddr(ctx, argv[4], argv[3], magic == 6, addr);
    if (err) return JS_NewInt32(ctx, err);
  }
  uint32_t count = 0;
  if (JS_ToUint32(ctx, &count, argv[2])) return JS_EXCEPTION;
  std::vector<uv_buf_t> bufs(count);
  size_t total = 0;
  for (uint32_t i = 0; i < count; i++) {
    JSValue chunk = JS_GetPropertyUint32(ctx, argv[1], i);
    uint8_t* data;
    size_t len;
    bool ok = getBytes(ctx, chunk, data, len);
    JS_FreeValue(ctx, chunk);  // still referenced by the list, which is pinned below
    if (!ok) return JS_EXCEPTION;
    bufs[i] = uv_buf_init(reinterpret_cast<char*>(data), unsigned(len));
    total += len;
  }
  const sockaddr* to = connected ? nullptr : reinterpret_cast<sockaddr*>(&addr);
  int err = uv_udp_try_send(w->udp(), bufs.data(), count, to);
  if (err >= 0) return JS_NewInt64(ctx, int64_t(total) + 1);
  if (err != UV_EAGAIN && err != UV_ENOSYS) return JS_NewInt32(ctx, err);
  auto req = std::make_unique<SendReq>(w->runtime(), argv[0]);
  req->keepAlive(argv[1]);
  setProp(ctx, argv[0], "msgSize", JS_NewInt64(ctx, int64_t(total)));
  err = uv_udp_send(req->req(), w->udp(), bufs.data(), count, to, afterSend);
  if (err == 0) req.release();  // owned by libuv until afterSend
  return JS_NewInt32(ctx, err);
}

JSValue jsRecvStart(JSContext* ctx, JSValueConst self, int, JSValueConst*) {
  UDP_THIS;
  return JS_NewInt32(ctx, w->recvStart());
}

JSValue jsRecvStop(JSContext* ctx, JSValueConst self, int, JSValueConst*) {
  UDP_THIS;
  return JS_NewInt32(ctx, uv_udp_recv_stop(w->udp()));
}

// getsockname(out) / getpeername(out); magic 1 = peer.
JSValue jsGetName(JSContext* ctx, JSValueConst self, int, JSValueConst* argv, int magic) {
  UDP_THIS;
  sockaddr_storage sa{};
  int len = sizeof(sa);
  auto* p = reinterpret_cast<sockaddr*>(&sa);
  int err = magic ? uv_udp_getpeername(w->udp(), p, &len) : uv_udp_getsockname(w->udp(), p, &len);
  if (err == 0) fillAddress(ctx, argv[0], p);
  return JS_NewInt32(ctx, err);
}

// The integer and boolean socket options, by magic number.
enum IntOption { kBroadcast, kTTL, kMulticastTTL, kMulticastLoopback };

JSValue jsSetIntOption(JSContext* ctx, JSValueConst self, int, JSValueConst* argv, int magic) {
  UDP_THIS;
  int32_t v = 0;
  if (JS_ToInt32(ctx, &v, argv[0])) return JS_EXCEPTION;
  switch (magic) {
    case kBroadcast: return JS_NewInt32(ctx, uv_udp_set_broadcast(w->udp(), v));
    case kTTL: return JS_NewInt32(ctx, uv_udp_set_ttl(w->udp(), v));
    case kMulticastTTL: return JS_NewInt32(ctx, uv_udp_set_multicast_ttl(w->udp(), v));
    default: return JS_NewInt32(ctx, uv_udp_set_multicast_loop(w->udp(), v));
  }
}

JSValue jsSetMulticastInterface(JSContext* ctx, JSValueConst self, int, JSValueConst* argv) {
  UDP_THIS;
  std::string iface;
  if (!toStdString(ctx, argv[0], iface)) return JS_EXCEPTION;
  return JS_NewInt32(ctx, uv_udp_set_multicast_interface(w->udp(), iface.c_str()));
}

// addMembership(group[, iface]) / dropMembership(...); magic 1 = join.
JSValue jsMembership(JSContext* ctx, JSValueConst self, int argc, JSValueConst* argv, int magic) {
  UDP_THIS;
  std::string group, iface;
  if (!toStdString(ctx, argv[0], group)) return JS_EXCEPTION;
  bool hasIface = argc > 1 && !JS_IsUndefined(argv[1]) && !JS_IsNull(argv[1]);
  if (hasIface && !toStdString(ctx, argv[1], iface)) return JS_EXCEPTION;
  return JS_NewInt32(ctx, uv_udp_set_membership(w->udp(), group.c_str(), hasIface ? iface.c_str() : nullptr,
                                                magic ? UV_JOIN_GROUP : UV_LEAVE_GROUP));
}

// addSourceSpecificMembership(source, group[, iface]) / drop...; magic 1 = join.
JSValue jsSourceMembership(JSContext* ctx, JSValueConst self, int argc, JSValueConst* argv, int magic) {
  UDP_THIS;
  std::string source, group, iface;
  if (!toStdString(ctx, argv[0], source) || !toStdString(ctx, argv[1], group)) return JS_EXCEPTION;
  bool hasIface = argc > 2 && !JS_IsUndefined(argv[2]) && !JS_IsNull(argv[2]);
  if (hasIface && !toStdString(ctx, argv[2], iface)) return JS_EXCEPTION;
  return JS_NewInt32(ctx, uv_udp_set_source_membership(w->udp(), group.c_str(), hasIface ? iface.c_str() : nullptr,
                                                       source.c_str(), magic ? UV_JOIN_GROUP : UV_LEAVE_GROUP));
}

// bufferSize(size, isRecv) -> the size (size 0 reads it) or a negative libuv code.
JSValue jsBufferSize(JSContext* ctx, JSValueConst self, int, JSValueConst* argv) {
  UDP_THIS;
  int32_t size = 0;
  if (JS_ToInt32(ctx, &size, argv[0])) return JS_EXCEPTION;
  int value = size;
  auto* h = reinterpret_cast<uv_handle_t*>(w->udp());
  int err = JS_ToBool(ctx, argv[1]) ? uv_recv_buffer_size(h, &value) : uv_send_buffer_size(h, &value);
  return JS_NewInt32(ctx, err ? err : value);
}

JSValue jsSendQueue(JSContext* ctx, JSValueConst self, int, JSValueConst*, int magic) {
  UDPWrap* w = UDPWrap::fromThis(ctx, self);
  if (!w) return JS_EXCEPTION;
  size_t n = magic ? uv_udp_get_send_queue_count(w->udp()) : uv_udp_get_send_queue_size(w->udp());
  return JS_NewInt64(ctx, int64_t(n));
}

const JSCFunctionListEntry kMethods[] = {
    PROTOJS_HANDLE_METHODS,
    PJS_CFUNC_MAGIC_DEF("bind", 3, jsBind, 4),
    PJS_CFUNC_MAGIC_DEF("bind6", 3, jsBind, 6),
    PJS_CFUNC_MAGIC_DEF("connect", 2, jsConnect, 4),
    PJS_CFUNC_MAGIC_DEF("connect6", 2, jsConnect, 6),
    PJS_CFUNC_DEF("disconnect", 0, jsDisconnect),
    PJS_CFUNC_MAGIC_DEF("send", 6, jsSend, 4),
    PJS_CFUNC_MAGIC_DEF("send6", 6, jsSend, 6),
    PJS_CFUNC_DEF("recvStart", 0, jsRecvStart),
    PJS_CFUNC_DEF("recvStop", 0, jsRecvStop),
    PJS_CFUNC_MAGIC_DEF("getsockname", 1, jsGetName, 0),
    PJS_CFUNC_MAGIC_DEF("getpeername", 1, jsGetName, 1),
    PJS_CFUNC_MAGIC_DEF("setBroadcast", 1, jsSetIntOption, kBroadcast),
    PJS_CFUNC_MAGIC_DEF("setTTL", 1, jsSetIntOption, kTTL),
    PJS_CFUNC_MAGIC_DEF("setMulticastTTL", 1, jsSetIntOption, kMulticastTTL),
    PJS_CFUNC_MAGIC_DEF("setMulticastLoopback", 1, jsSetIntOption, kMulticastLoopback),
    PJS_CFUNC_DEF("setMulticastInterface", 1, jsSetMulticastInterface),
    PJS_CFUNC_MAGIC_DEF("addMembership", 2, jsMembership, 1),
    PJS_CFUNC_MAGIC_DEF("dropMembership", 2, jsMembership, 0),
    PJS_CFUNC_MAGIC_DEF("addSourceSpecificMembership", 3, jsSourceMembership, 1),
    PJS_CFUNC_MAGIC_DEF("dropSourceSpecificMembership", 3, jsSourceMembership, 0),
    PJS_CFUNC_DEF("bufferSize", 2, jsBufferSize),
    PJS_CFUNC_MAGIC_DEF("getSendQueueSize", 0, jsSendQueue, 0),
    PJS_CFUNC_MAGIC_DEF("getSendQueueCount", 0, jsSendQueue, 1),
};

void initUdpWrap(Runtime&, JSContext* ctx, JSValueConst exports) {
  JSValue ctor = defineClass(ctx, udpClassId, "UDP", jsNew, 0, kMethods, sizeof(kMethods) / sizeof(kMethods[0]));
  setProp(ctx, exports, "UDP", ctor);
  JSValue constants = JS_NewObject(ctx);
  setProp(ctx, constants, "UV_UDP_IPV6ONLY", JS_NewInt32(ctx, UV_UDP_IPV6ONLY));
  setProp(ctx, constants, "UV_UDP_REUSEADDR", JS_NewInt32(ctx, UV_UDP_REUSEADDR));
  setProp(ctx, exports, "constants", constants);
}

}  // namespace

PROTOJS_BINDING(udp_wrap, initUdpWrap);

}  // namespace protojs::dgram

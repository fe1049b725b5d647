// Name resolution for dns.lookup / dns.lookupService (Node's cares_wrap binding,
// its getaddrinfo half). getaddrinfo/getnameinfo block, so they run on libuv's
// worker threads (uv_getaddrinfo/uv_getnameinfo use the same queue as
// IOThreadPool); completion calls req.oncomplete on the JS thread.
#include <netdb.h>
#include <sys/socket.h>

#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "loop/ReqWrap.h"
#include "runtime/Binding.h"
#include "runtime/Runtime.h"
#include "runtime/Value.h"

namespace protojs::dns {

namespace {

// Result orders, as dns.lookup's `order` option maps them.
enum Order { kVerbatim = 0, kIpv4First = 1, kIpv6First = 2 };

class GetAddrInfoReq : public ReqWrap<uv_getaddrinfo_t> {
 public:
  GetAddrInfoReq(Runtime& rt, JSValueConst req, int order) : ReqWrap(rt, req), order_(order) {}
  int order() const { return order_; }

 private:
  int order_;
};

using GetNameInfoReq = ReqWrap<uv_getnameinfo_t>;

// The addresses of `res` as strings in the requested order (duplicates kept, as Node).
std::vector<std::string> collect(addrinfo* res, int order) {
  std::vector<std::string> v4, v6, all;
  for (addrinfo* p = res; p; p = p->ai_next) {
    char ip[INET6_ADDRSTRLEN];
    if (p->ai_family == AF_INET) {
      uv_ip4_name(reinterpret_cast<sockaddr_in*>(p->ai_addr), ip, sizeof(ip));
      (order == kVerbatim ? all : v4).emplace_back(ip);
    } else if (p->ai_family == AF_INET6) {
      uv_ip6_name(reinterpret_cast<sockaddr_in6*>(p->ai_addr), ip, sizeof(ip));
      (order == kVerbatim ? all : v6).emplace_back(ip);
    }
  }
  if (order == kIpv4First) {
    all = std::move(v4);
    all.insert(all.end(), v6.begin(), v6.end());
  } else if (order == kIpv6First) {
    all = std::move(v6);
    all.insert(all.end(), v4.begin(), v4.end());
  }
  return all;
}

void afterGetAddrInfo(uv_getaddrinfo_t* r, int status, addrinfo* res) {
  std::unique_ptr<GetAddrInfoReq> req(GetAddrInfoReq::from<GetAddrInfoReq>(r));
  JSContext* ctx = req->runtime().ctx();
  JSValue list = JS_NewArray(ctx);
  if (status == 0) {
    uint32_t i = 0;
    for (const std::string& ip : collect(res, req->order()))
      JS_SetPropertyUint32(ctx, list, i++, newString(ctx, ip));
    // No address of a usable family is "not found", as Node reports it.
    if (i == 0) status = UV_EAI_NODATA;
  }
  uv_freeaddrinfo(res);
  JSValue args[2] = {JS_NewInt32(ctx, status), list};
  req->complete(2, args);
  JS_FreeValue(ctx, list);
}

// getaddrinfo(req, hostname, family, hints, order) -> err
JSValue jsGetAddrInfo(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  Runtime& rt = *Runtime::from(ctx);
  std::string host;
  if (!toStdString(ctx, argv[1], host)) return JS_EXCEPTION;
  int32_t family = 0, hints = 0, order = kVerbatim;
  JS_ToInt32(ctx, &family, argv[2]);
  JS_ToInt32(ctx, &hints, argv[3]);
  JS_ToInt32(ctx, &order, argv[4]);
  addrinfo h{};
  h.ai_family = family == 4 ? AF_INET : family == 6 ? AF_INET6 : AF_UNSPEC;
  h.ai_socktype = SOCK_STREAM;
  h.ai_flags = hints;
  auto req = std::make_unique<GetAddrInfoReq>(rt, argv[0], order);
  int err = uv_getaddrinfo(rt.loop().uv(), req->req(), afterGetAddrInfo, host.c_str(), nullptr, &h);
  if (err == 0) req.release();  // owned by libuv until afterGetAddrInfo
  return JS_NewInt32(ctx, err);
}

void afterGetNameInfo(uv_getnameinfo_t* r, int status, const char* hostname, const char* service) {
  std::unique_ptr<GetNameInfoReq> req(GetNameInfoReq::from(r));
  JSContext* ctx = req->runtime().ctx();
  JSValue args[3] = {JS_NewInt32(ctx, status), JS_UNDEFINED, JS_UNDEFINED};
  if (status == 0) {
    args[1] = JS_NewString(ctx, hostname);
    args[2] = JS_NewString(ctx, service);
  }
  req->complete(3, args);
  JS_FreeValue(ctx, args[1]);
  JS_FreeValue(ctx, args[2]);
}

// getnameinfo(req, address, port) -> err
JSValue jsGetNameInfo(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  Runtime& rt = *Runtime::from(ctx);
  std::string ip;
  if (!toStdString(ctx, argv[1], ip)) return JS_EXCEPTION;
  int32_t port = 0;
  JS_ToInt32(ctx, &port, argv[2]);
  sockaddr_storage addr{};
  if (uv_ip4_addr(ip.c_str(), port, reinterpret_cast<sockaddr_in*>(&addr)) != 0 &&
      uv_ip6_addr(ip.c_str(), port, reinterpret_cast<sockaddr_in6*>(&addr)) != 0) {
    return JS_NewInt32(ctx, UV_EINVAL);
  }
  auto req = std::make_unique<GetNameInfoReq>(rt, argv[0]);
  int err = uv_getnameinfo(rt.loop().uv(), req->req(), afterGetNameInfo,
                           reinterpret_cast<sockaddr*>(&addr), NI_NAMEREQD);
  if (err == 0) req.release();
  return JS_NewInt32(ctx, err);
}

// isIPv4(string) -> boolean (the caller makes the string, as `${s}` does), which
// net.connect asks of every host. libuv's inet_pton takes exactly the grammar of
// Node's regular expression (four parts of 0-255, no leading zeros); a NUL inside
// the string would end its scan early, so the length must match.
JSValue jsIsIPv4(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  size_t len = 0;
  const char* s = JS_ToCStringLen(ctx, &len, argv[0]);
  if (!s) return JS_EXCEPTION;
  unsigned char addr[4];
  const bool ok = std::strlen(s) == len && uv_inet_pton(AF_INET, s, addr) == 0;
  JS_FreeCString(ctx, s);
  return JS_NewBool(ctx, ok);
}

void initDns(Runtime&, JSContext* ctx, JSValueConst exports) {
  setFunction(ctx, exports, "isIPv4", jsIsIPv4, 1);
  setFunction(ctx, exports, "getaddrinfo", jsGetAddrInfo, 5);
  setFunction(ctx, exports, "getnameinfo", jsGetNameInfo, 3);
  setProp(ctx, exports, "AI_ADDRCONFIG", JS_NewInt32(ctx, AI_ADDRCONFIG));
  setProp(ctx, exports, "AI_ALL", JS_NewInt32(ctx, AI_ALL));
  setProp(ctx, exports, "AI_V4MAPPED", JS_NewInt32(ctx, AI_V4MAPPED));
  setProp(ctx, exports, "DNS_ORDER_VERBATIM", JS_NewInt32(ctx, kVerbatim));
  setProp(ctx, exports, "DNS_ORDER_IPV4_FIRST", JS_NewInt32(ctx, kIpv4First));
  setProp(ctx, exports, "DNS_ORDER_IPV6_FIRST", JS_NewInt32(ctx, kIpv6First));
}

}  // namespace

PROTOJS_BINDING(cares_wrap, initDns);

}  // namespace protojs::dns

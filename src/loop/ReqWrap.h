// One in-flight libuv request (write, connect, shutdown, lookup) on behalf of JS.
//
// It keeps strong references to its JS request object and to every JS value whose
// memory it points into (Buffers being written) until its completion has run; then
// it calls `req.oncomplete(...)` through the runtime's callback scope and dies.
#pragma once
#include <quickjs.h>

#include <vector>

namespace protojs {

class Runtime;

class ReqWrapBase {
 public:
  ReqWrapBase(Runtime& rt, JSValueConst reqObject);
  virtual ~ReqWrapBase();
  ReqWrapBase(const ReqWrapBase&) = delete;
  ReqWrapBase& operator=(const ReqWrapBase&) = delete;

  Runtime& runtime() const { return rt_; }
  JSValueConst object() const { return object_; }
  // Keeps `v` alive until this request is destroyed.
  void keepAlive(JSValueConst v);
  // Calls object.oncomplete(argv...) unless the runtime is tearing down.
  void complete(int argc, JSValueConst* argv);

 private:
  Runtime& rt_;
  JSValue object_;
  JSValue asyncContext_;  // current when the request was made: oncomplete runs in it
  std::vector<JSValue> kept_;
};

// Embeds the libuv request; `req.data` points back to this object.
template <typename UvReq>
class ReqWrap : public ReqWrapBase {
 public:
  ReqWrap(Runtime& rt, JSValueConst reqObject) : ReqWrapBase(rt, reqObject) { req_.data = this; }
  UvReq* req() { return &req_; }
  template <typename T = ReqWrap>
  static T* from(UvReq* r) {
    return static_cast<T*>(static_cast<ReqWrap*>(r->data));
  }

 private:
  UvReq req_{};
};

}  // namespace protojs

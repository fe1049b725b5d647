#include "runtime/BaseObject.h"

#include <atomic>

#include "runtime/Runtime.h"

namespace protojs {

BaseObject::BaseObject(Runtime& rt, JSValueConst object)
    : rt_(rt), object_(ObjectRef::borrow(object)) {
  JS_SetOpaque(object, this);
}

void BaseObject::captureAsyncContext() {
  JS_FreeValue(rt_.ctx(), asyncContext_.release());
  asyncContext_ = ObjectRef::take(rt_.ctx(), JS_GetAsyncContext(rt_.ctx()));
}

BaseObject::~BaseObject() {
  detach();
  unpin();
  JS_FreeValueRT(rt_.rt(), asyncContext_.release());  // through the runtime: the context may be gone
}

JSContext* BaseObject::context() const { return rt_.ctx(); }

void BaseObject::pin() {
  if (pinned_ || !attached_) return;
  JS_DupValue(rt_.ctx(), object_.get());
  pinned_ = true;
}

void BaseObject::unpin() {
  if (!pinned_) return;
  pinned_ = false;
  // May run the finalizer, which finds no opaque once detached.
  JS_FreeValue(rt_.ctx(), object_.get());
}

void BaseObject::detach() {
  if (!attached_) return;
  attached_ = false;
  JS_SetOpaque(object_.get(), nullptr);
}

BaseObject* BaseObject::unwrap(JSContext* ctx, JSValueConst v, JSClassID classId) {
  auto* p = static_cast<BaseObject*>(JS_GetOpaque(v, classId));
  if (!p) JS_ThrowTypeError(ctx, "Illegal invocation");
  return p;
}

namespace {
// Class ids that defineClass created; JS_GetAnyOpaque is meaningful only for these.
constexpr size_t kMaxClassId = 1024;
std::atomic<bool> ourClass[kMaxClassId];
}  // namespace

BaseObject* BaseObject::fromAny(JSValueConst v) {
  JSClassID cid = 0;
  void* p = JS_GetAnyOpaque(v, &cid);
  if (cid == 0 || cid >= kMaxClassId || !ourClass[cid]) return nullptr;
  return static_cast<BaseObject*>(p);
}

void BaseObject::gcMark(JSRuntime* rt, JSValueConst v, JS_MarkFunc* mark) {
  JSClassID cid;
  auto* p = static_cast<BaseObject*>(JS_GetAnyOpaque(v, &cid));
  if (p) p->markValues(rt, mark);
}

void BaseObject::finalize(JSRuntime*, JSValue v) {
  JSClassID cid;
  auto* p = static_cast<BaseObject*>(JS_GetAnyOpaque(v, &cid));
  if (!p) return;
  p->attached_ = false;  // the JS object is going away: nothing to detach
  p->pinned_ = false;
  delete p;
}

JSValue defineClass(JSContext* ctx, JSClassID& id, const char* name, JSCFunction* ctor,
                    int ctorLength, const JSCFunctionListEntry* protoFuncs, int nFuncs) {
  JSRuntime* rt = JS_GetRuntime(ctx);
  if (id == 0) {
    JS_NewClassID(&id);
    if (id < kMaxClassId) ourClass[id] = true;
  }
  if (!JS_IsRegisteredClass(rt, id)) {
    JSClassDef def{};
    def.class_name = name;
    def.finalizer = BaseObject::finalize;
    def.gc_mark = BaseObject::gcMark;
    JS_NewClass(rt, id, &def);
  }
  JSValue proto = JS_NewObject(ctx);
  if (nFuncs > 0) JS_SetPropertyFunctionList(ctx, proto, protoFuncs, nFuncs);
  JSValue fn = JS_NewCFunction2(ctx, ctor, name, ctorLength, JS_CFUNC_constructor, 0);
  JS_SetConstructor(ctx, fn, proto);
  JS_SetClassProto(ctx, id, proto);  // takes ownership of proto
  return fn;
}

JSValue newObjectFromTarget(JSContext* ctx, JSValueConst newTarget, JSClassID id) {
  JSValue proto = JS_GetPropertyStr(ctx, newTarget, "prototype");
  if (JS_IsException(proto)) return proto;
  JSValue obj = JS_NewObjectProtoClass(ctx, proto, id);
  JS_FreeValue(ctx, proto);
  return obj;
}

}  // namespace protojs

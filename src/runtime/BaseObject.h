// Base of every native object bound to a JS object of a native class.
//
// The JS object's opaque pointer is the BaseObject*. The native side holds no
// reference to its JS object unless pinned: pin() takes a strong reference (not
// reported to the GC, so the object stays alive as a root) for as long as libuv may
// call back into it. The finalizer deletes the native object only if it is still
// attached; code that frees a native object first detaches it.
#pragma once
#include <quickjs.h>

#include "runtime/Value.h"

namespace protojs {

class Runtime;

class BaseObject {
 public:
  BaseObject(Runtime& rt, JSValueConst object);
  virtual ~BaseObject();
  BaseObject(const BaseObject&) = delete;
  BaseObject& operator=(const BaseObject&) = delete;

  Runtime& runtime() const { return rt_; }
  JSContext* context() const;
  // The JS object; valid while attached (always while pinned).
  JSValueConst object() const { return object_.get(); }
  bool attached() const { return attached_; }

  void pin();
  void unpin();
  // Clears the JS object's opaque pointer so the finalizer will not free us.
  void detach();

  // The native object behind `v` if it is of class `classId`; throws a TypeError
  // (returns nullptr with an exception pending) otherwise or when already freed.
  static BaseObject* unwrap(JSContext* ctx, JSValueConst v, JSClassID classId);
  // The native object behind any object of one of our native classes, else nullptr
  // (no exception). Use with dynamic_cast for methods shared across classes.
  static BaseObject* fromAny(JSValueConst v);
  template <typename T>
  static T* unwrapAs(JSContext* ctx, JSValueConst v, JSClassID classId) {
    return static_cast<T*>(unwrap(ctx, v, classId));
  }

  // Shared finalizer for every native class.
  static void finalize(JSRuntime* rt, JSValue v);
  // Shared gc_mark for every native class: markValues() of the object behind `v`.
  static void gcMark(JSRuntime* rt, JSValueConst v, JS_MarkFunc* mark);

  // The async context its callbacks run in (runtime/AsyncContext.h): for a handle,
  // the one current when it was made; undefined for other objects, whose lives the
  // GC decides (a context held natively could keep the object that holds it alive).
  JSValueConst asyncContext() const { return asyncContext_.get(); }

 protected:
  void captureAsyncContext();
  // Marks the JS values this object owns (not the pin of its own object). The cycle
  // collector sees a value only through such marks: one held here unmarked counts as
  // referenced from outside, so a cycle through it is never collected, and a
  // finalizer that drops it in the middle of a collection leaks it. A class whose
  // values can lead back to its own JS object overrides this.
  virtual void markValues(JSRuntime* rt, JS_MarkFunc* mark) {
    (void)rt;
    (void)mark;
  }

 private:
  Runtime& rt_;
  ObjectRef object_;  // not owned unless pinned_
  ObjectRef asyncContext_;  // owned; a frame is a Map (or undefined)
  bool pinned_ = false;
  bool attached_ = true;
};

// Defines a native class in this context and returns its constructor. `id` is
// allocated on first use (once per process) and the class is registered once per
// JSRuntime. The constructor honors new.target so JS subclasses work.
JSValue defineClass(JSContext* ctx, JSClassID& id, const char* name, JSCFunction* ctor,
                    int ctorLength, const JSCFunctionListEntry* protoFuncs, int nFuncs);

// For constructors: a new object of class `id` whose prototype is new_target.prototype.
JSValue newObjectFromTarget(JSContext* ctx, JSValueConst newTarget, JSClassID id);

}  // namespace protojs

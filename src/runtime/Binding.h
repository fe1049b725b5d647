// Internal bindings: one native object per binding (tcp, buffer, timers, ...), built
// on first use and handed to lib/ code through internalBinding(name).
//
// A binding registers itself from its own .cpp file, so adding one touches no
// central list:
//   static void init(Runtime& rt, JSContext* ctx, JSValueConst exports) { ... }
//   PROTOJS_BINDING(timers, init);
#pragma once
#include <quickjs.h>

namespace protojs {

class Runtime;
using BindingInit = void (*)(Runtime& rt, JSContext* ctx, JSValueConst exports);

struct BindingRegistrar {
  BindingRegistrar(const char* name, BindingInit init);
};

// Looks up a registered binding's init function; nullptr when unknown.
BindingInit findBinding(const char* name);

}  // namespace protojs

#define PROTOJS_BINDING(name, init) \
  static ::protojs::BindingRegistrar protojs_binding_registrar_##name(#name, init)

// The bytecode of lib/ (and embedded npm packages), generated at build time by
// tools/js2c.cpp. Each entry is a function expression taking the internal module
// parameters (exports, require, module, process, internalBinding, primordials).
#pragma once
#include <cstddef>
#include <cstdint>

namespace protojs::natives {
struct Module {
  const char* id;
  const uint8_t* data;
  size_t size;
};
// The table, sorted by id in strcmp order.
const Module* begin();
const Module* end();
// The module named `id`, or nullptr.
const Module* find(const char* id);
}  // namespace protojs::natives

#include <quickjs.h>
namespace protojs {
// Loads the bytecode of builtin `id` and returns its wrapper function, or an
// exception when there is no such builtin.
JSValue compileNative(JSContext* ctx, const char* id);
}  // namespace protojs

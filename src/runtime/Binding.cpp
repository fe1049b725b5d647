#include "runtime/Binding.h"

#include <cstring>
#include <map>
#include <string>

namespace protojs {

namespace {
// Function-local so registration from other translation units' static initializers
// never sees an unconstructed map.
std::map<std::string, BindingInit>& registry() {
  static std::map<std::string, BindingInit> map;
  return map;
}
}  // namespace

BindingRegistrar::BindingRegistrar(const char* name, BindingInit init) { registry()[name] = init; }

BindingInit findBinding(const char* name) {
  auto it = registry().find(name);
  return it == registry().end() ? nullptr : it->second;
}

}  // namespace protojs

// One protoJS runtime embedded in the fuzz process, for harnesses whose code under
// test is JavaScript (lib/). The runtime is bootstrapped once (process, globals and
// the builtin loader, no main script); a JS factory compiled once returns the
// per-input check function, which is then called with each input as a string.
#pragma once
#include <string>
#include <string_view>

namespace protojs {
class Runtime;
}

namespace fuzz {

class JsHarness {
 public:
  // `factory` is the source of a JS function expression `(require) => check`, where
  // `require` loads builtin and internal modules by id and `check(input, bytes)`
  // throws only when an invariant is broken (bytes: the raw input, an ArrayBuffer).
  explicit JsHarness(const char* factory);
  ~JsHarness();
  JsHarness(const JsHarness&) = delete;
  JsHarness& operator=(const JsHarness&) = delete;

  // Calls check(input read as UTF-8, input as an ArrayBuffer), drains nextTick and promise jobs,
  // and returns the result as a string. A JS exception aborts with its stack.
  std::string call(std::string_view input);

 private:
  protojs::Runtime* runtime_;
  struct State;
  State* state_;
};

}  // namespace fuzz

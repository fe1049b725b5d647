// Native half of the module system. CommonJS lives in JS
// (lib/internal/modules/cjs.js); this file compiles its wrapper functions and
// plugs ES modules into QuickJS: specifiers are resolved by a JS hook, builtins and
// CommonJS modules become synthetic modules whose exports are their exports object.
#pragma once

namespace protojs {
class Runtime;
void installModuleLoader(Runtime& rt);
void freeModuleLoader(Runtime& rt);
}  // namespace protojs

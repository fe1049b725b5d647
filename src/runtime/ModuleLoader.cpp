#include "runtime/ModuleLoader.h"

#include <cstring>
#include <map>
#include <string>
#include <vector>

#include "runtime/Binding.h"
#include "runtime/Runtime.h"
#include "runtime/Value.h"

namespace protojs {

namespace {

struct Synthetic {
  JSValue exports;
  std::vector<std::string> names;
};

struct LoaderState {
  JSValue resolveHook = JS_UNDEFINED;  // (specifier, referrer) -> resolved id
  JSValue loadHook = JS_UNDEFINED;     // (id) -> { format, source } | { format, exports }
  std::map<JSModuleDef*, Synthetic> synthetic;
};

std::map<Runtime*, LoaderState>& states() {
  static std::map<Runtime*, LoaderState> map;
  return map;
}

LoaderState& stateOf(JSContext* ctx) { return states()[Runtime::from(ctx)]; }

char* normalize(JSContext* ctx, const char* base, const char* name, void*) {
  LoaderState& st = stateOf(ctx);
  if (JS_IsUndefined(st.resolveHook)) {
    // The ES module loader is loaded on first use (a CommonJS program's import()):
    // loading internal/modules/esm installs the hooks.
    JSValue esm = Runtime::from(ctx)->requireBuiltin("internal/modules/esm");
    if (JS_IsException(esm)) return nullptr;
    JS_FreeValue(ctx, esm);
  }
  JSValue args[] = {JS_NewString(ctx, name), JS_NewString(ctx, base)};
  JSValue r = JS_Call(ctx, st.resolveHook, JS_UNDEFINED, 2, args);
  JS_FreeValue(ctx, args[0]);
  JS_FreeValue(ctx, args[1]);
  if (JS_IsException(r)) return nullptr;
  const char* s = JS_ToCString(ctx, r);
  JS_FreeValue(ctx, r);
  if (!s) return nullptr;
  char* out = js_strdup(ctx, s);
  JS_FreeCString(ctx, s);
  return out;
}

int initSynthetic(JSContext* ctx, JSModuleDef* m) {
  Synthetic& syn = stateOf(ctx).synthetic[m];
  for (const std::string& name : syn.names) {
    JSValue v = name == "default" ? JS_DupValue(ctx, syn.exports)
                                  : JS_GetPropertyStr(ctx, syn.exports, name.c_str());
    if (JS_SetModuleExport(ctx, m, name.c_str(), v) < 0) return -1;
  }
  return 0;
}

JSModuleDef* makeSynthetic(JSContext* ctx, const char* name, JSValueConst exports) {
  JSModuleDef* m = JS_NewCModule(ctx, name, initSynthetic);
  if (!m) return nullptr;
  Synthetic syn{JS_DupValue(ctx, exports), {"default"}};
  JS_AddModuleExport(ctx, m, "default");
  if (JS_IsObject(exports)) {
    JSPropertyEnum* props = nullptr;
    uint32_t n = 0;
    if (JS_GetOwnPropertyNames(ctx, &props, &n, exports, JS_GPN_STRING_MASK | JS_GPN_ENUM_ONLY) == 0) {
      for (uint32_t i = 0; i < n; i++) {
        const char* key = JS_AtomToCString(ctx, props[i].atom);
        if (key && std::strcmp(key, "default") != 0) {
          JS_AddModuleExport(ctx, m, key);
          syn.names.emplace_back(key);
        }
        JS_FreeCString(ctx, key);
        JS_FreeAtom(ctx, props[i].atom);
      }
      js_free(ctx, props);
    }
  }
  stateOf(ctx).synthetic[m] = std::move(syn);
  return m;
}

void setImportMeta(JSContext* ctx, JSModuleDef* m, JSValueConst meta) {
  JSValue im = JS_GetImportMeta(ctx, m);
  JSPropertyEnum* props = nullptr;
  uint32_t n = 0;
  if (JS_GetOwnPropertyNames(ctx, &props, &n, meta, JS_GPN_STRING_MASK | JS_GPN_ENUM_ONLY) == 0) {
    for (uint32_t i = 0; i < n; i++) {
      JS_SetProperty(ctx, im, props[i].atom, JS_GetProperty(ctx, meta, props[i].atom));
      JS_FreeAtom(ctx, props[i].atom);
    }
    js_free(ctx, props);
  }
  JS_FreeValue(ctx, im);
}

// Compiles ES module source; returns the module or nullptr (exception pending).
JSModuleDef* compileModule(JSContext* ctx, const char* name, JSValueConst source,
                           JSValueConst meta) {
  size_t len = 0;
  const char* src = JS_ToCStringLen(ctx, &len, source);
  if (!src) return nullptr;
  JSValue fn = JS_Eval(ctx, src, len, name, JS_EVAL_TYPE_MODULE | JS_EVAL_FLAG_COMPILE_ONLY);
  JS_FreeCString(ctx, src);
  if (JS_IsException(fn)) return nullptr;
  auto* m = static_cast<JSModuleDef*>(JS_VALUE_GET_PTR(fn));
  setImportMeta(ctx, m, meta);
  JS_FreeValue(ctx, fn);
  return m;
}

JSModuleDef* load(JSContext* ctx, const char* name, void*) {
  LoaderState& st = stateOf(ctx);
  JSValue arg = JS_NewString(ctx, name);
  Value r(ctx, JS_Call(ctx, st.loadHook, JS_UNDEFINED, 1, &arg));
  JS_FreeValue(ctx, arg);
  if (r.isException()) return nullptr;
  Value format(ctx, JS_GetPropertyStr(ctx, r.get(), "format"));
  const char* f = JS_ToCString(ctx, format.get());
  bool isModule = f && std::strcmp(f, "module") == 0;
  JS_FreeCString(ctx, f);
  if (isModule) {
    Value source(ctx, JS_GetPropertyStr(ctx, r.get(), "source"));
    Value meta(ctx, JS_GetPropertyStr(ctx, r.get(), "meta"));
    return compileModule(ctx, name, source.get(), meta.get());
  }
  Value exports(ctx, JS_GetPropertyStr(ctx, r.get(), "exports"));
  return makeSynthetic(ctx, name, exports.get());
}

// setHooks(resolve, load)
JSValue jsSetHooks(JSContext* ctx, JSValueConst, int argc, JSValueConst* argv) {
  LoaderState& st = stateOf(ctx);
  JS_FreeValue(ctx, st.resolveHook);
  JS_FreeValue(ctx, st.loadHook);
  st.resolveHook = JS_DupValue(ctx, argv[0]);
  st.loadHook = JS_DupValue(ctx, argv[1]);
  return JS_UNDEFINED;
}

// runModule(name, source, meta) -> promise of the module's evaluation.
JSValue jsRunModule(JSContext* ctx, JSValueConst, int argc, JSValueConst* argv) {
  const char* name = JS_ToCString(ctx, argv[0]);
  if (!name) return JS_EXCEPTION;
  size_t len = 0;
  const char* src = JS_ToCStringLen(ctx, &len, argv[1]);
  if (!src) {
    JS_FreeCString(ctx, name);
    return JS_EXCEPTION;
  }
  JSValue fn = JS_Eval(ctx, src, len, name, JS_EVAL_TYPE_MODULE | JS_EVAL_FLAG_COMPILE_ONLY);
  JS_FreeCString(ctx, src);
  JS_FreeCString(ctx, name);
  if (JS_IsException(fn)) return fn;
  setImportMeta(ctx, static_cast<JSModuleDef*>(JS_VALUE_GET_PTR(fn)), argv[2]);
  if (JS_ResolveModule(ctx, fn) < 0) {
    JS_FreeValue(ctx, fn);
    return JS_EXCEPTION;
  }
  return JS_EvalFunction(ctx, fn);
}

// requireModule(filename) -> the namespace of the ES module at `filename`, evaluated
// synchronously (Node 20's require(esm)), or undefined when its evaluation did not
// finish synchronously (top-level await: JS throws ERR_REQUIRE_ASYNC_MODULE). A
// one-line module re-exports the target so the module map stays the only cache.
JSValue jsRequireModule(JSContext* ctx, JSValueConst, int argc, JSValueConst* argv) {
  std::string filename;
  if (!toStdString(ctx, argv[0], filename)) return JS_EXCEPTION;
  Value quoted(ctx, JS_JSONStringify(ctx, argv[0], JS_UNDEFINED, JS_UNDEFINED));
  std::string spec;
  if (quoted.isException() || !toStdString(ctx, quoted.get(), spec)) return JS_EXCEPTION;
  std::string source = "export * as ns from " + spec + ";";
  std::string name = filename + "#require";
  JSValue fn = JS_Eval(ctx, source.data(), source.size(), name.c_str(),
                       JS_EVAL_TYPE_MODULE | JS_EVAL_FLAG_COMPILE_ONLY);
  if (JS_IsException(fn)) return fn;
  auto* m = static_cast<JSModuleDef*>(JS_VALUE_GET_PTR(fn));
  if (JS_ResolveModule(ctx, fn) < 0) {
    JS_FreeValue(ctx, fn);
    return JS_EXCEPTION;
  }
  Value promise(ctx, JS_EvalFunction(ctx, fn));
  if (promise.isException()) return JS_EXCEPTION;
  switch (JS_PromiseState(ctx, promise.get())) {
    case JS_PROMISE_FULFILLED: break;
    case JS_PROMISE_REJECTED: return JS_Throw(ctx, JS_PromiseResult(ctx, promise.get()));
    default: return JS_UNDEFINED;
  }
  Value ns(ctx, JS_GetModuleNamespace(ctx, m));
  if (ns.isException()) return JS_EXCEPTION;
  return JS_GetPropertyStr(ctx, ns.get(), "ns");
}

// compileFunction(source, filename, params) -> function, for CommonJS and -e.
// The source is wrapped on its first line so line numbers stay true.
JSValue jsCompileFunction(JSContext* ctx, JSValueConst, int argc, JSValueConst* argv) {
  std::string source, filename, params;
  if (!toStdString(ctx, argv[0], source) || !toStdString(ctx, argv[1], filename) ||
      !toStdString(ctx, argv[2], params))
    return JS_EXCEPTION;
  std::string wrapped = "(function (" + params + ") {" + source + "\n})";
  return JS_Eval(ctx, wrapped.data(), wrapped.size(), filename.c_str(), JS_EVAL_TYPE_GLOBAL);
}

// runScript(source, filename) -> completion value (for -e / -p, as global code).
JSValue jsRunScript(JSContext* ctx, JSValueConst, int argc, JSValueConst* argv) {
  std::string source, filename;
  if (!toStdString(ctx, argv[0], source) || !toStdString(ctx, argv[1], filename))
    return JS_EXCEPTION;
  return JS_Eval(ctx, source.data(), source.size(), filename.c_str(), JS_EVAL_TYPE_GLOBAL);
}

void initModules(Runtime&, JSContext* ctx, JSValueConst exports) {
  setFunction(ctx, exports, "setHooks", jsSetHooks, 2);
  setFunction(ctx, exports, "runModule", jsRunModule, 3);
  setFunction(ctx, exports, "requireModule", jsRequireModule, 1);
  setFunction(ctx, exports, "compileFunction", jsCompileFunction, 3);
  setFunction(ctx, exports, "runScript", jsRunScript, 2);
}

}  // namespace

void installModuleLoader(Runtime& rt) {
  states()[&rt];
  JS_SetModuleLoaderFunc(rt.rt(), normalize, load, nullptr);
}

void freeModuleLoader(Runtime& rt) {
  auto it = states().find(&rt);
  if (it == states().end()) return;
  JSContext* ctx = rt.ctx();
  JS_FreeValue(ctx, it->second.resolveHook);
  JS_FreeValue(ctx, it->second.loadHook);
  for (auto& [m, syn] : it->second.synthetic) JS_FreeValue(ctx, syn.exports);
  states().erase(it);
}

PROTOJS_BINDING(modules, initModules);

}  // namespace protojs

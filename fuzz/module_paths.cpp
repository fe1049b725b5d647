// libFuzzer harness: path handling of lib/path.js and the CommonJS resolver
// (lib/internal/modules/cjs.js: Module._resolveFilename, Module._nodeModulePaths),
// run in an embedded protoJS runtime. The input is "a\nb": two path strings. The
// resolver works against fixtures/module_paths (files, directories with "main",
// node_modules packages with "exports", a broken package.json).
// Invariants: every call returns or throws an Error carrying a string `code`; resolve
// gives a normalized absolute path; normalize is idempotent; join(a, b) is
// normalize(a + '/' + b); resolve(a, relative(a, b)) is resolve(b); node_modules
// lookup paths are absolute and end with '/node_modules'; a resolved module is an
// absolute path (or the builtin's id).
#include <cstdint>
#include <string>

#include "support/JsHarness.h"

#ifndef FUZZ_FIXTURES
#error "FUZZ_FIXTURES (the fuzz/fixtures directory) must be defined by the build"
#endif

namespace {

const char kCheck[] = R"JS(
(require) => {
  const path = require('path');
  const { Module } = require('internal/modules/cjs');
  const parent = new Module(`${fixtures}/index.js`, null);
  parent.filename = `${fixtures}/index.js`;
  parent.paths = Module._nodeModulePaths(fixtures);

  const fail = (what, ...values) => { throw new Error(`${what}: ${JSON.stringify(values)}`); };
  const normalAbsolute = (p) =>
    p.startsWith('/') && (p === '/' || !p.endsWith('/')) && !/\/\/|\/\.\.?(\/|$)/.test(p);
  // Bad input may throw, but only Node-style errors: an Error with a string code.
  function returnsOrThrowsCoded(fn) {
    try {
      return fn();
    } catch (e) {
      if (!(e instanceof Error) || typeof e.code !== 'string') fail('threw without a code', String(e), e?.stack);
      return e;
    }
  }

  function checkPath(a, b) {
    const r = path.resolve(a);
    if (!normalAbsolute(r) || path.resolve(r) !== r) fail('resolve', a, r);
    const n = path.normalize(a);
    if (path.normalize(n) !== n || (a && !n)) fail('normalize', a, n);
    if (path.isAbsolute(a) !== a.startsWith('/')) fail('isAbsolute', a);
    if (a && b && path.join(a, b) !== path.normalize(`${a}/${b}`)) fail('join', a, b, path.join(a, b));
    const rel = path.relative(a, b);
    if (path.resolve(a, rel) !== path.resolve(b)) fail('relative', a, b, rel);
    if (path.basename(a).includes('/')) fail('basename', a, path.basename(a));
    const parsed = path.parse(a);
    if (parsed.base !== path.basename(a) || parsed.ext !== path.extname(a)) fail('parse', a, parsed);
  }

  function checkResolver(a, b) {
    const paths = Module._nodeModulePaths(a);
    if (paths.at(-1) !== '/node_modules' ||
        !paths.every((p) => p.startsWith('/') && p.endsWith('/node_modules'))) {
      fail('_nodeModulePaths', a, paths);
    }
    for (const request of [a, `./${a}`]) {
      const f = returnsOrThrowsCoded(() => Module._resolveFilename(request, parent, false));
      if (typeof f === 'string' && !f.startsWith('/') && f !== request) fail('_resolveFilename', request, f);
    }
    returnsOrThrowsCoded(() => Module._resolveFilename(a, parent, false, { paths: [b || fixtures] }));
  }

  return (input) => {
    const [a = '', b = ''] = input.split('\n');
    checkPath(a, b);
    checkResolver(a, b);
  };
}
)JS";

std::string factory() {
  return std::string("((fixtures) => ") + kCheck + ")('" FUZZ_FIXTURES "/module_paths')";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static fuzz::JsHarness js(factory().c_str());
  if (size > 512) return 0;  // long paths add nothing but time
  js.call(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}

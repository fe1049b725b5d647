'use strict';
// The main entry: a script file (CommonJS or ES module), -e/-p source, or a script
// read from standard input.

const path = require('path');
const binding = internalBinding('process');
const modules = internalBinding('modules');
const { reportException } = internalBinding('task_queue');

let mainPromise;

function runEval(source, filename) {
  const { Module, makeRequireFunction } = require('internal/modules/cjs');
  const m = new Module(filename);
  m.filename = path.join(process.cwd(), filename);
  m.paths = Module._nodeModulePaths(process.cwd());
  // Node gives -e code CommonJS-style globals.
  globalThis.module = m;
  globalThis.exports = m.exports;
  globalThis.require = makeRequireFunction(m);
  globalThis.__filename = filename;
  globalThis.__dirname = '.';
  // Node exposes the builtin modules as globals to -e/-p code (`fs`, `util`, ...).
  for (const id of require('internal/modules/cjs').Module.builtinModules) {
    if (id.includes('/') || id.startsWith('_') || id in globalThis) continue;
    Object.defineProperty(globalThis, id, {
      configurable: true, enumerable: false,
      get() {
        const value = require(id);
        Object.defineProperty(globalThis, id, { value, writable: true, configurable: true, enumerable: false });
        return value;
      },
      set(value) {
        Object.defineProperty(globalThis, id, { value, writable: true, configurable: true, enumerable: false });
      },
    });
  }
  const result = modules.runScript(source, filename);
  if (binding.printEval) {
    const { inspect } = require('internal/util/inspect');
    const text = typeof result === 'string' ? result : inspect(result);
    process.stdout.write(`${text}\n`);
  }
}

function runFile(file) {
  const filename = path.resolve(file);
  process.argv[1] = filename;
  const { Module } = require('internal/modules/cjs');
  let resolved = filename;
  try {
    resolved = Module._resolveFilename(filename, null, true);
  } catch (err) {
    // Not found as CommonJS: let the loader report it as Node does.
    if (err.code !== 'MODULE_NOT_FOUND') throw err;
    if (!filename.endsWith('.mjs')) throw err;
  }
  // The ES module loader loads only for an ES module main (or on import()).
  if (require('internal/modules/package_json').formatOf(resolved) === 'module') {
    mainPromise = require('internal/modules/esm').runMainModule(resolved);
    mainPromise.then(() => { mainPromise = undefined; }, (err) => {
      mainPromise = undefined;
      reportException(err);
    });
    return;
  }
  Module._load(filename, null, true);
}

function runMain() {
  if (binding.hasEval) {
    runEval(binding.evalSource, '[eval]');
  } else if (binding.forceStdin) {
    runEval(binding.readStdin(), '[stdin]');
  } else {
    runFile(process.argv[1]);
  }
}

// True while the main module's top-level await has not settled (exit code 13).
function hasUnsettledTopLevelAwait() {
  return mainPromise !== undefined;
}

module.exports = { runMain, hasUnsettledTopLevelAwait };

'use strict';
// CommonJS: Module, require, resolution of relative paths, node_modules,
// package.json "main" and "exports", .js/.cjs/.json, require.cache, require.resolve.

const path = require('path');
const fsb = internalBinding('fs');
const { compileFunction } = internalBinding('modules');
const requireBuiltin = require; // the builtin loader (with canBeRequiredByUsers)
const packageJson = require('internal/modules/package_json');

function errorCodes() {
  return require('internal/errors').codes;
}

// Builtins that exist only under the node: scheme ('test' is a package name on npm).
const kSchemeOnly = new Set(['test', 'test/reporters']);
const kWrapperParams = 'exports, require, module, __filename, __dirname';
const statCache = new Map();

// As in Node, only hits are cached: a file missing at one require() may exist at the next.
function stat(filename) {
  let r = statCache.get(filename);
  if (r === undefined) {
    r = fsb.internalModuleStat(filename);
    if (r >= 0) statCache.set(filename, r);
  }
  return r;
}

function realpath(p) {
  const r = fsb.realpath(p);
  return typeof r === 'string' ? r : p;
}

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  this.exports = {};
  this.filename = null;
  this.loaded = false;
  this.children = [];
  Object.defineProperty(this, 'parent', { value: parent, writable: true, enumerable: false, configurable: true });
  if (parent && parent.children) parent.children.push(this);
  this.paths = [];
}

Module._cache = Object.create(null);
Module._pathCache = Object.create(null);
Module._extensions = Object.create(null);
Module.globalPaths = [];
// Listed on first read (a plain data property from then on): start-up does not need it.
Object.defineProperty(Module, 'builtinModules', {
  configurable: true,
  enumerable: true,
  get() {
    const value = requireBuiltin.publicIds().filter((id) => !kSchemeOnly.has(id));
    Object.defineProperty(Module, 'builtinModules', { value, writable: true, configurable: true, enumerable: true });
    return value;
  },
  set(value) {
    Object.defineProperty(Module, 'builtinModules', { value, writable: true, configurable: true, enumerable: true });
  },
});
Module.wrapper = [`(function (${kWrapperParams}) { `, '\n});'];
Module.wrap = (script) => Module.wrapper[0] + script + Module.wrapper[1];
Module.Module = Module;

function isBuiltin(id) {
  if (typeof id !== 'string') return false;
  if (id.startsWith('node:')) id = id.slice(5);
  else if (kSchemeOnly.has(id)) return false;
  return requireBuiltin.canBeRequiredByUsers(id);
}
Module.isBuiltin = isBuiltin;

Module._nodeModulePaths = function _nodeModulePaths(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const parts = from.split('/');
  const paths = [];
  for (let i = parts.length; i > 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    const dir = parts.slice(0, i).join('/');
    paths.push(`${dir}/node_modules`);
  }
  paths.push('/node_modules');
  return paths;
};

function tryFile(p) {
  return stat(p) === 0 ? realpath(p) : false;
}

function tryExtensions(p) {
  for (const ext of Object.keys(Module._extensions)) {
    const f = tryFile(p + ext);
    if (f) return f;
  }
  return false;
}

function tryPackage(dir) {
  const pkg = packageJson.read(`${dir}/package.json`);
  const main = pkg && typeof pkg.main === 'string' ? pkg.main : undefined;
  if (!main) return tryExtensions(`${dir}/index`);
  const p = path.resolve(dir, main);
  return tryFile(p) || tryExtensions(p) || tryExtensions(`${p}/index`) || tryExtensions(`${dir}/index`);
}

function loadAsFileOrDirectory(p, trailingSlash) {
  if (!trailingSlash) {
    const s = stat(p);
    if (s === 0) return realpath(p);
    const f = tryExtensions(p);
    if (f) return f;
  }
  if (stat(p) === 1) return tryPackage(p);
  return false;
}

// For a bare specifier, package name and subpath: 'a/b' -> ['a', './b'], '@s/a' -> ['@s/a', '.'].
function splitPackage(request) {
  let sep = request.indexOf('/');
  if (request[0] === '@') sep = request.indexOf('/', sep + 1);
  const name = sep === -1 ? request : request.slice(0, sep);
  const subpath = sep === -1 ? '.' : `.${request.slice(sep)}`;
  return [name, subpath];
}

function resolveNodeModules(request, paths, conditions) {
  const [name, subpath] = splitPackage(request);
  for (const dir of paths) {
    const pkgDir = `${dir}/${name}`;
    const pkg = packageJson.read(`${pkgDir}/package.json`);
    if (pkg && pkg.exports !== undefined && pkg.exports !== null) {
      const target = packageJson.resolveExports(pkgDir, pkg.exports, subpath, conditions);
      const f = tryFile(path.resolve(pkgDir, target));
      if (f) return f;
      continue;
    }
    const f = loadAsFileOrDirectory(`${dir}/${request}`, request.endsWith('/'));
    if (f) return f;
  }
  return false;
}

function notFound(request, parent) {
  const requireStack = [];
  for (let cursor = parent; cursor; cursor = cursor.parent) {
    requireStack.push(cursor.filename || cursor.id);
  }
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  return err;
}

Module._resolveLookupPaths = function _resolveLookupPaths(request, parent) {
  if (request[0] !== '.' || (request.length > 1 && request[1] !== '.' && request[1] !== '/')) {
    return (parent?.paths?.length ? parent.paths : Module._nodeModulePaths(process.cwd())).concat(Module.globalPaths);
  }
  return [parent?.filename ? path.dirname(parent.filename) : process.cwd()];
};

Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
  if (isBuiltin(request)) return request;
  if (request.startsWith('node:')) {
    throw new (errorCodes().ERR_UNKNOWN_BUILTIN_MODULE)(request);
  }
  const conditions = ['require', 'node', 'default'];
  let result;
  if (request[0] === '/' || request.startsWith('./') || request.startsWith('../') ||
      request === '.' || request === '..') {
    const bases = options?.paths ?? [parent?.filename ? path.dirname(parent.filename) : process.cwd()];
    for (const base of bases) {
      result = loadAsFileOrDirectory(path.resolve(base, request), request.endsWith('/'));
      if (result) break;
    }
  } else {
    let paths;
    if (options?.paths) {
      paths = [];
      for (const p of options.paths) paths.push(...Module._nodeModulePaths(p));
    } else {
      paths = Module._resolveLookupPaths(request, parent);
    }
    result = resolveNodeModules(request, paths, conditions);
  }
  if (!result) throw notFound(request, parent);
  return result;
};

Module._load = function _load(request, parent, isMain) {
  if (request.startsWith('node:')) {
    const id = request.slice(5);
    if (!requireBuiltin.canBeRequiredByUsers(id)) throw new (errorCodes().ERR_UNKNOWN_BUILTIN_MODULE)(request);
    return requireBuiltin(id);
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  if (isBuiltin(filename) && filename === request) return requireBuiltin(filename);

  const cached = Module._cache[filename];
  if (cached !== undefined) {
    if (parent && parent.children && !parent.children.includes(cached)) parent.children.push(cached);
    return cached.exports;
  }
  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
    requireFn.main = module;
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) delete Module._cache[filename];
  }
  return module.exports;
};

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  let ext = path.extname(filename);
  if (!Module._extensions[ext]) ext = '.js';
  Module._extensions[ext](this, filename);
  this.loaded = true;
};

Module.prototype.require = function require(id) {
  if (typeof id !== 'string') throw new (errorCodes().ERR_INVALID_ARG_TYPE)('id', 'string', id);
  if (id === '') throw new (errorCodes().ERR_INVALID_ARG_VALUE)('id', id, 'must be a non-empty string');
  return Module._load(id, this, false);
};

function stripShebang(content) {
  if (content.charCodeAt(0) === 0xFEFF) content = content.slice(1);
  if (content.startsWith('#!')) {
    const nl = content.indexOf('\n');
    content = nl === -1 ? '' : `//${content.slice(2)}`;
  }
  return content;
}

Module.prototype._compile = function _compile(content, filename) {
  const fn = compileFunction(stripShebang(content), filename, kWrapperParams);
  const require = makeRequireFunction(this);
  const dirname = path.dirname(filename);
  return fn.call(this.exports, this.exports, require, this, filename, dirname);
};

// As in Node, .cjs and .mjs are not registered extensions (require('./x') tries only
// .js, .json, .node); files with them load through the '.js' handler.
Module._extensions['.js'] = function (module, filename) {
  if (filename.endsWith('.mjs')) {
    module.exports = requireESM(filename, module);
    return;
  }
  const scope = filename.endsWith('.cjs') ? null : packageJson.findScope(path.dirname(filename));
  if (scope && scope.pkg.type === 'module' && filename.endsWith('.js')) {
    module.exports = requireESM(filename, module);
    return;
  }
  const content = fsb.readFileUtf8(filename);
  if (typeof content !== 'string') throw notFound(filename, module.parent);
  module._compile(content, filename);
};

Module._extensions['.json'] = function (module, filename) {
  const content = fsb.readFileUtf8(filename);
  try {
    module.exports = JSON.parse(stripShebang(content).replace(/^\uFEFF/, ''));
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};

// Node 20 loads an ES module with require() when its graph has no top-level await.
// The result is its namespace; with a default export Node adds __esModule: true, so
// that case gets a null-prototype view with live getters.
function requireESM(filename, module) {
  require('internal/modules/esm');  // installs the resolve/load hooks
  const ns = internalBinding('modules').requireModule(filename);
  if (ns === undefined) {
    const parent = module.parent?.filename ?? module.parent?.id ?? '';
    const err = new Error('require() cannot be used on an ESM graph with top-level await. Use import() instead. ' +
      'To see where the top-level await comes from, use --experimental-print-required-tla.' +
      `\n  From ${parent} \n  Requiring ${filename} `);
    err.code = 'ERR_REQUIRE_ASYNC_MODULE';
    throw err;
  }
  if (!('default' in ns) || '__esModule' in ns) return ns;
  const view = Object.create(null);
  Object.defineProperty(view, '__esModule', { value: true, enumerable: true });
  for (const key of Object.keys(ns)) {
    Object.defineProperty(view, key, { get: () => ns[key], enumerable: true });
  }
  Object.defineProperty(view, Symbol.toStringTag, { value: 'Module' });
  return view;
}

Module._extensions['.node'] = function (module, filename) {
  const err = new Error(`Cannot load native addon ${filename}: protojs does not support .node addons`);
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

let requireFn = { main: undefined };

function makeRequireFunction(mod) {
  const require = function require(id) {
    return mod.require(id);
  };
  function resolve(request, options) {
    if (typeof request !== 'string') throw new (errorCodes().ERR_INVALID_ARG_TYPE)('request', 'string', request);
    return Module._resolveFilename(request, mod, false, options);
  }
  resolve.paths = function paths(request) {
    if (isBuiltin(request)) return null;
    return Module._resolveLookupPaths(request, mod);
  };
  require.resolve = resolve;
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module.createRequire = function createRequire(filename) {
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') filename = filename.href;
  if (typeof filename === 'string' && filename.startsWith('file://')) filename = decodeURIComponent(filename.slice(7));
  if (typeof filename !== 'string' || !path.isAbsolute(filename)) {
    throw new (errorCodes().ERR_INVALID_ARG_VALUE)('filename', filename, 'must be a file URL object, file URL string, or absolute path string');
  }
  const proxyPath = filename.endsWith('/') ? path.join(filename, 'noop.js') : filename;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
};

Module.runMain = function runMain(main = process.argv[1]) {
  Module._load(main, null, true);
};

Module.syncBuiltinESMExports = function syncBuiltinESMExports() {};
Module.findSourceMap = function findSourceMap() { return undefined; };
Module.register = function register() {};

module.exports = { Module, makeRequireFunction, isBuiltin };

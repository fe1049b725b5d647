'use strict';
// ES modules: the resolve and load hooks the native loader (QuickJS) calls.
// Resolved ids are absolute paths, or 'node:x' for builtins. Builtins, CommonJS and
// JSON become synthetic modules (default export = module.exports, plus named exports).

const path = require('path');
const fsb = internalBinding('fs');
const modules = internalBinding('modules');
const packageJson = require('internal/modules/package_json');
const { formatOf } = packageJson;
const { Module, isBuiltin } = require('internal/modules/cjs');
const { codes } = require('internal/errors');

const conditions = ['import', 'node', 'default'];

function fileURLToPathLite(url) {
  return decodeURIComponent(url.slice('file://'.length));
}

function pathToFileURLLite(p) {
  return `file://${encodeURI(p).replace(/\?/g, '%3F').replace(/#/g, '%23')}`;
}

function referrerDir(referrer) {
  if (!referrer || referrer.startsWith('node:') || referrer[0] !== '/') return process.cwd();
  return path.dirname(referrer);
}

function resolvePackage(specifier, referrer) {
  let sep = specifier.indexOf('/');
  if (specifier[0] === '@') sep = specifier.indexOf('/', sep + 1);
  const name = sep === -1 ? specifier : specifier.slice(0, sep);
  const subpath = sep === -1 ? '.' : `.${specifier.slice(sep)}`;
  for (const dir of Module._nodeModulePaths(referrerDir(referrer))) {
    const pkgDir = `${dir}/${name}`;
    const pkg = packageJson.read(`${pkgDir}/package.json`);
    if (!pkg) continue;
    if (pkg.exports !== undefined && pkg.exports !== null) {
      return path.resolve(pkgDir, packageJson.resolveExports(pkgDir, pkg.exports, subpath, conditions));
    }
    if (subpath === '.') {
      const main = typeof pkg.main === 'string' ? pkg.main : 'index.js';
      for (const c of [main, `${main}.js`, `${main}/index.js`, 'index.js']) {
        const p = path.resolve(pkgDir, c);
        if (fsb.internalModuleStat(p) === 0) return p;
      }
    }
    return path.resolve(pkgDir, subpath);
  }
  throw new codes.ERR_MODULE_NOT_FOUND(name, referrer && referrer[0] === '/' ? referrer : process.cwd());
}

function resolve(specifier, referrer) {
  if (specifier.startsWith('node:')) {
    if (!isBuiltin(specifier)) throw new codes.ERR_UNKNOWN_BUILTIN_MODULE(specifier);
    return specifier;
  }
  if (isBuiltin(specifier)) return `node:${specifier}`;
  let resolved;
  if (specifier.startsWith('file://')) resolved = fileURLToPathLite(specifier);
  else if (specifier[0] === '/' || specifier.startsWith('./') || specifier.startsWith('../')) {
    resolved = path.resolve(referrerDir(referrer), specifier);
  } else {
    resolved = resolvePackage(specifier, referrer);
  }
  const st = fsb.internalModuleStat(resolved);
  if (st === 1) throw new codes.ERR_UNSUPPORTED_DIR_IMPORT(resolved, referrer);
  if (st !== 0) {
    const err = new codes.ERR_MODULE_NOT_FOUND(resolved, referrer && referrer[0] === '/' ? referrer : process.cwd(), 'module');
    err.url = pathToFileURLLite(resolved);
    throw err;
  }
  const real = fsb.realpath(resolved);
  return typeof real === 'string' ? real : resolved;
}

function importMeta(filename) {
  const url = pathToFileURLLite(filename);
  return {
    url,
    filename,
    dirname: path.dirname(filename),
    resolve: (specifier) => {
      const r = resolve(specifier, filename);
      return r.startsWith('node:') ? r : pathToFileURLLite(r);
    },
  };
}

function load(id) {
  if (id.startsWith('node:')) return { format: 'builtin', exports: require(id.slice(5)) };
  const format = formatOf(id);
  if (format === 'module') {
    return { format, source: fsb.readFileUtf8(id), meta: importMeta(id) };
  }
  if (format === 'json') {
    return { format, exports: JSON.parse(fsb.readFileUtf8(id)) };
  }
  // CommonJS: through the shared require cache (Node's ESM/CJS interop).
  const cached = Module._cache[id];
  if (cached) return { format, exports: cached.exports };
  return { format, exports: Module._load(id, null, false) };
}

modules.setHooks(resolve, load);

// Runs `filename` as the main ES module. Returns the evaluation promise.
function runMainModule(filename) {
  const source = fsb.readFileUtf8(filename);
  return modules.runModule(filename, source, importMeta(filename));
}

module.exports = { resolve, load, formatOf, runMainModule, pathToFileURLLite };

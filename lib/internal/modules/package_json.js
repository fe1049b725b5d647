'use strict';
// Reads and caches package.json files, and resolves the "exports" field (the common
// forms: string, subpath map, condition objects, arrays, "./*" patterns).

const fsb = internalBinding('fs');
const cache = new Map();

function read(jsonPath) {
  if (cache.has(jsonPath)) return cache.get(jsonPath);
  const src = fsb.readFileUtf8(jsonPath);
  let pkg = null;
  if (typeof src === 'string') {
    try {
      pkg = JSON.parse(src);
    } catch (e) {
      const err = new Error(`Invalid package config ${jsonPath}.`);
      err.code = 'ERR_INVALID_PACKAGE_CONFIG';
      throw err;
    }
  }
  cache.set(jsonPath, pkg);
  return pkg;
}

// The nearest package.json at or above `dir`: { path, pkg } or null.
function findScope(dir) {
  for (;;) {
    if (!dir.endsWith('/node_modules')) {
      const jsonPath = `${dir === '/' ? '' : dir}/package.json`;
      const pkg = read(jsonPath);
      if (pkg) return { path: jsonPath, pkg };
    }
    if (dir === '/' || dir === '') return null;
    const i = dir.lastIndexOf('/');
    dir = i <= 0 ? '/' : dir.slice(0, i);
  }
}

function resolveTarget(target, subpathRest, conditions) {
  if (typeof target === 'string') {
    if (!target.startsWith('./')) return null;
    return subpathRest === undefined ? target : target.split('*').join(subpathRest);
  }
  if (Array.isArray(target)) {
    for (const t of target) {
      const r = resolveTarget(t, subpathRest, conditions);
      if (r) return r;
    }
    return null;
  }
  if (target && typeof target === 'object') {
    for (const key of Object.keys(target)) {
      if (key === 'default' || conditions.includes(key)) {
        const r = resolveTarget(target[key], subpathRest, conditions);
        if (r !== null && r !== undefined) return r;
      }
    }
    return undefined;
  }
  return null;
}

// Resolves `subpath` ('.' or './x') against pkg.exports; returns a relative target
// ('./lib/x.js') or throws ERR_PACKAGE_PATH_NOT_EXPORTED.
function resolveExports(pkgDir, exportsField, subpath, conditions) {
  let map = exportsField;
  if (typeof map === 'string' || Array.isArray(map) ||
      (map && typeof map === 'object' && !Object.keys(map).some((k) => k.startsWith('.')))) {
    map = { '.': map };
  }
  let r;
  if (Object.prototype.hasOwnProperty.call(map, subpath) && !subpath.includes('*')) {
    r = resolveTarget(map[subpath], undefined, conditions);
  } else {
    let best = '';
    for (const key of Object.keys(map)) {
      const star = key.indexOf('*');
      if (star === -1) continue;
      const prefix = key.slice(0, star);
      const suffix = key.slice(star + 1);
      if (subpath.startsWith(prefix) && subpath.length >= key.length && subpath.endsWith(suffix) &&
          key.length > best.length) {
        best = key;
      }
    }
    if (best) {
      const star = best.indexOf('*');
      const rest = subpath.slice(star, subpath.length - (best.length - star - 1));
      r = resolveTarget(map[best], rest, conditions);
    }
  }
  if (r) return r;
  const { codes } = require('internal/errors');
  const err = new codes.ERR_PACKAGE_PATH_NOT_EXPORTED(`${pkgDir}/`, subpath);
  throw err;
}

// The module format of a file: by extension, else by its package scope's "type".
function formatOf(filename) {
  if (filename.endsWith('.mjs')) return 'module';
  if (filename.endsWith('.cjs')) return 'commonjs';
  if (filename.endsWith('.json')) return 'json';
  const slash = filename.lastIndexOf('/');
  const scope = findScope(slash <= 0 ? '/' : filename.slice(0, slash));
  return scope && scope.pkg.type === 'module' ? 'module' : 'commonjs';
}

module.exports = { read, findScope, resolveExports, formatOf };

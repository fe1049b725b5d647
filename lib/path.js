'use strict';
// node:path (POSIX). path.win32 is not provided beyond an alias; protoJS runs on Linux.

function validateString(value, name) {
  if (typeof value !== 'string') {
    throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)(name, 'string', value);
  }
}

// Resolves '.' and '..' segments; `allowAboveRoot` keeps leading '..' for relative paths.
function normalizeString(path, allowAboveRoot) {
  const out = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
    } else {
      out.push(seg);
    }
  }
  return out.join('/');
}

const posix = {
  sep: '/',
  delimiter: ':',

  resolve(...args) {
    let resolved = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1 && !absolute; i--) {
      const path = i >= 0 ? args[i] : process.cwd();
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
      resolved = `${path}/${resolved}`;
      absolute = path[0] === '/';
    }
    resolved = normalizeString(resolved, !absolute);
    if (absolute) return `/${resolved}`;
    return resolved.length > 0 ? resolved : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const isAbsolute = path[0] === '/';
    const trailing = path[path.length - 1] === '/';
    let p = normalizeString(path, !isAbsolute);
    if (p.length === 0) {
      if (isAbsolute) return '/';
      return trailing ? './' : '.';
    }
    if (trailing) p += '/';
    return isAbsolute ? `/${p}` : p;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path[0] === '/';
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    for (let i = 0; i < args.length; i++) {
      validateString(args[i], 'path');
      if (args[i].length > 0) joined = joined === undefined ? args[i] : `${joined}/${args[i]}`;
    }
    if (joined === undefined) return '.';
    return posix.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    const f = from === '/' ? [] : from.slice(1).split('/');
    const t = to === '/' ? [] : to.slice(1).split('/');
    let i = 0;
    while (i < f.length && i < t.length && f[i] === t[i]) i++;
    const up = f.slice(i).map(() => '..');
    return up.concat(t.slice(i)).join('/');
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const hasRoot = path[0] === '/';
    let end = -1;
    let matchedSlash = true;
    for (let i = path.length - 1; i >= 1; --i) {
      if (path[i] === '/') {
        if (!matchedSlash) {
          end = i;
          break;
        }
      } else {
        matchedSlash = false;
      }
    }
    if (end === -1) return hasRoot ? '/' : '.';
    if (hasRoot && end === 1) return '//';
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    let end = path.length;
    while (end > 0 && path[end - 1] === '/') end--;
    if (end === 0) return '';
    let start = path.lastIndexOf('/', end - 1) + 1;
    let base = path.slice(start, end);
    if (suffix !== undefined && suffix.length > 0 && suffix.length < base.length + 0 &&
        base.endsWith(suffix)) {
      base = base.slice(0, base.length - suffix.length);
    } else if (suffix !== undefined && suffix === base) {
      return base;
    }
    return base;
  },

  extname(path) {
    validateString(path, 'path');
    const base = posix.basename(path);
    const dot = base.lastIndexOf('.');
    if (dot <= 0) return '';
    if (dot === base.length - 1) {
      // 'a.' has extension '.', '..' has none
      return base === '..' ? '' : '.';
    }
    return base.slice(dot);
  },

  format(pathObject) {
    if (pathObject === null || typeof pathObject !== 'object') {
      throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('pathObject', 'Object', pathObject);
    }
    const dir = pathObject.dir || pathObject.root;
    const base = pathObject.base || `${pathObject.name || ''}${pathObject.ext ? (pathObject.ext[0] === '.' ? '' : '.') + pathObject.ext : ''}`;
    if (!dir) return base;
    return dir === pathObject.root ? `${dir}${base}` : `${dir}/${base}`;
  },

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const isAbsolute = path[0] === '/';
    if (isAbsolute) ret.root = '/';
    let end = path.length;
    while (end > 1 && path[end - 1] === '/') end--;
    const trimmed = path.slice(0, end);
    const slash = trimmed.lastIndexOf('/');
    ret.base = trimmed.slice(slash + 1);
    if (ret.base === '' && isAbsolute) {
      ret.dir = '/';
      return ret;
    }
    const dot = ret.base.lastIndexOf('.');
    if (dot <= 0 || ret.base === '..') {
      ret.name = ret.base;
    } else {
      ret.name = ret.base.slice(0, dot);
      ret.ext = ret.base.slice(dot);
    }
    if (slash > 0) ret.dir = trimmed.slice(0, slash);
    else if (isAbsolute) ret.dir = '/';
    return ret;
  },

  matchesGlob(path, pattern) {
    validateString(path, 'path');
    validateString(pattern, 'pattern');
    if (!globWarned) {
      globWarned = true;
      process.emitWarning('glob is an experimental feature and might change at any time', 'ExperimentalWarning');
    }
    return expandBraces(pattern).some((p) => matchSegments(path.split('/'), 0, p.split('/'), 0));
  },
};

// --- matchesGlob: *, **, ?, [...] and {a,b}; '*' and '?' never match a leading dot ---
let globWarned = false;

function expandBraces(pattern) {
  const open = pattern.indexOf('{');
  if (open === -1) return [pattern];
  let depth = 0;
  const parts = [];
  let start = open + 1;
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      parts.push(pattern.slice(start, i));
      const head = pattern.slice(0, open);
      const tail = pattern.slice(i + 1);
      if (parts.length === 1) return expandBraces(head + `\\{${parts[0]}\\}` + tail);
      return parts.flatMap((p) => expandBraces(head + p + tail));
    } else if (c === ',' && depth === 1) {
      parts.push(pattern.slice(start, i));
      start = i + 1;
    }
  }
  return [pattern];
}

const segmentCache = new Map();
function segmentRegExp(seg) {
  let re = segmentCache.get(seg);
  if (re !== undefined) return re;
  let src = seg[0] === '.' ? '' : '(?!\\.)';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if (c === '*') src += '[^/]*';
    else if (c === '?') src += '[^/]';
    else if (c === '\\' && i + 1 < seg.length) src += `\\${seg[++i]}`;
    else if (c === '[') {
      const end = seg.indexOf(']', i + 2);
      if (end === -1) src += '\\[';
      else {
        let body = seg.slice(i + 1, end);
        if (body[0] === '!') body = `^${body.slice(1)}`;
        src += `[${body.replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else src += c.replace(/[.+^$(){}|\\]/g, '\\$&');
  }
  re = new RegExp(`^${src}$`);
  segmentCache.set(seg, re);
  return re;
}

function matchSegments(path, i, pattern, j) {
  for (; j < pattern.length; j++, i++) {
    if (pattern[j] === '**') {
      for (let k = i; k <= path.length; k++) {
        if (matchSegments(path, k, pattern, j + 1)) return true;
        if (k < path.length && path[k][0] === '.') return false;
      }
      return false;
    }
    if (i >= path.length || (path[i] === '' && pattern[j] !== '')) return false;
    if (!segmentRegExp(pattern[j]).test(path[i])) return false;
  }
  return i === path.length;
}

// Node's old name for toNamespacedPath.
posix._makeLong = posix.toNamespacedPath;
posix.posix = posix;
posix.win32 = posix;
module.exports = posix;

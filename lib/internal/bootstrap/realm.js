'use strict';
// The builtin module loader. Runs first, with the native `process` object and
// `internalBinding`; exports requireBuiltin(id). Builtins are the bytecode compiled
// from lib/ at build time (ids are paths under lib/ without ".js"); nothing is read
// from disk. Modules under internal/ are private to the runtime.

const natives = internalBinding('natives');
const cache = new Map();

// Packages embedded from npm (internal/deps/<pkg>/...) import Node's builtins by
// their npm names; these map them to ours.
const depAliases = {
  'process/': 'internal/streams/process',
  'process': 'internal/streams/process',
  'buffer': 'buffer',
  'events': 'events',
  'string_decoder': 'string_decoder',
  'string_decoder/': 'string_decoder',
  'stream': 'stream',
  'abort-controller': 'internal/abort_controller_shim',
};

function dirOf(id) {
  const i = id.lastIndexOf('/');
  return i === -1 ? '' : id.slice(0, i);
}

function joinId(base, rel) {
  const parts = base === '' ? [] : base.split('/');
  for (const seg of rel.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

function resolveFrom(parentId, spec) {
  if (spec.startsWith('node:')) spec = spec.slice(5);
  if (spec.startsWith('./') || spec.startsWith('../')) {
    const id = joinId(dirOf(parentId), spec.replace(/\.js$/, ''));
    if (natives.has(id)) return id;
    if (natives.has(id + '/index')) return id + '/index';
    return id;
  }
  if (parentId.startsWith('internal/deps/') && depAliases[spec] !== undefined) {
    return depAliases[spec];
  }
  return spec;
}

function requireBuiltin(id) {
  const cached = cache.get(id);
  if (cached !== undefined) return cached.exports;
  if (!natives.has(id)) {
    const err = new Error(`Cannot find module '${id}'`);
    err.code = 'MODULE_NOT_FOUND';
    throw err;
  }
  const module = { id, exports: {}, loaded: false };
  cache.set(id, module);
  const fn = natives.compile(id);
  // Resolved ids, and then the loaded modules, are memoized per module: embedded
  // packages call require() inside hot constructors (readable-stream's
  // Writable/Readable require './duplex' for every stream).
  const resolved = new Map();
  const loaded = new Map();
  const require = (spec) => {
    const done = loaded.get(spec);
    if (done !== undefined && done.loaded) return done.exports;
    let target = resolved.get(spec);
    if (target === undefined) {
      target = resolveFrom(id, spec);
      resolved.set(spec, target);
    }
    const exports = requireBuiltin(target);
    const record = cache.get(target);
    if (record !== undefined && record.loaded) loaded.set(spec, record);
    return exports;
  };
  require.canBeRequiredByUsers = requireBuiltin.canBeRequiredByUsers;
  require.publicIds = requireBuiltin.publicIds;
  try {
    fn.call(module.exports, module.exports, require, module, process, internalBinding, undefined);
  } catch (err) {
    cache.delete(id);
    throw err;
  }
  module.loaded = true;
  return module.exports;
}

// Public builtins: every id outside internal/ ('net', 'stream/promises', ...).
requireBuiltin.canBeRequiredByUsers = function canBeRequiredByUsers(id) {
  return natives.has(id) && !id.startsWith('internal/');
};
requireBuiltin.publicIds = function publicIds() {
  return natives.list().filter((id) => requireBuiltin.canBeRequiredByUsers(id));
};
requireBuiltin.process = process;
requireBuiltin.internalBinding = internalBinding;

module.exports = requireBuiltin;

'use strict';
// Fills in the `process` object: identity, environment, clocks, exit, warnings and
// the standard streams (created on first use).

const binding = internalBinding('process');

// process.env stores strings only, as Node's does: assignments are converted (a
// Symbol throws), and a symbol key reads as undefined.
function envProxy(env) {
  return new Proxy(env, {
    set(target, key, value) {
      if (typeof key === 'symbol') return false;
      if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
      target[key] = `${value}`;
      return true;
    },
    defineProperty(target, key, desc) {
      if (!('value' in desc) || desc.get || desc.set) {
        const err = new TypeError("'process.env' does not accept an accessor(getter/setter) descriptor");
        err.code = 'ERR_INVALID_OBJECT_DEFINE_PROPERTY';
        throw err;
      }
      target[key] = `${desc.value}`;
      return true;
    },
  });
}

function setupProcessObject(process, EventEmitter) {
  Object.setPrototypeOf(process, EventEmitter.prototype);
  EventEmitter.call(process);
  Object.defineProperty(process, Symbol.toStringTag, {
    value: 'process', writable: false, enumerable: false, configurable: true,
  });

  process.title = 'protojs';
  process.version = binding.version;
  process.versions = {
    node: binding.version.slice(1),
    protojs: binding.protojsVersion,
    quickjs: '2025-04-26',
    uv: binding.uvVersion,
    llhttp: '9.2.1',
    brotli: binding.brotliVersion,
    openssl: binding.opensslVersion,
    zlib: binding.zlibVersion,
  };
  process.release = { name: 'node', lts: 'Iron' };
  process.arch = 'x64';
  process.platform = 'linux';
  process.argv = binding.argv;
  process.execArgv = binding.execArgv;
  process.argv0 = 'protojs';
  process.execPath = binding.execPath;
  process.env = envProxy(binding.env);
  process.pid = binding.pid;
  process.ppid = binding.ppid;
  process.config = { variables: {} };
  process.features = { inspector: false, ipv6: true, tls: false };
  process._exiting = false;
  let exitCode;
  Object.defineProperty(process, 'exitCode', {
    get() { return exitCode; },
    set(code) {
      if (code !== null && code !== undefined) {
        let value = code;
        if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
        if (typeof value !== 'number') {
          const { codes } = require('internal/errors');
          throw new codes.ERR_INVALID_ARG_TYPE('code', 'number', code);
        }
        if (!Number.isInteger(value)) {
          const { codes } = require('internal/errors');
          throw new codes.ERR_OUT_OF_RANGE('code', 'an integer', code);
        }
      }
      exitCode = code;
    },
    enumerable: true, configurable: false,
  });

  process.cwd = function cwd() {
    const r = binding.cwd();
    if (typeof r === 'number') throw require('internal/errors').uvException({ errno: r, syscall: 'uv_cwd' });
    return r;
  };
  process.chdir = function chdir(directory) {
    if (typeof directory !== 'string') {
      throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('directory', 'string', directory);
    }
    const err = binding.chdir(directory);
    if (err) {
      const e = require('internal/errors').uvException({ errno: err, syscall: 'chdir', path: process.cwd(), dest: directory });
      e.message = `${e.code}: no such file or directory, chdir ${process.cwd()} -> '${directory}'`;
      throw e;
    }
  };

  const hrtime = function hrtime(prev) {
    const ns = binding.hrtimeNs();
    const sec = Number(ns / 1000000000n);
    const nsec = Number(ns % 1000000000n);
    if (prev !== undefined) {
      if (!Array.isArray(prev)) {
        throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('time', 'Array', prev);
      }
      let s = sec - prev[0];
      let n = nsec - prev[1];
      if (n < 0) { s -= 1; n += 1e9; }
      return [s, n];
    }
    return [sec, nsec];
  };
  hrtime.bigint = function bigint() { return binding.hrtimeNs(); };
  process.hrtime = hrtime;
  process.uptime = function uptime() { return binding.uptime(); };
  const memoryUsage = function memoryUsage() { return binding.memoryUsage(); };
  memoryUsage.rss = function rss() { return binding.rss(); };
  process.memoryUsage = memoryUsage;
  process.resourceUsage = function resourceUsage() { return binding.resourceUsage(); };
  process.umask = function umask(mask) { return binding.umask(mask); };
  // Node's synchronous debug print to stderr (no stream, no callbacks).
  process._rawDebug = function _rawDebug(...args) {
    binding.writeString(2, `${require('internal/util/inspect').format(...args)}\n`);
  };
  process.cpuUsage = function cpuUsage(prev) {
    const r = binding.resourceUsage();
    const user = r.userCPUTime;
    const system = r.systemCPUTime;
    if (prev) return { user: user - prev.user, system: system - prev.system };
    return { user, system };
  };
  const [uid, euid, gid, egid] = binding.ids;
  process.getuid = () => uid;
  process.geteuid = () => euid;
  process.getgid = () => gid;
  process.getegid = () => egid;

  process.kill = function kill(pid, sig = 'SIGTERM') {
    const signals = require('internal/process/signals');
    const num = typeof sig === 'number' ? sig : signals[sig];
    if (num === undefined) throw new (require('internal/errors').codes.ERR_UNKNOWN_SIGNAL)(sig);
    const err = binding.kill(pid, num);
    if (err) throw new (require('internal/errors').ErrnoException)(err, 'kill');
    return true;
  };

  process.reallyExit = binding.reallyExit;
  process.exit = function exit(code) {
    if (code !== undefined) process.exitCode = code;
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', process.exitCode ?? 0);
    }
    binding.reallyExit(process.exitCode ?? 0);
  };
  process.abort = function abort() { binding.reallyExit(134); };

  process.emitWarning = function emitWarning(warning, type, code, ctor) {
    let detail;
    if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
      ctor = type.ctor;
      code = type.code;
      detail = type.detail;
      type = type.type || 'Warning';
    } else if (typeof type === 'function') {
      ctor = type;
      code = undefined;
      type = 'Warning';
    }
    if (type !== undefined && typeof type !== 'string') {
      throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('type', 'string', type);
    }
    if (typeof code === 'function') {
      ctor = code;
      code = undefined;
    }
    if (typeof warning === 'string') {
      const w = new Error(warning);
      w.name = String(type || 'Warning');
      if (code !== undefined) w.code = code;
      if (detail !== undefined) w.detail = detail;
      warning = w;
    } else if (!(warning instanceof Error)) {
      throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('warning', ['Error', 'string'], warning);
    }
    if (warning.name === 'DeprecationWarning' && process.noDeprecation) return;
    process.nextTick(() => {
      process.emit('warning', warning);
    });
  };
  const { startListeningIfSignal, stopListeningIfSignal } = require('internal/process/signal_listeners');
  process.on('newListener', startListeningIfSignal);
  process.on('removeListener', stopListeningIfSignal);
  // The default 'warning' printer, as Node's: (node:PID) Name: message
  let warnedTrace = false;
  process.on('warning', (warning) => {
    if (warning.name === 'DeprecationWarning' && process.noDeprecation) return;
    let msg = `(node:${process.pid}) `;
    if (warning.code) msg += `[${warning.code}] `;
    msg += `${warning.name}: ${warning.message}`;
    if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
    if (!warnedTrace) {
      warnedTrace = true;
      const flag = warning.name === 'DeprecationWarning' ? '--trace-deprecation' : '--trace-warnings';
      msg += `\n(Use \`node ${flag} ...\` to show where the warning was created)`;
    }
    binding.writeString(2, `${msg}\n`);
  });

  const stdio = require('internal/process/stdio');
  for (const name of ['stdout', 'stderr', 'stdin']) {
    Object.defineProperty(process, name, {
      configurable: true, enumerable: true,
      get() {
        const value = stdio.create(name);
        Object.defineProperty(process, name, { value, configurable: true, enumerable: true, writable: true });
        return value;
      },
    });
  }
}

module.exports = { setupProcessObject };

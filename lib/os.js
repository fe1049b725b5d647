'use strict';
// node:os — facts about the host from the os binding (libuv's uv_os_* calls).

const binding = internalBinding('os');
const { codes } = require('internal/errors');

// Node reports a failed uv_os_* call as ERR_SYSTEM_ERROR with the libuv details.
function systemError(err, syscall) {
  const { uvErrmapGet } = require('internal/errors');
  const [code, message] = uvErrmapGet(err) || ['UNKNOWN', 'unknown error'];
  const e = new codes.ERR_SYSTEM_ERROR();
  e.message = `A system error occurred: ${syscall} returned ${code} (${message})`;
  e.info = { errno: err, code, message, syscall };
  e.errno = err;
  e.syscall = syscall;
  return e;
}

function checked(value, syscall) {
  if (typeof value === 'number' && value < 0) throw systemError(value, syscall);
  return value;
}

function validateInt(value, name, min, max) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new codes.ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function uname() { return checked(binding.getUname(), 'uv_os_uname'); }

function hostname() { return checked(binding.getHostname(), 'uv_os_gethostname'); }
function homedir() { return checked(binding.getHomeDirectory(), 'uv_os_homedir'); }
function type() { return uname()[0]; }
function version() { return uname()[1]; }
function release() { return uname()[2]; }
function machine() { return uname()[3]; }
function arch() { return process.arch; }
function platform() { return process.platform; }
function endianness() { return 'LE'; }
function totalmem() { return binding.getTotalMem(); }
function freemem() { return binding.getFreeMem(); }
function uptime() { return checked(binding.getUptime(), 'uv_uptime'); }
function loadavg() { return binding.getLoadAvg(); }
function availableParallelism() { return binding.getAvailableParallelism(); }

function tmpdir() {
  let path = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

function cpus() {
  const flat = checked(binding.getCPUs(), 'uv_cpu_info');
  const out = [];
  for (let i = 0; i < flat.length; i += 7) {
    out.push({
      model: flat[i],
      speed: flat[i + 1],
      times: { user: flat[i + 2], nice: flat[i + 3], sys: flat[i + 4], idle: flat[i + 5], irq: flat[i + 6] },
    });
  }
  return out;
}

// Prefix length of a netmask ('255.255.255.0' -> 24, 'ffff:ffff::' -> 32).
function maskBits(netmask, v4) {
  let bits = 0;
  const parts = v4 ? netmask.split('.').map(Number) : expandV6(netmask);
  for (const part of parts) {
    let p = part;
    while (p) { bits += p & 1; p >>>= 1; }
  }
  return bits;
}

function expandV6(addr) {
  const [head, tail] = addr.split('::');
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : new Array(8 - h.length - t.length).fill('0');
  return h.concat(fill, t).map((x) => parseInt(x, 16) || 0);
}

function networkInterfaces() {
  const flat = checked(binding.getInterfaceAddresses(), 'uv_interface_addresses');
  const out = {};
  for (let i = 0; i < flat.length; i += 7) {
    const [name, address, netmask, family, mac, internal, scopeid] = flat.slice(i, i + 7);
    const entry = { address, netmask, family, mac, internal, cidr: `${address}/${maskBits(netmask, family === 'IPv4')}` };
    if (family === 'IPv6') entry.scopeid = scopeid;
    (out[name] ??= []).push(entry);
  }
  return out;
}

function userInfo(options) {
  const info = checked(binding.getUserInfo(), 'uv_os_get_passwd');
  if (options && options.encoding === 'buffer') {
    const { Buffer } = require('buffer');
    for (const k of ['username', 'homedir', 'shell']) if (info[k] !== null) info[k] = Buffer.from(info[k]);
  }
  return info;
}

function getPriority(pid = 0) {
  validateInt(pid, 'pid', -2147483648, 2147483647);
  return checked(binding.getPriority(pid), 'uv_os_getpriority');
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt(pid, 'pid', -2147483648, 2147483647);
  validateInt(priority, 'priority', -20, 19);
  checked(binding.setPriority(pid, priority), 'uv_os_setpriority');
}

const constants = {
  __proto__: null,
  UV_UDP_REUSEADDR: 4,
  dlopen: binding.dlopen,
  errno: binding.errno,
  signals: binding.signals,
  priority: binding.priority,
};

// Functions whose value Node also gives through Symbol.toPrimitive (`${os.hostname}`).
for (const fn of [arch, availableParallelism, endianness, freemem, homedir, hostname, machine,
                  platform, release, tmpdir, totalmem, type, uptime, version]) {
  fn[Symbol.toPrimitive] = () => fn();
}

module.exports = {
  arch, availableParallelism, cpus, endianness, freemem, getPriority, homedir, hostname,
  loadavg, networkInterfaces, platform, release, setPriority, tmpdir, totalmem, type,
  userInfo, uptime, version, machine, constants, EOL: '\n', devNull: '/dev/null',
};

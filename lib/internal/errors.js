'use strict';
// Node's error registry: every ERR_* code is defined once here and never changes.
// System errors are built from a libuv code in JS (native returns the code; JS
// builds the error), with Node's shape: message `syscall CODE address:port`,
// properties code, errno (negative), syscall, address, port.

const uv = internalBinding('uv');
let errorMap;
function uvErrmapGet(err) {
  if (errorMap === undefined) errorMap = uv.getErrorMap();
  return errorMap[-err];
}

const kIsNodeError = Symbol('kIsNodeError');
const codes = {};
const messages = new Map();

// As Node 20: a NodeError constructor per code whose prototype extends the base
// error class's and carries toString (`Name [CODE]: message`), the kIsNodeError
// marker and a `constructor` getter giving the base class (so inspect names the
// base); each error has only its own stack, message and code (plus what a message
// function sets). Own keys in Node's order: a string message is set before `code`,
// a message function runs after `code` is set (ERR_FALSY_VALUE_REJECTION: code,
// reason). A function rather than a class: some callers (the readable-stream
// package) call a code without `new`.
// The prototype is completed when the first error of the code is made (every
// process loads this module; most codes are never used). It is the function's own
// default prototype object, completed in place: classes extending a code before
// then (as readable-stream does), and that first error, get the same chain.
const kNoArgs = [];
function makeNodeErrorWithCode(Base, key) {
  // Small, and capturing little: one is made for every code at startup. The error
  // is constructed here, not in a helper whose frame would be in every stack.
  function NodeError(...args) {
    return initNodeError(Reflect.construct(Base, kNoArgs, new.target ?? NodeError), NodeError, Base, key, args);
  }
  return NodeError;
}

const completedCodes = new Set();
function initNodeError(error, NodeError, Base, key, args) {
  if (!completedCodes.has(NodeError)) completeNodeError(NodeError, Base, key);
  const msg = messages.get(key);
  if (typeof msg === 'function') {
    error.code = key;
    Object.defineProperty(error, 'message', {
      value: Reflect.apply(msg, error, args), enumerable: false, writable: true, configurable: true,
    });
  } else {
    Object.defineProperty(error, 'message', {
      value: args.length === 0 ? msg : lazyFormat()(msg, ...args),
      enumerable: false, writable: true, configurable: true,
    });
    error.code = key;
  }
  return setNodeErrorStack(error);
}

// Getters shared by all codes (named as a class's would be).
const isNodeErrorGetter = Object.getOwnPropertyDescriptor({ get [kIsNodeError]() { return true; } }, kIsNodeError).get;
const constructorGetters = new Map();

function completeNodeError(NodeError, Base, key) {
  completedCodes.add(NodeError);
  Object.setPrototypeOf(NodeError, Base);
  const proto = NodeError.prototype;
  Object.setPrototypeOf(proto, Base.prototype);
  let getConstructor = constructorGetters.get(Base);
  if (getConstructor === undefined) {
    getConstructor = Object.getOwnPropertyDescriptor({ get constructor() { return Base; } }, 'constructor').get;
    constructorGetters.set(Base, getConstructor);
  }
  Object.defineProperty(proto, 'constructor', { get: getConstructor, enumerable: false, configurable: true });
  Object.defineProperty(proto, 'toString', {
    value: function toString() { return `${this.name} [${key}]: ${this.message}`; },
    enumerable: false, writable: true, configurable: true,
  });
  Object.defineProperty(proto, kIsNodeError, { get: isNodeErrorGetter, enumerable: false, configurable: true });
}

// The stack was captured when the error was created, before the message was set,
// and starts with the frames of Reflect.construct and NodeError: replace those with
// the `Name [CODE]: message` line.
function setNodeErrorStack(err) {
  const stack = err.stack;
  if (typeof stack === 'string') {
    let from = stack.indexOf('    at NodeError');
    from = from === -1 ? 0 : from + 1;
    const nl = stack.indexOf('\n    at', from);
    const frames = nl === -1 ? '' : stack.slice(nl);
    Object.defineProperty(err, 'stack', {
      value: `${err.name} [${err.code}]: ${err.message}${frames}`,
      enumerable: false, writable: true, configurable: true,
    });
  }
  return err;
}

let formatFn;
function lazyFormat() {
  if (formatFn === undefined) formatFn = require('internal/util/inspect').format;
  return formatFn;
}

function E(sym, val, def, ...otherClasses) {
  messages.set(sym, val);
  def = makeNodeErrorWithCode(def, sym);
  for (const clazz of otherClasses) def[clazz.name] = makeNodeErrorWithCode(clazz, sym);
  codes[sym] = def;
}

// A short description of a value for "Received ..." messages, as Node prints it.
function describeReceived(value) {
  if (value == null) return ` Received ${value}`;
  if (typeof value === 'function') return ` Received function ${value.name}`;
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) {
      return ` Received an instance of ${value.constructor.name}`;
    }
    return ` Received ${lazyInspect()(value, { depth: -1 })}`;
  }
  let inspected = lazyInspect()(value, { colors: false });
  if (inspected.length > 28) inspected = `${inspected.slice(0, 25)}...`;
  return ` Received type ${typeof value} (${inspected})`;
}

let inspectFn;
function lazyInspect() {
  if (inspectFn === undefined) {
    try { inspectFn = require('internal/util/inspect').inspect; } catch { inspectFn = (v) => String(v); }
  }
  return inspectFn;
}

const classRegExp = /^([A-Z][a-z0-9]*)+$/;
const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];

function formatList(array, type = 'and') {
  return array.length < 3 ? array.join(` ${type} `)
    : `${array.slice(0, -1).join(', ')}, ${type} ${array[array.length - 1]}`;
}

function invalidArgTypeMessage(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  let msg = 'The ';
  if (name.endsWith(' argument')) msg += `${name} `;
  else msg += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  msg += 'must be ';
  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (kTypes.includes(value)) types.push(value.toLowerCase());
    else if (classRegExp.test(value)) instances.push(value);
    else other.push(value);
  }
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) { types.splice(pos, 1); instances.push('Object'); }
  }
  if (types.length > 0) {
    if (types.length > 2) msg += `one of type ${formatList(types, 'or')}`;
    else msg += `${types.length === 2 ? 'one of type' : 'of type'} ${formatList(types, 'or')}`;
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += `an instance of ${formatList(instances, 'or')}`;
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 1) msg += `one of ${formatList(other, 'or')}`;
    else {
      if (other[0].toLowerCase() !== other[0]) msg += 'an ';
      msg += `${other[0]}`;
    }
  }
  return msg + '.' + describeReceived(actual);
}

function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return `${val.slice(0, i)}${res}`;
}

E('ERR_ASSERTION', '%s', Error);
E('ERR_ASYNC_TYPE', 'Invalid name for async "type": %s', TypeError);
E('ERR_BROTLI_INVALID_PARAM', '%s is not a valid Brotli parameter', RangeError);
E('ERR_BUFFER_OUT_OF_BOUNDS', (name = undefined) => {
  if (name) return `"${name}" is outside of buffer bounds`;
  return 'Attempt to access memory outside buffer bounds';
}, RangeError);
E('ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than %s bytes', RangeError);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_INVALID_ARG_TYPE', invalidArgTypeMessage, TypeError);
E('ERR_INVALID_ARG_VALUE', (name, value, reason = 'is invalid') => {
  let inspected = lazyInspect()(value);
  if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
  const type = name.includes('.') ? 'property' : 'argument';
  return `The ${type} '${name}' ${reason}. Received ${inspected}`;
}, TypeError, RangeError);
E('ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of %s', RangeError);
E('ERR_INVALID_CHAR', (name, field = undefined) => {
  let msg = `Invalid character in ${name}`;
  if (field !== undefined) msg += ` ["${field}"]`;
  return msg;
}, TypeError);
E('ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent', TypeError);
E('ERR_INVALID_HTTP_TOKEN', '%s must be a valid HTTP token ["%s"]', TypeError);
E('ERR_INVALID_IP_ADDRESS', 'Invalid IP address: %s', TypeError);
E('ERR_INVALID_ASYNC_ID', 'Invalid %s value: %s', RangeError);
E('ERR_INVALID_RETURN_VALUE', (input, name, value) => {
  // Node's determineSpecificType: the "Received ..." description without the prefix.
  const type = describeReceived(value).slice(' Received '.length);
  return `Expected ${input} to be returned from the "${name}" function but got ${type}.`;
}, TypeError, RangeError);
E('ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError);
E('ERR_INVALID_URL', function (input) {
  this.input = input;
  return 'Invalid URL';
}, TypeError);
E('ERR_INVALID_URL_SCHEME', (expected) => `The URL must be of scheme ${expected}`, TypeError);
E('ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error);
E('ERR_MISSING_ARGS', (...args) => {
  let msg = 'The ';
  const len = args.length;
  const wrap = (a) => `"${a}"`;
  args = args.map((a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
  switch (len) {
    case 1: msg += `${args[0]} argument`; break;
    case 2: msg += `${args[0]} and ${args[1]} arguments`; break;
    default: msg += args.slice(0, len - 1).join(', ') + `, and ${args[len - 1]} arguments`; break;
  }
  return `${msg} must be specified`;
}, TypeError);
E('ERR_MISSING_OPTION', '%s is required', TypeError);
E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
E('ERR_OUT_OF_RANGE', (str, range, input, replaceDefaultBoolean = false) => {
  let msg = replaceDefaultBoolean ? str : `The value of "${str}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) received = addNumericalSeparator(String(input));
  else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else received = lazyInspect()(input);
  msg += ` It must be ${range}. Received ${received}`;
  return msg;
}, RangeError);
E('ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.', Error);
E('ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error);
E('ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound', Error);
E('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) => {
  const operator = allowZero ? '>=' : '>';
  return `${name} should be ${operator} 0 and < 65536.${describeReceived(port)}.`;
}, RangeError);
E('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
E('ERR_SOCKET_BAD_BUFFER_SIZE', 'Buffer size must be a positive integer', TypeError);
E('ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6', TypeError);
E('ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected', Error);
E('ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected', Error);
E('ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running', Error);
E('ERR_INVALID_ADDRESS', 'Invalid socket address', Error);
E('ERR_SOCKET_CLOSED_BEFORE_CONNECTION', 'Socket closed before the connection was established', Error);
E('ERR_TLS_CERT_ALTNAME_INVALID', function(reason, host, cert) { this.reason = reason; this.host = host; this.cert = cert; return `Hostname/IP does not match certificate's altnames: ${reason}`; }, Error);
E('ERR_TLS_HANDSHAKE_TIMEOUT', 'TLS handshake timeout', Error);
E('ERR_TLS_INVALID_CONTEXT', '%s must be a SecureContext', TypeError);
E('ERR_TLS_INVALID_PROTOCOL_VERSION', (v, kind) => `${JSON.stringify(v)} is not a valid ${kind} TLS protocol version`, TypeError);
E('ERR_TLS_INVALID_STATE', 'TLS socket connection must be securely established', Error);
E('ERR_TLS_PROTOCOL_VERSION_CONFLICT', (v, p) => `TLS protocol version ${JSON.stringify(v)} conflicts with secureProtocol ${JSON.stringify(p)}`, TypeError);
E('ERR_TLS_SNI_FROM_SERVER', 'Cannot issue SNI from a TLS server-side socket', Error);
E('ERR_SOCKET_CONNECTION_TIMEOUT', 'Socket connection timeout', Error);
E('ERR_STREAM_DESTROYED', 'Cannot call %s after a stream was destroyed', Error);
E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
E('ERR_STREAM_ALREADY_FINISHED', 'Cannot call %s after a stream was finished', Error);
E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
E('ERR_UNHANDLED_ERROR', (err = undefined) => {
  // events.js passes the already inspected value, as Node's does.
  const msg = 'Unhandled error.';
  if (err === undefined) return msg;
  return `${msg} (${err})`;
}, Error);
E('ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError);
E('ERR_UNKNOWN_SIGNAL', 'Unknown signal: %s', TypeError);
E('ERR_USE_AFTER_CLOSE', '%s was closed', Error);
E('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', '%s maxBuffer length exceeded', RangeError);
E('ERR_UNHANDLED_REJECTION', 'This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "%s".', Error);
E('ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: %s', Error);
E('ERR_ZLIB_INITIALIZATION_FAILED', 'Initialization failed', Error);
E('ERR_REQUIRE_ESM', (filename) => `require() of ES Module ${filename} not supported.`, Error);
E('ERR_MODULE_NOT_FOUND', (path, base, type = 'package') => `Cannot find ${type} '${path}' imported from ${base}`, Error);
E('ERR_UNSUPPORTED_DIR_IMPORT', "Directory import '%s' is not supported resolving ES modules imported from %s", Error);
E('ERR_INVALID_PACKAGE_TARGET', 'Invalid package target %s', Error);
E('ERR_PACKAGE_PATH_NOT_EXPORTED', (pkgPath, subpath) => (subpath === '.'
  ? `No "exports" main defined in ${pkgPath}package.json`
  : `Package subpath '${subpath}' is not defined by "exports" in ${pkgPath}package.json`), Error);
E('ERR_INVALID_MODULE_SPECIFIER', 'Invalid module "%s" %s', TypeError);
E('ERR_INVALID_MIME_SYNTAX', (production, str, invalidIndex) => {
  const at = invalidIndex !== -1 ? ` at ${invalidIndex}` : '';
  return `The MIME syntax for a ${production} in "${str}" is invalid${at}`;
}, TypeError);
E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', '%s', TypeError);
E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', "Unexpected argument '%s'. This command does not take positional arguments", TypeError);
E('ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
  const suggest = allowPositionals ? `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}` : '';
  return `Unknown option '${option}'${suggest}`;
}, TypeError);
E('ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for %s', TypeError);
E('ERR_FALSY_VALUE_REJECTION', function (reason) {
  this.reason = reason;
  return 'Promise was rejected with falsy value';
}, Error);
E('ERR_HTTP_HEADERS_SENT', 'Cannot %s headers after they are sent to the client', Error);
E('ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "%s" for header "%s"', TypeError);
E('ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: %s', RangeError);
E('ERR_HTTP_TRAILER_INVALID', 'Trailers are invalid with this transfer encoding', Error);
E('ERR_HTTP_BODY_NOT_ALLOWED', 'Adding content for this request method or response status is not allowed.', Error);
E('ERR_HTTP_CONTENT_LENGTH_MISMATCH', 'Response body\'s content-length of %s byte(s) does not match the content-length of %s byte(s) set in header', Error);
E('ERR_HTTP_SOCKET_ENCODING', 'Changing the socket encoding is not allowed per RFC7230 Section 3.', Error);
E('ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout', Error);
E('ERR_HTTP_SOCKET_ASSIGNED', 'ServerResponse has an already assigned socket', Error);
E('ERR_INVALID_PROTOCOL', 'Protocol "%s" not supported. Expected "%s"', TypeError);
E('ERR_UNESCAPED_CHARACTERS', '%s contains unescaped characters', TypeError);
E('ERR_INVALID_ADDRESS_FAMILY', function (addressType, host, port) {
  this.host = host;
  this.port = port;
  return `Invalid address family: ${addressType} ${host}:${port}`;
}, RangeError);
E('ERR_INVALID_FD_TYPE', 'Unsupported fd type: %s', TypeError);
E('ERR_SOCKET_CLOSED_BEFORE_CONNECTION', 'Socket closed before the connection was established', Error);
E('ERR_INVALID_STATE', 'Invalid state: %s', Error, TypeError, RangeError);
E('ERR_STRING_TOO_LONG', 'Cannot create a string longer than 0x1fffffe8 characters', Error);
E('ERR_ENCODING_INVALID_ENCODED_DATA', function (encoding, ret) { this.errno = ret; return `The encoded data was not valid for encoding ${encoding}`; }, TypeError);
E('ERR_ENCODING_NOT_SUPPORTED', 'The "%s" encoding is not supported', RangeError);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_EVENT_RECURSION', 'The event "%s" is already being dispatched', Error);
E('ERR_INVALID_OPT_VALUE_ENCODING', 'The value "%s" is invalid for option "encoding"', TypeError);
E('ERR_NO_CRYPTO', 'Node.js is not compiled with OpenSSL crypto support', Error);
E('ERR_CRYPTO_HASH_FINALIZED', 'Digest already called', Error);
E('ERR_CRYPTO_HASH_UPDATE_FAILED', 'Hash update failed', Error);
E('ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation %s', Error);
E('ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Invalid scrypt parameter', Error);
E('ERR_CRYPTO_ECDH_INVALID_FORMAT', 'Invalid ECDH format: %s', TypeError);
E('ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', 'Public key is not valid for specified curve', Error);
E('ERR_CRYPTO_INCOMPATIBLE_KEY', 'Incompatible %s: %s', Error);
E('ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', 'The selected key encoding %s %s.', Error);
E('ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: %s', TypeError);
E('ERR_CRYPTO_INVALID_JWK', 'Invalid JWK data', TypeError);
E('ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'Invalid key object type %s, expected %s.', TypeError);
E('ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign', Error);
E('ERR_INTERNAL_ASSERTION', (message) => {
  const suffix = 'This is caused by either a bug in Node.js or incorrect usage of Node.js internals.\n' +
    'Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n';
  return message === undefined ? suffix : `${message}\n${suffix}`;
}, Error);
E('ERR_TEST_FAILURE', function (error, failureType) {
  this.failureType = failureType;
  this.cause = error;
  return error && error.message ? error.message : String(error);
}, Error);
E('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError);
E('ERR_AMBIGUOUS_ARGUMENT', 'The "%s" argument is ambiguous. %s', TypeError);
E('ERR_INVALID_SYNC_FORK_INPUT', 'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s', TypeError);
E('ERR_DIR_CLOSED', 'Directory handle was closed', Error);
E('ERR_FS_FILE_TOO_LARGE', 'File size (%s) is greater than 2 GiB', RangeError);
E('ERR_SYSTEM_ERROR', 'A system error occurred', Error);
E('ERR_INVALID_TUPLE', '%s must be an iterable %s tuple', TypeError);
E('ERR_ARG_NOT_ITERABLE', '%s must be iterable', TypeError);
E('ERR_INVALID_FILE_URL_PATH', 'File URL path %s', TypeError);
E('ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on %s', TypeError);

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

// Node's AggregateError of a Node API (net's happy eyeballs): `code` from the first
// error, and a Node error's stack line, "AggregateError [CODE]: message".
class NodeAggregateError extends AggregateError {
  constructor(errors, message) {
    super(errors, message);
    this.code = errors[0]?.code;
    setNodeErrorStack(this);
  }
  get [kIsNodeError]() { return true; }
  get ['constructor']() { return AggregateError; }
}

function uvErrorName(err) {
  const desc = uvErrmapGet(err);
  return desc ? desc[0] : `Unknown system error ${err}`;
}

// Node's UVException: `${code}: ${message}, ${syscall} '${path}' -> '${dest}'`.
function uvException(ctx) {
  const desc = uvErrmapGet(ctx.errno) || [`Unknown system error ${ctx.errno}`, 'unknown error'];
  const [code, uvmsg] = desc;
  let message = `${code}: ${ctx.message || uvmsg}, ${ctx.syscall}`;
  let path, dest;
  if (ctx.path) { path = String(ctx.path); message += ` '${path}'`; }
  if (ctx.dest) { dest = String(ctx.dest); message += ` -> '${dest}'`; }
  const err = new Error(message);
  err.errno = ctx.errno;
  err.code = code;
  err.syscall = ctx.syscall;
  if (path) err.path = path;
  if (dest) err.dest = dest;
  return err;
}

// Node's ErrnoException: `${syscall} ${code}` (+ ` ${original}`).
class ErrnoException extends Error {
  constructor(err, syscall, original) {
    const code = uvErrorName(err);
    const message = original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`;
    super(message);
    this.errno = err;
    this.code = code;
    this.syscall = syscall;
  }
}

// Node's ExceptionWithHostPort: `connect ECONNREFUSED 127.0.0.1:9`.
class ExceptionWithHostPort extends Error {
  constructor(err, syscall, address, port, additional) {
    const code = uvErrorName(err);
    let details = '';
    if (port && port > 0) details = ` ${address}:${port}`;
    else if (address) details = ` ${address}`;
    if (additional) details += ` - Local (${additional})`;
    super(`${syscall} ${code}${details}`);
    this.errno = err;
    this.code = code;
    this.syscall = syscall;
    this.address = address;
    if (port) this.port = port;
  }
}

// Node's UVExceptionWithHostPort: `listen EADDRINUSE: address already in use :::80`.
class UVExceptionWithHostPort extends Error {
  constructor(err, syscall, address, port) {
    const [code, uvmsg] = uvErrmapGet(err) || [`Unknown system error ${err}`, 'unknown error'];
    let details = '';
    if (port && port > 0) details = ` ${address}:${port}`;
    else if (address) details = ` ${address}`;
    super(`${syscall} ${code}: ${uvmsg}${details}`);
    this.code = code;
    this.errno = err;
    this.syscall = syscall;
    this.address = address;
    if (port) this.port = port;
  }
}

// Node's DNSException: `getaddrinfo ENOTFOUND host`.
class DNSException extends Error {
  constructor(code, syscall, hostname) {
    let errno;
    if (typeof code === 'number') {
      errno = code;
      code = code === uv.UV_EAI_NODATA || code === uv.UV_EAI_NONAME ? 'ENOTFOUND' : uvErrorName(code);
    }
    super(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
    this.errno = errno;
    this.code = code;
    this.syscall = syscall;
    if (hostname) this.hostname = hostname;
  }
}
for (const C of [ErrnoException, ExceptionWithHostPort, UVExceptionWithHostPort, DNSException]) {
  Object.defineProperty(C.prototype, 'name', { value: 'Error', writable: true, configurable: true, enumerable: false });
  // Node's system errors report plain Error as their constructor.
  Object.defineProperty(C.prototype, 'constructor', { get() { return Error; }, configurable: true, enumerable: false });
}

function hideStackFrames(fn) { return fn; }

function genericNodeError(message, props) {
  const err = new Error(message);
  Object.assign(err, props);
  return err;
}

// A function on an error that gives the stack to report it with when uncaught
// (events.js: where an unhandled 'error' event was emitted).
const kEnhanceStackBeforeInspector = Symbol('kEnhanceStackBeforeInspector');

module.exports = {
  AbortError,
  NodeAggregateError,
  DNSException,
  ErrnoException,
  ExceptionWithHostPort,
  UVExceptionWithHostPort,
  codes,
  genericNodeError,
  hideStackFrames,
  kEnhanceStackBeforeInspector,
  kIsNodeError,
  uvErrmapGet,
  uvErrorName,
  uvException,
  describeReceived,
};

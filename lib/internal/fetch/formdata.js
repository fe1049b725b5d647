'use strict';
// FormData (XMLHttpRequest Standard) as Node 20's undici has it, and its
// multipart/form-data serialization and parsing for request and response bodies.

const { Blob, File, blobBytes } = require('internal/blob');

const kEntries = Symbol('form data entries');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

const { argCount, pairIterator, finishInterface } = require('internal/fetch/webidl');

function toUSV(value) {
  return `${value}`.toWellFormed ? `${value}`.toWellFormed() : `${value}`;
}

// A string, or a Blob made a File named filename (or 'blob' when it has no name).
function makeEntry(name, value, filename) {
  name = toUSV(name);
  if (typeof value === 'string' || !(value instanceof Blob)) return [name, toUSV(value)];
  if (!(value instanceof File) || filename !== undefined) {
    const fname = filename !== undefined ? toUSV(filename) : value instanceof File ? value.name : 'blob';
    const options = { type: value.type };
    if (value instanceof File) options.lastModified = value.lastModified;
    value = new File([value], fname, options);
  }
  return [name, value];
}

function checkBlobArg(method, value, argc) {
  if (argc > 2 && !(value instanceof Blob)) {
    throw new TypeError(`Failed to execute '${method}' on 'FormData': parameter 2 is not of type 'Blob'`);
  }
}

class FormData {
  constructor(form) {
    if (form !== undefined) throw new TypeError('FormData constructor: Argument 1 could not be converted to: undefined.');
    this[kEntries] = [];
  }

  append(name, value, filename = undefined) {
    argCount('FormData.append', arguments.length, 2);
    checkBlobArg('append', value, arguments.length);
    this[kEntries].push(makeEntry(name, value, filename));
  }

  delete(name) {
    argCount('FormData.delete', arguments.length, 1);
    name = toUSV(name);
    this[kEntries] = this[kEntries].filter((e) => e[0] !== name);
  }

  get(name) {
    argCount('FormData.get', arguments.length, 1);
    name = toUSV(name);
    const entry = this[kEntries].find((e) => e[0] === name);
    return entry === undefined ? null : entry[1];
  }

  getAll(name) {
    argCount('FormData.getAll', arguments.length, 1);
    name = toUSV(name);
    return this[kEntries].filter((e) => e[0] === name).map((e) => e[1]);
  }

  has(name) {
    argCount('FormData.has', arguments.length, 1);
    name = toUSV(name);
    return this[kEntries].some((e) => e[0] === name);
  }

  set(name, value, filename = undefined) {
    argCount('FormData.set', arguments.length, 2);
    checkBlobArg('set', value, arguments.length);
    const entry = makeEntry(name, value, filename);
    const list = this[kEntries];
    const at = list.findIndex((e) => e[0] === entry[0]);
    if (at === -1) {
      list.push(entry);
    } else {
      list[at] = entry;
      this[kEntries] = list.filter((e, i) => i <= at || e[0] !== entry[0]);
    }
  }

  forEach(callback, thisArg = undefined) { iterator.forEach(this, callback, thisArg, arguments.length); }
  keys() { return iterator.make(this, 'key'); }
  values() { return iterator.make(this, 'value'); }
  entries() { return iterator.make(this, 'key+value'); }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const fn = inspect || require('internal/util/inspect').inspect;
    const obj = {};
    for (const [k, v] of this[kEntries]) {
      if (!Object.prototype.hasOwnProperty.call(obj, k)) obj[k] = v;
      else if (Array.isArray(obj[k])) obj[k].push(v);
      else obj[k] = [obj[k], v];
    }
    return `FormData ${fn(obj, options)}`;
  }

  // After util.inspect's hook, as in Node (the prototype's symbols come in that order).
  [Symbol.iterator]() { return iterator.make(this, 'key+value'); }
}

finishInterface(FormData, 'FormData', ['append', 'delete', 'get', 'getAll', 'has', 'set', 'keys', 'values', 'entries', 'forEach']);
const iterator = pairIterator('FormData', (form) => form[kEntries]);

// ---- multipart/form-data ---------------------------------------------------------

const escapeName = (str) => str.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
const normalizeLinefeeds = (str) => str.replace(/\r?\n|\r/g, '\r\n');

// The body as one Buffer and its Content-Type with the boundary, as undici writes it.
function serialize(form) {
  // Blobs here hold their bytes in memory, so the body is built at once.
  const boundary = `----formdata-undici-0${`${Math.floor(Math.random() * 1e11)}`.padStart(11, '0')}`;
  const prefix = `--${boundary}\r\nContent-Disposition: form-data`;
  const parts = [];
  for (const [name, value] of form[kEntries]) {
    if (typeof value === 'string') {
      parts.push(Buffer.from(`${prefix}; name="${escapeName(normalizeLinefeeds(name))}"\r\n\r\n${normalizeLinefeeds(value)}\r\n`));
    } else {
      parts.push(Buffer.from(`${prefix}; name="${escapeName(normalizeLinefeeds(name))}"` +
        (value.name ? `; filename="${escapeName(value.name)}"` : '') + '\r\n' +
        `Content-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`));
      parts.push(blobBytes(value));
      parts.push(Buffer.from('\r\n'));
    }
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { bytes: Buffer.concat(parts), type: `multipart/form-data; boundary=${boundary}` };
}

function unescapeName(str) {
  return str.replace(/%0A/gi, '\n').replace(/%0D/gi, '\r').replace(/%22/g, '"');
}

function parseError() {
  return new TypeError('Failed to parse body as FormData.');
}

// Parses a multipart/form-data body (bytes) with the given boundary into a FormData.
function parseMultipart(bytes, boundary) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const form = new FormData();
  const delim = Buffer.from(`--${boundary}`);
  let pos = buf.indexOf(delim);
  if (pos !== 0) throw parseError();
  for (;;) {
    pos += delim.length;
    if (buf[pos] === 0x2d && buf[pos + 1] === 0x2d) break;  // the closing delimiter
    if (buf[pos] !== 0x0d || buf[pos + 1] !== 0x0a) throw parseError();
    pos += 2;
    const headEnd = buf.indexOf('\r\n\r\n', pos);
    if (headEnd === -1) throw parseError();
    const head = buf.toString('latin1', pos, headEnd);
    const next = buf.indexOf(Buffer.concat([Buffer.from('\r\n'), delim]), headEnd + 4);
    if (next === -1) throw parseError();
    const content = buf.subarray(headEnd + 4, next);
    let name = null;
    let filename = null;
    let type = null;
    for (const line of head.split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon === -1) throw parseError();
      const hname = line.slice(0, colon).trim().toLowerCase();
      const hvalue = line.slice(colon + 1).trim();
      if (hname === 'content-disposition') {
        const n = /(?:^|;)\s*name="([^"]*)"/i.exec(hvalue) || /(?:^|;)\s*name=([^;]*)/i.exec(hvalue);
        const f = /;\s*filename="([^"]*)"/i.exec(hvalue) || /;\s*filename=([^;]*)/i.exec(hvalue);
        if (n) name = unescapeName(Buffer.from(n[1], 'latin1').toString('utf8'));
        if (f) filename = unescapeName(Buffer.from(f[1], 'latin1').toString('utf8'));
      } else if (hname === 'content-type') {
        type = hvalue;
      }
    }
    if (name === null) throw parseError();
    if (filename !== null) {
      form.append(name, new File([content], filename, { type: type ?? '' }));
    } else {
      form.append(name, content.toString('utf8'));
    }
    pos = next + 2;
  }
  return form;
}

module.exports = { FormData, kEntries, serialize, parseMultipart };

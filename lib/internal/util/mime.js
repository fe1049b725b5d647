'use strict';
// util.MIMEType and util.MIMEParams: MIME type parsing after the WHATWG MIME Sniffing
// standard, with the small deviations of Node 20's parser (which the tests pin).

const { codes } = require('internal/errors');

const kTokenInvalid = /[^!#$%&'*+\-.^_`|~A-Za-z0-9]/;
const kQuotedInvalid = /[^\t\u0020-~\u0080-\u00FF]/;

const isHttpSpace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const lowerAscii = (s) => s.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));

function firstIndex(str, re) {
  const m = re.exec(str);
  return m === null ? -1 : m.index;
}

function trimEndSpace(str) {
  let end = str.length;
  while (end > 0 && isHttpSpace(str[end - 1])) end--;
  return str.slice(0, end);
}

function syntaxError(production, str, index) {
  const err = new codes.ERR_INVALID_MIME_SYNTAX(production, str, index);
  return err;
}

// [type, subtype, position after the ';' that ends the subtype]
function parseEssence(str) {
  let pos = 0;
  while (pos < str.length && isHttpSpace(str[pos])) pos++;
  const slash = str.indexOf('/', pos);
  const type = slash === -1 ? str.slice(pos) : str.slice(pos, slash);
  const badType = firstIndex(type, kTokenInvalid);
  if (type === '' || badType !== -1 || slash === -1) throw syntaxError('type', str, badType);
  const semicolon = str.indexOf(';', slash + 1);
  const rawSubtype = semicolon === -1 ? str.slice(slash + 1) : str.slice(slash + 1, semicolon);
  const subtype = trimEndSpace(rawSubtype);
  const badSubtype = firstIndex(subtype, kTokenInvalid);
  if (subtype === '' || badSubtype !== -1) throw syntaxError('subtype', str, badSubtype);
  return [lowerAscii(type), lowerAscii(subtype), semicolon === -1 ? str.length : semicolon + 1];
}

// A quoted-string value starting after its opening quote: [value, position after it].
function readQuoted(str, pos) {
  let value = '';
  while (pos < str.length) {
    const c = str[pos];
    if (c === '"') return [value, pos + 1];
    if (c === '\\') {
      // A backslash escapes the next character; a final one stands for itself.
      value += pos + 1 < str.length ? str[pos + 1] : '\\';
      pos += pos + 1 < str.length ? 2 : 1;
      continue;
    }
    value += c;
    pos++;
  }
  return [value, pos];
}

// Parameters from `pos` on; names are lowercased and the first occurrence wins.
function parseParameters(str, pos, map) {
  const end = trimEndSpace(str).length;
  while (pos < end) {
    while (pos < str.length && isHttpSpace(str[pos])) pos++;
    let nameEnd = pos;
    while (nameEnd < str.length && str[nameEnd] !== ';' && str[nameEnd] !== '=') nameEnd++;
    const name = lowerAscii(str.slice(pos, nameEnd));
    pos = nameEnd;
    if (pos < end) {
      const c = str[pos++];
      if (c === ';') continue;
    }
    if (pos >= end) break;
    let value;
    if (str[pos] === '"') {
      [value, pos] = readQuoted(str, pos + 1);
    } else {
      const semicolon = str.indexOf(';', pos);
      const raw = semicolon === -1 ? str.slice(pos) : str.slice(pos, semicolon);
      pos += raw.length;
      value = trimEndSpace(raw);
      if (value === '') continue;
    }
    if (name !== '' && !kTokenInvalid.test(name) && !kQuotedInvalid.test(value) && !map.has(name)) {
      map.set(name, value);
    }
    pos++;
  }
}

// A parameter value as written back: bare when it is a token, else quoted.
function serializeValue(value) {
  if (value.length === 0) return '""';
  if (!kTokenInvalid.test(value)) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

class MIMEParams {
  #data = new Map();

  delete(name) { this.#data.delete(name); }
  get(name) { return this.#data.has(name) ? this.#data.get(name) : null; }
  has(name) { return this.#data.has(name); }

  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    const badName = firstIndex(name, kTokenInvalid);
    if (name.length === 0 || badName !== -1) throw syntaxError('parameter name', name, badName);
    const badValue = firstIndex(value, kQuotedInvalid);
    if (badValue !== -1) throw syntaxError('parameter value', value, badValue);
    this.#data.set(name, value);
  }

  *entries() { yield* this.#data.entries(); }
  *keys() { yield* this.#data.keys(); }
  *values() { yield* this.#data.values(); }

  toString() {
    let out = '';
    for (const [key, value] of this.#data) {
      if (out.length) out += ';';
      out += `${key}=${serializeValue(value)}`;
    }
    return out;
  }

  static fill(params, str, pos) {
    parseParameters(str, pos, params.#data);
  }
}
Object.defineProperty(MIMEParams.prototype, 'toJSON', {
  value: MIMEParams.prototype.toString, writable: true, configurable: true, enumerable: false,
});
Object.defineProperty(MIMEParams.prototype, Symbol.iterator, {
  value: MIMEParams.prototype.entries, writable: true, configurable: true, enumerable: false,
});
const fillParams = MIMEParams.fill;
delete MIMEParams.fill;

function checkToken(production, value) {
  const bad = firstIndex(value, kTokenInvalid);
  if (value.length === 0 || bad !== -1) throw syntaxError(production, value, bad);
  return lowerAscii(value);
}

class MIMEType {
  #type;
  #subtype;
  #params;

  constructor(string) {
    string = `${string}`;
    const [type, subtype, pos] = parseEssence(string);
    this.#type = type;
    this.#subtype = subtype;
    this.#params = new MIMEParams();
    fillParams(this.#params, string, pos);
  }

  get type() { return this.#type; }
  set type(value) { this.#type = checkToken('type', `${value}`); }
  get subtype() { return this.#subtype; }
  set subtype(value) { this.#subtype = checkToken('subtype', `${value}`); }
  get essence() { return `${this.#type}/${this.#subtype}`; }
  get params() { return this.#params; }

  toString() {
    const params = this.#params.toString();
    return params.length ? `${this.#type}/${this.#subtype};${params}` : `${this.#type}/${this.#subtype}`;
  }
}
Object.defineProperty(MIMEType.prototype, 'toJSON', {
  value: MIMEType.prototype.toString, writable: true, configurable: true, enumerable: false,
});

module.exports = { MIMEType, MIMEParams };

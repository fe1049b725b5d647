// libFuzzer harness: the JS half of HTTP parsing, in an embedded protoJS runtime.
// The bytes go through the http_parser binding with _http_common's callbacks into
// IncomingMessage (header lines, duplicates, trailers, url), as the server (request)
// or the client (response) uses them; each header name/value and the url then go
// through the outgoing checks (validateHeaderName/Value) and the URL parser.
// Input: [options][split][bytes]: options bit 0 = response, bit 1 = the insecure
// (lenient) parser, bit 2 = joinDuplicateHeaders, bit 3 = a response to HEAD;
// split = 0: one read, else reads of split % 64 + 1 bytes.
// Invariants: execute() returns a count in [0, read] or a 'Parse Error' with an HPE_
// code; headers are keyed in lower case with string values (arrays for set-cookie)
// and, from the strict parser, hold no CR, LF or NUL; rawHeaders come in pairs; a
// name/value accepted by validateHeaderName/Value can not inject a header line;
// new URL(url, base) returns or throws ERR_INVALID_URL.
#include <cstdint>
#include <string_view>

#include "support/JsHarness.h"

namespace {

const char kFactory[] = R"JS(
(require) => {
  const { HTTPParser, parsers, freeParser } = require('_http_common');
  const { validateHeaderName, validateHeaderValue } = require('_http_outgoing');
  const fail = (what, ...values) => { throw new Error(`${what}: ${JSON.stringify(values)}`); };
  const kLenientAll = 0x3ff;

  function expectCode(fn, codes) {
    try {
      fn();
      return true;
    } catch (e) {
      if (!(e instanceof Error) || !codes.includes(e.code)) fail('unexpected throw', String(e), e?.code);
      return false;
    }
  }

  // What the server (setHeader) would send: never a second header line.
  function checkOutgoing(name, value) {
    const nameOk = expectCode(() => validateHeaderName(name), ['ERR_INVALID_HTTP_TOKEN']);
    const valueOk = expectCode(() => validateHeaderValue(name, value), ['ERR_INVALID_CHAR', 'ERR_HTTP_INVALID_HEADER_VALUE']);
    if (nameOk && !/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(name)) fail('bad name accepted', name);
    if (valueOk && /[\r\n\0]/.test(value)) fail('CR/LF/NUL value accepted', name, value);
  }

  function checkMessage(m, strict, isResponse) {
    if (m.rawHeaders.length % 2 !== 0) fail('rawHeaders not in pairs', m.rawHeaders);
    for (const [key, value] of Object.entries(m.headers)) {
      if (key !== key.toLowerCase()) fail('header key not lower case', key);
      const values = Array.isArray(value) ? value : [value];
      if (Array.isArray(value) && key !== 'set-cookie') fail('array value', key, value);  // as Node
      for (const v of values) {
        if (typeof v !== 'string') fail('non-string value', key, v);
        if (strict && /[\r\n\0]/.test(v)) fail('CR/LF/NUL in a parsed value', key, v);
      }
    }
    for (let i = 0; i < m.rawHeaders.length; i += 2) {
      if (!(m.rawHeaders[i].toLowerCase() in m.headers)) fail('raw header missing', m.rawHeaders[i]);
      checkOutgoing(m.rawHeaders[i], m.rawHeaders[i + 1]);
    }
    if (!isResponse) {
      if (typeof m.url !== 'string' || typeof m.method !== 'string') fail('request line', m.url, m.method);
      expectCode(() => new URL(m.url, 'http://localhost'), ['ERR_INVALID_URL']);
      checkOutgoing('x', m.url);
    } else if (typeof m.statusCode !== 'number' || typeof m.statusMessage !== 'string') {
      fail('status line', m.statusCode, m.statusMessage);
    }
  }

  return (input, bytes) => {
    const data = new Uint8Array(bytes);
    if (data.length < 2) return;
    const opts = data[0], split = data[1];
    const isResponse = (opts & 1) !== 0, strict = (opts & 2) === 0;
    const parser = parsers.alloc();
    parser.initialize(isResponse ? HTTPParser.RESPONSE : HTTPParser.REQUEST, {}, 0, strict ? 0 : kLenientAll);
    parser.joinDuplicateHeaders = (opts & 4) !== 0;
    const messages = [];
    parser.onIncoming = (incoming) => {
      messages.push(incoming);
      if (incoming.upgrade) return 2;
      const s = incoming.statusCode;
      return isResponse && ((opts & 8) || (s >= 100 && s < 200 && s !== 101)) ? 1 : 0;
    };
    const body = Buffer.from(data.buffer, 2);
    const step = split === 0 ? body.length : (split % 64) + 1;
    let stopped = false;
    for (let off = 0; off < body.length && !stopped; off += step) {
      const read = body.subarray(off, off + step);
      const r = parser.execute(read);
      if (r instanceof Error) {
        if (!/^HPE_/.test(r.code) || !(r.bytesParsed >= 0 && r.bytesParsed <= read.length)) fail('parse error', r.code, r.bytesParsed);
        stopped = true;
      } else if (!(r >= 0 && r <= read.length)) {
        fail('execute() result', r, read.length);
      } else if (r < read.length) {
        stopped = true;  // an upgrade: the rest is another protocol
      }
    }
    if (!stopped) {
      const r = parser.finish();
      if (r instanceof Error && !/^HPE_/.test(r.code)) fail('finish error', r.code);
    }
    freeParser(parser);
    for (const m of messages) checkMessage(m, strict, isResponse);
    const text = input.slice(2);
    const colon = text.indexOf(':');
    checkOutgoing(colon < 0 ? text : text.slice(0, colon), colon < 0 ? '' : text.slice(colon + 1));
  };
}
)JS";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static fuzz::JsHarness js(kFactory);
  if (size > 4096) return 0;
  js.call(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}

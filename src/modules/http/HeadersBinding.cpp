// internalBinding('http_headers'): serializes a headers object (plain, or the
// setHeader() store) for
// OutgoingMessage._storeHeader in one native call (validation, "name: value\r\n"
// lines, and which framing headers were set), instead of a regex test, a
// lower-casing and a string concatenation per header in the interpreter.
//
// Only the common shape is handled here: own enumerable string keys with string or
// number values, all ASCII. Anything else (arrays, invalid characters, non-ASCII,
// other value types) returns undefined and the JS path runs, which also throws
// Node's errors; so this never decides what is valid on its own.
#include <cstring>
#include <string>

#include "runtime/Binding.h"
#include "runtime/Runtime.h"
#include "runtime/Value.h"

namespace protojs {

namespace {

// RFC 7230 tchar.
bool isTokenChar(unsigned char c) {
  if (c >= 'a' && c <= 'z') return true;
  if (c >= 'A' && c <= 'Z') return true;
  if (c >= '0' && c <= '9') return true;
  return std::strchr("!#$%&'*+-.^_`|~", c) != nullptr && c != 0;
}

bool isToken(const char* s, size_t len) {
  if (len == 0) return false;
  for (size_t i = 0; i < len; i++) {
    if (!isTokenChar(static_cast<unsigned char>(s[i]))) return false;
  }
  return true;
}

// HTAB and SP..'~' (obs-text, 0x80-0xFF, is left to the JS path).
bool isPlainValue(const char* s, size_t len) {
  for (size_t i = 0; i < len; i++) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c != '\t' && (c < 0x20 || c > 0x7e)) return false;
  }
  return true;
}

// The headers OutgoingMessage's framing logic looks at (lengths 4 to 17): 1 + the
// index here is the kind storeNatively() hands to applyFraming() in
// lib/_http_outgoing.js (framingKinds there lists them in this order); 0: none.
int framingKind(const char* s, size_t len) {
  static const char* const names[] = {"connection", "transfer-encoding", "content-length",
                                      "date", "expect", "trailer", "keep-alive"};
  if (len < 4 || len > 17) return 0;
  for (int i = 0; i < 7; i++) {
    if (std::strlen(names[i]) == len && strncasecmp(names[i], s, len) == 0) return i + 1;
  }
  return 0;
}

class CString {
 public:
  CString(JSContext* ctx, JSValueConst v) : ctx_(ctx), s_(JS_ToCStringLen(ctx, &len_, v)) {}
  ~CString() { if (s_) JS_FreeCString(ctx_, s_); }
  CString(const CString&) = delete;
  CString& operator=(const CString&) = delete;
  const char* data() const { return s_; }
  size_t size() const { return len_; }

 private:
  JSContext* ctx_;
  size_t len_ = 0;
  const char* s_;
};

// One header: appends its line and, for a framing header, pushes its kind and value
// onto `framing`. False when the JS path must take over.
bool appendHeader(JSContext* ctx, std::string& out, JSValueConst framing, uint32_t& nFraming,
                  JSValueConst name, JSValueConst value) {
  if (!JS_IsString(value) && !JS_IsNumber(value)) return false;
  CString n(ctx, name);
  CString v(ctx, value);
  if (!n.data() || !v.data()) return false;
  if (!isToken(n.data(), n.size()) || !isPlainValue(v.data(), v.size())) return false;
  out.append(n.data(), n.size()).append(": ", 2).append(v.data(), v.size()).append("\r\n", 2);
  if (int kind = framingKind(n.data(), n.size())) {
    JS_SetPropertyUint32(ctx, framing, nFraming++, JS_NewInt32(ctx, kind));
    JS_SetPropertyUint32(ctx, framing, nFraming++, JS_DupValue(ctx, value));
  }
  return true;
}

// headers[key] of a plain object, or, for setHeader()'s store ({ lower: [name,
// value] }), the entry's name and value.
bool nameAndValue(JSContext* ctx, JSValueConst headers, JSAtom key, bool entries, JSValue& name, JSValue& value) {
  value = JS_GetProperty(ctx, headers, key);
  if (JS_IsException(value)) {
    JS_FreeValue(ctx, JS_GetException(ctx));
    return false;
  }
  if (!entries) {
    name = JS_AtomToString(ctx, key);
    return true;
  }
  JSValue entry = value;
  if (JS_IsArray(ctx, entry) != 1) {
    name = JS_UNDEFINED;  // not an entry: the JS path decides
    return true;
  }
  name = JS_GetPropertyUint32(ctx, entry, 0);
  value = JS_GetPropertyUint32(ctx, entry, 1);
  JS_FreeValue(ctx, entry);
  return true;
}

// The lines of writeHead()'s flat array form [name, value, name, value, ...], or
// false when a pair is not a plain string name with a string or number value.
bool serializeFlatArray(JSContext* ctx, JSValueConst headers, JSValueConst framing, std::string& out) {
  uint32_t length = 0;
  JSValue len = JS_GetPropertyStr(ctx, headers, "length");
  bool ok = JS_ToUint32(ctx, &length, len) == 0 && length % 2 == 0;
  JS_FreeValue(ctx, len);
  out.reserve(32 * length);
  uint32_t nFraming = 0;
  for (uint32_t i = 0; i < length && ok; i += 2) {
    JSValue name = JS_GetPropertyUint32(ctx, headers, i);
    JSValue value = JS_GetPropertyUint32(ctx, headers, i + 1);
    ok = JS_IsString(name) && appendHeader(ctx, out, framing, nFraming, name, value);
    JS_FreeValue(ctx, value);
    JS_FreeValue(ctx, name);
  }
  return ok;
}

// serializeHeaders(headers, framing, entries) -> the header lines, or undefined.
// `headers`: a plain headers object, writeHead()'s flat array, or (`entries`)
// setHeader()'s store.
JSValue jsSerializeHeaders(JSContext* ctx, JSValueConst, int argc, JSValueConst* argv) {
  JSValueConst headers = argv[0];
  JSValueConst framing = argv[1];
  const bool entries = argc > 2 && JS_ToBool(ctx, argv[2]);
  if (!JS_IsObject(headers)) return JS_UNDEFINED;
  if (JS_IsArray(ctx, headers) != 0) {
    std::string out;
    if (entries || !serializeFlatArray(ctx, headers, framing, out)) {
      JS_FreeValue(ctx, JS_GetException(ctx));  // a throwing getter: the JS path reports it
      JS_SetPropertyStr(ctx, framing, "length", JS_NewInt32(ctx, 0));
      return JS_UNDEFINED;
    }
    return JS_NewStringLen(ctx, out.data(), out.size());
  }
  JSPropertyEnum* props = nullptr;
  uint32_t count = 0;
  if (JS_GetOwnPropertyNames(ctx, &props, &count, headers, JS_GPN_STRING_MASK | JS_GPN_ENUM_ONLY) < 0) {
    JS_FreeValue(ctx, JS_GetException(ctx));
    return JS_UNDEFINED;
  }
  std::string out;
  out.reserve(64 * count);
  uint32_t nFraming = 0;
  bool ok = true;
  for (uint32_t i = 0; i < count && ok; i++) {
    JSValue name = JS_UNDEFINED;
    JSValue value = JS_UNDEFINED;
    ok = nameAndValue(ctx, headers, props[i].atom, entries, name, value) && JS_IsString(name) &&
         appendHeader(ctx, out, framing, nFraming, name, value);
    JS_FreeValue(ctx, value);
    JS_FreeValue(ctx, name);
  }
  for (uint32_t i = 0; i < count; i++) JS_FreeAtom(ctx, props[i].atom);
  js_free(ctx, props);
  if (!ok) {
    JS_SetPropertyStr(ctx, framing, "length", JS_NewInt32(ctx, 0));
    return JS_UNDEFINED;
  }
  return JS_NewStringLen(ctx, out.data(), out.size());
}

void initHttpHeaders(Runtime&, JSContext* ctx, JSValueConst exports) {
  setFunction(ctx, exports, "serializeHeaders", jsSerializeHeaders, 3);
}

}  // namespace

PROTOJS_BINDING(http_headers, initHttpHeaders);

}  // namespace protojs

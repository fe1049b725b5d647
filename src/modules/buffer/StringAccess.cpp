#include "modules/buffer/StringAccess.h"

#include <cstring>

namespace protojs {

namespace {

// Mirror of QuickJS's `struct JSString` header (quickjs.c, 2025-04-26). The
// characters follow the header: uint8_t[len] (+ a NUL) or uint16_t[len].
struct QjsStringHeader {
  int refCount;
  uint32_t len : 31;
  uint8_t isWideChar : 1;
  uint32_t hash : 30;
  uint8_t atomType : 2;
  uint32_t hashNext;
};
static_assert(sizeof(QjsStringHeader) == 16, "unexpected JSString header size");

inline QjsStringHeader* header(JSValueConst v) { return static_cast<QjsStringHeader*>(JS_VALUE_GET_PTR(v)); }
inline uint8_t* chars(QjsStringHeader* h) { return reinterpret_cast<uint8_t*>(h) + sizeof(QjsStringHeader); }

JSValue allocString(JSContext* ctx, size_t len, bool wide, void** data) {
  const size_t bytes = sizeof(QjsStringHeader) + (wide ? len * 2 : len + 1);
  auto* h = static_cast<QjsStringHeader*>(js_malloc(ctx, bytes));
  if (!h) return JS_EXCEPTION;
  h->refCount = 1;
  h->len = uint32_t(len);
  h->isWideChar = wide ? 1 : 0;
  h->hash = 0;
  h->atomType = 0;
  h->hashNext = 0;
  if (!wide) chars(h)[len] = 0;
  *data = chars(h);
  return JS_MKPTR(JS_TAG_STRING, h);
}

}  // namespace

StringView::StringView(JSContext* ctx, JSValueConst v) : ctx_(ctx) {
  JSValueConst flat = v;
  if (JS_VALUE_GET_TAG(v) != JS_TAG_STRING) {
    holder_ = JS_ToString(ctx, v);  // flattens a rope, converts anything else
    if (JS_IsException(holder_)) return;
    flat = holder_;
  }
  QjsStringHeader* h = header(flat);
  data_ = chars(h);
  len_ = h->len;
  wide_ = h->isWideChar;
  ok_ = true;
}

StringView::~StringView() { JS_FreeValue(ctx_, holder_); }

JSValue newLatin1String(JSContext* ctx, size_t len, uint8_t** data) {
  void* p = nullptr;
  JSValue v = allocString(ctx, len, false, &p);
  *data = static_cast<uint8_t*>(p);
  return v;
}

JSValue newUtf16String(JSContext* ctx, size_t len, uint16_t** data) {
  void* p = nullptr;
  JSValue v = allocString(ctx, len, true, &p);
  *data = static_cast<uint16_t*>(p);
  return v;
}

JSValue makeLatin1String(JSContext* ctx, const uint8_t* s, size_t len) {
  if (len == 0) return JS_NewStringLen(ctx, "", 0);
  uint8_t* out;
  JSValue v = newLatin1String(ctx, len, &out);
  if (!JS_IsException(v)) std::memcpy(out, s, len);
  return v;
}

bool checkStringLayout(JSContext* ctx) {
  // "a\u00e9" is stored as 8-bit, "a\u0100" as 16-bit (QuickJS picks the narrowest).
  JSValue narrow = JS_NewStringLen(ctx, "a\xc3\xa9", 3);
  JSValue wide = JS_NewStringLen(ctx, "a\xc4\x80", 3);
  bool ok = JS_VALUE_GET_TAG(narrow) == JS_TAG_STRING && JS_VALUE_GET_TAG(wide) == JS_TAG_STRING;
  if (ok) {
    QjsStringHeader* n = header(narrow);
    QjsStringHeader* w = header(wide);
    const uint16_t* w16 = reinterpret_cast<const uint16_t*>(chars(w));
    ok = n->len == 2 && !n->isWideChar && n->atomType == 0 && chars(n)[0] == 'a' && chars(n)[1] == 0xE9 &&
         chars(n)[2] == 0 && w->len == 2 && w->isWideChar && w16[0] == 'a' && w16[1] == 0x100;
  }
  JS_FreeValue(ctx, narrow);
  JS_FreeValue(ctx, wide);
  if (!ok) return false;
  // A string built here must read back through QuickJS's own API.
  uint8_t* p;
  JSValue mine = newLatin1String(ctx, 2, &p);
  if (JS_IsException(mine)) return false;
  p[0] = 'o';
  p[1] = 'k';
  size_t len = 0;
  const char* s = JS_ToCStringLen(ctx, &len, mine);
  ok = s && len == 2 && std::memcmp(s, "ok", 2) == 0;
  if (s) JS_FreeCString(ctx, s);
  JS_FreeValue(ctx, mine);
  return ok;
}

}  // namespace protojs

// Direct access to QuickJS string storage, so Buffer can encode a string straight
// into buffer memory and decode bytes straight into a new string, with no
// intermediate UTF-8 copy (QuickJS's public API only offers UTF-8 in and out).
//
// QuickJS keeps a flat string as a JSString header followed by Latin-1 bytes or
// UTF-16 code units. The header below mirrors `struct JSString` of the pinned
// QuickJS release (2025-04-26, see scripts/bootstrap.sh); checkStringLayout()
// verifies the mirror against strings QuickJS itself built, and the buffer binding
// refuses to load if it does not match. Strings made here are allocated with
// js_malloc and are freed by QuickJS like its own (js_free_rt).
#pragma once
#include <quickjs.h>

#include <cstddef>
#include <cstdint>

namespace protojs {

// Node's limit on string length (V8's String::kMaxLength on 64-bit), 0x1fffffe8.
constexpr size_t kMaxStringLength = (size_t(1) << 29) - 24;

// A read-only view of a JS string's characters. Holds a reference only when it had
// to flatten a rope or convert a non-string.
class StringView {
 public:
  StringView(JSContext* ctx, JSValueConst v);
  ~StringView();
  StringView(const StringView&) = delete;
  StringView& operator=(const StringView&) = delete;

  bool ok() const { return ok_; }  // false: exception pending
  bool wide() const { return wide_; }
  size_t length() const { return len_; }
  const uint8_t* latin1() const { return static_cast<const uint8_t*>(data_); }
  const uint16_t* utf16() const { return static_cast<const uint16_t*>(data_); }

 private:
  JSContext* ctx_;
  JSValue holder_ = JS_UNDEFINED;
  const void* data_ = nullptr;
  size_t len_ = 0;
  bool wide_ = false;
  bool ok_ = false;
};

// New strings of `len` characters whose contents the caller fills through `*data`
// before the value is used. len must be > 0 and <= kMaxStringLength.
// Returns JS_EXCEPTION (out of memory) on failure.
JSValue newLatin1String(JSContext* ctx, size_t len, uint8_t** data);
JSValue newUtf16String(JSContext* ctx, size_t len, uint16_t** data);

// Copies bytes into a new Latin-1 string / code units into a UTF-16 string.
JSValue makeLatin1String(JSContext* ctx, const uint8_t* s, size_t len);

// True when the mirrored header matches this QuickJS build.
bool checkStringLayout(JSContext* ctx);

}  // namespace protojs

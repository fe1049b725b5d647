// Input layout: byte 0 seeds the split into reads (0 = one read), byte 1 holds
// options (below), the rest is the byte stream a peer sent.
//
// Invariants checked, besides "no crash, no sanitizer report":
// - execute() never reports more bytes parsed than it was given;
// - events come in order (begin, [headers...], complete-head, body..., [trailers], end);
// - a body slice lies inside the read being parsed (each read is its own exact-size
//   heap block, so ASan also catches reads past it);
// - at most kMaxHeaderPairs pairs are held, their bytes stay under maxHeaderSize, and
//   values come without trailing blanks;
// - a request with one numeric Content-Length and no Transfer-Encoding delivers
//   exactly that many body bytes (strict parser only: the smuggling-relevant case);
// - an error carries an 'HPE_*' code and stays sticky on the next execute().
#include "HttpFuzz.h"

#include <algorithm>
#include <cctype>
#include <memory>
#include <string>
#include <vector>

#include "Check.h"
#include "modules/http/HttpParser.h"

namespace fuzz {

using protojs::http::ParserCore;

namespace {

enum Option : uint8_t {
  kPauseOnComplete = 1 << 0,  // pause from the end-of-message callback (backpressure)
  kHeaderSizeMask = 3 << 1,   // maxHeaderSize: default, 100, 1024, 65536
  kLenientAll = 1 << 3,       // --insecure-http-parser
  kHeadRequest = 1 << 4,      // responses: the request was HEAD (skip the body)
  kThrowInBody = 1 << 5,      // the JS body callback throws (delegate returns -1)
};

uint32_t maxHeaderSizeFor(uint8_t opts) {
  static const uint32_t sizes[] = {0, 100, 1024, 65536};
  return sizes[(opts & kHeaderSizeMask) >> 1];
}

bool equalsIgnoreCase(const std::string& a, const char* b) {
  size_t n = std::char_traits<char>::length(b);
  if (a.size() != n) return false;
  for (size_t i = 0; i < n; i++)
    if (std::tolower(static_cast<unsigned char>(a[i])) != b[i]) return false;
  return true;
}

// Records what a message delivered and checks each event against the state.
struct Checker : ParserCore::Delegate {
  enum State { kIdle, kHead, kBody } state = kIdle;
  ParserCore* core = nullptr;
  llhttp_type_t type = HTTP_REQUEST;
  uint8_t opts = 0;
  uint32_t maxHeaderSize = 0;
  const char* readBegin = nullptr;  // the read being parsed
  const char* readEnd = nullptr;
  std::vector<std::pair<std::string, std::string>> headers;  // of the current message
  size_t bodyBytes = 0;
  bool skipBody = false;
  int messages = 0;

  void takePairs() {
    size_t held = core->url().size() + core->statusMessage().size();
    FUZZ_CHECK(core->pairCount() <= protojs::http::kMaxHeaderPairs, "%zu pairs", core->pairCount());
    for (size_t i = 0; i < core->pairCount(); i++) {
      std::string_view v = core->fieldValue(i);
      FUZZ_CHECK(v.empty() || (v.back() != ' ' && v.back() != '\t'), "value keeps a trailing blank");
      headers.emplace_back(core->fieldName(i), std::string(v));
      held += core->fieldName(i).size() + v.size();
    }
    FUZZ_CHECK(held < maxHeaderSize, "%zu header bytes held, limit %u", held, maxHeaderSize);
  }

  int onMessageBegin() override {
    FUZZ_CHECK(state == kIdle, "message begins in state %d", state);
    state = kHead;
    headers.clear();
    bodyBytes = 0;
    skipBody = false;
    return 0;
  }
  int onHeaders() override {
    FUZZ_CHECK(state != kIdle, "headers outside a message");
    FUZZ_CHECK(state == kBody || core->flushed(), "early headers without a flush");
    takePairs();
    return 0;
  }
  int onHeadersComplete() override {
    FUZZ_CHECK(state == kHead, "head completes in state %d", state);
    state = kBody;
    if (core->flushed()) FUZZ_CHECK(onHeaders() == 0, "flush");
    else takePairs();
    const llhttp_t& p = core->raw();
    if (type == HTTP_RESPONSE) {
      // As Node's client: responses to HEAD and 1xx (but 101) have no body.
      if (p.upgrade) return 2;
      if ((opts & kHeadRequest) || (p.status_code >= 100 && p.status_code < 200 && p.status_code != 101)) {
        skipBody = true;
        return 1;
      }
    }
    return 0;
  }
  int onBody(const char* at, size_t len) override {
    FUZZ_CHECK(state == kBody, "body in state %d", state);
    FUZZ_CHECK(!skipBody, "body after the delegate asked to skip it");
    FUZZ_CHECK(at >= readBegin && at + len <= readEnd, "body slice outside the read");
    bodyBytes += len;
    if (opts & kThrowInBody) return -1;
    return 0;
  }
  int onMessageComplete() override {
    FUZZ_CHECK(state == kBody, "message completes in state %d", state);
    state = kIdle;
    messages++;
    checkContentLength();
    if (opts & kPauseOnComplete) core->pause();
    return 0;
  }

  // The body length of a strictly parsed request with one plain Content-Length.
  void checkContentLength() {
    // Upgrades and CONNECT hand the bytes after the head to the new protocol.
    if (type != HTTP_REQUEST || (opts & kLenientAll) || core->raw().upgrade) return;
    const std::string* cl = nullptr;
    for (const auto& [name, value] : headers) {
      if (equalsIgnoreCase(name, "transfer-encoding")) return;
      if (!equalsIgnoreCase(name, "content-length")) continue;
      if (cl) return;
      cl = &value;
    }
    if (!cl || cl->empty() || cl->size() > 15) return;
    if (!std::all_of(cl->begin(), cl->end(), [](char c) { return c >= '0' && c <= '9'; })) return;
    FUZZ_CHECK(bodyBytes == std::stoull(*cl), "body %zu bytes, Content-Length %s", bodyBytes, cl->c_str());
  }
};

// The next read's length: the whole rest for seed 0, else pseudo-random lengths.
struct Splitter {
  uint32_t state;
  explicit Splitter(uint8_t seed) : state(seed ? seed * 2654435761u : 0) {}
  size_t next(size_t left) {
    if (state == 0) return left;
    state ^= state << 13;
    state ^= state >> 17;
    state ^= state << 5;
    size_t maxLen = (state & 0x100) ? 4 : 64;  // often byte-by-byte-ish reads
    return std::min(left, 1 + size_t(state % maxLen));
  }
};

// Feeds one read the way the binding and _http_server/_http_client do. Returns false
// when parsing has stopped (an error or an upgrade: the rest is not HTTP).
bool feed(ParserCore& core, Checker& checker, const char* data, size_t len) {
  // An exact-size copy: ASan flags any access past the read.
  std::unique_ptr<char[]> read(new char[len]);
  std::copy(data, data + len, read.get());
  checker.readBegin = read.get();
  checker.readEnd = read.get() + len;
  if (llhttp_get_errno(&core.raw()) == HPE_PAUSED) {
    // Parsing while paused (the stream kept reading) consumes nothing.
    ParserCore::Result r = core.execute(read.get(), len);
    FUZZ_CHECK(r.err == HPE_OK && r.nread == 0, "paused parser: err %d nread %zu", r.err, r.nread);
    core.resume();
  }
  ParserCore::Result r = core.execute(read.get(), len);
  FUZZ_CHECK(r.nread <= len, "nread %zu > %zu", r.nread, len);
  if (r.err != HPE_OK) {
    FUZZ_CHECK(r.code.rfind("HPE_", 0) == 0, "error code '%s'", r.code.c_str());
    ParserCore::Result again = core.execute(read.get(), len);
    FUZZ_CHECK(again.err != HPE_OK && again.nread <= len, "error not sticky");
    return false;
  }
  // After an upgrade, CONNECT or any 101 response the rest is another protocol.
  const llhttp_t& p = core.raw();
  const bool switched = p.upgrade || (p.type == HTTP_RESPONSE && p.status_code == 101);
  FUZZ_CHECK(r.nread == len || switched, "OK but parsed %zu of %zu", r.nread, len);
  if (r.nread < len) return false;
  return true;
}

}  // namespace

void fuzzHttpParser(llhttp_type_t type, const uint8_t* data, size_t size) {
  if (size < 2) return;
  Splitter split(data[0]);
  const uint8_t opts = data[1];
  const char* in = reinterpret_cast<const char*>(data + 2);
  size_t left = size - 2;

  ParserCore core;
  Checker checker;
  checker.core = &core;
  checker.type = type;
  checker.opts = opts;
  checker.maxHeaderSize = maxHeaderSizeFor(opts) ? maxHeaderSizeFor(opts) : protojs::http::kDefaultMaxHeaderSize;
  core.init(type, maxHeaderSizeFor(opts), (opts & kLenientAll) ? 0x3ff : 0);
  core.setDelegate(&checker);

  bool going = true;
  while (going && left > 0) {
    size_t n = split.next(left);
    going = feed(core, checker, in, n);
    in += n;
    left -= n;
  }
  if (going) {
    // The peer closed: a body delimited by EOF ends here, anything else is an error.
    if (llhttp_get_errno(&core.raw()) == HPE_PAUSED) core.resume();
    ParserCore::Result r = core.finish();
    FUZZ_CHECK(r.err == HPE_OK || r.code.rfind("HPE_", 0) == 0, "finish code '%s'", r.code.c_str());
  }
}

}  // namespace fuzz

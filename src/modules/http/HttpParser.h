// The C++ core of the HTTP parser binding: llhttp plus the bookkeeping Node's
// parser does around it (header pairs collected across reads, the header size
// limit, trailers, pause requested from inside a callback). It knows nothing about
// JS: events go to a Delegate, so GoogleTest drives it directly
// (tests/unit/test_http_parser.cpp) and HttpParserBinding.cpp turns them into JS calls.
#pragma once
#include <llhttp.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace protojs::http {

// Node's default for --max-http-header-size.
constexpr uint32_t kDefaultMaxHeaderSize = 16 * 1024;
// Header pairs kept before flushing them early (Node flushes when the 32nd field
// starts, so at most 31 pairs travel with the head).
constexpr size_t kMaxHeaderPairs = 31;
// Node's cap on one chunk's extensions (CVE-2024-22019: without it a peer could send
// an endless chunk header), answered with HPE_CHUNK_EXTENSIONS_OVERFLOW (413).
constexpr uint32_t kMaxChunkExtensionsSize = 16 * 1024;

class ParserCore {
 public:
  struct Delegate {
    virtual ~Delegate() = default;
    // Each returns 0 to go on, or -1 when the JS callback threw (stops the parse).
    virtual int onMessageBegin() = 0;
    // More header pairs than kMaxHeaderPairs (early flush) or trailers.
    virtual int onHeaders() = 0;
    // 0 = go on, 1 = no body follows, 2 = no body and upgrade, -1 = error.
    virtual int onHeadersComplete() = 0;
    virtual int onBody(const char* at, size_t len) = 0;
    virtual int onMessageComplete() = 0;
  };

  struct Result {
    llhttp_errno_t err = HPE_OK;
    size_t nread = 0;
    // For an error: the llhttp errno name ('HPE_...') and its reason, with a
    // 'CODE:reason' from our own callbacks split apart as Node does.
    std::string code;
    std::string reason;
  };

  ParserCore();
  ParserCore(const ParserCore&) = delete;
  ParserCore& operator=(const ParserCore&) = delete;

  // type: HTTP_REQUEST or HTTP_RESPONSE. maxHeaderSize 0 means the default.
  void init(llhttp_type_t type, uint32_t maxHeaderSize, uint16_t lenientFlags);
  void setDelegate(Delegate* d) { delegate_ = d; }

  Result execute(const char* data, size_t len);
  Result finish();
  // Inside a callback the pause takes effect when execute() returns (as in Node).
  void pause();
  void resume();
  bool executing() const { return executing_; }

  // The head of the current message, valid from onHeadersComplete (or onHeaders)
  // until the delegate returns.
  size_t pairCount() const { return pairs_; }
  const std::string& fieldName(size_t i) const { return names_[i]; }
  // The value with trailing spaces and tabs removed (Node's ToTrimmedString).
  std::string_view fieldValue(size_t i) const;
  const std::string& url() const { return url_; }
  const std::string& statusMessage() const { return status_; }
  // After an early flush the rest of the head travels through onHeaders too.
  bool flushed() const { return flushed_; }
  // Forgets the pairs and url handed over (after a flush).
  void clearHead();

  const llhttp_t& raw() const { return parser_; }
  bool headersCompleted() const { return headersCompleted_; }
  // Time stamps in the caller's clock (set via now()): when the current message
  // began, 0 between messages.
  uint64_t lastMessageStart() const { return lastMessageStart_; }
  // Starts the clock now, as if a message began (a new server connection counts as
  // one, so a peer that connects and sends nothing meets headersTimeout).
  void markMessageStart() { lastMessageStart_ = clock_ ? clock_(clockOpaque_) : 1; }
  void setClock(uint64_t (*clock)(void*), void* opaque) {
    clock_ = clock;
    clockOpaque_ = opaque;
  }

 private:
  static ParserCore* self(llhttp_t* p) { return static_cast<ParserCore*>(p->data); }
  static int cbMessageBegin(llhttp_t* p);
  static int cbUrl(llhttp_t* p, const char* at, size_t len);
  static int cbStatus(llhttp_t* p, const char* at, size_t len);
  static int cbHeaderField(llhttp_t* p, const char* at, size_t len);
  static int cbHeaderValue(llhttp_t* p, const char* at, size_t len);
  static int cbHeadersComplete(llhttp_t* p);
  static int cbBody(llhttp_t* p, const char* at, size_t len);
  static int cbChunkHeader(llhttp_t* p);
  static int cbChunkExtension(llhttp_t* p, const char* at, size_t len);
  static int cbMessageComplete(llhttp_t* p);

  int trackHeader(size_t len);
  Result makeResult(llhttp_errno_t err, const char* data);

  llhttp_t parser_{};
  llhttp_settings_t settings_{};
  Delegate* delegate_ = nullptr;
  uint32_t maxHeaderSize_ = kDefaultMaxHeaderSize;
  uint32_t headerRead_ = 0;
  uint32_t chunkExtensionsRead_ = 0;  // of the current chunk
  // Pairs reuse their strings' capacity from message to message.
  std::vector<std::string> names_;
  std::vector<std::string> values_;
  size_t pairs_ = 0;
  bool inValue_ = false;
  bool flushed_ = false;
  bool headersCompleted_ = false;
  bool executing_ = false;
  bool pendingPause_ = false;
  std::string url_;
  std::string status_;
  uint64_t lastMessageStart_ = 0;
  uint64_t (*clock_)(void*) = nullptr;
  void* clockOpaque_ = nullptr;
};

}  // namespace protojs::http

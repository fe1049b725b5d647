#include "modules/http/HttpParser.h"

#include <cstring>

namespace protojs::http {

ParserCore::ParserCore() {
  llhttp_settings_init(&settings_);
  settings_.on_message_begin = cbMessageBegin;
  settings_.on_url = cbUrl;
  settings_.on_status = cbStatus;
  settings_.on_header_field = cbHeaderField;
  settings_.on_header_value = cbHeaderValue;
  settings_.on_headers_complete = cbHeadersComplete;
  settings_.on_body = cbBody;
  settings_.on_message_complete = cbMessageComplete;
  settings_.on_chunk_header = cbChunkHeader;
  settings_.on_chunk_extension_name = cbChunkExtension;
  settings_.on_chunk_extension_value = cbChunkExtension;
  init(HTTP_REQUEST, 0, 0);
}

void ParserCore::init(llhttp_type_t type, uint32_t maxHeaderSize, uint16_t lenientFlags) {
  llhttp_init(&parser_, type, &settings_);
  parser_.data = this;
  parser_.lenient_flags = lenientFlags;
  maxHeaderSize_ = maxHeaderSize ? maxHeaderSize : kDefaultMaxHeaderSize;
  headerRead_ = 0;
  chunkExtensionsRead_ = 0;
  pairs_ = 0;
  inValue_ = false;
  flushed_ = false;
  headersCompleted_ = false;
  pendingPause_ = false;
  url_.clear();
  status_.clear();
  lastMessageStart_ = 0;
}

std::string_view ParserCore::fieldValue(size_t i) const {
  std::string_view v = values_[i];
  while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.remove_suffix(1);
  return v;
}

void ParserCore::clearHead() {
  pairs_ = 0;
  inValue_ = false;
  url_.clear();
}

// Node counts the url, status line and every header byte against maxHeaderSize and
// fails with its own 'HPE_HEADER_OVERFLOW' (answered with 431 by the server).
int ParserCore::trackHeader(size_t len) {
  headerRead_ += uint32_t(len);
  if (headerRead_ >= maxHeaderSize_) {
    llhttp_set_error_reason(&parser_, "HPE_HEADER_OVERFLOW:Header overflow");
    return HPE_USER;
  }
  return 0;
}

int ParserCore::cbMessageBegin(llhttp_t* p) {
  ParserCore* s = self(p);
  s->headerRead_ = 0;
  s->pairs_ = 0;
  s->inValue_ = false;
  s->flushed_ = false;
  s->headersCompleted_ = false;
  s->url_.clear();
  s->status_.clear();
  s->markMessageStart();
  return s->delegate_ ? s->delegate_->onMessageBegin() : 0;
}

int ParserCore::cbUrl(llhttp_t* p, const char* at, size_t len) {
  ParserCore* s = self(p);
  if (int rv = s->trackHeader(len)) return rv;
  s->url_.append(at, len);
  return 0;
}

int ParserCore::cbStatus(llhttp_t* p, const char* at, size_t len) {
  ParserCore* s = self(p);
  if (int rv = s->trackHeader(len)) return rv;
  s->status_.append(at, len);
  return 0;
}

int ParserCore::cbHeaderField(llhttp_t* p, const char* at, size_t len) {
  ParserCore* s = self(p);
  if (int rv = s->trackHeader(len)) return rv;
  // A field after a value (or the first one) starts a new pair; a field split
  // across reads arrives in pieces and is appended.
  if (s->inValue_ || s->pairs_ == 0) {
    if (s->pairs_ == kMaxHeaderPairs) {
      s->flushed_ = true;
      int rv = s->delegate_ ? s->delegate_->onHeaders() : 0;
      s->clearHead();
      if (rv != 0) return rv;
    }
    if (s->names_.size() <= s->pairs_) {
      s->names_.emplace_back();
      s->values_.emplace_back();
    }
    s->names_[s->pairs_].clear();
    s->values_[s->pairs_].clear();
    s->pairs_++;
    s->inValue_ = false;
  }
  s->names_[s->pairs_ - 1].append(at, len);
  return 0;
}

int ParserCore::cbHeaderValue(llhttp_t* p, const char* at, size_t len) {
  ParserCore* s = self(p);
  if (int rv = s->trackHeader(len)) return rv;
  s->inValue_ = true;
  s->values_[s->pairs_ - 1].append(at, len);
  return 0;
}

int ParserCore::cbHeadersComplete(llhttp_t* p) {
  ParserCore* s = self(p);
  s->headersCompleted_ = true;
  s->headerRead_ = 0;
  int rv = s->delegate_ ? s->delegate_->onHeadersComplete() : 0;
  // Trailers, if any, are collected afresh.
  s->clearHead();
  return rv;
}

int ParserCore::cbBody(llhttp_t* p, const char* at, size_t len) {
  ParserCore* s = self(p);
  return s->delegate_ ? s->delegate_->onBody(at, len) : 0;
}

// A chunk's size line read: as Node, its extensions and the header bytes (of the
// trailers, after the last chunk) count afresh.
int ParserCore::cbChunkHeader(llhttp_t* p) {
  ParserCore* s = self(p);
  s->headerRead_ = 0;
  s->chunkExtensionsRead_ = 0;
  return 0;
}

int ParserCore::cbChunkExtension(llhttp_t* p, const char*, size_t len) {
  ParserCore* s = self(p);
  s->chunkExtensionsRead_ += uint32_t(len);
  if (s->chunkExtensionsRead_ > kMaxChunkExtensionsSize) {
    llhttp_set_error_reason(&s->parser_, "HPE_CHUNK_EXTENSIONS_OVERFLOW:Chunk extensions overflow");
    return HPE_USER;
  }
  return 0;
}

int ParserCore::cbMessageComplete(llhttp_t* p) {
  ParserCore* s = self(p);
  int rv = 0;
  if (s->pairs_ > 0 && s->delegate_) rv = s->delegate_->onHeaders();  // trailers
  s->clearHead();
  s->lastMessageStart_ = 0;
  if (rv == 0 && s->delegate_) rv = s->delegate_->onMessageComplete();
  return rv;
}

ParserCore::Result ParserCore::makeResult(llhttp_errno_t err, const char* data) {
  Result r;
  r.err = err;
  if (err == HPE_OK) return r;
  const char* pos = llhttp_get_error_pos(&parser_);
  if (data && pos) r.nread = size_t(pos - data);
  if (err == HPE_PAUSED_UPGRADE) {
    // Not an error: parsing stops after the upgrade's head; the rest is the new protocol.
    llhttp_resume_after_upgrade(&parser_);
    r.err = HPE_OK;
    return r;
  }
  if (err == HPE_PAUSED) {
    r.err = HPE_OK;
    return r;
  }
  const char* reason = llhttp_get_error_reason(&parser_);
  if (!reason) reason = "";
  const char* colon = err == HPE_USER ? std::strchr(reason, ':') : nullptr;
  if (colon) {
    r.code.assign(reason, size_t(colon - reason));
    r.reason.assign(colon + 1);
  } else {
    r.code = llhttp_errno_name(err);
    r.reason = reason;
  }
  return r;
}

ParserCore::Result ParserCore::execute(const char* data, size_t len) {
  // Paused between reads: nothing is consumed. (llhttp would return HPE_PAUSED with
  // the error position of an earlier stop, e.g. an upgrade, in another buffer.)
  if (llhttp_get_errno(&parser_) == HPE_PAUSED) return Result{};
  executing_ = true;
  llhttp_errno_t err = llhttp_execute(&parser_, data, len);
  executing_ = false;
  Result r = makeResult(err, data);
  if (err == HPE_OK) r.nread = len;
  if (pendingPause_) {
    pendingPause_ = false;
    llhttp_pause(&parser_);
  }
  return r;
}

ParserCore::Result ParserCore::finish() {
  executing_ = true;
  llhttp_errno_t err = llhttp_finish(&parser_);
  executing_ = false;
  return makeResult(err, nullptr);
}

void ParserCore::pause() {
  if (executing_) pendingPause_ = true;
  else llhttp_pause(&parser_);
}

void ParserCore::resume() {
  pendingPause_ = false;
  llhttp_resume(&parser_);
}

}  // namespace protojs::http

#include "modules/zlib/ZlibContext.h"

#include <utility>

namespace protojs::zlib {

namespace {
constexpr uint8_t kGzipId1 = 0x1f;
constexpr uint8_t kGzipId2 = 0x8b;
}  // namespace

const char* codeName(int err) {
  switch (err) {
    case Z_OK: return "Z_OK";
    case Z_STREAM_END: return "Z_STREAM_END";
    case Z_NEED_DICT: return "Z_NEED_DICT";
    case Z_ERRNO: return "Z_ERRNO";
    case Z_STREAM_ERROR: return "Z_STREAM_ERROR";
    case Z_DATA_ERROR: return "Z_DATA_ERROR";
    case Z_MEM_ERROR: return "Z_MEM_ERROR";
    case Z_BUF_ERROR: return "Z_BUF_ERROR";
    case Z_VERSION_ERROR: return "Z_VERSION_ERROR";
    default: return "Z_UNKNOWN_ERROR";
  }
}

void ZlibContext::init(int level, int windowBits, int memLevel, int strategy,
                       std::vector<uint8_t> dictionary) {
  std::lock_guard<std::mutex> lock(mutex_);
  level_ = level;
  memLevel_ = memLevel;
  strategy_ = strategy;
  flush_ = Z_NO_FLUSH;
  err_ = Z_OK;
  // zlib selects the format through windowBits: +16 gzip, +32 detect, negative raw.
  windowBits_ = windowBits;
  if (mode_ == kGzip || mode_ == kGunzip) windowBits_ += 16;
  if (mode_ == kUnzip) windowBits_ += 32;
  if (mode_ == kDeflateRaw || mode_ == kInflateRaw) windowBits_ = -windowBits_;
  dictionary_ = std::move(dictionary);
}

void ZlibContext::setBuffers(const uint8_t* in, uint32_t inLen, uint8_t* out, uint32_t outLen,
                             int flush) {
  std::lock_guard<std::mutex> lock(mutex_);
  strm_.next_in = const_cast<Bytef*>(in);
  strm_.avail_in = inLen;
  strm_.next_out = out;
  strm_.avail_out = outLen;
  flush_ = flush;
}

bool ZlibContext::initZlib() {
  if (zlibInitDone_) return false;
  switch (mode_) {
    case kDeflate:
    case kGzip:
    case kDeflateRaw:
      err_ = deflateInit2(&strm_, level_, Z_DEFLATED, windowBits_, memLevel_, strategy_);
      break;
    case kInflate:
    case kGunzip:
    case kInflateRaw:
    case kUnzip:
      err_ = inflateInit2(&strm_, windowBits_);
      break;
    default:
      err_ = Z_STREAM_ERROR;
      break;
  }
  if (err_ != Z_OK) {
    dictionary_.clear();
    mode_ = kNone;
    return true;
  }
  // As Node: a dictionary deflate rejects shows up later, not here.
  setDictionary();
  zlibInitDone_ = true;
  return true;
}

CompressionError ZlibContext::setDictionary() {
  if (dictionary_.empty()) return {};
  err_ = Z_OK;
  switch (mode_) {
    case kDeflate:
    case kDeflateRaw:
      err_ = deflateSetDictionary(&strm_, dictionary_.data(), uInt(dictionary_.size()));
      break;
    case kInflateRaw:
      // The other inflate modes set it when inflate() asks (Z_NEED_DICT).
      err_ = inflateSetDictionary(&strm_, dictionary_.data(), uInt(dictionary_.size()));
      break;
    default:
      break;
  }
  if (err_ != Z_OK) return errorFor("Failed to set dictionary");
  return {};
}

// Unzip: the first two input bytes (possibly split over writes) decide gzip or deflate.
void ZlibContext::detectUnzip() {
  if (strm_.avail_in == 0) return;
  const Bytef* next = strm_.next_in;
  if (gzipIdBytesRead_ == 0) {
    if (*next != kGzipId1) {
      mode_ = kInflate;
      return;
    }
    gzipIdBytesRead_ = 1;
    next++;
    if (strm_.avail_in == 1) return;  // the only byte was the first id byte
  }
  if (*next == kGzipId2) {
    gzipIdBytesRead_ = 2;
    mode_ = kGunzip;
  } else {
    mode_ = kInflate;  // INFLATE and INFLATERAW are the same once initialised
  }
}

void ZlibContext::inflateMembers() {
  err_ = inflate(&strm_, flush_);
  // A dictionary is given to inflate when it asks (raw streams got it at init).
  if (mode_ != kInflateRaw && err_ == Z_NEED_DICT && !dictionary_.empty()) {
    err_ = inflateSetDictionary(&strm_, dictionary_.data(), uInt(dictionary_.size()));
    if (err_ == Z_OK) {
      err_ = inflate(&strm_, flush_);
    } else if (err_ == Z_DATA_ERROR) {
      // Tells errorInfo() a wrong dictionary from bad input.
      err_ = Z_NEED_DICT;
    }
  }
  // Input after a gzip member's end: another member, or trailing garbage (an
  // error). Zero bytes are padding and end the stream, as in Node.
  while (strm_.avail_in > 0 && mode_ == kGunzip && err_ == Z_STREAM_END &&
         strm_.next_in[0] != 0x00) {
    resetStream();
    err_ = inflate(&strm_, flush_);
  }
}

void ZlibContext::process() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (initZlib() && err_ != Z_OK) return;
  switch (mode_) {
    case kDeflate:
    case kGzip:
    case kDeflateRaw:
      err_ = deflate(&strm_, flush_);
      break;
    case kUnzip:
      detectUnzip();
      inflateMembers();
      break;
    case kInflate:
    case kGunzip:
    case kInflateRaw:
      inflateMembers();
      break;
    default:
      err_ = Z_STREAM_ERROR;
      break;
  }
}

CompressionError ZlibContext::errorFor(const char* message) const {
  if (strm_.msg != nullptr) message = strm_.msg;
  return CompressionError{message, codeName(err_), err_};
}

CompressionError ZlibContext::errorInfo() const {
  switch (err_) {
    case Z_OK:
    case Z_BUF_ERROR:
      // Output space left but no progress while finishing: the input was cut short.
      if (strm_.avail_out != 0 && flush_ == Z_FINISH) return errorFor("unexpected end of file");
      return {};
    case Z_STREAM_END:
      return {};
    case Z_NEED_DICT:
      return errorFor(dictionary_.empty() ? "Missing dictionary" : "Bad dictionary");
    default:
      return errorFor("Zlib error");
  }
}

CompressionError ZlibContext::params(int level, int strategy) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (initZlib() && err_ != Z_OK) return errorFor("Failed to init stream before set parameters");
  err_ = Z_OK;
  // Node changes parameters of deflate and raw deflate streams only (not gzip).
  if (mode_ == kDeflate || mode_ == kDeflateRaw) err_ = deflateParams(&strm_, level, strategy);
  if (err_ != Z_OK && err_ != Z_BUF_ERROR) return errorFor("Failed to set parameters");
  return {};
}

CompressionError ZlibContext::resetStream() {
  if (initZlib() && err_ != Z_OK) return errorFor("Failed to init stream before reset");
  err_ = Z_OK;
  switch (mode_) {
    case kDeflate:
    case kDeflateRaw:
    case kGzip:
      err_ = deflateReset(&strm_);
      break;
    case kInflate:
    case kInflateRaw:
    case kGunzip:
      err_ = inflateReset(&strm_);
      break;
    default:
      break;
  }
  if (err_ != Z_OK) return errorFor("Failed to reset stream");
  return setDictionary();
}

CompressionError ZlibContext::reset() {
  std::lock_guard<std::mutex> lock(mutex_);
  return resetStream();
}

void ZlibContext::close() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (zlibInitDone_) {
    if (mode_ == kDeflate || mode_ == kGzip || mode_ == kDeflateRaw) {
      deflateEnd(&strm_);
    } else if (mode_ != kNone) {
      inflateEnd(&strm_);
    }
    zlibInitDone_ = false;
  }
  mode_ = kNone;
  dictionary_.clear();
  dictionary_.shrink_to_fit();
}

}  // namespace protojs::zlib

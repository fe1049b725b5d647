#include "modules/zlib/BrotliContext.h"

namespace protojs::zlib {

namespace {
// zlib.constants.BROTLI_OPERATION_FINISH and Z_BUF_ERROR.
constexpr int kOperationFinish = 2;
constexpr int kBufError = -5;
// Node's code for a decoder error: "ERR_" and the name Brotli 1.1 gives it
// ("_ERROR_FORMAT_PADDING_1"). Brotli 1.0 leaves out the part before the name
// ("PADDING_1"); it follows from the code's range.
std::string errorCodeName(BrotliDecoderErrorCode code) {
  std::string name = BrotliDecoderErrorString(code);
  if (!name.empty() && name[0] == '_') return "ERR_" + name;
  const char* prefix = "_ERROR_";
  if (code <= -1 && code >= -16) prefix = "_ERROR_FORMAT_";
  else if (code <= -21 && code >= -30) prefix = "_ERROR_ALLOC_";
  return std::string("ERR_") + prefix + name;
}

}  // namespace

void BrotliContext::destroyState() {
  if (enc_) BrotliEncoderDestroyInstance(enc_);
  if (dec_) BrotliDecoderDestroyInstance(dec_);
  enc_ = nullptr;
  dec_ = nullptr;
}

bool BrotliContext::init() {
  std::lock_guard<std::mutex> lock(mutex_);
  destroyState();
  if (encode_) enc_ = BrotliEncoderCreateInstance(nullptr, nullptr, nullptr);
  else dec_ = BrotliDecoderCreateInstance(nullptr, nullptr, nullptr);
  encodeOk_ = true;
  decodeResult_ = BROTLI_DECODER_RESULT_SUCCESS;
  decodeError_ = BROTLI_DECODER_NO_ERROR;
  return enc_ != nullptr || dec_ != nullptr;
}

bool BrotliContext::setParam(uint32_t key, uint32_t value) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (enc_) return BrotliEncoderSetParameter(enc_, BrotliEncoderParameter(key), value);
  if (dec_) return BrotliDecoderSetParameter(dec_, BrotliDecoderParameter(key), value);
  return false;
}

void BrotliContext::setBuffers(const uint8_t* in, uint32_t inLen, uint8_t* out, uint32_t outLen,
                               int flush) {
  std::lock_guard<std::mutex> lock(mutex_);
  nextIn_ = in;
  availIn_ = inLen;
  nextOut_ = out;
  availOut_ = outLen;
  flush_ = flush;
}

void BrotliContext::process() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (enc_) {
    encodeOk_ = BrotliEncoderCompressStream(enc_, BrotliEncoderOperation(flush_), &availIn_,
                                            &nextIn_, &availOut_, &nextOut_, nullptr);
    return;
  }
  if (!dec_) return;
  decodeResult_ = BrotliDecoderDecompressStream(dec_, &availIn_, &nextIn_, &availOut_, &nextOut_, nullptr);
  if (decodeResult_ == BROTLI_DECODER_RESULT_ERROR) {
    decodeError_ = BrotliDecoderGetErrorCode(dec_);
    decodeErrorCode_ = errorCodeName(decodeError_);
  }
}

CompressionError BrotliContext::errorInfo() const {
  if (encode_) {
    if (!encodeOk_) return {"Compression failed", "ERR_BROTLI_COMPRESSION_FAILED", -1};
    return {};
  }
  if (decodeError_ != BROTLI_DECODER_NO_ERROR)
    return {"Decompression failed", decodeErrorCode_.c_str(), int(decodeError_)};
  // Brotli has no end-of-stream flush: input that stops short shows here.
  if (flush_ == kOperationFinish && decodeResult_ == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT)
    return {"unexpected end of file", "Z_BUF_ERROR", kBufError};
  return {};
}

CompressionError BrotliContext::reset() {
  // As Node: a fresh state, without the parameters given at construction.
  if (!init()) return {"Initialization failed", "ERR_ZLIB_INITIALIZATION_FAILED", -1};
  return {};
}

void BrotliContext::close() {
  std::lock_guard<std::mutex> lock(mutex_);
  destroyState();
}

}  // namespace protojs::zlib

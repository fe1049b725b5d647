// A Brotli encoder or decoder as Node's BrotliEncoderContext/BrotliDecoderContext
// drive them: parameters from a flat array at init, one
// BrotliEncoderCompressStream/BrotliDecoderDecompressStream call per process().
#pragma once
#include <brotli/decode.h>
#include <brotli/encode.h>

#include <cstdint>
#include <mutex>
#include <string>

#include "modules/zlib/CompressionContext.h"

namespace protojs::zlib {

class BrotliContext final : public CompressionContext {
 public:
  explicit BrotliContext(bool encode) : encode_(encode) {}
  ~BrotliContext() override { close(); }
  BrotliContext(const BrotliContext&) = delete;
  BrotliContext& operator=(const BrotliContext&) = delete;

  // Creates the encoder/decoder state; false when that failed.
  bool init();
  // Sets parameter `key`; false when Brotli rejects it.
  bool setParam(uint32_t key, uint32_t value);

  void setBuffers(const uint8_t* in, uint32_t inLen, uint8_t* out, uint32_t outLen, int flush) override;
  void process() override;
  CompressionError errorInfo() const override;
  CompressionError reset() override;
  void close() override;
  uint32_t availOut() const override { return uint32_t(availOut_); }
  uint32_t availIn() const override { return uint32_t(availIn_); }

 private:
  void destroyState();

  std::mutex mutex_;
  bool encode_;
  BrotliEncoderState* enc_ = nullptr;
  BrotliDecoderState* dec_ = nullptr;
  const uint8_t* nextIn_ = nullptr;
  uint8_t* nextOut_ = nullptr;
  size_t availIn_ = 0;
  size_t availOut_ = 0;
  int flush_ = 0;
  bool encodeOk_ = true;
  BrotliDecoderResult decodeResult_ = BROTLI_DECODER_RESULT_SUCCESS;
  BrotliDecoderErrorCode decodeError_ = BROTLI_DECODER_NO_ERROR;
  std::string decodeErrorCode_;  // "ERR_" + Brotli's name of decodeError_, as Node
};

}  // namespace protojs::zlib

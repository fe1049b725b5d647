// What a compression stream handle drives, for zlib and Brotli alike: buffers in,
// one process() call (on a worker thread or inline), then the error state and
// what is left of input and output space. Node's CompressionStream<Context>.
#pragma once
#include <cstdint>

namespace protojs::zlib {

// An error as Node reports it: message, errno and code (a Z_* name, or Brotli's).
struct CompressionError {
  const char* message = nullptr;
  const char* code = nullptr;
  int err = 0;
  bool isError() const { return message != nullptr; }
};

class CompressionContext {
 public:
  virtual ~CompressionContext() = default;
  virtual void setBuffers(const uint8_t* in, uint32_t inLen, uint8_t* out, uint32_t outLen,
                          int flush) = 0;
  // The (de)compression step; may run on a worker thread.
  virtual void process() = 0;
  // The error state after process(), or none.
  virtual CompressionError errorInfo() const = 0;
  virtual CompressionError reset() = 0;
  virtual void close() = 0;
  virtual uint32_t availOut() const = 0;
  virtual uint32_t availIn() const = 0;
};

}  // namespace protojs::zlib

// One zlib stream (deflate, inflate, gzip, gunzip, raw, unzip) as Node's
// ZlibContext drives it: the z_stream is set up lazily on the first write (so a
// stream made and dropped costs no zlib state), an unzip stream picks gzip or
// deflate from its first bytes, and a gunzip stream reads concatenated members.
//
// No JS here: ZlibBinding.cpp owns the JS object and decides on which thread
// process() runs. process() may run on a worker thread while the JS thread owns
// the object; every method takes mutex_ so a misuse (reset() during a write) waits
// instead of racing.
#pragma once
#include <zlib.h>

#include <cstdint>
#include <mutex>
#include <vector>

#include "modules/zlib/CompressionContext.h"

namespace protojs::zlib {

// Node's node_zlib_mode values (zlib.constants.DEFLATE ...).
enum Mode : int { kNone = 0, kDeflate, kInflate, kGzip, kGunzip, kDeflateRaw, kInflateRaw, kUnzip };

class ZlibContext final : public CompressionContext {
 public:
  explicit ZlibContext(Mode mode) : mode_(mode) {}
  ~ZlibContext() override { close(); }
  ZlibContext(const ZlibContext&) = delete;
  ZlibContext& operator=(const ZlibContext&) = delete;

  // Settings are already validated by lib/zlib.js.
  void init(int level, int windowBits, int memLevel, int strategy, std::vector<uint8_t> dictionary);
  void setBuffers(const uint8_t* in, uint32_t inLen, uint8_t* out, uint32_t outLen, int flush) override;
  // Runs deflate()/inflate() over the buffers given to setBuffers().
  void process() override;
  CompressionError errorInfo() const override;
  CompressionError params(int level, int strategy);
  CompressionError reset() override;
  void close() override;

  uint32_t availOut() const override { return strm_.avail_out; }
  uint32_t availIn() const override { return strm_.avail_in; }

 private:
  // Each returns true when this call did the initialisation.
  bool initZlib();
  CompressionError setDictionary();
  CompressionError resetStream();
  CompressionError errorFor(const char* message) const;
  void detectUnzip();
  void inflateMembers();

  std::mutex mutex_;
  z_stream strm_{};
  Mode mode_;
  int level_ = 0;
  int windowBits_ = 0;
  int memLevel_ = 0;
  int strategy_ = 0;
  int flush_ = Z_NO_FLUSH;
  int err_ = Z_OK;
  int gzipIdBytesRead_ = 0;
  bool zlibInitDone_ = false;
  std::vector<uint8_t> dictionary_;
};

// The Z_* name of a zlib return code ("Z_DATA_ERROR"), as Node's ZlibStrerror.
const char* codeName(int err);

}  // namespace protojs::zlib

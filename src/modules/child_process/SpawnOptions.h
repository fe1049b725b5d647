// The options of uv_spawn read from the JS object that lib/internal/child_process
// builds (Node's ProcessWrap::Spawn and SyncProcessRunner::ParseOptions read the same
// fields): { file, args, cwd, envPairs, detached, uid, gid, windowsHide,
// windowsVerbatimArguments, stdio }. The strings live in this object, so it must
// outlive the uv_spawn call that uses options().
#pragma once
#include <quickjs.h>
#include <uv.h>

#include <string>
#include <vector>

namespace protojs::child_process {

class SpawnOptions {
 public:
  // Reads everything but stdio. False with a JS exception pending on bad input.
  bool parse(JSContext* ctx, JSValueConst obj);
  // The uv options, valid while this object lives and is not modified.
  uv_process_options_t& options();
  // Sets the stdio containers (stdio.size() entries) before options() is used.
  std::vector<uv_stdio_container_t> stdio;

  const std::string& file() const { return file_; }

 private:
  static bool readStringArray(JSContext* ctx, JSValueConst obj, const char* name,
                              std::vector<std::string>& out, bool& present);

  std::string file_;
  std::string cwd_;
  bool hasCwd_ = false;
  std::vector<std::string> args_;
  std::vector<std::string> env_;
  bool hasEnv_ = false;
  std::vector<char*> argv_;
  std::vector<char*> envp_;
  unsigned flags_ = 0;
  uv_uid_t uid_ = 0;
  uv_gid_t gid_ = 0;
  uv_process_options_t options_{};
};

// A JS array's length (0 when `v` is not an array). False with an exception pending.
bool arrayLength(JSContext* ctx, JSValueConst v, uint32_t& len);

// A stdio entry { fd } as a descriptor the child inherits. False with an exception
// pending.
bool inheritFd(JSContext* ctx, JSValueConst item, uv_stdio_container_t& out);

}  // namespace protojs::child_process

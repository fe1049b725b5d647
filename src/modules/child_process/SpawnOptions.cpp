#include "modules/child_process/SpawnOptions.h"

#include "runtime/Value.h"

namespace protojs::child_process {

bool arrayLength(JSContext* ctx, JSValueConst v, uint32_t& len) {
  len = 0;
  if (!JS_IsArray(ctx, v)) return true;
  JSValue l = JS_GetPropertyStr(ctx, v, "length");
  int r = JS_ToUint32(ctx, &len, l);
  JS_FreeValue(ctx, l);
  return r == 0;
}

bool SpawnOptions::readStringArray(JSContext* ctx, JSValueConst obj, const char* name,
                                   std::vector<std::string>& out, bool& present) {
  JSValue arr = JS_GetPropertyStr(ctx, obj, name);
  if (JS_IsException(arr)) return false;
  present = JS_IsArray(ctx, arr);
  uint32_t len = 0;
  bool ok = arrayLength(ctx, arr, len);
  for (uint32_t i = 0; ok && i < len; i++) {
    JSValue item = JS_GetPropertyUint32(ctx, arr, i);
    std::string s;
    ok = !JS_IsException(item) && toStdString(ctx, item, s);
    JS_FreeValue(ctx, item);
    if (ok) out.push_back(std::move(s));
  }
  JS_FreeValue(ctx, arr);
  return ok;
}

namespace {
// Reads an optional integer property; false with an exception pending on failure.
bool readInt(JSContext* ctx, JSValueConst obj, const char* name, int64_t& out, bool& present) {
  JSValue v = JS_GetPropertyStr(ctx, obj, name);
  if (JS_IsException(v)) return false;
  present = JS_IsNumber(v);
  int r = present ? JS_ToInt64(ctx, &out, v) : 0;
  JS_FreeValue(ctx, v);
  return r == 0;
}

}  // namespace

bool SpawnOptions::parse(JSContext* ctx, JSValueConst obj) {
  JSValue file = JS_GetPropertyStr(ctx, obj, "file");
  bool ok = !JS_IsException(file) && toStdString(ctx, file, file_);
  JS_FreeValue(ctx, file);
  if (!ok) return false;

  JSValue cwd = JS_GetPropertyStr(ctx, obj, "cwd");
  if (JS_IsException(cwd)) return false;
  hasCwd_ = JS_IsString(cwd);
  ok = !hasCwd_ || toStdString(ctx, cwd, cwd_);
  JS_FreeValue(ctx, cwd);
  if (!ok) return false;

  bool present = false;
  if (!readStringArray(ctx, obj, "args", args_, present)) return false;
  if (!readStringArray(ctx, obj, "envPairs", env_, hasEnv_)) return false;

  int64_t id = 0;
  if (!readInt(ctx, obj, "uid", id, present)) return false;
  if (present) {
    uid_ = static_cast<uv_uid_t>(id);
    flags_ |= UV_PROCESS_SETUID;
  }
  if (!readInt(ctx, obj, "gid", id, present)) return false;
  if (present) {
    gid_ = static_cast<uv_gid_t>(id);
    flags_ |= UV_PROCESS_SETGID;
  }
  if (getBoolProp(ctx, obj, "detached")) flags_ |= UV_PROCESS_DETACHED;
  if (getBoolProp(ctx, obj, "windowsHide")) flags_ |= UV_PROCESS_WINDOWS_HIDE;
  if (getBoolProp(ctx, obj, "windowsVerbatimArguments")) {
    flags_ |= UV_PROCESS_WINDOWS_VERBATIM_ARGUMENTS;
  }
  return true;
}

uv_process_options_t& SpawnOptions::options() {
  argv_.clear();
  for (auto& a : args_) argv_.push_back(a.data());
  // libuv wants at least the program name in argv.
  if (argv_.empty()) argv_.push_back(file_.data());
  argv_.push_back(nullptr);
  envp_.clear();
  for (auto& e : env_) envp_.push_back(e.data());
  envp_.push_back(nullptr);

  options_ = uv_process_options_t{};
  options_.file = file_.c_str();
  options_.args = argv_.data();
  options_.env = hasEnv_ ? envp_.data() : nullptr;
  options_.cwd = hasCwd_ ? cwd_.c_str() : nullptr;
  options_.flags = flags_;
  options_.uid = uid_;
  options_.gid = gid_;
  options_.stdio = stdio.data();
  options_.stdio_count = static_cast<int>(stdio.size());
  return options_;
}

bool inheritFd(JSContext* ctx, JSValueConst item, uv_stdio_container_t& out) {
  JSValue fd = JS_GetPropertyStr(ctx, item, "fd");
  int32_t n = -1;
  bool ok = JS_ToInt32(ctx, &n, fd) == 0;
  JS_FreeValue(ctx, fd);
  out.flags = UV_INHERIT_FD;
  out.data.fd = n;
  return ok;
}

}  // namespace protojs::child_process

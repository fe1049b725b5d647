// Runs one file system operation either now (the *Sync API) or on the IOThreadPool
// (callbacks and promises), with one description of the work for both.
//
// A binding function reads its arguments on the JS thread, captures them in an
// FsWork closure and calls fsDispatch() with its last argument `req`:
//  - req undefined: the work runs now and its result is returned (a negative libuv
//    code on failure: native returns the code, JS builds the error);
//  - req an object: the work runs on a worker thread and req.oncomplete(err, result)
//    is called later on the JS thread (err 0 or a negative libuv code). Values the
//    work points into (a Buffer being written) are kept alive until then.
#pragma once
#include <quickjs.h>
#include <uv.h>

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <string>
#include <vector>

namespace protojs {

struct FsResult {
  enum class Kind { Int, String, Names, Stat, Bytes, Undefined };
  int64_t value = 0;  // the result (fd, byte count, 0), or a negative libuv code
  Kind kind = Kind::Int;
  std::string str;    // String (UTF-8) or Bytes
  std::vector<std::string> names;
  std::vector<int> types;  // uv_dirent_type_t per name, when asked for
  bool withTypes = false;  // Names: answer [names, types]
  uv_stat_t st{};

  void fail(int err) { value = err; }
  bool failed() const { return value < 0; }
};

using FsWork = std::function<void(FsResult&)>;

// See the file comment. `keep` lists JS values the work reads or writes memory of.
JSValue fsDispatch(JSContext* ctx, JSValueConst req, FsWork work,
                   std::initializer_list<JSValueConst> keep = {});

// The JS value of a finished result (a negative number when it failed).
JSValue fsResultToJS(JSContext* ctx, FsResult& r);

}  // namespace protojs

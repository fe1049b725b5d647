// Blocking file system primitives on top of libuv's synchronous uv_fs_* calls
// (usable on any thread: they touch no loop). Each returns 0 or a result >= 0, or a
// negative libuv error code.
#pragma once
#include <uv.h>

#include <cstdint>
#include <string>
#include <vector>

namespace protojs::fsops {

int64_t statPath(const std::string& path, bool follow, uv_stat_t& out);
int64_t readAll(uv_file fd, std::string& out);
// Reads the whole file at `path` (opened with `flags`).
int64_t readFile(const std::string& path, int flags, std::string& out);
int64_t writeAll(uv_file fd, const char* data, size_t len, int64_t position);
int64_t writeFile(const std::string& path, const char* data, size_t len, int flags, int mode);
int64_t scandir(const std::string& path, bool withTypes, std::vector<std::string>& names,
                std::vector<int>& types);
// mkdir -p: `first` receives the first directory created ("" if none).
int64_t mkdirp(const std::string& path, int mode, std::string& first);
// rm -r: removes a file, a symlink, or a directory tree.
int64_t removeTree(const std::string& path);

}  // namespace protojs::fsops

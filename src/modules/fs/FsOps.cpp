#include "modules/fs/FsOps.h"

#include <sys/stat.h>

#include <memory>

namespace protojs::fsops {

namespace {

// One synchronous uv_fs request, cleaned up on scope exit.
struct SyncReq {
  uv_fs_t req{};
  ~SyncReq() { uv_fs_req_cleanup(&req); }
};

}  // namespace

int64_t statPath(const std::string& path, bool follow, uv_stat_t& out) {
  SyncReq r;
  int err = follow ? uv_fs_stat(nullptr, &r.req, path.c_str(), nullptr)
                   : uv_fs_lstat(nullptr, &r.req, path.c_str(), nullptr);
  if (err < 0) return err;
  out = r.req.statbuf;
  return 0;
}

int64_t readAll(uv_file fd, std::string& out) {
  char chunk[65536];
  for (;;) {
    SyncReq r;
    uv_buf_t buf = uv_buf_init(chunk, sizeof(chunk));
    int n = uv_fs_read(nullptr, &r.req, fd, &buf, 1, -1, nullptr);
    if (n < 0) return n;
    if (n == 0) return 0;
    out.append(chunk, size_t(n));
  }
}

int64_t readFile(const std::string& path, int flags, std::string& out) {
  SyncReq o;
  uv_file fd = uv_fs_open(nullptr, &o.req, path.c_str(), flags, 0666, nullptr);
  if (fd < 0) return fd;
  // Reading a directory fails with EISDIR at read(), as in Node.
  int64_t err = readAll(fd, out);
  SyncReq c;
  uv_fs_close(nullptr, &c.req, fd, nullptr);
  return err;
}

int64_t writeAll(uv_file fd, const char* data, size_t len, int64_t position) {
  size_t total = 0;
  while (total < len) {
    SyncReq r;
    uv_buf_t buf = uv_buf_init(const_cast<char*>(data + total), unsigned(len - total));
    int n = uv_fs_write(nullptr, &r.req, fd, &buf, 1, position < 0 ? -1 : position + int64_t(total), nullptr);
    if (n < 0) return n;
    total += size_t(n);
  }
  return int64_t(total);
}

int64_t writeFile(const std::string& path, const char* data, size_t len, int flags, int mode) {
  SyncReq o;
  uv_file fd = uv_fs_open(nullptr, &o.req, path.c_str(), flags, mode, nullptr);
  if (fd < 0) return fd;
  int64_t n = writeAll(fd, data, len, -1);
  SyncReq c;
  int cerr = uv_fs_close(nullptr, &c.req, fd, nullptr);
  if (n < 0) return n;
  return cerr < 0 ? cerr : 0;
}

int64_t scandir(const std::string& path, bool withTypes, std::vector<std::string>& names,
                std::vector<int>& types) {
  SyncReq r;
  int n = uv_fs_scandir(nullptr, &r.req, path.c_str(), 0, nullptr);
  if (n < 0) return n;
  uv_dirent_t ent;
  while (uv_fs_scandir_next(&r.req, &ent) != UV_EOF) {
    names.emplace_back(ent.name);
    if (withTypes) types.push_back(int(ent.type));
  }
  return 0;
}

int64_t mkdirp(const std::string& path, int mode, std::string& first) {
  SyncReq r;
  int err = uv_fs_mkdir(nullptr, &r.req, path.c_str(), mode, nullptr);
  if (err == 0) {
    first = path;
    return 0;
  }
  if (err == UV_EEXIST) {
    uv_stat_t st;
    int64_t s = statPath(path, true, st);
    if (s < 0) return s;
    return (st.st_mode & S_IFMT) == S_IFDIR ? 0 : UV_EEXIST;
  }
  if (err != UV_ENOENT) return err;
  size_t slash = path.find_last_of('/');
  if (slash == std::string::npos || slash == 0) return err;
  int64_t perr = mkdirp(path.substr(0, slash), mode, first);
  if (perr < 0) return perr;
  SyncReq again;
  err = uv_fs_mkdir(nullptr, &again.req, path.c_str(), mode, nullptr);
  if (err == 0 && first.empty()) first = path;
  return err == UV_EEXIST ? 0 : err;
}

int64_t removeTree(const std::string& path) {
  uv_stat_t st;
  int64_t s = statPath(path, false, st);
  if (s < 0) return s;
  if ((st.st_mode & S_IFMT) != S_IFDIR) {
    SyncReq r;
    return uv_fs_unlink(nullptr, &r.req, path.c_str(), nullptr);
  }
  std::vector<std::string> names;
  std::vector<int> types;
  int64_t err = scandir(path, false, names, types);
  if (err < 0) return err;
  for (const std::string& name : names) {
    err = removeTree(path + "/" + name);
    if (err < 0 && err != UV_ENOENT) return err;
  }
  SyncReq r;
  return uv_fs_rmdir(nullptr, &r.req, path.c_str(), nullptr);
}

}  // namespace protojs::fsops

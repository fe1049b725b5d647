// The os binding: host, user, CPU, memory and network facts from libuv's uv_os_*
// calls, plus the constant tables of os.constants (the platform's own values).
// Failures return a negative libuv code; lib/os.js builds the error.
#include <dlfcn.h>
#include <uv.h>

#include <cerrno>
#include <csignal>
#include <string>

#include "runtime/Binding.h"
#include "runtime/Runtime.h"
#include "runtime/Value.h"

namespace protojs {

namespace {

JSValue jsHostname(JSContext* ctx, JSValueConst, int, JSValueConst*) {
  char buf[UV_MAXHOSTNAMESIZE];
  size_t len = sizeof(buf);
  int err = uv_os_gethostname(buf, &len);
  if (err) return JS_NewInt32(ctx, err);
  return JS_NewStringLen(ctx, buf, len);
}

JSValue jsHomedir(JSContext* ctx, JSValueConst, int, JSValueConst*) {
  char buf[4096];
  size_t len = sizeof(buf);
  int err = uv_os_homedir(buf, &len);
  if (err) return JS_NewInt32(ctx, err);
  return JS_NewStringLen(ctx, buf, len);
}

// [sysname, version, release, machine]
JSValue jsUname(JSContext* ctx, JSValueConst, int, JSValueConst*) {
  uv_utsname_t u;
  int err = uv_os_uname(&u);
  if (err) return JS_NewInt32(ctx, err);
  JSValue arr = JS_NewArray(ctx);
  const char* parts[] = {u.sysname, u.version, u.release, u.machine};
  for (uint32_t i = 0; i < 4; i++) JS_SetPropertyUint32(ctx, arr, i, JS_NewString(ctx, parts[i]));
  return arr;
}

// Flat list: model, speed, user, nice, sys, idle, irq per CPU.
JSValue jsCpus(JSContext* ctx, JSValueConst, int, JSValueConst*) {
  uv_cpu_info_t* cpus;
  int count;
  int err = uv_cpu_info(&cpus, &count);
  if (err) return JS_NewInt32(ctx, err);
  JSValue arr = JS_NewArray(ctx);
  uint32_t k = 0;
  for (int i = 0; i < count; i++) {
    const uv_cpu_info_t& c = cpus[i];
    JS_SetPropertyUint32(ctx, arr, k++, JS_NewString(ctx, c.model));
    JS_SetPropertyUint32(ctx, arr, k++, JS_NewFloat64(ctx, double(c.speed)));
    const uint64_t t[] = {c.cpu_times.user, c.cpu_times.nice, c.cpu_times.sys, c.cpu_times.idle, c.cpu_times.irq};
    for (uint64_t v : t) JS_SetPropertyUint32(ctx, arr, k++, JS_NewFloat64(ctx, double(v)));
  }
  uv_free_cpu_info(cpus, count);
  return arr;
}

JSValue jsMemory(JSContext* ctx, JSValueConst, int, JSValueConst*, int magic) {
  return JS_NewFloat64(ctx, double(magic ? uv_get_free_memory() : uv_get_total_memory()));
}

JSValue jsUptime(JSContext* ctx, JSValueConst, int, JSValueConst*) {
  double up;
  int err = uv_uptime(&up);
  if (err) return JS_NewInt32(ctx, err);
  return JS_NewFloat64(ctx, up);
}

JSValue jsLoadavg(JSContext* ctx, JSValueConst, int, JSValueConst*) {
  double avg[3];
  uv_loadavg(avg);
  JSValue arr = JS_NewArray(ctx);
  for (uint32_t i = 0; i < 3; i++) JS_SetPropertyUint32(ctx, arr, i, JS_NewFloat64(ctx, avg[i]));
  return arr;
}

JSValue jsParallelism(JSContext* ctx, JSValueConst, int, JSValueConst*) {
  return JS_NewInt64(ctx, int64_t(uv_available_parallelism()));
}

// { uid, gid, username, homedir, shell } or a negative code.
JSValue jsUserInfo(JSContext* ctx, JSValueConst, int, JSValueConst*) {
  uv_passwd_t pw;
  int err = uv_os_get_passwd(&pw);
  if (err) return JS_NewInt32(ctx, err);
  JSValue o = JS_NewObjectProto(ctx, JS_NULL);
  setProp(ctx, o, "uid", JS_NewInt64(ctx, int64_t(pw.uid)));
  setProp(ctx, o, "gid", JS_NewInt64(ctx, int64_t(pw.gid)));
  setProp(ctx, o, "username", JS_NewString(ctx, pw.username));
  setProp(ctx, o, "homedir", JS_NewString(ctx, pw.homedir));
  setProp(ctx, o, "shell", pw.shell ? JS_NewString(ctx, pw.shell) : JS_NULL);
  uv_os_free_passwd(&pw);
  return o;
}

std::string formatAddress(const sockaddr* sa) {
  char buf[INET6_ADDRSTRLEN] = {0};
  if (sa->sa_family == AF_INET) uv_ip4_name(reinterpret_cast<const sockaddr_in*>(sa), buf, sizeof(buf));
  else uv_ip6_name(reinterpret_cast<const sockaddr_in6*>(sa), buf, sizeof(buf));
  return buf;
}

// Flat list: name, address, netmask, family, mac, internal, scopeid per address.
JSValue jsInterfaces(JSContext* ctx, JSValueConst, int, JSValueConst*) {
  uv_interface_address_t* ifs;
  int count;
  int err = uv_interface_addresses(&ifs, &count);
  if (err) return JS_NewInt32(ctx, err);
  JSValue arr = JS_NewArray(ctx);
  uint32_t k = 0;
  for (int i = 0; i < count; i++) {
    const uv_interface_address_t& a = ifs[i];
    const sockaddr* addr = reinterpret_cast<const sockaddr*>(&a.address);
    bool v4 = addr->sa_family == AF_INET;
    char mac[18];
    const auto* p = reinterpret_cast<const unsigned char*>(a.phys_addr);
    snprintf(mac, sizeof(mac), "%02x:%02x:%02x:%02x:%02x:%02x", p[0], p[1], p[2], p[3], p[4], p[5]);
    JS_SetPropertyUint32(ctx, arr, k++, JS_NewString(ctx, a.name));
    JS_SetPropertyUint32(ctx, arr, k++, newString(ctx, formatAddress(addr)));
    JS_SetPropertyUint32(ctx, arr, k++, newString(ctx, formatAddress(reinterpret_cast<const sockaddr*>(&a.netmask))));
    JS_SetPropertyUint32(ctx, arr, k++, JS_NewString(ctx, v4 ? "IPv4" : "IPv6"));
    JS_SetPropertyUint32(ctx, arr, k++, JS_NewString(ctx, mac));
    JS_SetPropertyUint32(ctx, arr, k++, JS_NewBool(ctx, a.is_internal));
    JS_SetPropertyUint32(ctx, arr, k++, JS_NewInt64(ctx, v4 ? -1 : int64_t(a.address.address6.sin6_scope_id)));
  }
  uv_free_interface_addresses(ifs, count);
  return arr;
}

JSValue jsGetPriority(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  int32_t pid = 0;
  JS_ToInt32(ctx, &pid, argv[0]);
  int prio;
  int err = uv_os_getpriority(pid, &prio);
  return JS_NewInt32(ctx, err ? err : prio);
}

JSValue jsSetPriority(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  int32_t pid = 0, prio = 0;
  JS_ToInt32(ctx, &pid, argv[0]);
  JS_ToInt32(ctx, &prio, argv[1]);
  return JS_NewInt32(ctx, uv_os_setpriority(pid, prio));
}

const JSCFunctionListEntry kFuncs[] = {
    PJS_CFUNC_DEF("getHostname", 0, jsHostname),
    PJS_CFUNC_DEF("getHomeDirectory", 0, jsHomedir),
    PJS_CFUNC_DEF("getUname", 0, jsUname),
    PJS_CFUNC_DEF("getCPUs", 0, jsCpus),
    PJS_CFUNC_MAGIC_DEF("getTotalMem", 0, jsMemory, 0),
    PJS_CFUNC_MAGIC_DEF("getFreeMem", 0, jsMemory, 1),
    PJS_CFUNC_DEF("getUptime", 0, jsUptime),
    PJS_CFUNC_DEF("getLoadAvg", 0, jsLoadavg),
    PJS_CFUNC_DEF("getAvailableParallelism", 0, jsParallelism),
    PJS_CFUNC_DEF("getUserInfo", 0, jsUserInfo),
    PJS_CFUNC_DEF("getInterfaceAddresses", 0, jsInterfaces),
    PJS_CFUNC_DEF("getPriority", 1, jsGetPriority),
    PJS_CFUNC_DEF("setPriority", 2, jsSetPriority),
};

struct NamedInt {
  const char* name;
  int value;
};

#define PJS_NAMED(x) {#x, x},
const NamedInt kSignals[] = {
    PJS_NAMED(SIGHUP)
    PJS_NAMED(SIGINT)
    PJS_NAMED(SIGQUIT)
    PJS_NAMED(SIGILL)
    PJS_NAMED(SIGTRAP)
    PJS_NAMED(SIGABRT)
    PJS_NAMED(SIGIOT)
    PJS_NAMED(SIGBUS)
    PJS_NAMED(SIGFPE)
    PJS_NAMED(SIGKILL)
    PJS_NAMED(SIGUSR1)
    PJS_NAMED(SIGSEGV)
    PJS_NAMED(SIGUSR2)
    PJS_NAMED(SIGPIPE)
    PJS_NAMED(SIGALRM)
    PJS_NAMED(SIGTERM)
    PJS_NAMED(SIGCHLD)
    PJS_NAMED(SIGSTKFLT)
    PJS_NAMED(SIGCONT)
    PJS_NAMED(SIGSTOP)
    PJS_NAMED(SIGTSTP)
    PJS_NAMED(SIGTTIN)
    PJS_NAMED(SIGTTOU)
    PJS_NAMED(SIGURG)
    PJS_NAMED(SIGXCPU)
    PJS_NAMED(SIGXFSZ)
    PJS_NAMED(SIGVTALRM)
    PJS_NAMED(SIGPROF)
    PJS_NAMED(SIGWINCH)
    PJS_NAMED(SIGIO)
    PJS_NAMED(SIGPOLL)
    PJS_NAMED(SIGPWR)
    PJS_NAMED(SIGSYS)
};
const NamedInt kErrno[] = {
    PJS_NAMED(E2BIG)
    PJS_NAMED(EACCES)
    PJS_NAMED(EADDRINUSE)
    PJS_NAMED(EADDRNOTAVAIL)
    PJS_NAMED(EAFNOSUPPORT)
    PJS_NAMED(EAGAIN)
    PJS_NAMED(EALREADY)
    PJS_NAMED(EBADF)
    PJS_NAMED(EBADMSG)
    PJS_NAMED(EBUSY)
    PJS_NAMED(ECANCELED)
    PJS_NAMED(ECHILD)
    PJS_NAMED(ECONNABORTED)
    PJS_NAMED(ECONNREFUSED)
    PJS_NAMED(ECONNRESET)
    PJS_NAMED(EDEADLK)
    PJS_NAMED(EDESTADDRREQ)
    PJS_NAMED(EDOM)
    PJS_NAMED(EDQUOT)
    PJS_NAMED(EEXIST)
    PJS_NAMED(EFAULT)
    PJS_NAMED(EFBIG)
    PJS_NAMED(EHOSTUNREACH)
    PJS_NAMED(EIDRM)
    PJS_NAMED(EILSEQ)
    PJS_NAMED(EINPROGRESS)
    PJS_NAMED(EINTR)
    PJS_NAMED(EINVAL)
    PJS_NAMED(EIO)
    PJS_NAMED(EISCONN)
    PJS_NAMED(EISDIR)
    PJS_NAMED(ELOOP)
    PJS_NAMED(EMFILE)
    PJS_NAMED(EMLINK)
    PJS_NAMED(EMSGSIZE)
    PJS_NAMED(EMULTIHOP)
    PJS_NAMED(ENAMETOOLONG)
    PJS_NAMED(ENETDOWN)
    PJS_NAMED(ENETRESET)
    PJS_NAMED(ENETUNREACH)
    PJS_NAMED(ENFILE)
    PJS_NAMED(ENOBUFS)
    PJS_NAMED(ENODATA)
    PJS_NAMED(ENODEV)
    PJS_NAMED(ENOENT)
    PJS_NAMED(ENOEXEC)
    PJS_NAMED(ENOLCK)
    PJS_NAMED(ENOLINK)
    PJS_NAMED(ENOMEM)
    PJS_NAMED(ENOMSG)
    PJS_NAMED(ENOPROTOOPT)
    PJS_NAMED(ENOSPC)
    PJS_NAMED(ENOSR)
    PJS_NAMED(ENOSTR)
    PJS_NAMED(ENOSYS)
    PJS_NAMED(ENOTCONN)
    PJS_NAMED(ENOTDIR)
    PJS_NAMED(ENOTEMPTY)
    PJS_NAMED(ENOTSOCK)
    PJS_NAMED(ENOTSUP)
    PJS_NAMED(ENOTTY)
    PJS_NAMED(ENXIO)
    PJS_NAMED(EOPNOTSUPP)
    PJS_NAMED(EOVERFLOW)
    PJS_NAMED(EPERM)
    PJS_NAMED(EPIPE)
    PJS_NAMED(EPROTO)
    PJS_NAMED(EPROTONOSUPPORT)
    PJS_NAMED(EPROTOTYPE)
    PJS_NAMED(ERANGE)
    PJS_NAMED(EROFS)
    PJS_NAMED(ESPIPE)
    PJS_NAMED(ESRCH)
    PJS_NAMED(ESTALE)
    PJS_NAMED(ETIME)
    PJS_NAMED(ETIMEDOUT)
    PJS_NAMED(ETXTBSY)
    PJS_NAMED(EWOULDBLOCK)
    PJS_NAMED(EXDEV)
};
#undef PJS_NAMED

template <size_t N>
JSValue table(JSContext* ctx, const NamedInt (&entries)[N]) {
  JSValue o = JS_NewObjectProto(ctx, JS_NULL);
  for (const NamedInt& e : entries) setProp(ctx, o, e.name, JS_NewInt32(ctx, e.value));
  return o;
}

void initOs(Runtime&, JSContext* ctx, JSValueConst exports) {
  JS_SetPropertyFunctionList(ctx, exports, kFuncs, sizeof(kFuncs) / sizeof(kFuncs[0]));
  setProp(ctx, exports, "signals", table(ctx, kSignals));
  setProp(ctx, exports, "errno", table(ctx, kErrno));
  const NamedInt dl[] = {{"RTLD_LAZY", RTLD_LAZY}, {"RTLD_NOW", RTLD_NOW}, {"RTLD_GLOBAL", RTLD_GLOBAL},
                         {"RTLD_LOCAL", RTLD_LOCAL}, {"RTLD_DEEPBIND", RTLD_DEEPBIND}};
  setProp(ctx, exports, "dlopen", table(ctx, dl));
  const NamedInt prio[] = {{"PRIORITY_LOW", UV_PRIORITY_LOW}, {"PRIORITY_BELOW_NORMAL", UV_PRIORITY_BELOW_NORMAL},
                           {"PRIORITY_NORMAL", UV_PRIORITY_NORMAL}, {"PRIORITY_ABOVE_NORMAL", UV_PRIORITY_ABOVE_NORMAL},
                           {"PRIORITY_HIGH", UV_PRIORITY_HIGH}, {"PRIORITY_HIGHEST", UV_PRIORITY_HIGHEST}};
  setProp(ctx, exports, "priority", table(ctx, prio));
}

}  // namespace

PROTOJS_BINDING(os, initOs);

}  // namespace protojs

#include "runtime/JsAllocator.h"

#ifdef PROTOJS_MIMALLOC
#include <mimalloc.h>
#endif

namespace protojs {

#ifdef PROTOJS_MIMALLOC
namespace {

// Why: a keep-alive http request makes and frees about 25 small blocks in the JS
// heap and reallocates a dozen; glibc's malloc spent ~11% of the request's
// instructions on them, mimalloc's free lists take a fraction of that. The
// accounting (count, size, limit) is QuickJS's own, as in its js_def_malloc: the
// collector's threshold depends on it.
constexpr size_t kOverhead = 8;

void* jsMalloc(JSMallocState* s, size_t size) {
  if (s->malloc_size + size > s->malloc_limit) return nullptr;
  void* ptr = mi_malloc(size);
  if (!ptr) return nullptr;
  s->malloc_count++;
  s->malloc_size += mi_usable_size(ptr) + kOverhead;
  return ptr;
}

void jsFree(JSMallocState* s, void* ptr) {
  if (!ptr) return;
  s->malloc_count--;
  s->malloc_size -= mi_usable_size(ptr) + kOverhead;
  mi_free(ptr);
}

void* jsRealloc(JSMallocState* s, void* ptr, size_t size) {
  if (!ptr) return size == 0 ? nullptr : jsMalloc(s, size);
  size_t old = mi_usable_size(ptr);
  if (size == 0) {
    jsFree(s, ptr);
    return nullptr;
  }
  if (s->malloc_size + size - old > s->malloc_limit) return nullptr;
  ptr = mi_realloc(ptr, size);
  if (!ptr) return nullptr;
  s->malloc_size += mi_usable_size(ptr) - old;
  return ptr;
}

size_t jsUsableSize(const void* ptr) { return mi_usable_size(ptr); }

const JSMallocFunctions kMimalloc = {jsMalloc, jsFree, jsRealloc, jsUsableSize};

}  // namespace

const JSMallocFunctions* jsMallocFunctions() { return &kMimalloc; }
#else
const JSMallocFunctions* jsMallocFunctions() { return nullptr; }
#endif

}  // namespace protojs

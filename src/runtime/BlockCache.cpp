#include "runtime/BlockCache.h"

#include <malloc.h>

#include <cstdlib>

#if defined(PROTOJS_SANITIZE) || (defined(PROTOJS_BLOCK_CACHE) && PROTOJS_BLOCK_CACHE == 0)
#define PROTOJS_BLOCK_CACHE_ON 0
#else
#define PROTOJS_BLOCK_CACHE_ON 1
#endif

namespace protojs {

namespace {

// QuickJS's own accounting adds this per block (its MALLOC_OVERHEAD): the cycle
// collector's trigger reads malloc_size, so the cache keeps the same books.
constexpr size_t kOverhead = 8;

// Size classes follow glibc's chunk sizes (16-byte steps from 32). A request of n
// bytes is class (n + 23) / 16 - 2, a cached block of u usable bytes class
// (u + 8) / 16 - 2; equal classes imply n <= u, whatever malloc rounded to.
size_t classOfRequest(size_t n) {
  size_t c = (n + 23) >> 4;
  return c < 2 ? 0 : c - 2;
}

}  // namespace

BlockCache::BlockCache() { resetRoom(); }

void BlockCache::resetRoom() {
  for (size_t c = 0; c < kClasses; c++) room_[c] = kClassBytes / ((c + 2) * 16);
}

size_t BlockCache::jsUsableSize(const void* ptr) { return malloc_usable_size(const_cast<void*>(ptr)); }

void* BlockCache::jsMalloc(JSMallocState* s, size_t size) {
  if (s->malloc_size + size > s->malloc_limit) return nullptr;
  auto* cache = static_cast<BlockCache*>(s->opaque);
  size_t c = classOfRequest(size);
  size_t usable;
  void* p;
  if (c < kClasses && cache->lists_[c]) {
    Block* b = cache->lists_[c];
    cache->lists_[c] = b->next;
    cache->room_[c]++;
    usable = b->usable;
    p = b;
  } else {
    p = std::malloc(size);
    if (!p) return nullptr;
    usable = malloc_usable_size(p);
  }
  s->malloc_count++;
  s->malloc_size += usable + kOverhead;
  return p;
}

void BlockCache::jsFree(JSMallocState* s, void* ptr) {
  if (!ptr) return;
  auto* cache = static_cast<BlockCache*>(s->opaque);
  size_t usable = malloc_usable_size(ptr);
  s->malloc_count--;
  s->malloc_size -= usable + kOverhead;
  size_t c = ((usable + 8) >> 4) - 2;  // usable >= 24 for any glibc block
  if (usable >= sizeof(Block) && c < kClasses && cache->room_[c]) {
    auto* b = static_cast<Block*>(ptr);
    b->next = cache->lists_[c];
    b->usable = usable;
    cache->lists_[c] = b;
    cache->room_[c]--;
    return;
  }
  std::free(ptr);
}

void* BlockCache::jsRealloc(JSMallocState* s, void* ptr, size_t size) {
  if (!ptr) return size ? jsMalloc(s, size) : nullptr;
  if (size == 0) {
    jsFree(s, ptr);
    return nullptr;
  }
  size_t old = malloc_usable_size(ptr);
  if (s->malloc_size + size - old > s->malloc_limit) return nullptr;
  void* p = std::realloc(ptr, size);
  if (!p) return nullptr;
  s->malloc_size += malloc_usable_size(p) - old;
  return p;
}

bool BlockCache::enabled() { return PROTOJS_BLOCK_CACHE_ON; }

JSRuntime* BlockCache::newRuntime() {
#if PROTOJS_BLOCK_CACHE_ON
  static const JSMallocFunctions functions = {jsMalloc, jsFree, jsRealloc, jsUsableSize};
  return JS_NewRuntime2(&functions, this);
#else
  return JS_NewRuntime();
#endif
}

void BlockCache::flush() {
  for (Block*& head : lists_) {
    while (head) {
      Block* next = head->next;
      std::free(head);
      head = next;
    }
  }
  resetRoom();
}

}  // namespace protojs

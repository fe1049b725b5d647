#pragma once
// Free lists in front of malloc for the engine's small blocks.
//
// A request moves through QuickJS's allocator dozens of times (objects, shapes,
// property arrays, strings, closures' variable slots), and the frees come in bursts
// (a finished connection, a cycle collection) that overflow glibc's per-size cache
// of seven blocks, after which every malloc and free takes glibc's slower paths.
// BlockCache keeps freed blocks of up to 504 usable bytes in LIFO lists by size
// class and hands them back to the next request of that class, at a few
// instructions each. A cached block stays allocated as far as glibc knows, so
// malloc_usable_size() and free() keep working on it. Each class holds at most
// kClassBytes (a shared cap would fill up with classes nobody asks for again).
//
// Not used in sanitizer builds (PROTOJS_SANITIZE) or with PROTOJS_BLOCK_CACHE=0 at
// build time (the valgrind build): a cached block would hide a use after free.
#include <quickjs.h>

#include <cstddef>

namespace protojs {

class BlockCache {
 public:
  BlockCache();
  ~BlockCache() { flush(); }
  BlockCache(const BlockCache&) = delete;
  BlockCache& operator=(const BlockCache&) = delete;

  // A QuickJS runtime allocating through this cache (JS_NewRuntime when the cache
  // is compiled out). The cache must outlive the runtime; flush() after freeing it.
  JSRuntime* newRuntime();
  // Returns every cached block to malloc.
  void flush();
  // False in the builds that compile the cache out.
  static bool enabled();

 private:
  static constexpr size_t kClasses = 31;          // glibc chunk sizes 32..512
  static constexpr size_t kClassBytes = 32 * 1024;  // most held per class

  struct Block {
    Block* next;
    size_t usable;  // malloc_usable_size() when it was cached
  };

  void resetRoom();
  static void* jsMalloc(JSMallocState* s, size_t size);
  static void jsFree(JSMallocState* s, void* ptr);
  static void* jsRealloc(JSMallocState* s, void* ptr, size_t size);
  static size_t jsUsableSize(const void* ptr);

  Block* lists_[kClasses] = {};
  size_t room_[kClasses];  // blocks each list may still take
};

}  // namespace protojs

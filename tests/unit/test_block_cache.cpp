// BlockCache (src/runtime/BlockCache.h): a freed small block comes back for the next
// request of its size class, every block holds the bytes asked for, the engine's
// books (malloc_count, malloc_size) balance, and a runtime works on top of it.
#include <gtest/gtest.h>
#include <quickjs.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "runtime/BlockCache.h"

namespace {

using protojs::BlockCache;

JSMemoryUsage usage(JSRuntime* rt) {
  JSMemoryUsage u;
  JS_ComputeMemoryUsage(rt, &u);
  return u;
}

TEST(BlockCache, FreedBlockServesTheNextRequestOfItsClass) {
  if (!BlockCache::enabled()) GTEST_SKIP() << "compiled out in this build";
  BlockCache cache;
  JSRuntime* rt = cache.newRuntime();
  void* a = js_malloc_rt(rt, 40);
  js_free_rt(rt, a);
  // glibc does not have the block back: its own malloc hands out another one.
  void* other = std::malloc(40);
  EXPECT_NE(other, a);
  std::free(other);
  void* b = js_malloc_rt(rt, 33);  // same glibc chunk size (48) as 40
  EXPECT_EQ(a, b);
  void* c = js_malloc_rt(rt, 40);  // the list is empty again: a fresh block
  EXPECT_NE(b, c);
  js_free_rt(rt, b);
  js_free_rt(rt, c);
  JS_FreeRuntime(rt);
  cache.flush();
}

TEST(BlockCache, EveryBlockHoldsWhatWasAskedAndNoBlockIsHandedOutTwice) {
  BlockCache cache;
  JSRuntime* rt = cache.newRuntime();
  for (int round = 0; round < 3; round++) {  // rounds 2 and 3 run on cached blocks
    std::vector<std::pair<uint8_t*, size_t>> blocks;
    for (size_t n = 1; n <= 600; n++) {
      auto* p = static_cast<uint8_t*>(js_malloc_rt(rt, n));
      ASSERT_NE(p, nullptr);
      ASSERT_GE(js_malloc_usable_size_rt(rt, p), n);
      std::memset(p, int(n & 0xff), n);
      blocks.emplace_back(p, n);
    }
    for (auto& [p, n] : blocks) {
      for (size_t i = 0; i < n; i++) ASSERT_EQ(p[i], uint8_t(n & 0xff)) << "size " << n;
    }
    // Free in an order that mixes the classes' lists.
    for (size_t i = 0; i < blocks.size(); i += 2) js_free_rt(rt, blocks[i].first);
    for (size_t i = 1; i < blocks.size(); i += 2) js_free_rt(rt, blocks[i].first);
  }
  JS_FreeRuntime(rt);
  cache.flush();
}

TEST(BlockCache, BooksBalanceThroughMallocReallocAndFree) {
  BlockCache cache;
  JSRuntime* rt = cache.newRuntime();
  JSMemoryUsage before = usage(rt);
  std::vector<void*> blocks;
  for (int i = 0; i < 5000; i++) blocks.push_back(js_malloc_rt(rt, size_t(8 + (i * 37) % 700)));
  for (size_t i = 0; i < blocks.size(); i += 3) {
    blocks[i] = js_realloc_rt(rt, blocks[i], size_t(16 + (i * 11) % 900));
    ASSERT_NE(blocks[i], nullptr);
  }
  EXPECT_EQ(usage(rt).malloc_count, before.malloc_count + 5000);
  for (void* p : blocks) js_free_rt(rt, p);
  // More frees of one class than a class keeps: the rest go back to malloc.
  for (int round = 0; round < 2; round++) {
    blocks.clear();
    for (int i = 0; i < 4000; i++) blocks.push_back(js_malloc_rt(rt, 24));
    for (void* p : blocks) js_free_rt(rt, p);
  }
  JSMemoryUsage after = usage(rt);
  EXPECT_EQ(after.malloc_count, before.malloc_count);
  EXPECT_EQ(after.malloc_size, before.malloc_size);
  EXPECT_EQ(js_realloc_rt(rt, nullptr, 0), nullptr);
  void* p = js_realloc_rt(rt, nullptr, 100);  // realloc(NULL) allocates
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(js_realloc_rt(rt, p, 0), nullptr);  // realloc(p, 0) frees
  EXPECT_EQ(usage(rt).malloc_count, before.malloc_count);
  JS_FreeRuntime(rt);
  cache.flush();
}

TEST(BlockCache, ARuntimeRunsOnIt) {
  BlockCache cache;
  JSRuntime* rt = cache.newRuntime();
  JSContext* ctx = JS_NewContext(rt);
  const char* src =
      "let keep = [];"
      "for (let i = 0; i < 20000; i++) {"
      "  const o = { i, s: 'x'.repeat(i % 300), a: [i, i + 1] };"
      "  o.self = o;"  // a cycle: freed by the collector, not by refcount
      "  if (i % 100 === 0) keep.push(o);"
      "}"
      "keep.reduce((n, o) => n + o.s.length + o.a[1], 0)";
  JSValue v = JS_Eval(ctx, src, std::strlen(src), "<test>", JS_EVAL_TYPE_GLOBAL);
  ASSERT_FALSE(JS_IsException(v));
  int32_t sum = 0;
  JS_ToInt32(ctx, &sum, v);
  int32_t expected = 0;
  for (int i = 0; i < 20000; i += 100) expected += i % 300 + i + 1;
  EXPECT_EQ(sum, expected);
  JS_FreeValue(ctx, v);
  JS_RunGC(rt);
  JS_FreeContext(ctx);
  JS_FreeRuntime(rt);
  cache.flush();
}

}  // namespace

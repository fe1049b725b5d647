#pragma once
// The allocator behind the JS heap (every object, string, shape and property
// array QuickJS makes).

#include <quickjs.h>

namespace protojs {

// mimalloc's functions when the build has it (release builds), with QuickJS's
// own accounting of the heap size; nullptr for QuickJS's default (libc malloc),
// which sanitizers and valgrind need to see every allocation.
const JSMallocFunctions* jsMallocFunctions();

}  // namespace protojs

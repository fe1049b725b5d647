// The HTTP parser driver shared by the http_request and http_response harnesses:
// ParserCore (src/modules/http/HttpParser.h, llhttp plus Node's header bookkeeping)
// fed the way the http binding feeds it, with the input split into reads at
// fuzzer-chosen points. See HttpFuzz.cpp for the input layout and the invariants.
#pragma once
#include <llhttp.h>

#include <cstddef>
#include <cstdint>

namespace fuzz {

void fuzzHttpParser(llhttp_type_t type, const uint8_t* data, size_t size);

}  // namespace fuzz

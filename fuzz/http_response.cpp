// libFuzzer harness: HTTP responses as protojs's client parses them (ParserCore over
// llhttp). Input: [split seed][options][bytes from the server]; see support/HttpFuzz.cpp.
#include "support/HttpFuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::fuzzHttpParser(HTTP_RESPONSE, data, size);
  return 0;
}

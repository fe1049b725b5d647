// libFuzzer harness: HTTP requests as protojs's server parses them (ParserCore over
// llhttp). Input: [split seed][options][bytes from the client]; see support/HttpFuzz.cpp.
#include "support/HttpFuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::fuzzHttpParser(HTTP_REQUEST, data, size);
  return 0;
}

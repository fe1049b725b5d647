// A main() for the harnesses outside libFuzzer: feeds every file named on the command
// line (directories: every regular file inside, sorted) to LLVMFuzzerTestOneInput.
// CTest runs it over fuzz/corpus/<harness>/ and fuzz/regressions/<harness>/, so the
// seeds and every crash once found are replayed by the ordinary builds (g++ release
// and the ASan/UBSan build). Fails when there is nothing to replay.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int* argc, char*** argv);

namespace fs = std::filesystem;

static std::vector<fs::path> inputsOf(const fs::path& arg) {
  std::vector<fs::path> out;
  if (fs::is_directory(arg)) {
    for (const auto& e : fs::directory_iterator(arg))
      if (e.is_regular_file() && e.path().filename().string()[0] != '.') out.push_back(e.path());
    std::sort(out.begin(), out.end());
  } else if (fs::exists(arg)) {
    out.push_back(arg);
  }
  return out;
}

int main(int argc, char** argv) {
  if (LLVMFuzzerInitialize) LLVMFuzzerInitialize(&argc, &argv);
  size_t count = 0;
  for (int i = 1; i < argc; i++) {
    for (const fs::path& p : inputsOf(argv[i])) {
      std::ifstream f(p, std::ios::binary);
      std::vector<uint8_t> data((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
      // An exact-size heap copy, so ASan sees any read past the input.
      uint8_t* copy = new uint8_t[data.size() ? data.size() : 1];
      std::copy(data.begin(), data.end(), copy);
      LLVMFuzzerTestOneInput(copy, data.size());
      delete[] copy;
      count++;
    }
  }
  std::printf("replayed %zu inputs\n", count);
  return count > 0 ? 0 : 1;
}

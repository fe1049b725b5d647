# protoJS — the two commands a newcomer needs:
#   make demo   fetch dependencies, build, run the demo (examples/demo.js)
#   make test   fetch dependencies, build, run the whole suite (release + ASan/UBSan)
BUILD      ?= build
SAN_BUILD  ?= build-san
JOBS       ?= $(shell nproc)
CMAKE_GEN  := $(shell command -v ninja >/dev/null 2>&1 && echo "-G Ninja")

.PHONY: all deps build build-san demo test test-release test-san bench fuzz clean

all: build

deps:
	@bash scripts/bootstrap.sh

# Release builds are profile-guided (scripts/build-release.sh); PROTOJS_PGO=0 skips it.
build: deps
	@bash scripts/build-release.sh $(BUILD) $(JOBS)

build-san: deps
	@cmake -S . -B $(SAN_BUILD) $(CMAKE_GEN) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPROTOJS_SANITIZE=ON >/dev/null
	@cmake --build $(SAN_BUILD) -j $(JOBS)

demo: build
	@$(BUILD)/protojs examples/demo.js

# The whole suite: the release build, then the same suite under ASan + UBSan.
test: test-release test-san

test-release: build
	@ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

test-san: build-san
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:detect_stack_use_after_return=0 \
	 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	 ctest --test-dir $(SAN_BUILD) --output-on-failure -j $(JOBS) $(SAN_CTEST_ARGS)

bench: build
	@bash bench/run.sh $(BUILD)/protojs

# libFuzzer harnesses (fuzz/, clang + ASan/UBSan in build-fuzz), FUZZ_SECONDS (60) each.
fuzz:
	@bash scripts/bootstrap.sh --fuzz
	@CC=clang CXX=clang++ cmake -S . -B build-fuzz $(CMAKE_GEN) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	 -DPROTOJS_SANITIZE=ON -DPROTOJS_FUZZ=ON >/dev/null
	@cmake --build build-fuzz -j $(JOBS) --target fuzzers
	@bash fuzz/run.sh build-fuzz $(or $(FUZZ_SECONDS),60)

clean:
	rm -rf $(BUILD) $(SAN_BUILD)

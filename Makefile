# The commands of the README. `make run` and `make test` install what is missing first.
PRESET ?= release
BUILD := build/$(PRESET)
JOBS ?= $(shell nproc)

.PHONY: all deps build run test test-asan bench fmt fmt-check clean

all: build

deps:
	@scripts/install-deps

$(BUILD)/build.ninja: CMakeLists.txt CMakePresets.json
	cmake --preset $(PRESET) >/dev/null

build: deps $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

run: build
	$(BUILD)/waymark serve --data-dir ./data --demo-port 8081

test: build
	ctest --test-dir $(BUILD) -j $(JOBS) --output-on-failure

test-asan:
	$(MAKE) test PRESET=asan

bench: deps
	$(MAKE) build PRESET=release
	build/release/bench/micro_bench
	bench/run
	bench/widget_boot
	bench/ingest
	bench/analytics_query
	bench/logs_stats
	node bench/widget_draw.mjs

fmt: deps
	git ls-files --cached --others --exclude-standard '*.cpp' '*.hpp' | xargs clang-format -i

fmt-check: deps
	git ls-files '*.cpp' '*.hpp' | xargs clang-format --dry-run --Werror

clean:
	rm -rf build

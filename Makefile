# The two commands a new user needs:
#   make run   installs what is missing, builds, loads the demo ICS, serves it on http://127.0.0.1:$(PORT)
#   make test  installs what is missing, builds (warnings as errors, and an ASan/UBSan build), runs every test
PORT ?= 8080
DB ?= var/ics.db
PHM_SNAPSHOT = $(basename $(DB)).phm
JOBS ?= 2
CMAKE_FLAGS ?=

.PHONY: run test deps build build-asan bench screenshot clean

deps:
	bash scripts/install-deps.sh

build: deps
	cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DICS_WERROR=ON $(CMAKE_FLAGS) >/dev/null
	cmake --build build -j$(JOBS)

build-asan: deps
	cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DICS_WERROR=ON -DICS_SANITIZE=ON -DICS_BENCH=OFF $(CMAKE_FLAGS) >/dev/null
	cmake --build build-asan -j$(JOBS)

run: build
	@mkdir -p var
	@# The demo writes the store and, beside it, the population snapshot; a snapshot left without its store is stale.
	@if [ ! -f $(DB) ]; then rm -f $(PHM_SNAPSHOT); echo "Creating the demo ICS in $(DB)"; \
	  ./build/ics demo --db $(DB) --ae ../shared/data/ae_attendances.csv; fi
	@if [ ! -f $(PHM_SNAPSHOT) ]; then echo "No population in $(PHM_SNAPSHOT): the population health pages will be empty" \
	  "(ics demo --force, or ics phm import, makes one)"; fi
	./build/ics serve --db $(DB) --port $(PORT)

test: build build-asan
	cd build && ctest --output-on-failure -j$(JOBS)
	cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j$(JOBS)

bench: build
	bash bench/run.sh

screenshot: build
	bash scripts/screenshot.sh

clean:
	rm -rf build build-asan

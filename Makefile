# nk-defectors: make run · make test · make bench · make map · make dist · make golden
SHELL := /bin/bash
SWIFT ?= swift

.PHONY: run test build release bench map dist golden deps clean soak leaks

# Installs the system packages the program and its tests need (ncurses headers; tmux and strace
# for the end-to-end tests), when they are missing.
deps:
	@missing=""; \
	dpkg -s libncurses-dev >/dev/null 2>&1 || [ -e /usr/include/ncursesw/ncurses.h ] || missing="$$missing libncurses-dev"; \
	command -v tmux >/dev/null 2>&1 || missing="$$missing tmux"; \
	command -v strace >/dev/null 2>&1 || missing="$$missing strace"; \
	if [ -n "$$missing" ]; then \
		echo "Installing:$$missing"; \
		SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

run: build
	@$$($(SWIFT) build --show-bin-path)/nk-defectors $(ARGS)

# Everything: the debug build, the release binary a kiosk would get, and every test. The end-to-end
# tests run the make dist binary, the one users get (optimised, statically linked), not the debug one.
test: deps dist
	$(SWIFT) build
	NK_DEFECTORS_BIN="$(CURDIR)/dist/nk-defectors" NK_DIST_BINARY="$(CURDIR)/dist/nk-defectors" $(SWIFT) test

release: deps
	$(SWIFT) build -c release

# Re-records the golden screens after an intended change to what the screen shows.
golden: deps
	NK_RECORD_GOLDEN=1 $(SWIFT) test --filter GoldenScreenTests || true
	$(SWIFT) test --filter GoldenScreenTests

# The long versions of the randomised tests: a million events, thousands of broken files, a kiosk week.
soak: deps
	NK_SOAK=1 $(SWIFT) test --filter "PropertyTests|ContentFuzzTests|SoakTests"

# A scripted session under LeakSanitizer: no bytes definitely lost in the program's own code.
leaks: deps
	tools/leaks.sh

bench: deps
	cd Benchmarks && $(SWIFT) package --allow-writing-to-directory .benchmarkBaselines benchmark

map:
	python3 -m pip install --quiet pyshp
	python3 tools/build_map.py

# A release binary with the Swift runtime linked in and the content built in: needs only libncursesw.
# Linked as a fixed-address executable (no PIE): nothing to relocate at start, about 2 MB less
# resident memory.
DIST_FLAGS = -c release --static-swift-stdlib --scratch-path .build-dist -Xswiftc -Xclang-linker -Xswiftc -no-pie
dist: deps
	$(SWIFT) build $(DIST_FLAGS)
	mkdir -p dist
	cp "$$($(SWIFT) build $(DIST_FLAGS) --show-bin-path)/nk-defectors" dist/
	@ls -l dist/nk-defectors

clean:
	rm -rf .build .build-dist .build-asan .build-nopie dist Benchmarks/.build

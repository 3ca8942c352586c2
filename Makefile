# nk-defectors: make run · make test · make bench · make map · make dist · make golden
SHELL := /bin/bash
SWIFT ?= swift
SWIFTC ?= swiftc

.PHONY: run test build release bench startup map dist golden deps test-deps clean soak leaks

# Installs the Debian packages named in $(1) (each as "test:package"; the test is a path that must
# exist or a command that must be on PATH) that are missing. A policy-rc.d that forbids starting
# services is in place during the install, so installing openssh-server starts no system sshd (the
# tests start their own, on 127.0.0.1).
define install_missing
	@missing=""; \
	for want in $(1); do \
		test="$${want%%:*}"; package="$${want#*:}"; \
		case "$$test" in /*) [ -e "$$test" ] ;; *) command -v "$$test" >/dev/null 2>&1 ;; esac || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing:$$missing"; \
		SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; \
		added=""; if [ ! -e /usr/sbin/policy-rc.d ]; then \
			printf '#!/bin/sh\nexit 101\n' | $$SUDO tee /usr/sbin/policy-rc.d >/dev/null; $$SUDO chmod 755 /usr/sbin/policy-rc.d; added=1; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; status=$$?; \
		[ -n "$$added" ] && $$SUDO rm -f /usr/sbin/policy-rc.d; \
		exit $$status; \
	fi
endef

# What building and running need: the ncurses headers.
deps:
	$(call install_missing,/usr/include/ncursesw/ncurses.h:libncurses-dev)

# What the tests need besides: tmux and strace, and OpenSSH's server and client.
test-deps: deps
	$(call install_missing,tmux:tmux strace:strace /usr/sbin/sshd:openssh-server ssh:openssh-client ssh-keygen:openssh-client)

build: deps
	$(SWIFT) build

run: build
	@$$($(SWIFT) build --show-bin-path)/nk-defectors $(ARGS)

# Everything: the debug build, the release binary a kiosk would get, and every test. The end-to-end
# tests run the make dist binary, the one users get (optimised, statically linked), not the debug one,
# after the unit tests, so that their timings (a signal ends the program within a second) are not
# measured against the CPU-heavy unit suites; the load test of fifty SSH visitors runs last, alone.
test: test-deps dist
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --filter AtlasCoreTests
	NK_DEFECTORS_BIN="$(CURDIR)/dist/nk-defectors" NK_DIST_BINARY="$(CURDIR)/dist/nk-defectors" $(SWIFT) test --skip-build --filter EndToEndTests --skip SshLoadTests
	NK_DEFECTORS_BIN="$(CURDIR)/dist/nk-defectors" $(SWIFT) test --skip-build --filter SshLoadTests

release: deps
	$(SWIFT) build -c release

# Re-records the golden screens after an intended change to what the screen shows.
golden: test-deps
	NK_RECORD_GOLDEN=1 $(SWIFT) test --filter GoldenScreenTests || true
	$(SWIFT) test --filter GoldenScreenTests

# The long versions of the randomised tests: a million events, thousands of broken files, a kiosk week.
soak: test-deps
	NK_SOAK=1 $(SWIFT) test --filter "PropertyTests|ContentFuzzTests|SoakTests"

# A scripted session under LeakSanitizer: no bytes definitely lost in the program's own code.
leaks: test-deps
	tools/leaks.sh

bench: deps startup
	cd Benchmarks && $(SWIFT) package --allow-writing-to-directory .benchmarkBaselines benchmark

# Whole-process start-up of the dist binary beside the floor program (Benchmarks/Floor), built
# the same way: static Swift runtime and Foundation, no PIE.
startup: dist
	$(SWIFTC) -O -static-stdlib -Xclang-linker -no-pie Benchmarks/Floor/main.swift -o dist/start-floor
	python3 Benchmarks/startup.py

map:
	python3 -m pip install --quiet pyshp
	python3 tools/build_map.py

# A release binary with the Swift runtime linked in and the content built in: needs only libncursesw.
# Linked as a fixed-address executable (no PIE): nothing to relocate at start, about 2 MB less
# resident memory. No $ORIGIN run path: the loader would look for libncursesw and each system
# library in the binary's folder first, a score of failed opens at every start.
DIST_FLAGS = -c release --static-swift-stdlib --disable-local-rpath --scratch-path .build-dist -Xswiftc -Xclang-linker -Xswiftc -no-pie
dist: deps
	$(SWIFT) build $(DIST_FLAGS)
	mkdir -p dist
	cp "$$($(SWIFT) build $(DIST_FLAGS) --show-bin-path)/nk-defectors" dist/
	@ls -l dist/nk-defectors

clean:
	rm -rf .build .build-dist .build-asan .build-nopie dist Benchmarks/.build

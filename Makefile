# The two quick-start commands (README): `make demo` and `make test`. Each installs what it needs:
# Debian packages (with sudo when not root), the npm dependencies, then the compiled build (dist/).

.PHONY: demo test lint bench build system-deps

# apt-get needs root: run as root, or have sudo.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

node_modules/.package-lock.json: package.json package-lock.json
	npm ci

# Debian's Chromium prints the PDF; poppler-utils lets the tests read it back.
system-deps:
	@if ! command -v chromium >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1; then \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium poppler-utils fonts-dejavu-core >/dev/null; \
	fi

build: node_modules/.package-lock.json
	npm run build

# --force: each `make demo` replaces the previous demo report (a non-empty --out is refused otherwise).
demo: system-deps build
	node bin/sspr-audit.js demo --out reports/demo --force

test: system-deps node_modules/.package-lock.json
	npm run lint
	npm test

bench: system-deps build
	npm run bench

# The two quick-start commands (README): `make demo` and `make test`. Each installs what it needs.

.PHONY: demo test lint bench system-deps

node_modules/.package-lock.json: package.json package-lock.json
	npm ci

# Debian's Chromium prints the PDF; poppler-utils lets the tests read it back.
system-deps:
	@if ! command -v chromium >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils fonts-dejavu-core >/dev/null; \
	fi

# --force: each `make demo` replaces the previous demo report (a non-empty --out is refused otherwise).
demo: system-deps node_modules/.package-lock.json
	node bin/sspr-audit.js demo --out reports/demo --force

test: system-deps node_modules/.package-lock.json
	npm run lint
	npm test

bench: system-deps node_modules/.package-lock.json
	npm run bench

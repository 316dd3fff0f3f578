#!/usr/bin/env bash
# The whole test suite, as `npm test` and CI run it: type check, lint, unit and integration tests
# (Vitest on real SQLite files and a real Meilisearch), then the end-to-end journeys (Playwright on
# Debian's Chromium against a production build). Any failure fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	echo "▶ Installing dependencies"
	npm install --no-audit --no-fund
fi
[ -d app/generated/prisma ] || npx prisma generate

if [ ! -x /usr/bin/chromium ]; then
	if [ "$(id -u)" = 0 ]; then
		echo "▶ Installing Chromium for the browser tests"
		apt-get update -qq && apt-get install -y -qq chromium
	else
		echo "Chromium is missing: install it with 'sudo apt-get install chromium' and run again." >&2
		exit 1
	fi
fi

echo "▶ Type check"
npx tsc --noEmit
echo "▶ Lint"
npx eslint --max-warnings=0 .
echo "▶ Unit and integration tests"
npx vitest run
echo "▶ Production build"
npx remix vite:build --logLevel warn
echo "▶ End-to-end tests"
npx playwright test

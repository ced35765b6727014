#!/usr/bin/env bash
# Installs headless Chromium from Debian's packages when it is missing, for the dyad-server browser tests
# (BrowserTest drives it over the DevTools protocol; chromium-driver is installed too for Selenium users).
# Idempotent. Usage in .ci/run:  bash .ci/chromium.sh
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  echo "chromium.sh: $(chromium --version 2>/dev/null | head -1) already installed" >&2
  exit 0
fi
echo "chromium.sh: installing chromium and chromium-driver from Debian's packages" >&2
apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >&2
echo "chromium.sh: $(chromium --version 2>/dev/null | head -1) installed" >&2

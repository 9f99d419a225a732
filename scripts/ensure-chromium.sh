#!/usr/bin/env bash
# Makes sure a Chromium for the end-to-end tests exists. Playwright cannot download its own
# browser on our machines, so we use Debian's package (playwright.config.ts falls back to it).
set -euo pipefail
if [ -x /usr/bin/chromium ] || [ -n "${PLAYWRIGHT_BROWSERS_PATH:-}" ]; then
  exit 0
fi
echo "Chromium ontbreekt: installeren met apt-get (Debian-pakket 'chromium')..."
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
/usr/bin/chromium --version

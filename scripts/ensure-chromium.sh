#!/usr/bin/env bash
# Install Debian's Chromium for the browser tests when it is missing (needs root or sudo).
set -euo pipefail
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else
  echo "chromium missing and no root: browser tests will be skipped" >&2; exit 0
fi
echo "installing chromium (Debian package) for the browser tests..." >&2
# (wait for another apt run, e.g. a second checkout's tests, instead of failing on its lock)
LOCK_WAIT=(-o DPkg::Lock::Timeout=600)
$SUDO apt-get "${LOCK_WAIT[@]}" update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive $SUDO apt-get "${LOCK_WAIT[@]}" install -y -qq chromium >/dev/null

#!/usr/bin/env bash
# Installs what the editor tests need beyond npm packages (Debian packages, code-server).
# Safe to run again: it skips what is already there.
set -euo pipefail
echo "setup-test-deps: nothing extra yet"

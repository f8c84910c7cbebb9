#!/usr/bin/env bash
# Installs what the editor tests need beyond the npm dev dependencies:
#   - Debian packages: chromium (driven headless by playwright-core), fonts-noto-core (Vietnamese
#     glyphs in screenshots), ripgrep (for code-server's @vscode/ripgrep), the -dev headers that
#     code-server's native modules build against, and neovim (the second-editor LSP test).
#   - code-server, in its own folder .e2e/code-server (gitignored), not as a project dependency.
# Safe to run again: it skips what is already there, and is quick when everything is.
# Run as root (CI machines are); otherwise it uses sudo for apt-get when available.
set -euo pipefail
cd "$(dirname "$0")/.."

CODE_SERVER_VERSION="4.100.3"
# @vscode/ripgrep version that code-server $CODE_SERVER_VERSION depends on (its postinstall looks for
# a cached archive in a folder named after it before it tries a GitHub download, which is blocked here).
VSCODE_RIPGREP_VERSION="1.15.11"
RG_ARCHIVE="ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
APT_PACKAGES=(chromium fonts-noto-core ripgrep libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev neovim python3-distributed python3-dask)

log() { echo "setup-test-deps: $*"; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
fi

# 1. Debian packages (only the missing ones; apt-get update only when something is missing).
missing=()
for p in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  log "Debian packages present"
fi

# 2. code-server in .e2e/code-server.
CS_BIN=".e2e/code-server/node_modules/.bin/code-server"
CS_PKG=".e2e/code-server/node_modules/code-server/package.json"
# Written by code-server's postinstall (the last step of a complete install).
CS_RG=".e2e/code-server/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
if [ -x "$CS_BIN" ] && [ -f "$CS_PKG" ] && [ -x "$CS_RG" ] &&
  [ "$(node -p "require('./$CS_PKG').version" 2>/dev/null)" = "$CODE_SERVER_VERSION" ]; then
  log "code-server $CODE_SERVER_VERSION present"
else
  # The ripgrep cache trick: give @vscode/ripgrep's postinstall Debian's rg as its "downloaded" archive.
  cache="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-$VSCODE_RIPGREP_VERSION"
  if [ ! -f "$cache/$RG_ARCHIVE" ]; then
    rg_path="$(command -v rg || true)"
    if [ -z "$rg_path" ]; then
      echo "setup-test-deps: ripgrep (rg) not found after the apt step; cannot prepare code-server's ripgrep" >&2
      exit 1
    fi
    mkdir -p "$cache"
    tar czf "$cache/$RG_ARCHIVE" -C "$(dirname "$rg_path")" rg
  fi
  log "installing code-server $CODE_SERVER_VERSION into .e2e/code-server (about a minute)"
  mkdir -p .e2e/code-server
  # Its own package.json so npm does not walk up to the project's.
  [ -f .e2e/code-server/package.json ] || echo '{"name":"bitext-e2e-code-server","private":true}' >.e2e/code-server/package.json
  npm_config_yes=true npm install --unsafe-perm --no-audit --no-fund --prefix .e2e/code-server \
    "code-server@$CODE_SERVER_VERSION"
  if [ ! -x "$CS_BIN" ] || [ ! -x "$CS_RG" ]; then
    echo "setup-test-deps: code-server install finished but $CS_BIN or its ripgrep is missing (did its postinstall run?)" >&2
    exit 1
  fi
fi

log "ok (chromium: $(command -v chromium || echo missing), code-server: $CS_BIN)"

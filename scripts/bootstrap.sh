#!/usr/bin/env bash
# Fetches every build dependency into .deps/ (git-ignored), pinned and checksummed.
#  - toolchain, libuv, zlib, Brotli and libcrypto from this machine's own Debian release
#    (apt-get install)
#  - QuickJS 2025-04-26 source and llhttp 9.2.1 from Debian's next release (trixie)
#    through a private apt configuration that leaves the system's sources untouched
#    (QuickJS gets the patches in scripts/patches/, in name order; each says why)
#  - readable-stream etc. from the npm registry, from the committed lockfile, and the
#    npm packages the ecosystem tests run (tests/ecosystem/package-lock.json)
# Re-running is cheap: each step is skipped when its stamp file is present.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
deps="$root/.deps"
mkdir -p "$deps"

QJS_VERSION=2025.04.26
QJS_SHA256=ec81da5b3249ed648dbc7df4a1654988910e66a118d9b71cb63534216efcfbbe
LLHTTP_VERSION=9.2.1

sudo_if() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

system_packages() {
  local want=(g++ cmake make pkg-config ninja-build libuv1-dev libssl-dev openssl ca-certificates zlib1g-dev libbrotli-dev libgtest-dev curl xz-utils redis-server socat netcat-openbsd wrk valgrind patch "$@")
  local missing=()
  for p in "${want[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "bootstrap: installing ${missing[*]}"
  sudo_if apt-get update -qq
  sudo_if env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
}

# A private apt view of trixie. The mirror is read from the machine's own sources.
trixie_apt() {
  local dir="$deps/apt"
  mkdir -p "$dir/lists/partial" "$dir/cache/archives/partial"
  if [ ! -f "$dir/trixie.sources" ]; then
    local uri
    uri=$(awk '/^URIs:/ && $2 !~ /security/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
    if [ -z "$uri" ]; then
      uri=$(awk '/^deb / && $0 !~ /security/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
    fi
    [ -n "$uri" ] || { echo "bootstrap: no Debian mirror found in the system's apt sources" >&2; exit 1; }
    cat > "$dir/trixie.sources" <<SRC
Types: deb deb-src
URIs: $uri
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  fi
  APT_OPTS=(-o "Dir::Etc::sourcelist=$dir/trixie.sources" -o "Dir::Etc::sourceparts=-"
            -o "Dir::State::Lists=$dir/lists" -o "Dir::Cache=$dir/cache"
            -o "APT::Sandbox::User=root")
  if [ ! -f "$dir/.updated" ]; then
    apt-get "${APT_OPTS[@]}" update -qq
    touch "$dir/.updated"
  fi
}

quickjs() {
  local out="$deps/quickjs"
  # The stamp names the patches applied: a changed patch set re-extracts the source.
  local patches stamp
  # In number order (quickjs-10 after quickjs-9), each on the source the ones before made.
  mapfile -t patches < <(printf '%s\n' "$root"/scripts/patches/quickjs-*.patch | sort -V)
  stamp=$(cat "${patches[@]}" | sha256sum | cut -d' ' -f1)
  [ -f "$out/.ok" ] && [ "$(cat "$out/.ok")" = "$stamp" ] && return 0
  trixie_apt
  local dl="$deps/dl"; mkdir -p "$dl"
  local tarball="$dl/quickjs_${QJS_VERSION}.orig.tar.xz"
  if [ ! -f "$tarball" ]; then
    (cd "$dl" && apt-get "${APT_OPTS[@]}" source --download-only "quickjs=${QJS_VERSION}-1")
  fi
  echo "$QJS_SHA256  $tarball" | sha256sum -c --quiet -
  rm -rf "$out" && mkdir -p "$out"
  tar -xJf "$tarball" -C "$out" --strip-components=1
  for p in "${patches[@]}"; do patch -s -p1 --fuzz=0 -d "$out" < "$p"; done
  echo "$stamp" > "$out/.ok"
}

llhttp() {
  local out="$deps/llhttp"
  [ -f "$out/.ok" ] && return 0
  trixie_apt
  local dl="$deps/dl"; mkdir -p "$dl"
  (cd "$dl" && apt-get "${APT_OPTS[@]}" download "libllhttp-dev=${LLHTTP_VERSION}*" "libllhttp9.2=${LLHTTP_VERSION}*")
  (cd "$dl" && sha256sum -c --quiet "$root/scripts/llhttp.sha256")
  rm -rf "$out" && mkdir -p "$out"
  for deb in "$dl"/libllhttp*.deb; do dpkg -x "$deb" "$out"; done
  touch "$out/.ok"
}

# npm_packages SRC_DIR OUT_DIR: `npm ci` of SRC_DIR's committed lockfile into OUT_DIR.
npm_packages() {
  local src=$1 out=$2
  if [ -f "$out/.ok" ] && cmp -s "$src/package-lock.json" "$out/package-lock.json"; then
    return 0
  fi
  rm -rf "$out" && mkdir -p "$out"
  cp "$src/package.json" "$src/package-lock.json" "$out/"
  (cd "$out" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  touch "$out/.ok"
}

# `bootstrap.sh --fuzz` (make fuzz) also installs clang and libFuzzer's runtime.
extra=()
[ "${1:-}" = --fuzz ] && extra=(clang libclang-rt-14-dev)
system_packages "${extra[@]}"
quickjs
llhttp
npm_packages "$root/scripts/npm" "$deps/npm"  # compiled into the binary
# Packages that tests/compat/ecosystem runs unchanged (express, koa, ...).
npm_packages "$root/tests/ecosystem" "$deps/ecosystem"
echo "bootstrap: dependencies ready in $deps"

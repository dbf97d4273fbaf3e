#!/usr/bin/env bash
# Trunk Wizard developer entry point.
#   packaging/dev.sh run   [-- app args]  install what is missing, build, start the app
#   packaging/dev.sh test  [ctest args]   install what is missing, build, run the whole suite headless,
#                                         then again built with ASan+UBSan, with each fuzzer for 10 s
#   packaging/dev.sh test --quick | --asan  only the first pass | only the sanitizer pass
#   packaging/dev.sh package              a Release build packed as .deb and .tar.gz in build-release/packages,
#                                         then checked (lintian, desktop entry, AppStream, an installed run)
#   packaging/dev.sh fuzz  [SECONDS]      run each fuzz target longer (60 s unless given)
#   packaging/dev.sh distro trixie|bookworm [--quick]  the same test and package inside a fresh
#                                         debootstrap root of that release, then the package installed
#                                         by apt into another fresh root and started (as root)
#   packaging/dev.sh deps | build | format  the single steps (format rewrites the sources in place)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${TW_BUILD_DIR:-$ROOT/build}"

# Debian 12 and 13 packages. See ../shared/reference/build-env.md for why each is here:
# libsecret-1-0 is dlopen'd by QtKeychain, xauth is needed by xvfb-run, and dbus-x11
# must NOT be installed (it makes libsecret hang on a keyring prompt).
PACKAGES=(
  cmake ninja-build g++ file dpkg-dev pkg-config
  qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  qtkeychain-qt6-dev libqt6sql6-sqlite libqt6svg6
  libsecret-1-0 gnome-keyring dbus xvfb xauth fonts-dejavu-core at-spi2-core python3-pyatspi
  libphonenumber-dev libyaml-cpp-dev libosip2-dev clang-format poppler-utils
  clang libclang-rt-dev
  lintian desktop-file-utils appstream
)
# Named differently by release: Debian 13 moved Qt's SVG image plugin (the icons are rendered
# from SVG at build time) out of libqt6svg6 into qt6-svg-plugins.
debian_release() { (. /etc/os-release && echo "${VERSION_ID:-}"); }
case "$(debian_release)" in
  11|12) ;;
  *) PACKAGES+=(qt6-svg-plugins) ;;
esac

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'dev.sh: %s\n' "$*" >&2; exit 1; }

deps() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "missing packages (${missing[*]}) and no sudo; run as root once."
    sudo=(sudo)
  fi
  say "Installing Debian packages: ${missing[*]}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
  # Warnings are errors here, as in CI, so nothing lands that CI would refuse.
  local werror=ON
  if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    say "Configuring in $BUILD_DIR"
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="${TW_BUILD_TYPE:-Debug}" -DTW_WERROR="$werror"
  else
    cmake "$BUILD_DIR" -DTW_WERROR="$werror" >/dev/null
  fi
  say "Building"
  cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}

# The "asan" preset (CMakePresets.json): clang, AddressSanitizer + UndefinedBehaviorSanitizer
# on everything, and the libFuzzer targets of tests/fuzz.
ASAN_DIR="${TW_ASAN_BUILD_DIR:-$ROOT/build-asan}"
build_asan() {
  if [ ! -f "$ASAN_DIR/build.ninja" ]; then
    say "Configuring the sanitizer build in $ASAN_DIR"
    cmake -S "$ROOT" -B "$ASAN_DIR" --preset asan
  fi
  say "Building with AddressSanitizer and UndefinedBehaviorSanitizer"
  cmake --build "$ASAN_DIR" --parallel "$(nproc)"
}

# Any sanitizer report fails the test that caused it. Leaks inside Qt's and the system's own
# libraries (D-Bus, fontconfig: freed at exit or never) are listed in tests/sanitizers/lsan.supp.
sanitizer_env() {
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1:strict_string_checks=1"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
  export LSAN_OPTIONS="suppressions=$ROOT/tests/sanitizers/lsan.supp:print_suppressions=0"
}

# Runs "$@" inside a private D-Bus session with an unlocked, throw-away gnome-keyring,
# so the real Secret Service backend is exercised without touching the user's keyring.
with_private_keyring() {
  local tmp
  tmp="$(mktemp -d)"
  mkdir -m 700 "$tmp/run" "$tmp/data" "$tmp/config"
  # shellcheck disable=SC2016
  XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/run" XDG_CONFIG_HOME="$tmp/config" \
    dbus-run-session -- sh -c '
      echo -n "tw-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 90
      exec "$@"' sh "$@" 2> >(grep -v "Failed to set fd limit" >&2)
  local rc=$?
  rm -rf "$tmp"
  return $rc
}

# Runs ctest in "$1" (the rest: ctest's arguments), then says how many test functions skipped
# and why: a skip is not a pass. Run as root, a test skipped for want of root fails the run.
run_suite() {
  local dir="$1"; shift
  local junit="$dir/ctest-results.xml" rc=0
  (cd "$dir" && QT_QPA_PLATFORM=offscreen with_private_keyring ctest --output-on-failure \
    --output-junit "$junit" --test-output-size-passed 8000000 "$@") || rc=$?
  local skips
  skips="$(grep -ho 'SKIP   : [^&<]*' "$junit" 2>/dev/null | sed 's/^SKIP   : //; s/[[:space:]]*$//' | sort -u || true)"
  if [ -n "$skips" ]; then
    say "Skipped: $(printf '%s\n' "$skips" | wc -l) test function(s)"
    printf '%s\n' "$skips" | sed 's/^/  /' >&2
  else
    say "Skipped: none"
  fi
  if [ "$(id -u)" -eq 0 ] && printf '%s\n' "$skips" | grep -qi 'root'; then
    printf 'dev.sh: a test that needs root was skipped although this runs as root\n' >&2
    [ "$rc" -ne 0 ] || rc=1
  fi
  return "$rc"
}

sources() { (cd "$ROOT" && find app ui tests packaging -name '*.cpp' -o -name '*.h' | sort); }

# The Release build the packages are made from, in its own folder; only what goes into the
# package and the test that checks it are built.
RELEASE_DIR="${TW_RELEASE_BUILD_DIR:-$ROOT/build-release}"
package() {
  if [ ! -f "$RELEASE_DIR/build.ninja" ]; then
    say "Configuring the Release build in $RELEASE_DIR"
    cmake -S "$ROOT" -B "$RELEASE_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTW_WERROR=ON
  fi
  say "Building (Release)"
  cmake --build "$RELEASE_DIR" --parallel "$(nproc)" --target trunkwizard trunkwizard-cli trunkwizard-sandbox \
    tw_package_files tst_package
  rm -rf "$RELEASE_DIR/packages"
  say "Packing"
  (cd "$RELEASE_DIR" && cpack --config CPackConfig.cmake -B "$RELEASE_DIR/packages")
  rm -rf "$RELEASE_DIR/packages/_CPack_Packages"
  say "Checking the packages (lintian, desktop-file-validate, appstreamcli, an installed sandbox run)"
  QT_QPA_PLATFORM=offscreen TW_PACKAGE_DIR="$RELEASE_DIR/packages" with_private_keyring "$RELEASE_DIR/bin/tst_package"
  say "Packages: $(cd "$RELEASE_DIR/packages" && ls trunkwizard*)"
}

# packaging/dev.sh distro trixie|bookworm: this tree, built and tested inside a fresh
# debootstrap root of that Debian release (as root; Debian's archive only), then its package
# installed by apt into a second fresh root and started there. The base root is made once and
# kept as a tarball in build-distro/.
DISTRO_DIR="${TW_DISTRO_DIR:-$ROOT/build-distro}"
distro() {
  local release="${1:-}" mode="${2:-}"
  case "$release" in trixie|bookworm) ;; *) die "distro needs trixie or bookworm" ;; esac
  [ "$(id -u)" -eq 0 ] || die "distro needs root (debootstrap and chroot)."
  command -v debootstrap >/dev/null || { apt-get update -q && apt-get install -y -q --no-install-recommends debootstrap; }
  mkdir -p "$DISTRO_DIR"
  local base="$DISTRO_DIR/$release-base.tar" mirror="${TW_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
  if [ ! -f "$base" ]; then
    say "Making a fresh $release root (debootstrap minbase), kept as $base"
    local fresh="$DISTRO_DIR/$release-debootstrap"
    rm -rf "$fresh"
    debootstrap --variant=minbase "$release" "$fresh" "$mirror"
    tar -C "$fresh" -cf "$base.part" . && mv "$base.part" "$base"
    rm -rf "$fresh"
  fi
  local start=$SECONDS
  local root="$DISTRO_DIR/$release-build"
  distro_root "$base" "$root"
  say "Copying this tree (as committed and as changed, without build folders) into $root/src"
  mkdir -p "$root/src"
  (cd "$ROOT" && git ls-files -co --exclude-standard -z | tar --null -T - -cf -) | tar -C "$root/src" -xf -
  local suite=(packaging/dev.sh test)
  [ "$mode" = --quick ] && suite+=(--quick)
  say "In $release: ${suite[*]}, then packaging/dev.sh package"
  local rc=0
  chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    sh -c "apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends git ca-certificates >/dev/null \
      && cd /src && ${suite[*]} && packaging/dev.sh package" || rc=$?
  distro_unmount "$root"
  [ "$rc" -eq 0 ] || die "the $release build or tests failed (exit $rc); the root is kept in $root"
  mkdir -p "$DISTRO_DIR/$release-packages"
  cp "$root"/src/build-release/packages/*.deb "$DISTRO_DIR/$release-packages/"
  local deb
  deb="$(ls "$root"/src/build-release/packages/*.deb | head -1)"
  say "Installing $(basename "$deb") with apt into a second fresh $release root"
  local target="$DISTRO_DIR/$release-install"
  distro_root "$base" "$target"
  cp "$deb" "$target/tmp/"
  rc=0
  # With its Recommends (a keychain), as an admin's apt-get install does; then the CLI's
  # sandbox flow (keys into the keychain, trunk, number, report) and the app's first frame.
  # shellcheck disable=SC2016
  chroot "$target" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive sh -ec '
    apt-get update -q >/dev/null
    apt-get install -y -q "/tmp/$0" >/dev/null
    apt-get install -y -q --no-install-recommends xvfb xauth dbus >/dev/null
    trunkwizard-cli --version
    trunkwizard-sandbox --port 18080 >/tmp/sandbox.json 2>&1 &
    sandbox=$!
    sleep 2
    dbus-run-session -- sh -ec "
      echo -n tw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
      cli() { trunkwizard-cli --config-dir /tmp/tw --yes --cloudonix-url http://127.0.0.1:18080/cloudonix --vapi-url http://127.0.0.1:18080/vapi \"\$@\"; }
      echo XIsandboxcustomerkey00000000000000 | cli configure --domain demo.cloudonix.net --apikey -
      echo vapi-sandbox-key-0000-0000-000000000000 | cli service --provider vapi --apikey - --domain demo.cloudonix.net --inbound-ip 203.0.113.10
      cli addnumber --domain demo.cloudonix.net --provider vapi --number +12127773456 --assistant \"Support bot\"
      cli report --domain demo.cloudonix.net --format md --output - | grep -q +12127773456"
    kill "$sandbox" 2>/dev/null || true # it may have stopped with its input already
    xvfb-run -a trunkwizard --sandbox --quit-after-first-frame --config-dir /tmp/tw-gui
    echo "installed package: the CLI set up the sandbox domain, the app painted its first frame"' \
    "$(basename "$deb")" || rc=$?
  distro_unmount "$target"
  [ "$rc" -eq 0 ] || die "the $release package did not install or start in a fresh root (exit $rc)"
  rm -rf "$target"
  say "distro $release: passed in $(( (SECONDS - start) / 60 )) min $(( (SECONDS - start) % 60 )) s; package in $DISTRO_DIR/$release-packages"
}

# A fresh root from the base tarball, with what a build and a D-Bus session need mounted.
distro_root() {
  local base="$1" root="$2"
  distro_unmount "$root"
  rm -rf "$root" && mkdir -p "$root"
  tar -C "$root" -xf "$base"
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  mount -t proc proc "$root/proc"
  mount --rbind /dev "$root/dev" && mount --make-rslave "$root/dev"
  mount --rbind /sys "$root/sys" && mount --make-rslave "$root/sys"
  mount -t tmpfs tmpfs "$root/tmp"
}

distro_unmount() {
  local root="$1" m
  [ -d "$root" ] || return 0
  for m in tmp sys dev proc; do
    mountpoint -q "$root/$m" && umount -R "$root/$m" 2>/dev/null || umount -lR "$root/$m" 2>/dev/null || true
  done
}

format_check() {
  local bad version
  # The house style is what Debian 12's clang-format 14 writes; later versions lay some
  # constructs out differently, so only 14 judges (CI runs on Debian 12).
  version="$(clang-format --version | grep -o 'version [0-9]*' | grep -o '[0-9]*$')"
  if [ "$version" != 14 ]; then
    say "Format check skipped: clang-format $version is not the house version (14, Debian 12's)"
    return 0
  fi
  bad="$(cd "$ROOT" && sources | xargs clang-format --dry-run 2>&1 | grep -o '^[^:]*\.\(cpp\|h\)' | sort -u || true)"
  if [ -n "$bad" ]; then
    printf 'dev.sh: these files are not clang-formatted (run packaging/dev.sh format):\n%s\n' "$bad" >&2
    return 1
  fi
}

cmd="${1:-}"
[ $# -gt 0 ] && shift
case "$cmd" in
  deps) deps ;;
  build) deps; build ;;
  format) deps; (cd "$ROOT" && sources | xargs clang-format -i) ;;
  test)
    pass=both
    case "${1:-}" in --quick) pass=quick; shift ;; --asan) pass=asan; shift ;; esac
    deps; format_check
    if [ "$pass" != asan ]; then
      build
      say "Running the test suite (offscreen Qt, private D-Bus session, test keyring)"
      run_suite "$BUILD_DIR" --timeout 300 "$@"
    fi
    if [ "$pass" != quick ]; then
      build_asan
      say "Running the test suite under ASan + UBSan, and each fuzz target for 10 s"
      sanitizer_env
      run_suite "$ASAN_DIR" --timeout 600 "$@"
    fi
    ;;
  package) deps; package ;;
  distro) distro "$@" ;;
  fuzz)
    deps; build_asan; sanitizer_env
    seconds="${1:-60}"
    for fuzzer in "$ASAN_DIR"/tests/fuzz/fuzz_*; do
      name="$(basename "$fuzzer")"; name="${name#fuzz_}"
      mkdir -p "$ASAN_DIR/tests/fuzz/work/$name"
      say "Fuzzing $name for $seconds s"
      QT_QPA_PLATFORM=offscreen "$fuzzer" -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 "$ASAN_DIR/tests/fuzz/work/$name" "$ROOT/tests/fuzz/corpus/$name"
    done
    ;;
  run)
    deps; build
    [ "${1:-}" = "--" ] && shift
    app="$BUILD_DIR/bin/trunkwizard"
    # No account configured yet: start with the built-in sandbox, so the app works at once.
    config="${TRUNKWIZARD_CONFIG_DIR:-${XDG_CONFIG_HOME:-$HOME/.config}/trunkwizard}/config.json"
    if [ $# -eq 0 ] && ! grep -qs '"domain"' "$config"; then
      say "No account is configured yet ($config): starting in sandbox mode. Nothing is sent to Cloudonix or Vapi."
      set -- --sandbox
    fi
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
      exec "$app" "$@"
    fi
    say "No graphical display found: starting the app on a virtual X display (xvfb-run). Stop it with Ctrl+C."
    exec xvfb-run -a "$app" "$@"
    ;;
  *) sed -n '2,/^set -euo/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; exit 2 ;;
esac

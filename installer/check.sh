#!/usr/bin/env bash
# Installer check (not part of `mvn verify`/CI: it takes a few minutes and needs the JDK's jlink
# and jpackage). Builds the app-image with build.sh, then, headless:
#   - the command-line launcher answers --version and runs `info` on the sample,
#   - first start creates the database in the user's data folder, never in the installation,
#     and nothing in the installation changes while the program runs (read-only install),
#   - `info` behaves the same with no network at all (a new network namespace, where unshare works),
#   - the app-image (and any package already in target/installer/packages) is at most 150 MB.
# Usage: installer/check.sh [--skip-jar]     (--skip-jar reuses target/supracluster.jar)
set -euo pipefail
cd "$(dirname "$0")/.."

limit_mb=150
installer/build.sh --app-image "$@"

app=$(find target/installer/app-image -mindepth 1 -maxdepth 1 | head -1)
case "$(uname -s)" in
  Darwin) cli="$app/Contents/MacOS/supracluster" ;;
  *) cli="$app/bin/supracluster" ;;
esac
fail() { echo "CHECK FAILED: $*" >&2; exit 1; }
[ -x "$cli" ] || fail "no command-line launcher at $cli"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Anything in the installation newer than this marker was written by the program.
marker="$work/marker"
touch "$marker"
sleep 1

echo "== $cli --version"
v=$("$cli" --version) || fail "--version exited with $?"
echo "$v"
[[ "$v" == "Supracluster Explorer "* ]] || fail "--version printed '$v'"

# A fresh user: an empty home and no override, so the program picks its own data folder. Java
# takes the home folder from the user database, not from $HOME: user.home is set instead.
home="$work/home"
mkdir -p "$home"
export JAVA_TOOL_OPTIONS="-Duser.home=$home"
unset SUPRACLUSTER_HOME XDG_DATA_HOME
echo "== $cli info (first start, home $home)"
"$cli" info > "$work/info.txt" || fail "info exited with $?"
head -4 "$work/info.txt"
grep -q '^Firms: 1500, Links: 7500' "$work/info.txt" || fail "info does not show the 1,500-firm sample"
case "$(uname -s)" in
  Darwin) db="$home/Library/Application Support/Supracluster/supracluster.db" ;;
  *) db="$home/.local/share/supracluster/supracluster.db" ;;
esac
[ -s "$db" ] || fail "first start did not create $db"
echo "database created in the user's data folder: $db"

if unshare -n true 2>/dev/null; then
  echo "== $cli info without network (unshare -n)"
  unshare -n "$cli" info > "$work/info-offline.txt" || fail "info without network exited with $?"
  # Same output but the import time stamp, which is the same database: identical.
  diff "$work/info.txt" "$work/info-offline.txt" >/dev/null || fail "info differs without network"
  echo "same output without network"
else
  echo "== (unshare -n not permitted here: network-free run skipped)"
fi

changed=$(find "$app" -newer "$marker")
[ -z "$changed" ] || fail "running the program wrote into the installation: $changed"
echo "installation unchanged by running it"

echo "== sizes (limit $limit_mb MB)"
too_big=0
for f in "$app" target/installer/packages/*; do
  [ -e "$f" ] || continue
  mb=$(( $(du -sk "$f" | cut -f1) / 1024 ))
  echo "$mb MB  $f"
  [ "$mb" -le "$limit_mb" ] || too_big=1
done
[ $too_big = 0 ] || fail "a package is over $limit_mb MB"
echo "CHECK PASSED"

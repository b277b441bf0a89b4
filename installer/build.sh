#!/usr/bin/env bash
# Builds the desktop packages of Supracluster Explorer with the JDK's jlink and jpackage, on the
# platform they are for (jpackage cannot cross-build): Linux -> app-image and .deb, macOS ->
# app-image and .dmg. Windows uses build.ps1, which reads the same option files.
#
#   installer/build.sh                  fat jar (mvn package, tests skipped), runtime, app-image, package
#   installer/build.sh --app-image      stop after the app-image (no fakeroot/dpkg-deb needed)
#   installer/build.sh --skip-jar       reuse target/supracluster.jar
#   installer/build.sh --type rpm       another jpackage package type (options from jpackage/TYPE.args if present)
#
# Output in target/installer/: runtime/ (the jlinked JDK), input/ (the jar as packaged),
# app-image/, packages/. Options shared by every platform are in jpackage/common.args, then
# jpackage/<os>.args (app-image: icon, command-line launcher) and jpackage/<type>.args (package only).
set -euo pipefail
cd "$(dirname "$0")/.."

app_image_only=false
skip_jar=false
type=""
while [ $# -gt 0 ]; do
  case "$1" in
    --app-image) app_image_only=true ;;
    --skip-jar) skip_jar=true ;;
    --type) type="$2"; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown option $1 (see --help)" >&2; exit 1 ;;
  esac
  shift
done

case "$(uname -s)" in
  Linux) os=linux; type=${type:-deb} ;;
  Darwin) os=macos; type=${type:-dmg} ;;
  *) echo "build.sh: on Windows run installer\\build.ps1 in PowerShell" >&2; exit 1 ;;
esac

# jlink and jpackage of the JDK that Maven uses (JAVA_HOME), else the ones on PATH.
bin=${JAVA_HOME:+$JAVA_HOME/bin/}
for tool in java jlink jpackage; do
  command -v "${bin}$tool" >/dev/null || { echo "build.sh: ${bin}$tool not found; a full JDK 17 is needed" >&2; exit 1; }
done

out=target/installer
start=$(date +%s)

if ! $skip_jar; then
  echo "== fat jar (mvn package, tests skipped)"
  mvn -B -q -Dmaven.test.skip=true package
fi
[ -f target/supracluster.jar ] || { echo "build.sh: target/supracluster.jar is missing (run without --skip-jar)" >&2; exit 1; }
# The version jpackage stamps on the package is the one the program reports (from the pom).
version=$("${bin}java" -jar target/supracluster.jar --version | awk '{print $NF}')
version=${version%-SNAPSHOT}
echo "== Supracluster Explorer $version ($os)"

rm -rf "$out/input" "$out/app-image"
mkdir -p "$out/input" "$out/app-image" "$out/packages"
"${bin}java" installer/SlimJar.java target/supracluster.jar "$out/input/supracluster.jar"

echo "== runtime (jlink)"
rm -rf "$out/runtime"
"${bin}jlink" @installer/jlink.args --output "$out/runtime"

if [ "$os" = macos ]; then
  # jpackage wants an .icns on macOS; the Mac's own tools make it from the committed PNG.
  set_dir="$out/supracluster.iconset"
  rm -rf "$set_dir" && mkdir -p "$set_dir"
  for s in 16 32 128 256; do
    sips -z $s $s installer/icon/supracluster.png --out "$set_dir/icon_${s}x${s}.png" >/dev/null
    sips -z $((s * 2)) $((s * 2)) installer/icon/supracluster.png --out "$set_dir/icon_${s}x${s}@2x.png" >/dev/null
  done
  iconutil -c icns "$set_dir" -o "$out/supracluster.icns"
fi

common=(@installer/jpackage/common.args @installer/jpackage/$os.args
        --app-version "$version" --input "$out/input" --runtime-image "$out/runtime")

echo "== app-image (jpackage)"
"${bin}jpackage" "${common[@]}" --type app-image --dest "$out/app-image"

if ! $app_image_only; then
  echo "== $type package (jpackage)"
  extra=()
  [ -f "installer/jpackage/$type.args" ] && extra=(@installer/jpackage/$type.args)
  rm -f "$out/packages"/*."$type"
  "${bin}jpackage" "${common[@]}" "${extra[@]}" --type "$type" --dest "$out/packages"
fi

echo "== done in $(( $(date +%s) - start )) s"
du -sh "$out/app-image"/* "$out/runtime" "$out/input/supracluster.jar"
$app_image_only || ls -l "$out/packages"

#!/usr/bin/env bash
# Renders supracluster.svg into the icons jpackage takes: supracluster.png (Linux, 256 px) and
# supracluster.ico (Windows, 16-256 px). Both are committed, so building a package needs neither
# tool; run this after changing the SVG. Needs rsvg-convert (Debian: librsvg2-bin) and ImageMagick.
# The macOS .icns is made by build.sh on the Mac itself (sips + iconutil), from the PNG.
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
rsvg-convert -w 256 -h 256 supracluster.svg -o supracluster.png
for s in 16 24 32 48 64 128 256; do
  rsvg-convert -w "$s" -h "$s" supracluster.svg -o "$tmp/$s.png"
done
# ImageMagick 6 is "convert", 7 is "magick"; /usr/bin first: a wrapper elsewhere on PATH may not write ICO.
im=$(command -v /usr/bin/convert || command -v magick || command -v convert)
"$im" "$tmp"/{16,24,32,48,64,128,256}.png supracluster.ico

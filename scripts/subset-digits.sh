#!/usr/bin/env bash
# Makes the plain-zero digits face (src/assets/fonts/lexend-digits-*.woff2) from Lexend
# (@fontsource/lexend, SIL OFL 1.1): only the ten digits, 1.4 KB each instead of 14.5 KB for the
# whole Latin file, since every other character is Atkinson Hyperlegible's (src/styles/tokens.css).
# The files are committed; run this only to remake them (needs fonttools: apt-get install
# python3-fonttools python3-brotli).
set -euo pipefail
cd "$(dirname "$0")/.."
out=src/assets/fonts
mkdir -p "$out"
for weight in 400 700; do
  /usr/bin/python3 -m fontTools.subset "node_modules/@fontsource/lexend/files/lexend-latin-$weight-normal.woff2" \
    --unicodes=U+0030-0039 --layout-features='kern,tnum,lnum' --flavor=woff2 \
    --output-file="$out/lexend-digits-$weight.woff2"
done
cp node_modules/@fontsource/lexend/LICENSE "$out/LICENSE-Lexend.txt"
ls -l "$out"

#!/usr/bin/env bash
# Makes sure the spell check of the unit tests can run: Debian's hunspell with its Dutch
# dictionary (hunspell-nl). Installed with apt-get only when one of them is missing.
set -euo pipefail
missing=()
command -v hunspell >/dev/null 2>&1 || missing+=(hunspell)
[ -f /usr/share/hunspell/nl.dic ] || missing+=(hunspell-nl)
if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi
echo "Ontbrekend voor de spellingcontrole: ${missing[*]} — installeren met apt-get..."
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
hunspell -v | head -n 1

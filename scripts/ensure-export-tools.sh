#!/usr/bin/env bash
# Makes sure the tools the export tests check with exist: LibreOffice Impress (opens the
# PowerPoint export and turns it into a PDF, as a person's office suite would) and poppler
# (pdfinfo and pdftotext, to count pages and read text). Debian packages, installed when missing.
set -euo pipefail
missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-impress)
{ command -v pdfinfo >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1; } || missing+=(poppler-utils)
command -v unzip >/dev/null 2>&1 || missing+=(unzip)
if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi
echo "Ontbrekend voor de exporttests: ${missing[*]} — installeren met apt-get..."
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
# No recommends: the Java, help and GUI extras add minutes and nothing the conversion uses.
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
soffice --version

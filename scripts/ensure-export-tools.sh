#!/usr/bin/env bash
# Makes sure the tools the export tests check with exist: LibreOffice Impress (opens the
# PowerPoint export and turns it into a PDF, as a person's office suite would) and poppler
# (pdfinfo and pdftotext, to count pages and read text), and the Arial-metric font Impress sets the
# export in. Debian packages, installed when missing.
set -euo pipefail
missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-impress)
{ command -v pdfinfo >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1; } || missing+=(poppler-utils)
command -v unzip >/dev/null 2>&1 || missing+=(unzip)
# The export is set in Arial. Without a metric-equal face Impress falls back to DejaVu Sans, which
# runs about 10% wider, so titles wrap where PowerPoint's would not: Liberation Sans is Arial's twin.
{ command -v fc-match >/dev/null 2>&1 && fc-match -f '%{family}' Arial | grep -q 'Liberation Sans'; } ||
  missing+=(fonts-liberation)
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

#!/usr/bin/env bash
# Makes sure a Java runtime exists for the Nu HTML Checker (vnu-jar, an exact-pinned dev
# dependency) that the hosting tests run over every built page. Debian's headless JRE, installed
# when missing.
set -euo pipefail
if command -v java >/dev/null 2>&1; then
  exit 0
fi
echo "Java ontbreekt voor de HTML-controle (vnu): installeren met apt-get (default-jre-headless)..."
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends default-jre-headless >/dev/null
java -version

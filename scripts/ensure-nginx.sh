#!/usr/bin/env bash
# Makes sure nginx and its brotli_static module exist: the hosting tests, `npm run serve` and
# the bench serve the build through them (deploy/nginx.ts). Debian packages, installed when missing.
set -euo pipefail
missing=()
{ command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; } || missing+=(nginx)
module_found=false
for dir in /usr/lib/nginx/modules /usr/share/nginx/modules /usr/lib64/nginx/modules; do
  if [ -f "$dir/ngx_http_brotli_static_module.so" ]; then module_found=true; fi
done
$module_found || missing+=(libnginx-mod-http-brotli-static)
if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi
echo "Ontbreekt voor de hostingtests: ${missing[*]} — installeren met apt-get..."
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# The package may start a system nginx on port 80; ours runs apart from it on the loopback address.
/usr/sbin/nginx -v

#!/usr/bin/env bash
# Install the Debian packages gdr needs to build, demo and test, if missing.
# As root it runs apt-get; otherwise it prints the exact command and stops.
set -euo pipefail
PGV=15
need=()
have() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
for p in postgresql-$PGV postgresql-server-dev-$PGV libicu-dev icu-devtools pkg-config gcc make perl \
         clang libclang-rt-14-dev; do
  have "$p" || need+=("$p")
done
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
cmd="apt-get install -y --no-install-recommends ${need[*]}"
if [ "$(id -u)" != 0 ]; then
  echo "gdr needs these Debian packages; run as root:" >&2
  echo "  apt-get update && $cmd" >&2
  exit 1
fi
echo "installing: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null

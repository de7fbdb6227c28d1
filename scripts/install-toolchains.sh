#!/usr/bin/env bash
# Installs the toolchains the snippet tests compile and run with, from Debian's packages, when
# they are missing: mono (C#), Go, Python's requests, curl; and Chromium, the browser the client's
# browser tests drive with playwright-core (no browser download). Java 17 and Node come with the
# machine.
set -euo pipefail
missing=()
command -v mcs >/dev/null && command -v mono >/dev/null || missing+=(mono-devel)
command -v go >/dev/null || missing+=(golang-go)
/usr/bin/python3 -c "import requests" 2>/dev/null || missing+=(python3-requests)
command -v curl >/dev/null || missing+=(curl)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -eq 0 ]; then
  echo "snippet toolchains: all present"
  exit 0
fi
echo "snippet toolchains: installing ${missing[*]} (about a minute)"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${missing[@]}" >/dev/null
echo "snippet toolchains: installed ${missing[*]}"

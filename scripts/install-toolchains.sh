#!/usr/bin/env bash
# Installs the toolchains the snippet tests compile and run with, from Debian's packages, when
# they are missing: those the snippet languages name (scripts/snippet-toolchains.ts reads the
# list: mono for C#, Go, Python's requests, curl), and Chromium, the browser the client's
# browser tests drive with playwright-core (no browser download). Java 17 and Node come with
# the machine. Runs after `pnpm install` (it reads the list through tsx).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x node_modules/.bin/tsx ]; then
  echo "snippet toolchains: run pnpm install first (the language list is read with tsx)" >&2
  exit 1
fi
missing=()
toolchains=$(node_modules/.bin/tsx scripts/snippet-toolchains.ts)
while IFS=$'\t' read -r package present; do
  [ -n "$package" ] || continue
  bash -c "$present" >/dev/null 2>&1 || missing+=("$package")
done <<<"$toolchains"
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -eq 0 ]; then
  echo "snippet toolchains: all present"
  exit 0
fi
echo "snippet toolchains: installing ${missing[*]} (about a minute)"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive

# Another process (unattended upgrades, a second set-up) may hold apt's lock: wait for it,
# bounded (APT_LOCK_WAIT seconds, default 600), saying so, rather than fail at once.
# `apt-get update` does not wait by itself, and `install` only with DPkg::Lock::Timeout.
APT_LOCK_WAIT=${APT_LOCK_WAIT:-600}
apt_waiting() { # command...: runs it again while it fails on apt's lock
  local started=$SECONDS errors
  errors=$(mktemp)
  trap 'rm -f "$errors"' RETURN
  while true; do
    if $sudo "$@" -o DPkg::Lock::Timeout=30 2>"$errors"; then return 0; fi
    if ! grep -qiE "could not get lock|unable to lock|is another process using it" "$errors"; then
      cat "$errors" >&2
      return 1
    fi
    if [ $((SECONDS - started)) -ge "$APT_LOCK_WAIT" ]; then
      cat "$errors" >&2
      echo "snippet toolchains: apt's lock is still held after ${APT_LOCK_WAIT} s; giving up (set APT_LOCK_WAIT to wait longer)" >&2
      return 1
    fi
    echo "snippet toolchains: another process holds apt's lock ($(grep -oiE '/var/[^ ]*lock' "$errors" | head -1)); waiting ($((SECONDS - started)) of ${APT_LOCK_WAIT} s)"
    sleep 5
  done
}
apt_waiting apt-get update -qq
apt_waiting apt-get install -y -qq "${missing[@]}" >/dev/null
echo "snippet toolchains: installed ${missing[*]}"

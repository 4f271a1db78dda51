#!/usr/bin/env bash
# Shared by the operator scripts in scripts/: stop with a message naming the script, check the tools needed.

die() { echo "${0##*/}: $*" >&2; exit 1; }

need() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 || die "needs '$tool' on the PATH"
  done
}

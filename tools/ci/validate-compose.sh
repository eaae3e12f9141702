#!/usr/bin/env bash
# Validates docker-compose.yml (syntax, interpolation, depends_on conditions) with Debian's
# docker-compose 1.29, installing it when missing. No Docker engine is needed or used.
# Usage: tools/ci/validate-compose.sh [compose-file]
set -euo pipefail

cd "$(dirname "$0")/../.."
file="${1:-docker-compose.yml}"

if ! command -v docker-compose >/dev/null 2>&1; then
  echo "[validate-compose] installing docker-compose (apt)" >&2
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then sudo_cmd="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq docker-compose >/dev/null
fi

# Every Dockerfile the compose file builds must exist.
for dockerfile in $(grep -E '^\s+dockerfile:' "$file" | awk '{print $2}' | sort -u); do
  if [ ! -f "$dockerfile" ]; then
    echo "[validate-compose] missing $dockerfile (referenced by $file)" >&2
    exit 1
  fi
done

docker-compose -f "$file" config -q
echo "[validate-compose] $file is valid ($(docker-compose -f "$file" config --services | wc -l) services)"

#!/usr/bin/env bash
# Installs what StudyBot's run and test commands need and are not in the repo: the npm tools (Azurite, Web Chat)
# locally in node_modules/, and — for browser tests — Debian's chromium + chromium-driver, a CJK font (Noto CJK) and
# an emoji font (Noto Color Emoji) so screenshots, failure screenshots included, show Korean and ✅ 📅 👍 instead of
# boxes. Idempotent.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

# Reinstall when the lock file's content changed, not its time: a fresh checkout or git worktree has a newer
# package-lock.json with the same content, and a worktree may link node_modules to a shared install that others use.
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -x node_modules/.bin/azurite-table ] || [ "$(cat node_modules/.studybot-lock 2>/dev/null)" != "$lock_sum" ]; then
  echo "deps: npm ci (azurite, botframework-webchat)"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_sum" > node_modules/.studybot-lock
fi

if [ "${1:-}" = "--browser" ]; then
  if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1 || ! fc-list :lang=ko 2>/dev/null | grep -q . \
    || ! fc-list 2>/dev/null | grep -qi 'color emoji'; then
    echo "deps: apt-get install chromium chromium-driver fonts-noto-cjk fonts-noto-color-emoji (browser tests, Korean and emoji in screenshots)"
    if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver fonts-noto-cjk fonts-noto-color-emoji fontconfig >/dev/null
  fi
fi

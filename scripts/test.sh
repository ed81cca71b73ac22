#!/usr/bin/env bash
# Runs every test (README: the test command; .ci/run calls it). Installs what the tests need (npm tools into
# node_modules/, Debian chromium + chromium-driver for the browser tests), builds with warnings as errors, checks
# formatting, then runs the xunit suites. Tests start their own in-memory Azurite on free loopback ports and stop it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
scripts/deps.sh --browser
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Test hosts never edit appsettings.json: without this each of the hundreds of hosts the suite starts holds an inotify
# instance to watch it, and the kernel's per-user limit (128 by default) is soon reached when suites run side by side.
export DOTNET_hostBuilder__reloadConfigOnChange=false
dotnet build StudyBot.sln -c Release -warnaserror -nologo -clp:ErrorsOnly
dotnet format StudyBot.sln --verify-no-changes --no-restore --severity warn || { echo "dotnet format found unformatted code (run: dotnet format StudyBot.sln)" >&2; exit 1; }
mkdir -p artifacts
log=artifacts/test-output.log
set +e
dotnet test --solution StudyBot.sln -c Release --no-build "$@" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
set -e
# One plain closing line that any CI reads: "tests: N passed, N failed, N skipped".
count() { grep -E "^\s+$1: [0-9]+" "$log" | tail -1 | awk '{print $2}'; }
echo "tests: $(count succeeded || true) passed, $(count failed || true) failed, $(count skipped || true) skipped" | sed 's/:  /: 0 /; s/,  /, 0 /g'
exit "$rc"

#!/usr/bin/env bash
# Runs every test (README: the test command; .ci/run calls it). Installs what the tests need (npm tools into
# node_modules/, Debian chromium + chromium-driver for the browser tests), builds with warnings as errors, checks
# formatting, then runs the xunit suites. Tests start their own in-memory Azurite on free loopback ports and stop it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
scripts/deps.sh --browser
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build StudyBot.sln -c Release -warnaserror -nologo -clp:ErrorsOnly
dotnet format StudyBot.sln --verify-no-changes --no-restore --severity warn || { echo "dotnet format found unformatted code (run: dotnet format StudyBot.sln)" >&2; exit 1; }
dotnet test StudyBot.sln -c Release --no-build -nologo "$@"

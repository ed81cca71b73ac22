#!/usr/bin/env bash
# Runs StudyBot on http://127.0.0.1:5080 (README: the run command). Starts a local Azurite first when the table
# connection string is the development default, and stops it when the bot exits.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
tables=${ConnectionStrings__Tables:-UseDevelopmentStorage=true}
if [ "$tables" = "UseDevelopmentStorage=true" ]; then
  scripts/azurite.sh start
  trap 'scripts/azurite.sh stop' EXIT
else
  scripts/deps.sh
fi
dotnet run --project src/StudyBot -c Release -- "$@"

#!/usr/bin/env bash
# Runs StudyBot on http://127.0.0.1:5080 (README: the run command). Starts a local Azurite first when the table
# connection string is the development default, and stops it when the bot exits. Arguments go to the service:
#   scripts/run.sh --urls http://127.0.0.1:5380
#   AZURITE_TABLE_PORT=10302 scripts/run.sh      # Azurite on another port; the connection string follows it
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
tables=${ConnectionStrings__Tables:-UseDevelopmentStorage=true}
if [ "$tables" = "UseDevelopmentStorage=true" ]; then
  port=${AZURITE_TABLE_PORT:-10002}
  if [ "$port" != 10002 ]; then
    # UseDevelopmentStorage=true always means port 10002: spell out Azurite's well-known development account instead.
    key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
    export ConnectionStrings__Tables="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;TableEndpoint=http://127.0.0.1:$port/devstoreaccount1;"
  fi
  AZURITE_TABLE_PORT=$port scripts/azurite.sh start
  trap 'scripts/azurite.sh stop' EXIT
else
  scripts/deps.sh
fi
dotnet run --project src/StudyBot -c Release -- "$@"

#!/usr/bin/env bash
# Builds the Teams app package (manifest.json + ko-kr.json + color.png + outline.png at the zip's root) for upload to Teams.
#   MicrosoftAppId=<bot app id GUID> BOT_DOMAIN=studybot.example.org teams/build-package.sh
# Optional: TEAMS_APP_ID (defaults to the bot's app id), APP_VERSION (default 1.0.0),
#           ARTIFACTS_DIR (default <repo>/artifacts). Writes $ARTIFACTS_DIR/studybot-teams.zip.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)

app_id=${MicrosoftAppId:-${MICROSOFT_APP_ID:-}}
teams_app_id=${TEAMS_APP_ID:-$app_id}
domain=${BOT_DOMAIN:-}
version=${APP_VERSION:-1.0.0}
out_dir=${ARTIFACTS_DIR:-$root/artifacts}

guid='^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$'
[[ $app_id =~ $guid ]] || { echo "build-package: MicrosoftAppId must be the Azure Bot's app id (a GUID), got '$app_id'" >&2; exit 2; }
[[ $teams_app_id =~ $guid ]] || { echo "build-package: TEAMS_APP_ID must be a GUID, got '$teams_app_id'" >&2; exit 2; }
[[ $domain =~ ^[A-Za-z0-9.-]+(:[0-9]+)?$ ]] || { echo "build-package: BOT_DOMAIN must be a host name such as studybot.example.org, got '$domain'" >&2; exit 2; }
[[ $version =~ ^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$ ]] || { echo "build-package: APP_VERSION must be x.y.z, got '$version'" >&2; exit 2; }

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
sed -e "s/\${{MICROSOFT_APP_ID}}/$app_id/g" \
    -e "s/\${{TEAMS_APP_ID}}/$teams_app_id/g" \
    -e "s/\${{BOT_DOMAIN}}/$domain/g" \
    -e "s/\${{APP_VERSION}}/$version/g" \
    "$here/manifest.template.json" > "$stage/manifest.json"
if grep -q '\${{' "$stage/manifest.json"; then
  echo "build-package: unreplaced placeholder in manifest.template.json" >&2
  exit 2
fi
cp "$here/color.png" "$here/outline.png" "$here/ko-kr.json" "$stage/"

mkdir -p "$out_dir"
zip_path="$out_dir/studybot-teams.zip"
rm -f "$zip_path"
# Python's zipfile module (always there with python3) instead of requiring the zip tool.
(cd "$stage" && python3 -m zipfile -c "$zip_path" manifest.json ko-kr.json color.png outline.png)
echo "$zip_path"

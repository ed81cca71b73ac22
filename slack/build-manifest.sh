#!/usr/bin/env bash
# Fills the Slack app manifest template (like teams/build-package.sh for Teams) for "Create New App → From an app
# manifest" (JSON tab) at https://api.slack.com/apps, or App Manifest → Edit for an existing app.
#   PUBLIC_URL=https://studybot.example.org slack/build-manifest.sh
# Optional: COMMAND_PREFIX (default study: the one slash command is /study, e.g. /study done k8s-operator; set
#           Slack__CommandPrefix to the same value), SHORT_COMMANDS=1 to add /done, /undo, /progress, /checklist, /today
#           and /ask as well (set Slack__ShortCommands=true so help shows them), ARTIFACTS_DIR (default <repo>/artifacts).
# Writes $ARTIFACTS_DIR/slack-manifest.json.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)

url=${PUBLIC_URL:-}
prefix=${COMMAND_PREFIX:-study}
short=${SHORT_COMMANDS:-0}
out_dir=${ARTIFACTS_DIR:-$root/artifacts}

[[ $url =~ ^https://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~/-]*)?$ ]] || { echo "build-manifest: PUBLIC_URL must be the https base URL Slack reaches StudyBot at, e.g. https://studybot.example.org, got '$url'" >&2; exit 2; }
[[ $prefix =~ ^[a-z0-9_-]{1,31}$ ]] || { echo "build-manifest: COMMAND_PREFIX must be 1-31 lowercase letters, digits, '-' or '_' (the command is /<prefix>), got '$prefix'" >&2; exit 2; }
[[ $short =~ ^[01]$ ]] || { echo "build-manifest: SHORT_COMMANDS must be 0 or 1, got '$short'" >&2; exit 2; }
url=${url%/}

mkdir -p "$out_dir"
python3 - "$here" "$url" "/$prefix" "$short" "$out_dir/slack-manifest.json" <<'PY'
import json, sys
here, url, command, short, out = sys.argv[1:]
text = open(f"{here}/manifest.template.json", encoding="utf-8").read()
text = text.replace("${{PUBLIC_URL}}", url).replace("${{COMMAND}}", command)
if "${{" in text:
    sys.exit("build-manifest: unreplaced placeholder in manifest.template.json")
manifest = json.loads(text)
if short == "1":
    taken = {c["command"] for c in manifest["features"]["slash_commands"]}
    for c in json.load(open(f"{here}/short-commands.json", encoding="utf-8")):
        if c["command"] not in taken:
            manifest["features"]["slash_commands"].append({**c, "url": f"{url}/api/slack/commands", "should_escape": True})
with open(out, "w", encoding="utf-8") as f:
    json.dump(manifest, f, ensure_ascii=False, indent=2)
    f.write("\n")
PY
echo "$out_dir/slack-manifest.json"

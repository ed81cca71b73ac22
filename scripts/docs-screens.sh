#!/usr/bin/env bash
# Refreshes docs/replies/*.png: runs the browser test that screenshots every reply kind (ko, en) and copies the pictures
# into docs/ (element screenshots at 560 px wide, about 60 kB each). Not part of the test command; run after changing a reply.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
scripts/deps.sh --browser
dotnet test --project tests/StudyBot.Tests -c Release -- --filter-class '*ReplyKindsInTheBrowserTests'
screens=tests/StudyBot.Tests/bin/Release/net10.0/TestResults/screens
mkdir -p docs/replies
for f in "$screens"/*.ko.png "$screens"/*.en.png; do
  cp "$f" "docs/replies/$(basename "$f")"
done
ls -la docs/replies

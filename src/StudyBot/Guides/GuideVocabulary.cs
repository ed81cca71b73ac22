using System.Text.RegularExpressions;

namespace StudyBot.Guides;

/// <summary>Glossary pairs the guides write themselves, so the vocabulary grows with the guides: a Korean term with its
/// English name in parentheses (<c>관측성(Observability)</c>, <c>장애 격리 (Failure Isolation)</c>), an English term
/// with its Korean name (<c>Metrics (지표)</c>), and an abbreviation next to its expansion either way
/// (<c>HPA (Horizontal Pod Autoscaler)</c>, <c>Custom Resource Definition (CRD)</c>, <c>CNCF : Cloud Native Computing
/// Foundation</c>), and a kind of thing labelling the one the guides chose (<c>Container Runtime: containerd</c>).
/// Anything else in parentheses (durations, examples, "등" lists) is not a pair.</summary>
public static partial class GuideVocabulary
{
    private const int MaxWords = 4;

    public static IReadOnlyList<(IReadOnlyList<string> Terms, string Label)> Derive(IEnumerable<string> texts)
    {
        var pairs = new Dictionary<string, (IReadOnlyList<string> Terms, string Label)>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (Match m in Parenthesised().Matches(text))
            {
                Add(pairs, m.Groups["before"].Value, m.Groups["inner"].Value, m.Value.Trim());
            }

            foreach (Match m in Spelled().Matches(text))
            {
                Add(pairs, m.Groups["abbr"].Value, m.Groups["expansion"].Value, m.Value.Trim());
            }

            if (Labelled().Match(text) is { Success: true } labelled && NamedBy(labelled.Groups["label"].Value, labelled.Groups["name"].Value) is { } pair)
            {
                pairs.TryAdd(QueryText.Normalize(pair.Label) + "|" + QueryText.Normalize(pair.Name), ([pair.Label, pair.Name], "guide: " + text.Trim()));
            }
        }

        return pairs.Values.ToArray();
    }

    private static void Add(Dictionary<string, (IReadOnlyList<string> Terms, string Label)> pairs, string before, string inner, string source)
    {
        var words = before.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var parts = inner.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        // "(KVM, QEMU 등)", "(CFS, Real-time)" list examples, not names; "(Continuous Integration, CI)" is a name and
        // its abbreviation.
        if (parts.Length > 1 && !parts.Any(a => parts.Any(b => a != b && Initials(b.Split(' '), a) is not null)))
        {
            return;
        }

        foreach (var part in parts)
        {
            if (part.Length == 0 || part.All(c => char.IsDigit(c) || c == ' ') || part.Any(char.IsDigit) && part.Any(QueryText.IsHangul) || part.EndsWith('등'))
            {
                continue;
            }

            var partHangul = part.All(c => QueryText.IsHangul(c) || c == ' ');
            var partLatin = part.All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '-');
            string? term = null;
            if (partLatin && words.Length > 0)
            {
                // 관측성(Observability), 장애 격리 (Failure Isolation): the Hangul words right before the parenthesis.
                var hangul = words.Reverse().TakeWhile(w => w.All(QueryText.IsHangul)).Take(MaxWords).Reverse().ToArray();

                // "실습 환경 구성 (AWS)" qualifies, it does not translate: a lone abbreviation names a Korean term only
                // beside its own expansion ("지속적 통합(Continuous Integration, CI)").
                if (hangul.Length > 0 && IsAbbreviation(part) && parts.Length == 1)
                {
                    continue;
                }

                if (hangul.Length > 0)
                {
                    term = string.Join(' ', hangul);
                }
                else if (Initials(words, part) is { } expansion)
                {
                    term = expansion; // Custom Resource Definition (CRD)
                }
                else if (IsAbbreviation(words[^1]) && Initials(part.Split(' ', StringSplitOptions.RemoveEmptyEntries), words[^1]) is not null)
                {
                    term = words[^1]; // HPA (Horizontal Pod Autoscaler)
                }
            }
            else if (partHangul && words.Length > 0)
            {
                // Metrics (지표), PromQL (쿼리 언어): the Latin words right before the parenthesis.
                var latin = words.Reverse().TakeWhile(w => w.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')).Take(MaxWords).Reverse().ToArray();
                if (latin.Length > 0 && latin.Any(w => w.Any(char.IsAsciiLetter)))
                {
                    term = string.Join(' ', latin);
                }
            }

            if (term is not null && !string.Equals(term, part, StringComparison.OrdinalIgnoreCase))
            {
                var key = QueryText.Normalize(term) + "|" + QueryText.Normalize(part);
                pairs.TryAdd(key, ([term, part], "guide: " + source));
            }
        }
    }

    /// <summary>"Container Runtime: containerd", "Message Queue: RabbitMQ (StatefulSet)": a line that names the one thing
    /// the guides chose for a kind of thing, so a question about the kind ("which container runtime") also finds the
    /// name where the guides write it without the kind ("CRI-O, containerd"). The label is capitalised English (a YAML key
    /// such as "kind: Deployment" is not), the name a name — not one starting with an everyday word ("VPC: default",
    /// "Computer Networks: A Systems Approach"), not a list, not the label's expansion (that is a pair of its own).</summary>
    private static (string Label, string Name)? NamedBy(string label, string name)
    {
        var labelWords = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var nameWords = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!labelWords.All(w => char.IsAsciiLetterUpper(w[0])) || nameWords[0].Length == 1 || EnglishWords.IsEverydayAsWritten(nameWords[0].ToLowerInvariant())
            || Initials(nameWords, label) is not null || string.Equals(label, name, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return (label, name);
    }

    private static bool IsAbbreviation(string word) =>
        word.Length is >= 2 and <= 6 && word.Count(char.IsAsciiLetterUpper) >= 2 && word.All(char.IsAsciiLetterOrDigit);

    /// <summary>The last words of <paramref name="words"/> whose initials spell <paramref name="abbreviation"/>
    /// (case ignored; "Infrastructure as Code" spells IaC, "Modular Layer 2" spells ML2), or null.</summary>
    private static string? Initials(string[] words, string abbreviation)
    {
        if (!IsAbbreviation(abbreviation) || words.Length < abbreviation.Length)
        {
            return null;
        }

        var tail = words[^abbreviation.Length..];
        return tail.Select((w, i) => char.ToLowerInvariant(w[0]) == char.ToLowerInvariant(abbreviation[i])).All(x => x) && tail.All(w => w.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            ? string.Join(' ', tail)
            : null;
    }

    // "words (inner)": up to four words before an opening parenthesis (with or without a space).
    [GeneratedRegex(@"(?<before>(?:[\p{L}\p{N}\-]+ ){0,3}[\p{L}\p{N}\-]+) ?\((?<inner>[^()]{2,60})\)")]
    private static partial Regex Parenthesised();

    // "Container Runtime: containerd", "Cache: Redis (Deployment)" (in an outline too, "- Cache: Redis"): one to three
    // Latin words, a colon, a name of one to three Latin words and nothing after it but a parenthesis.
    [GeneratedRegex(@"^\s*(?:[-*] )?(?<label>[A-Za-z][A-Za-z]*(?: [A-Za-z]+){0,2}): (?<name>[A-Za-z][\w.\-]*(?: [A-Za-z][\w.\-]*){0,2})(?: \([^()]*\))?$")]
    private static partial Regex Labelled();

    // "CNCF : Cloud Native Computing Foundation"
    [GeneratedRegex(@"(?<abbr>\b[A-Z][A-Za-z0-9]{1,5}) ?: ?(?<expansion>[A-Z][a-z]+(?: [A-Z][a-z]+){1,5})")]
    private static partial Regex Spelled();
}

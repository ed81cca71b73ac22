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

    /// <summary>The short definitions the guides write beside a name: a line that is only the name and what it is —
    /// <c>Nova (Compute Service)</c>, <c>- Jaeger: 분산 추적</c>, <c>- Prometheus: 메트릭 수집 및 저장</c> (two definitions:
    /// 메트릭 수집, 메트릭 저장), <c>KEDA 이벤트 기반 스케일링</c> — so a learner who describes the thing instead of naming
    /// it ("the event-driven scaler") also reaches the lines that only name it. A description is two words or more, bare
    /// nouns (a word with a particle, or a particle on its own, makes a sentence: "모든 노드에 분산 배치", "EKS 에서
    /// 애플리케이션 배포", not a definition); an abbreviation beside its
    /// own expansion is a pair of <see cref="Derive"/>, not a definition.</summary>
    public static IReadOnlyList<GuideDefinition> Definitions(IEnumerable<string> texts)
    {
        var found = new Dictionary<string, GuideDefinition>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var line = text.Trim();
            if (NamedAs().Match(line) is { Success: true } named)
            {
                var name = named.Groups["name"].Value;
                var description = named.Groups["desc"].Value;
                if (IsName(name) && Initials(description.Split(' '), name) is null && Initials(name.Split(' '), description) is null)
                {
                    Keep(found, name, [description], line);
                }
            }
            else if (Described(line) is { } described && described.Words.All(w => w == "및" || (QueryText.StripParticle(w) == w && QueryText.StripParticle(w, minStem: 0).Length > 0)))
            {
                Keep(found, described.Name, Conjuncts(described.Words), line);
            }

            foreach (var name in Instruments(line))
            {
                found.TryAdd(QueryText.Normalize(name) + "|" + ToolKind, new GuideDefinition(name, [ToolKind], "guide instrument: " + line));
            }
        }

        return found.Values.ToArray();
    }

    /// <summary>The glossary's everyday descriptions (its one-way <c>descriptions:</c>: "여러 고객이 같이 쓰는" for 멀티
    /// 테넌트, "object cache" for the Informer) as definitions of the names they read as, so a learner who says the words
    /// of a description apart or in another order ("고객 여러 명이 같은 인프라를 같이 쓰는", "cache objects") also reaches
    /// the lines that name the thing: as written together the glossary reads the description as the name already. Each
    /// word bare (a Hangul word without its particle, no stop word), read <see cref="GuideDefinition.Whole"/> — a
    /// description's words one by one are everyday words — and a description of one word is the glossary's only.</summary>
    public static IReadOnlyList<GuideDefinition> GlossaryDescriptions(Glossary glossary)
    {
        var found = new List<GuideDefinition>();
        for (var g = 0; g < glossary.Groups.Count; g++)
        {
            if (!glossary.OneWay.Contains(g) || !glossary.Labels[g].StartsWith("description:", StringComparison.Ordinal))
            {
                continue;
            }

            var words = glossary.Groups[g][0].Where(w => !glossary.Stopwords.Contains(w))
                .Select(w => QueryText.IsHangul(w[0]) ? QueryText.StripParticle(w) : w).Distinct(StringComparer.Ordinal).ToArray();
            if (words.Length < 2)
            {
                continue;
            }

            found.AddRange(glossary.Groups[g].Skip(1).Select(name => new GuideDefinition(string.Join(' ', name), words, glossary.Labels[g]) { Whole = true }));
        }

        return found;
    }

    /// <summary>A definition's words as the glossary also writes them: where one group writes a term twice, one word
    /// swapped ("수평 확장" / "수평 스케일링", "이벤트 기반" / "이벤트 드리븐"), the two words stand for each other inside
    /// that phrase, so the definition "KEDA 이벤트 기반 스케일링" is also "이벤트 기반 확장" — what a learner who says the
    /// pods grow (늘리다: 확장) describes. Only the head, the last word, of both: "디스크 공간" / "저장 공간" swap words
    /// that qualify a head, not a head ("로그 저장" is not "로그 디스크").</summary>
    public static IReadOnlyList<GuideDefinition> Bridged(IReadOnlyList<GuideDefinition> definitions, Glossary glossary)
    {
        var swaps = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var group in glossary.Groups)
        {
            foreach (var a in group)
            {
                foreach (var b in group)
                {
                    if (a.Length != b.Length || a.Length < 2)
                    {
                        continue;
                    }

                    var differ = Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToArray();
                    if (differ is [var i] && i == a.Length - 1 && QueryText.IsHangul(a[i][0]) && QueryText.IsHangul(b[i][0]))
                    {
                        (swaps.TryGetValue(a[i], out var set) ? set : swaps[a[i]] = new HashSet<string>(StringComparer.Ordinal)).Add(b[i]);
                    }
                }
            }
        }

        var all = definitions.ToList();
        foreach (var d in definitions.Where(d => d.Description is not [ToolKind]))
        {
            var head = d.Description[^1];
            foreach (var other in swaps.GetValueOrDefault(head) ?? [])
            {
                all.Add(d with { Description = [.. d.Description.SkipLast(1), other], Label = d.Label + " (glossary: " + head + " → " + other + ")" });
            }
        }

        return all;
    }

    /// <summary>The kind the guides give a name they do something with: a tool (도구).</summary>
    public const string ToolKind = "도구";

    /// <summary>The names a line uses as tools, in the guides' own words: a name something is done with —
    /// "Terraform, Ansible, Packer를 활용한 인프라 자동화", "Kubebuilder로 간단한 Operator 생성", "kubeadm 이용 쿠버네티스
    /// 클러스터 구축", "Velero를 이용한 자동 백업" — or a list the line calls tools ("Helm, ArgoCD, Prow … 등 도구 활용"). A
    /// learner who asks for "the tool that bakes machine images" then meets the lines under the name ("Packer" over
    /// "이미지 빌드 자동화"), which never say 도구. Not "…를 통한" (a way: "GitOps를 통한 배포"), nor a name whose first word is everyday
    /// English ("Operator SDK", "Service Discovery"), nor a name the line builds a tool on ("Nova API를 활용한 인스턴스 관리 도구 개발").</summary>
    public static IEnumerable<string> Instruments(string line)
    {
        // "Nova API를 활용한 인스턴스 관리 도구 개발": the tool is the thing the line builds, the name what it is built on.
        if (line.Contains(ToolKind, StringComparison.Ordinal) && !line.Contains("등 " + ToolKind, StringComparison.Ordinal))
        {
            yield break;
        }

        foreach (Match m in UsedAsTool().Matches(line))
        {
            foreach (var name in m.Groups["names"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var first = name.Split(' ')[0];
                if (name.Length >= 2 && !EnglishWords.IsEverydayAsWritten(first.ToLowerInvariant()))
                {
                    yield return name;
                }
            }
        }
    }

    /// <summary>A name and its Hangul description: "Name: …" or an acronym before three Hangul words or more (not a
    /// list joined by 및 — "CPU 할당 및 제한" names two things done with a CPU).</summary>
    private static (string Name, string[] Words)? Described(string line)
    {
        if (NamedBy().Match(line) is { Success: true } m && IsName(m.Groups["name"].Value))
        {
            return (m.Groups["name"].Value, m.Groups["desc"].Value.Split(' '));
        }

        if (AcronymDescribed().Match(line) is { Success: true } a && !a.Groups["desc"].Value.Split(' ').Contains("및"))
        {
            return (a.Groups["name"].Value, a.Groups["desc"].Value.Split(' '));
        }

        return null;
    }

    /// <summary>"메트릭 수집 및 저장" is 메트릭 수집 and 메트릭 저장: each later conjunct takes the words before the first
    /// one's last word ("로그 분석 및 시각화" → 로그 분석, 로그 시각화).</summary>
    private static IEnumerable<string> Conjuncts(string[] words)
    {
        var parts = string.Join(' ', words).Split(" 및 ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var shared = parts[0].Split(' ')[..^1];
        return parts.Select((p, i) => i == 0 ? p : string.Join(' ', shared.Append(p)));
    }

    private static void Keep(Dictionary<string, GuideDefinition> found, string name, IEnumerable<string> descriptions, string source)
    {
        foreach (var description in descriptions)
        {
            var words = QueryText.Words(description);
            if (words.Length >= 2)
            {
                found.TryAdd(QueryText.Normalize(name) + "|" + string.Join(' ', words), new GuideDefinition(name, words, "guide definition: " + source));
            }
        }
    }

    /// <summary>A name, not a word: capitalised, its first word not an everyday English word ("Frontend: …" labels a
    /// part, "Jaeger: …" names a tool).</summary>
    private static bool IsName(string name) =>
        char.IsAsciiLetterUpper(name[0]) && !EnglishWords.IsEverydayAsWritten(name.Split(' ')[0].ToLowerInvariant());

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

    // "Nova (Compute Service)": a name of one to three words, then two to five English words in parentheses, and no more.
    [GeneratedRegex(@"^(?:[-*] )?(?<name>[A-Za-z][\w.\-]*(?: [A-Za-z][\w.\-]*){0,2}) \((?<desc>[A-Za-z][A-Za-z\-]*(?: [A-Za-z][A-Za-z\-]*){1,4})\)$")]
    private static partial Regex NamedAs();

    // "- Jaeger: 분산 추적", "Fluent Bit: 로그 수집": a name, a colon and two to five Hangul words, and no more.
    [GeneratedRegex(@"^(?:[-*] )?(?<name>[A-Za-z][\w.\-]*(?: [A-Za-z][\w.\-]*){0,2}) ?: (?<desc>\p{IsHangulSyllables}+(?: \p{IsHangulSyllables}+){1,4})$")]
    private static partial Regex NamedBy();

    // "KEDA 이벤트 기반 스케일링": an acronym and three to five Hangul words, and no more ("NUMA 최적화", "Workspace 활용"
    // say what is done with a thing, in one word).
    [GeneratedRegex(@"^(?:[-*] )?(?<name>[A-Z][A-Z0-9]{2,6}) (?<desc>\p{IsHangulSyllables}+(?: \p{IsHangulSyllables}+){2,4})$")]
    private static partial Regex AcronymDescribed();

    // "Terraform, Ansible, Packer를 활용한", "Kubebuilder로 간단한", "kubeadm 이용 …", "Helm, ArgoCD, Prow 등 도구": Latin
    // names (a list of them) right before an instrument particle or verb, or before "등 도구".
    [GeneratedRegex(@"(?<![A-Za-z0-9.\-/])(?<names>[A-Za-z][A-Za-z0-9.\-]*(?: [A-Za-z][A-Za-z0-9.\-]*){0,2}(?:, [A-Za-z][A-Za-z0-9.\-]*(?: [A-Za-z][A-Za-z0-9.\-]*){0,2})*)(?:(?:를|을)? ?(?:활용한|사용한|이용한|이용) |(?:로|으로) (?=\p{IsHangulSyllables}|[A-Za-z])| 등 도구)")]
    private static partial Regex UsedAsTool();

    // "CNCF : Cloud Native Computing Foundation"
    [GeneratedRegex(@"(?<abbr>\b[A-Z][A-Za-z0-9]{1,5}) ?: ?(?<expansion>[A-Z][a-z]+(?: [A-Z][a-z]+){1,5})")]
    private static partial Regex Spelled();
}

/// <summary>A name and one short description the guides give it (<see cref="GuideVocabulary.Definitions"/>).</summary>
/// <param name="Name">The name as written ("KEDA").</param>
/// <param name="Description">The description's words, normalised ("이벤트", "기반", "스케일링").</param>
/// <param name="Label">The line it came from, for the log.</param>
public sealed record GuideDefinition(string Name, IReadOnlyList<string> Description, string Label)
{
    /// <summary>Read only when the question has every word of the description (the glossary's everyday descriptions,
    /// <see cref="GuideVocabulary.GlossaryDescriptions"/>): the guides' own definitions are read from part of them too.</summary>
    public bool Whole { get; init; }
}

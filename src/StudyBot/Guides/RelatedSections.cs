namespace StudyBot.Guides;

/// <summary>Another section an answer names beside its own ("see also" under an answer, "other close sections" under a
/// closest one): its heading path, its best line as <see cref="RelatedSections.Snippet"/> gives it (" — …", or empty) and,
/// when it comes as close as the answer's section, its next best lines. The chat shows it with a link, <c>/api/ask</c>'s
/// <c>answer</c> as plain text — one choice for both, so they never disagree.</summary>
public sealed record RelatedSection(GuideHit Hit, string Path, string Snippet, IReadOnlyList<string> More)
{
    /// <summary>The line the chat shows for it, as plain text: "path (guide) — best line".</summary>
    public string Line => $"{Path} ({Hit.Section.Guide}){Snippet}";
}

/// <summary>Which other sections an answer names and the lines it shows of each (moved here from <see cref="AskCommand"/>
/// so that <c>/api/ask</c> shows what the chat shows).</summary>
public static class RelatedSections
{
    /// <summary>Most other sections named under an answer.</summary>
    public const int Count = 2;

    /// <summary>Hits looked at for them: as deep as the chat asks, whatever <c>k</c> an API client asks for, so the API's
    /// answer is the chat's.</summary>
    public const int Depth = 8;

    // Characters of a related section's best line shown beside its link (the window around the question's words), and
    // how far past that the window may run to end with the word or clause it cuts (see Shortened).
    private const int SnippetLength = 140;

    private const int SnippetSlack = 40;

    // Characters shown before the question's first word in a line that has it late.
    private const int SnippetLead = 30;

    // A "see also" or alternative section scores at least this share of the best one; weaker ones are noise.
    private const float MinShare = 0.35f;

    /// <summary>Other sections that score near the best and are not the best one, its parent or one of its sub-sections,
    /// each with its own best line, and one that comes as close as the answer's section also its next best lines (the
    /// race too close to call).</summary>
    public static IReadOnlyList<RelatedSection> Of(GuideIndex index, IReadOnlyList<GuideHit> hits, Question? question)
    {
        if (hits.Count == 0)
        {
            return [];
        }

        var best = hits[0].Section;
        return hits.Take(Depth).Skip(1)
            .Where(h => h.Score >= hits[0].Score * MinShare && !Overlaps(h.Section, best))
            .DistinctBy(h => h.Section.Key)
            .Take(Count)
            .Select(h => new RelatedSection(h, PathOf(h.Section), Snippet(index, h, question), h.More.Select(u => Shortened(LineText(index, u), question)).ToArray()))
            .ToArray();
    }

    /// <summary>The heading path below the guide's title ("📅 Day 5 › Session 2 › 🎯 필수 요소"), never a bare generic
    /// heading; the title itself for a guide's top section.</summary>
    public static string PathOf(GuideSection section) =>
        string.Join(" › ", section.Path.Count > 1 ? section.Path.Skip(1) : section.Path);

    /// <summary>" — " and the section's best line (shortened); when only its heading matched, its opening line (the
    /// section as a whole is what comes close, as an answer from it would show); nothing for a section without lines.</summary>
    internal static string Snippet(GuideIndex index, GuideHit hit, Question? question = null) =>
        index.Engine.FirstLine(hit.Unit, question?.Hint ?? AnswerHint.None) is var at and >= 0 ? " — " + Shortened(LineText(index, at), question) : string.Empty;

    /// <summary>A line of a related section as the learner reads it: without the tree marks of an outline or the dash of
    /// a YAML list; a line that labels a short list ("Azure 네트워킹", "학습 목표:") says little on its own, so, as in an
    /// answer, the few lines under it come with it, "label: item, item, …".</summary>
    private static string LineText(GuideIndex index, int at)
    {
        var units = index.Units.Units;
        var unit = units[at];
        var text = Plain(unit.Text);
        // A fence's prose label ("클러스터 구성:" over "- Master Node: 3개 (HA 구성)" …, the guides' outlines written as
        // YAML) brings nothing in an answer, where its block is shown whole; alone in a snippet it says nothing, so its
        // few lines come with it as a bullet's do. Not a manifest's key: a line of code has no Korean.
        IReadOnlyList<int> under = unit.Brings.Count > 0 ? unit.Brings : FenceLabelled(unit);
        if (under.Count > 0)
        {
            // A brought line that is itself a fence's label ("1. 클러스터 아키텍처" brings "클러스터 구성:") says nothing
            // either: its own lines come with it ("클러스터 구성: Master Node: 3개 (HA 구성), …"), one level only.
            text = text.TrimEnd(':', ' ') + ": " + string.Join(", ", under.Select(c => FenceLabelled(units[c]) is { Count: > 0 } items
                ? Plain(units[c].Text).TrimEnd(':', ' ') + ": " + string.Join(", ", items.Select(i => Plain(units[i].Text)))
                : Plain(units[c].Text)));
        }

        return text;

        static string Plain(string line) => line.Trim().TrimStart('├', '└', '│', '─', '-', ' ');

        static IReadOnlyList<int> FenceLabelled(AnswerUnit unit) =>
            unit.Kind == UnitKind.CodeLine && unit.Text.TrimEnd().EndsWith(':') && unit.Text.Any(QueryText.IsHangul)
                && unit.Children.Count <= AnswerUnit.FewLines ? unit.Children : [];
    }

    /// <summary>A long line shortened to the window that shows why it came close: from a little before the question's
    /// first word in it (the start when that is early), <see cref="SnippetLength"/> characters, run on to the end of the
    /// clause or word the cut falls in when that is near (<see cref="SnippetSlack"/>) — a list of names cut at 140
    /// characters lost the last of them ("… 변경할 수 없는 인프라 및 선언적 A…"). Guide text only, always bounded.</summary>
    internal static string Shortened(string text, Question? question = null)
    {
        if (text.Length <= SnippetLength + SnippetSlack)
        {
            return text;
        }

        var first = question is null ? -1 : FirstWordAt(text, question);
        var start = first > SnippetLength - SnippetLead ? text.LastIndexOf(' ', first - SnippetLead) + 1 : 0;
        var end = start + SnippetLength;
        if (end < text.Length)
        {
            // The end of the clause the cut falls in, else of the word; a hard cut when neither is near.
            var limit = Math.Min(text.Length, end + SnippetSlack);
            var clause = text.IndexOfAny(ClauseEnds, end - 1, limit - end + 1);
            var word = text.IndexOf(' ', end - 1, limit - end + 1);
            end = clause >= 0 ? clause + 1 : word >= 0 ? word : end;
        }

        return (start > 0 ? "…" : string.Empty) + text[start..Math.Min(end, text.Length)].Trim() + (end < text.Length ? "…" : string.Empty);
    }

    private static readonly char[] ClauseEnds = ['.', ',', ';', ')', '!', '?'];

    /// <summary>Where the question's first word (any of its ideas' forms the guides use; a Korean word by its first two
    /// syllables, as particles follow it) is in <paramref name="text"/>, or -1.</summary>
    private static int FirstWordAt(string text, Question question)
    {
        var first = -1;
        foreach (var form in question.Concepts.Where(c => c.Origin == WordOrigin.Guide).SelectMany(c => c.Alternatives))
        {
            var key = QueryText.IsHangul(form[0]) && form.Length > 2 ? form[..2] : form;
            var at = text.IndexOf(key, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (first < 0 || at < first))
            {
                first = at;
            }
        }

        return first;
    }

    private static bool Overlaps(GuideSection a, GuideSection b) =>
        a.Guide == b.Guide && (IsWithin(a, b) || IsWithin(b, a));

    private static bool IsWithin(GuideSection inner, GuideSection outer) =>
        inner.Path.Count >= outer.Path.Count && inner.Order >= outer.Order && inner.Path.Take(outer.Path.Count).SequenceEqual(outer.Path);
}

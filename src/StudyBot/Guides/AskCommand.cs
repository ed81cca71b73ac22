using StudyBot.Cohorts;
using StudyBot.Conversation;
using StudyBot.Storage;

namespace StudyBot.Guides;

/// <summary><c>/ask &lt;question&gt;</c> and any free text. <c>high</c>: the lines of the best section that answer, with
/// the lines they hang from, its heading path as a link, "see also" and a "more" button. <c>medium</c>: "the closest the
/// guides come is …" with those lines and one or two other sections as buttons. <c>none</c>: the guides do not cover it,
/// with the closest sections by their full heading path. <c>/ask networking: …</c> searches one guide; in a cohort's
/// channel the cohort's track guide is preferred; a short follow-up within ten minutes is read with the previous
/// question of the conversation.</summary>
[Command("ask", Aliases = ["질문"], Usage = "/ask [guide:] <question>", HelpKey = "guides.commands.ask", Order = 10, AnswersFreeText = true)]
public sealed class AskCommand(GuideSearch search, GuideLinks links, ICohortDirectory cohorts, FollowUps followUps, ILogger<AskCommand> logger) : ICommand
{
    private const int SeeAlso = 2;

    // Characters of a related section's best line shown beside its link (the window around the question's words), and
    // how far past that the window may run to end with the word or clause it cuts (see Shortened).
    private const int SnippetLength = 140;

    private const int SnippetSlack = 40;

    // Characters shown before the question's first word in a line that has it late.
    private const int SnippetLead = 30;

    // A "see also" or alternative section scores at least this share of the best one; weaker ones are noise.
    private const float RelatedMinShare = 0.35f;

    public async Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var question = context.Arguments.Trim();
        if (question.Length > AskApi.MaxQuestionLength)
        {
            question = question[..AskApi.MaxQuestionLength];
        }

        var index = search.Index;
        var (guide, text) = AskScope.SplitGuide(question, index.Catalog.Guides.Select(g => g.Name));
        if (text.Trim().Length == 0)
        {
            return Reply.Text(context.T("guides.ask.usage"));
        }

        var conversation = $"{context.Conversation.Key}|{context.Learner.Key}";
        var previous = followUps.Previous(conversation, text, index.Reader.Read(text));
        var scope = new AskScope(guide, guide is null ? await CohortTrackAsync(context, cancellationToken) : null, previous);
        var answer = search.Ask(text, 8, source: "chat", scope);
        if (answer.Question is { } read)
        {
            followUps.Remember(conversation, read);
        }

        return answer.Confidence switch
        {
            AnswerConfidence.High => Answer(context, index, answer, closest: false),
            AnswerConfidence.Medium => Answer(context, index, answer, closest: true),
            _ => NotCovered(context, answer),
        };
    }

    /// <summary>The track guide of the cohort whose channel this is, if any. Storage is not needed to answer: when it
    /// is down the question is answered without the preference.</summary>
    private async Task<string?> CohortTrackAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (!context.Conversation.IsGroup)
        {
            return null;
        }

        try
        {
            return (await cohorts.FindByConversationAsync(context.Conversation, cancellationToken))?.Track;
        }
        catch (StorageUnavailableException e)
        {
            logger.LogInformation(e, "Cohort of {Conversation} unknown (storage unavailable): answering without the track preference", context.Conversation.Key);
            return null;
        }
    }

    private Reply Answer(CommandContext context, GuideIndex index, GuideAnswer answer, bool closest)
    {
        var best = answer.Hits[0].Section;
        var url = links.Section(best);
        var builder = new ReplyBuilder();
        if (TierMessageKey(answer.Confidence) is { } message)
        {
            builder.Text(context.T(message));
        }

        builder.Heading(Inline.Of(Inline.Link(best.Heading, url)))
            .Context(Inline.Of(new Span("📖 "), Inline.Link(string.Join(" › ", best.Path), url)));
        foreach (var block in Blocks(answer.Lines))
        {
            builder.Add(block);
        }

        // Other sections that score near the best and are not the best one, its parent or one of its sub-sections:
        // "see also" links under an answer, buttons under a closest answer.
        var related = answer.Hits.Skip(1)
            .Where(h => h.Score >= answer.Hits[0].Score * RelatedMinShare && !Overlaps(h.Section, best))
            .DistinctBy(h => h.Section.Key)
            .Take(SeeAlso)
            .ToArray();
        // Each names its heading path (a link) and its own best line, so the learner sees what it would say; one that comes
        // as close as the answer's section also its next best lines, under it (the race too close to call).
        var actions = new List<ReplyAction>();
        if (related.Length > 0)
        {
            var items = new List<Inline>();
            var depths = new List<int>();
            foreach (var h in related)
            {
                items.Add(Inline.Of(Inline.Link(PathOf(h.Section), links.Section(h.Section)), new Span($" ({h.Section.Guide})" + Snippet(index, h, answer.Question))));
                depths.Add(0);
                foreach (var u in h.More)
                {
                    items.Add(Inline.Plain(Shortened(LineText(index, u), answer.Question)));
                    depths.Add(1);
                }
            }

            builder.Text(context.T(closest ? "guides.ask.alternatives" : "guides.ask.see_also")).Add(new ListBlock(items) { Depths = depths });
        }

        if (closest)
        {
            actions.AddRange(related.Select(h => new ReplyAction(Button(h.Section), $"/section {h.Section.Key}")));
        }

        actions.Add(new ReplyAction(context.PlainT("guides.ask.more"), $"/section {best.Key}"));
        actions.Add(new ReplyAction("👍", $"/feedback up {best.Key}"));
        actions.Add(new ReplyAction("👎", $"/feedback down {best.Key}"));
        return builder
            .Actions([.. actions])
            .Fallback($"{best.Heading}: {answer.Lines.FirstOrDefault()?.Text}")
            .Build();
    }

    /// <summary>The dialog key of what the chat says before an answer of <paramref name="confidence"/> ("the closest the
    /// guides come is this:", "the guides don't cover that"); none for a full answer. <c>/api/ask</c> reports the same
    /// words as its <c>message</c>.</summary>
    public static string? TierMessageKey(AnswerConfidence confidence) => confidence switch
    {
        AnswerConfidence.Medium => "guides.ask.closest_answer",
        AnswerConfidence.None => "guides.ask.not_covered",
        _ => null,
    };

    private Reply NotCovered(CommandContext context, GuideAnswer answer)
    {
        var builder = new ReplyBuilder().Text(context.T(TierMessageKey(AnswerConfidence.None)!));
        var closest = answer.Hits.DistinctBy(h => h.Section.Key).Take(3)
            .Select(h => Inline.Of(Inline.Link(PathOf(h.Section), links.Section(h.Section)), new Span($" ({h.Section.Guide})")))
            .ToArray();
        if (closest.Length > 0)
        {
            builder.Text(context.T("guides.ask.closest")).List(closest);
        }

        return builder.Context(context.T("guides.ask.checklist_hint")).Build();
    }

    /// <summary>Answer lines as reply blocks: list lines (with their outline depth) as a list, an outline fence's lines
    /// and code as code blocks, in document order.</summary>
    public static IEnumerable<ReplyBlock> Blocks(IReadOnlyList<AnswerLine> lines)
    {
        for (var i = 0; i < lines.Count;)
        {
            var line = lines[i];
            if (line.IsCode)
            {
                var j = i + 1;
                while (line.Block >= 0 && j < lines.Count && lines[j].IsCode && lines[j].Block == line.Block)
                {
                    j++;
                }

                yield return new CodeBlock(string.Join('\n', lines.Skip(i).Take(j - i).Select(l => l.Text)));
                i = j;
            }
            else
            {
                var j = i;
                while (j < lines.Count && !lines[j].IsCode)
                {
                    j++;
                }

                var items = lines.Skip(i).Take(j - i).ToArray();
                yield return new ListBlock(items.Select(l => Inline.Plain(l.Text)).ToArray()) { Depths = items.Select(l => l.Depth).ToArray() };
                i = j;
            }
        }
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
        IReadOnlyList<int> under = unit.Brings.Count > 0 ? unit.Brings
            : unit.Kind == UnitKind.CodeLine && unit.Text.TrimEnd().EndsWith(':') && unit.Text.Any(QueryText.IsHangul)
                && unit.Children.Count <= AnswerUnit.FewLines ? unit.Children : [];
        if (under.Count > 0)
        {
            text = text.TrimEnd(':', ' ') + ": " + string.Join(", ", under.Select(c => Plain(units[c].Text)));
        }

        return text;

        static string Plain(string line) => line.Trim().TrimStart('├', '└', '│', '─', '-', ' ');
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

    private static string Button(GuideSection section)
    {
        var path = PathOf(section);
        return path.Length <= 60 ? path : "…" + path[^59..];
    }

    private static bool Overlaps(GuideSection a, GuideSection b) =>
        a.Guide == b.Guide && (IsWithin(a, b) || IsWithin(b, a));

    private static bool IsWithin(GuideSection inner, GuideSection outer) =>
        inner.Path.Count >= outer.Path.Count && inner.Order >= outer.Order && inner.Path.Take(outer.Path.Count).SequenceEqual(outer.Path);
}

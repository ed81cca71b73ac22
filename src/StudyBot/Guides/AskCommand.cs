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
        var answer = search.Ask(text, RelatedSections.Depth, source: "chat", scope);
        if (answer.Question is { } read)
        {
            followUps.Remember(conversation, read);
        }

        return answer.Confidence switch
        {
            AnswerConfidence.High => Answer(context, answer, closest: false),
            AnswerConfidence.Medium => Answer(context, answer, closest: true),
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

    private Reply Answer(CommandContext context, GuideAnswer answer, bool closest)
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

        // Other sections that come close ("see also" links under an answer, buttons under a closest answer), each by its
        // heading path (a link) and its own best line, as the engine chose them for /api/ask's answer too.
        var related = answer.Related;
        var actions = new List<ReplyAction>();
        if (related.Count > 0)
        {
            var items = new List<Inline>();
            var depths = new List<int>();
            foreach (var r in related)
            {
                items.Add(Inline.Of(Inline.Link(r.Path, links.Section(r.Hit.Section)), new Span($" ({r.Hit.Section.Guide})" + r.Snippet)));
                depths.Add(0);
                foreach (var more in r.More)
                {
                    items.Add(Inline.Plain(more));
                    depths.Add(1);
                }
            }

            builder.Text(context.T(RelatedMessageKey(answer.Confidence))).Add(new ListBlock(items) { Depths = depths });
        }

        if (closest)
        {
            actions.AddRange(related.Select(r => new ReplyAction(Button(r.Hit.Section), $"/section {r.Hit.Section.Key}")));
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

    /// <summary>The dialog key of the line over the other sections an answer of <paramref name="confidence"/> names:
    /// "other close sections" under a closest answer, "see also" under an answer. <c>/api/ask</c>'s <c>answer</c> has
    /// the same line over them.</summary>
    public static string RelatedMessageKey(AnswerConfidence confidence) =>
        confidence == AnswerConfidence.Medium ? "guides.ask.alternatives" : "guides.ask.see_also";

    private Reply NotCovered(CommandContext context, GuideAnswer answer)
    {
        var builder = new ReplyBuilder().Text(context.T(TierMessageKey(AnswerConfidence.None)!));
        var closest = answer.Hits.DistinctBy(h => h.Section.Key).Take(3)
            .Select(h => Inline.Of(Inline.Link(RelatedSections.PathOf(h.Section), links.Section(h.Section)), new Span($" ({h.Section.Guide})")))
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

    private static string Button(GuideSection section)
    {
        var path = RelatedSections.PathOf(section);
        return path.Length <= 60 ? path : "…" + path[^59..];
    }
}

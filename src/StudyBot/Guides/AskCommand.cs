using StudyBot.Conversation;

namespace StudyBot.Guides;

/// <summary><c>/ask &lt;question&gt;</c> and any free text: the best section's most relevant sentences with its heading
/// path as a link, up to two "see also" sections and a "more" button; below the confidence threshold, a plain "the
/// guides do not cover this" with the closest headings.</summary>
[Command("ask", Aliases = ["질문"], Usage = "/ask <question>", HelpKey = "guides.commands.ask", Order = 10)]
public sealed class AskCommand(GuideSearch search, GuideLinks links) : ICommand
{
    private const int SeeAlso = 2;

    // A "see also" section scores at least this share of the best one; weaker ones are noise, not related reading.
    private const float SeeAlsoMinShare = 0.35f;

    public Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var question = context.Arguments.Trim();
        if (question.Length == 0)
        {
            return Task.FromResult(Reply.Text(context.T("guides.ask.usage")));
        }

        if (question.Length > AskApi.MaxQuestionLength)
        {
            question = question[..AskApi.MaxQuestionLength];
        }

        var index = search.Index;
        var answer = search.Ask(question, 8, source: "chat");
        return Task.FromResult(answer.Answered ? Answer(context, index, answer) : NotCovered(context, answer));
    }

    private Reply Answer(CommandContext context, GuideIndex index, GuideAnswer answer)
    {
        var best = answer.Hits[0].Section;
        var guide = index.Catalog.FindGuide(best.Guide)!;
        var url = links.Section(best);
        var builder = new ReplyBuilder()
            .Heading(Inline.Of(Inline.Link(best.Heading, url)))
            .Context(Inline.Of(new Span("📖 "), Inline.Link(string.Join(" › ", best.Path), url)));

        var excerpt = SectionExcerpt.Best(guide, best, QueryText.Concepts(answer.Query, index.Glossary));
        foreach (var part in excerpt)
        {
            builder.Add(part.IsCode ? new CodeBlock(part.Text) : new TextBlock(Inline.Plain(part.Text)));
        }

        // "See also": other sections that would answer on their own and score near the best, and that are not the best
        // one, its parent or one of its sub-sections.
        var related = answer.Hits.Skip(1)
            .Where(h => search.IsAnswer([h]) && h.Score >= answer.Hits[0].Score * SeeAlsoMinShare && !Overlaps(h.Section, best))
            .DistinctBy(h => h.Section.Key)
            .Take(SeeAlso)
            .Select(h => Inline.Of(Inline.Link(h.Section.Heading, links.Section(h.Section)), new Span($" ({h.Section.Guide})")))
            .ToArray();
        if (related.Length > 0)
        {
            builder.Text(context.T("guides.ask.see_also")).List(related);
        }

        return builder
            .Actions(
                new ReplyAction(context.PlainT("guides.ask.more"), $"/section {best.Key}"),
                new ReplyAction("👍", $"/feedback up {best.Key}"),
                new ReplyAction("👎", $"/feedback down {best.Key}"))
            .Fallback($"{best.Heading}: {excerpt.FirstOrDefault()?.Text}")
            .Build();
    }

    private Reply NotCovered(CommandContext context, GuideAnswer answer)
    {
        var builder = new ReplyBuilder().Text(context.T("guides.ask.not_covered"));
        var closest = answer.Hits.DistinctBy(h => h.Section.Key).Take(3)
            .Select(h => Inline.Of(Inline.Link(h.Section.Heading, links.Section(h.Section)), new Span($" ({h.Section.Guide})")))
            .ToArray();
        if (closest.Length > 0)
        {
            builder.Text(context.T("guides.ask.closest")).List(closest);
        }

        return builder.Context(context.T("guides.ask.checklist_hint")).Build();
    }

    private static bool Overlaps(GuideSection a, GuideSection b) =>
        a.Guide == b.Guide && (IsWithin(a, b) || IsWithin(b, a));

    private static bool IsWithin(GuideSection inner, GuideSection outer) =>
        inner.Path.Count >= outer.Path.Count && inner.Order >= outer.Order && inner.Path.Take(outer.Path.Count).SequenceEqual(outer.Path);
}

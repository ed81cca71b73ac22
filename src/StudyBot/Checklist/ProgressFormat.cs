using StudyBot.Conversation;
using StudyBot.Storage;
using StudyBot.Guides;

namespace StudyBot.Checklist;

/// <summary>How checklist progress reads in every reply (the <c>✅ id — title</c> lines and
/// <c>done/total (pct%)</c> figures), so <c>/done</c>, <c>/undo</c> and <c>/progress</c> say it the same way.</summary>
public static class ProgressFormat
{
    /// <summary>Whole percent, rounded half away from zero (3/7 → 43).</summary>
    public static int Percent(int done, int total) =>
        total == 0 ? 0 : (int)Math.Round(100.0 * done / total, MidpointRounding.AwayFromZero);

    public static Inline Figure(CommandContext context, int done, int total) =>
        context.T("checklist.figure", new { done, total, pct = Percent(done, total) });

    public static Inline Line(CommandContext context, ChecklistItem item, bool done) =>
        context.T(done ? "checklist.line.done" : "checklist.line.todo", new { id = item.Id, title = item.Title });

    public static IReadOnlyList<ChecklistItem> TrackItems(GuideCatalog catalog, string track) =>
        catalog.Items.Where(i => i.Guide.Equals(track, StringComparison.OrdinalIgnoreCase)).ToArray();

    /// <summary>"track: 3/7 (43%)" for each track, in the order given.</summary>
    public static IEnumerable<(Inline Label, Inline Value)> TrackFigures(CommandContext context, GuideCatalog catalog, IEnumerable<string> tracks, IReadOnlySet<string> doneIds) =>
        tracks.Select(track =>
        {
            var items = TrackItems(catalog, track);
            return (Inline.Plain(track), Figure(context, items.Count(i => doneIds.Contains(i.Id)), items.Count));
        });

    /// <summary>"Next: id — title" and a <c>/done</c> button for the first of <paramref name="next"/> (see
    /// <see cref="NextItems"/>).</summary>
    public static ReplyBuilder NextSuggestion(this ReplyBuilder reply, CommandContext context, IReadOnlyList<ChecklistItem> next) =>
        next is [var first, ..]
            ? reply.Text(context.T("checklist.next", new { id = first.Id, title = first.Title }))
                .Actions(NextButton(context, first, primary: true))
            : reply;

    /// <summary>The next open items as one <c>/done</c> button each, labelled with the item's id, under a line saying
    /// how they were chosen (the reply lists their titles already).</summary>
    public static ReplyBuilder NextList(this ReplyBuilder reply, CommandContext context, IReadOnlyList<ChecklistItem> next) =>
        next.Count == 0
            ? reply
            : reply.Text(context.T("checklist.next_title"))
                .Actions([.. next.Select((i, n) => NextButton(context, i, primary: n == 0))]);

    private static ReplyAction NextButton(CommandContext context, ChecklistItem item, bool primary) =>
        new(context.PlainT("checklist.next_button", new { id = item.Id }), "/done " + item.Id, primary);

    /// <summary>Ends a <c>/done</c> or <c>/undo</c> reply: progress of every track the changed items belong to, then the
    /// next item by the one rule (today's checkpoints of the learner's cohort first, then roadmap order).</summary>
    public static async Task<Reply> AfterChangeAsync(this ReplyBuilder reply, CommandContext context, GuideCatalog catalog, IEnumerable<ChecklistItem> changed, IReadOnlySet<string> doneIds, NextItems nextItems, string cohortId, CancellationToken cancellationToken)
    {
        var tracks = changed.Select(i => i.Guide).Distinct(StringComparer.Ordinal).ToArray();
        var next = await nextItems.ForAsync(cohortId, tracks, doneIds, cancellationToken, count: 1);
        return reply
            .Fields(TrackFigures(context, catalog, tracks, doneIds))
            .NextSuggestion(context, next)
            .Build();
    }

    /// <summary>"Did you mean" for words that named no item or several; nothing was written.</summary>
    public static ReplyBuilder Problems(this ReplyBuilder reply, CommandContext context, IReadOnlyList<ItemMatch> problems)
    {
        foreach (var problem in problems.Take(ItemResolver.MaxProblemsExplained))
        {
            // One sentence per word: "did you mean" only with something to offer, else that nothing is close.
            var input = new { input = Text.Echo(problem.Input) };
            if (problem.Suggestions.Count == 0)
            {
                reply.Text(context.T("checklist.resolve.no_suggestion", input));
                continue;
            }

            reply.Text(context.T(problem.Ambiguous ? "checklist.resolve.ambiguous" : "checklist.resolve.unknown", input))
                .List(problem.Suggestions.Select(s => Inline.Of(Inline.Code(s.Id), new Span(" — " + s.Title))))
                .Actions([.. problem.Suggestions.Take(3).Select(s => new ReplyAction(s.Id, $"/{context.Command} {s.Id}"))]);
        }

        if (problems.Count > ItemResolver.MaxProblemsExplained)
        {
            reply.Context(context.T("checklist.resolve.more", new { count = problems.Count - ItemResolver.MaxProblemsExplained }));
        }

        return reply;
    }

    public static string Date(DateTimeOffset at) => at.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

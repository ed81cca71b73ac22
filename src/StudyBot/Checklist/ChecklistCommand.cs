using StudyBot.Cohorts;
using StudyBot.Conversation;
using StudyBot.Storage;
using StudyBot.Guides;

namespace StudyBot.Checklist;

[Command("checklist", Aliases = ["체크리스트"], Usage = "/checklist [track]", HelpKey = "checklist.commands.checklist", Order = 23)]
public sealed class ChecklistCommand(IGuideCatalogProvider guides, LearnerCohortResolver cohorts, CompletionStore store, ILogger<ChecklistCommand> logger) : ICommand
{
    public async Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var catalog = guides.Current;
        var tracks = catalog.Guides.Where(g => g.Items.Count > 0).ToArray();
        var asked = ItemResolver.Normalize(context.Arguments);
        Guide? track;
        if (asked.Length > 0)
        {
            // Exact guide name, else a unique prefix ("k8s" → k8s-week3-part3).
            track = catalog.FindGuide(asked) ?? (catalog.Guides.Where(g => g.Name.StartsWith(asked, StringComparison.OrdinalIgnoreCase)).ToArray() is [var only] ? only : null);
            if (track is null)
            {
                return TrackList(context, tracks, context.T("checklist.checklist.unknown_track", new { track = Text.Echo(context.Arguments) }));
            }
        }
        else
        {
            try
            {
                var cohort = await cohorts.ResolveAsync(context, cancellationToken);
                track = cohort.Cohort is { } c ? catalog.FindGuide(c.Track) : null;
            }
            catch (StorageUnavailableException e)
            {
                // Without the cohort the list of tracks still helps.
                logger.LogWarning("Cohort lookup failed for /checklist ({Reason}); listing tracks", e.Reason);
                track = null;
            }

            if (track is null || track.Items.Count == 0)
            {
                return TrackList(context, tracks, context.T("checklist.checklist.tracks_title"));
            }
        }

        if (track.Items.Count == 0)
        {
            return TrackList(context, tracks, context.T("checklist.checklist.no_items", new { track = track.Name }));
        }

        // The learner's marks when storage answers; the list itself needs no storage.
        IReadOnlySet<string>? doneIds = null;
        try
        {
            doneIds = (await store.GetCompletionsAsync(context.Learner.Key, cancellationToken)).Select(c => c.ItemId).ToHashSet(StringComparer.Ordinal);
        }
        catch (StorageUnavailableException e)
        {
            logger.LogWarning("Completions unavailable for /checklist ({Reason}); listing without marks", e.Reason);
        }

        var reply = new ReplyBuilder().Heading(context.T("checklist.checklist.title", new { track = track.Name, title = track.Title, count = track.Items.Count }));
        if (doneIds is not null)
        {
            var done = track.Items.Count(i => doneIds.Contains(i.Id));
            reply.Fields([(Inline.Plain(track.Name), Inline.Plain(ProgressCommand.Bar(done, track.Items.Count) + " ").Append(ProgressFormat.Figure(context, done, track.Items.Count)))]);
        }

        foreach (var group in track.Items.GroupBy(i => (i.Section.Heading, i.Group)))
        {
            var label = group.Key.Group is { Length: > 0 } g ? $"{group.Key.Heading} › {g}" : group.Key.Heading;
            reply.Text(Inline.Of(Inline.Bold(label)))
                .List(group.Select(i => doneIds is null
                    ? Inline.Of(Inline.Code(i.Id), new Span(" — " + i.Title))
                    : Inline.Of(new Span(doneIds.Contains(i.Id) ? "✅ " : "⬜ "), Inline.Code(i.Id), new Span(" — " + i.Title))));
        }

        return reply.Context(context.T("checklist.checklist.done_hint")).Build();
    }

    private static Reply TrackList(CommandContext context, IReadOnlyList<Guide> tracks, Inline heading) =>
        new ReplyBuilder()
            .Text(heading)
            .List(tracks.Select(t => context.T("checklist.checklist.track_line", new { track = t.Name, title = t.Title, count = t.Items.Count })))
            .Context(context.T("checklist.checklist.pick", new { example = tracks.FirstOrDefault()?.Name ?? string.Empty }))
            .Build();
}

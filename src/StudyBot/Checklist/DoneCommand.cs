using StudyBot.Cohorts;
using StudyBot.Conversation;
using StudyBot.Storage;
using StudyBot.Guides;

namespace StudyBot.Checklist;

[Command("done", Aliases = ["완료"], Usage = "/done <item-id…> [note]", HelpKey = "checklist.commands.done", Order = 20)]
public sealed class DoneCommand(
    IGuideCatalogProvider guides,
    GuideSearch search,
    CompletionStore store,
    LearnerCohortResolver cohorts,
    NextItems next,
    TimeProvider time,
    ILogger<DoneCommand> logger) : ICommand
{
    /// <summary>Notes are kept as the learner wrote them, up to this length.</summary>
    public const int MaxNoteLength = 500;

    public async Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var catalog = guides.Current;
        var parsed = ItemResolver.Parse(catalog, context.Arguments, allowNote: true, search.IsReady ? search.Index.Glossary : null);
        if (parsed.Refusal(context, "checklist.done.usage") is { } refusal)
        {
            return refusal;
        }

        var note = parsed.Note is { Length: > MaxNoteLength } long_ ? long_[..MaxNoteLength] : parsed.Note;
        var cohort = await cohorts.ResolveAsync(context, cancellationToken);
        var now = time.GetUtcNow();
        var (results, doneIds) = await store.RecordAsync(context.Learner.Key, parsed.Items.Select(i => (i.Id, i.Guide)).ToArray(), cohort.Id, note, now, cancellationToken);

        var reply = new ReplyBuilder();
        foreach (var (item, result) in parsed.Items.Zip(results))
        {
            reply.Text(result.IsNew
                ? context.T("checklist.done.recorded", new { id = item.Id, title = item.Title })
                : context.T("checklist.done.already", new { id = item.Id, title = item.Title, date = ProgressFormat.Date(result.CompletedAt) }));
        }

        if (note is not null && results.Any(r => r.IsNew))
        {
            reply.Context(context.T("checklist.done.note", new { note }));
        }

        logger.LogInformation("Recorded {New} new and {Existing} existing completions for a learner on {ChannelId}", results.Count(r => r.IsNew), results.Count(r => !r.IsNew), context.Conversation.ChannelId);
        return await reply.AfterChangeAsync(context, catalog, parsed.Items, doneIds, next, cohort.Id, cancellationToken);
    }
}

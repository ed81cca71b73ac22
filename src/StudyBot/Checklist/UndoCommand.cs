using StudyBot.Cohorts;
using StudyBot.Conversation;
using StudyBot.Storage;
using StudyBot.Guides;

namespace StudyBot.Checklist;

[Command("undo", Aliases = ["완료취소", "되돌리기"], Usage = "/undo <item-id…>", HelpKey = "checklist.commands.undo", Order = 21)]
public sealed class UndoCommand(IGuideCatalogProvider guides, GuideSearch search, CompletionStore store, LearnerCohortResolver cohorts, NextItems next) : ICommand
{
    public async Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var catalog = guides.Current;
        var parsed = ItemResolver.Parse(catalog, context.Arguments, allowNote: false, search.IsReady ? search.Index.Glossary : null);
        if (parsed.Refusal(context, "checklist.undo.usage") is { } refusal)
        {
            return refusal;
        }

        var cohort = await cohorts.ResolveAsync(context, cancellationToken);
        var (removed, doneIds) = await store.RemoveAsync(context.Learner.Key, parsed.Items.Select(i => i.Id).ToArray(), cancellationToken);

        var reply = new ReplyBuilder();
        foreach (var (item, wasDone) in parsed.Items.Zip(removed))
        {
            reply.Text(context.T(wasDone ? "checklist.undo.removed" : "checklist.undo.not_done", new { id = item.Id, title = item.Title }));
        }

        return await reply.AfterChangeAsync(context, catalog, parsed.Items, doneIds, next, cohort.Id, cancellationToken);
    }
}

using StudyBot.Cohorts;
using StudyBot.Conversation;
using StudyBot.Storage;

namespace StudyBot.Checklist;

[Command("forget-me", Aliases = ["forgetme", "내정보삭제"], Usage = "/forget-me", HelpKey = "checklist.commands.forget_me", Order = 29)]
public sealed class ForgetMeCommand(CompletionStore store, LearnerStore learners, ILogger<ForgetMeCommand> logger) : ICommand
{
    public const string Confirmation = "confirm";

    public async Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (!ItemResolver.Normalize(context.Arguments).Equals(Confirmation, StringComparison.Ordinal))
        {
            return new ReplyBuilder()
                .Text(context.T("checklist.forget.ask"))
                .Actions(new ReplyAction(context.PlainT("checklist.forget.button"), $"/forget-me {Confirmation}"))
                .Build();
        }

        var deleted = await store.ForgetAsync(context.Learner.Key, cancellationToken);
        await learners.ForgetAsync(context.Learner.Key, deleted.Select(c => c.Cohort), cancellationToken);
        if (context.ChannelUserId is { Length: > 0 } channelUser)
        {
            await learners.ForgetAliasAsync((context.Learner with { UserId = channelUser }).Key, cancellationToken);
        }

        var count = deleted.Count;
        logger.LogInformation("Deleted a learner's checklist data on request ({Count} completions)", count);
        return new ReplyBuilder().Text(context.T("checklist.forget.done", new { count })).Build();
    }
}

using StudyBot.Hosting;

namespace StudyBot.Conversation;

/// <summary><c>/whoami</c>: the learner key StudyBot knows you by (<c>channel~tenant~user</c>), which operators list in
/// <c>Admin:Users</c>, and whether you are an admin. Answered privately (Slack: ephemeral); meant for a direct message.</summary>
[Command("whoami", Usage = "/whoami", HelpKey = "core.commands.whoami", Order = 95)]
public sealed class WhoAmICommand(AdminUsers admins) : ICommand
{
    public Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var learner = context.Learner;
        var reply = new ReplyBuilder()
            .Text(context.T("core.whoami.key"))
            .Code(learner.Key)
            .Fields([
                (Inline.Plain("channel"), Inline.Of(Inline.Code(learner.ChannelId))),
                (Inline.Plain("tenant"), Inline.Of(Inline.Code(learner.TenantId.Length > 0 ? learner.TenantId : "-"))),
                (Inline.Plain("user"), Inline.Of(Inline.Code(learner.UserId))),
            ])
            .Text(context.T(admins.IsAdmin(learner) ? "core.whoami.admin" : "core.whoami.not_admin"))
            .Context(context.T("core.whoami.hint"))
            .Build();
        return Task.FromResult(reply);
    }
}

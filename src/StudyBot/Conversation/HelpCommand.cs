namespace StudyBot.Conversation;

[Command("help", Aliases = ["도움말", "?"], Usage = "/help", HelpKey = "core.commands.help", Order = 0)]
public sealed class HelpCommand(IServiceProvider services) : ICommand
{
    public Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        // Resolved lazily: the router itself depends on every command, this one included.
        var router = services.GetRequiredService<CommandRouter>();
        var syntax = services.GetService<CommandSyntax>() ?? new CommandSyntax([]);
        var channel = context.Conversation.ChannelId;
        var lines = router.Commands
            .Where(c => !c.Hidden)
            .Select(c => Inline.Of(Inline.Code(syntax.Format(channel, c)), new Span(" — "))
                .Append(string.IsNullOrEmpty(c.HelpKey) ? Inline.Empty : context.T(c.HelpKey)));

        var reply = new ReplyBuilder()
            .Heading(context.T("core.help.title"))
            .Text(context.T("core.help.intro"))
            .List(lines);

        // How to change the language depends on where the learner reads this: Teams' own setting, or the language
        // button of StudyBot's page (its built-in Direct Line); /lang works everywhere and wins over both.
        if (channel is Channels.MsTeams or Channels.DirectLine)
        {
            reply.Context(context.T("core.help.footer." + channel));
        }

        reply.Context(context.T("language.help_footer", new { lang = syntax.Format(channel, "/lang en") }));

        return Task.FromResult(reply.Build());
    }
}

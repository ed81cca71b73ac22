namespace StudyBot.Conversation;

/// <summary>How a command is typed on one channel when that differs from the registered usage (<c>/done &lt;item-id&gt;</c>):
/// native Slack installs one prefix command, so there it reads <c>/study done &lt;item-id&gt;</c>.</summary>
public interface IChannelCommandSyntax
{
    /// <summary>The usage line as typed on <paramref name="channelId"/>, or null when this channel types it as registered.</summary>
    string? Format(string channelId, string usage);
}

/// <summary>The installed form of a command on a channel, for everything that shows a command to a user (help, "did you
/// mean", the Slack Home tab): the registration's usage, rewritten by the channel's <see cref="IChannelCommandSyntax"/>.</summary>
public sealed class CommandSyntax(IEnumerable<IChannelCommandSyntax> channels, IEnumerable<CommandDescriptor>? commands = null)
{
    private readonly HashSet<string> _names = (commands ?? []).SelectMany(c => c.Aliases.Prepend(c.Name)).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>E.g. <c>Format("slack-native", "/done &lt;item-id&gt;")</c> → <c>/study done &lt;item-id&gt;</c>.</summary>
    public string Format(string channelId, string usage)
    {
        foreach (var channel in channels)
        {
            if (channel.Format(channelId, usage) is { } typed)
            {
                return typed;
            }
        }

        return usage;
    }

    /// <summary>The reply as <paramref name="channelId"/> users type its commands: every code span that is a registered
    /// command (<c>`/done &lt;id&gt;`</c> in a dialogs text) in its installed form. Buttons keep their command text (it comes
    /// back through the router, which reads every form).</summary>
    public Reply Rewrite(Reply reply, string channelId)
    {
        if (_names.Count == 0 || !channels.Any(c => c.Format(channelId, "/help") is not null))
        {
            return reply;
        }

        Inline Fix(Inline inline) => inline.Spans.Any(IsCommand)
            ? new Inline([.. inline.Spans.Select(s => IsCommand(s) ? s with { Text = Format(channelId, s.Text) } : s)])
            : inline;
        ReplyBlock FixBlock(ReplyBlock block) => block switch
        {
            HeadingBlock h => new HeadingBlock(Fix(h.Text)),
            TextBlock t => new TextBlock(Fix(t.Text)),
            ContextBlock c => new ContextBlock(Fix(c.Text)),
            ListBlock l => l with { Items = [.. l.Items.Select(Fix)] },
            FieldsBlock f => new FieldsBlock([.. f.Fields.Select(x => (Fix(x.Label), Fix(x.Value)))]),
            _ => block,
        };
        return reply with { Blocks = [.. reply.Blocks.Select(FixBlock)] };
    }

    private bool IsCommand(Span span)
    {
        if (span.Style != SpanStyle.Code || !span.Text.StartsWith('/'))
        {
            return false;
        }

        var end = span.Text.IndexOf(' ');
        return _names.Contains(end < 0 ? span.Text[1..] : span.Text[1..end]);
    }

    /// <summary>The usage of a registered command (its name alone when it has no usage line).</summary>
    public string Format(string channelId, CommandDescriptor command) =>
        Format(channelId, string.IsNullOrEmpty(command.Usage) ? "/" + command.Name : command.Usage);
}

using Microsoft.Extensions.Options;
using StudyBot.Conversation;

namespace StudyBot.Slack;

/// <summary>Native Slack's installed command forms: the manifest installs <c>/{Slack:CommandPrefix}</c> (default
/// <c>/study</c>) and, with <c>Slack:ShortCommands</c>, the short forms of <see cref="ShortForms"/>. Help, "did you mean"
/// and the Home tab show what the workspace can actually type.</summary>
public sealed class SlackCommandSyntax(IOptions<SlackOptions> options) : IChannelCommandSyntax
{
    /// <summary>Commands the manifest can also install on their own (<c>slack/short-commands.json</c> lists the same).</summary>
    public static readonly IReadOnlyList<string> ShortForms = ["done", "undo", "progress", "checklist", "today", "ask"];

    public string? Format(string channelId, string usage)
    {
        if (channelId != Channels.SlackNative || !usage.StartsWith('/'))
        {
            return null;
        }

        var o = options.Value;
        var name = usage.AsSpan(1);
        var space = name.IndexOf(' ');
        var command = (space < 0 ? name : name[..space]).ToString();
        if (o.ShortCommands && ShortForms.Contains(command))
        {
            return usage;
        }

        return $"/{o.CommandPrefix} {usage[1..]}";
    }

    /// <summary>The router text of a slash command: the installed prefix command becomes the umbrella <c>/study …</c>.</summary>
    public string RouterText(string command, string? text) =>
        string.Equals(command, "/" + options.Value.CommandPrefix, StringComparison.OrdinalIgnoreCase)
            ? $"/{CommandRouter.Umbrella} {text}"
            : $"{command} {text}";
}

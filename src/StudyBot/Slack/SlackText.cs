using System.Text.RegularExpressions;
using StudyBot.Conversation;

namespace StudyBot.Slack;

/// <summary>Slack's inbound text format (https://docs.slack.dev/messaging/formatting-message-text): user mentions
/// <c>&lt;@U123|name&gt;</c>, channels <c>&lt;#C1|general&gt;</c>, links <c>&lt;url|label&gt;</c>, and <c>&amp;amp;</c>,
/// <c>&amp;lt;</c>, <c>&amp;gt;</c> escapes. Turned into the plain text the router reads plus the mentioned users.</summary>
public static partial class SlackText
{
    /// <summary>Plain text and mentions of <paramref name="text"/>; mentions of <paramref name="botUserId"/> are removed.</summary>
    public static (string Text, IReadOnlyList<MentionedUser> Mentions) Parse(string? text, string? botUserId = null)
    {
        var mentions = new List<MentionedUser>();
        var plain = Markup().Replace(text ?? string.Empty, m =>
        {
            var target = m.Groups["target"].Value;
            var label = m.Groups["label"].Success ? m.Groups["label"].Value : null;
            switch (target[0])
            {
                case '@':
                    var userId = target[1..];
                    if (botUserId is not null && string.Equals(userId, botUserId, StringComparison.Ordinal))
                    {
                        return string.Empty;
                    }

                    mentions.Add(new MentionedUser(userId, label));
                    return "@" + (label ?? userId);
                case '#':
                    return "#" + (label ?? target[1..]);
                case '!':
                    return label ?? "@" + target[1..].Split('^')[0];
                default:
                    return label ?? target;
            }
        });

        var unescaped = plain.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);
        return (Whitespace().Replace(unescaped, " ").Trim(), mentions);
    }

    /// <summary>The user id of a mention that opens the text (<c>&lt;@U123&gt; hi</c> → <c>U123</c>), or null.</summary>
    public static string? LeadingMention(string text) => Leading().Match(text) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"^\s*<@([A-Z0-9]+)(?:\|[^>]*)?>")]
    private static partial Regex Leading();

    [GeneratedRegex(@"<(?<target>[^<>|]+)(?:\|(?<label>[^<>]*))?>")]
    private static partial Regex Markup();

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Whitespace();
}

using System.Text.RegularExpressions;

namespace StudyBot.Connector;

/// <summary>Removes mentions of the bot from message text before routing (SDK <c>RemoveMentionText</c>): Teams
/// <c>&lt;at&gt;Bot&lt;/at&gt;</c> entities, and Slack-via-Azure-Bot <c>&lt;@U123&gt;</c> / <c>@bot</c> forms.</summary>
public sealed partial class MentionMiddleware : IBotMiddleware
{
    public Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.Type == ActivityTypes.Message && activity.Text is { Length: > 0 } text)
        {
            activity.Text = StripBotMentions(text, activity);
        }

        return next();
    }

    public static string StripBotMentions(string text, Activity activity)
    {
        var botId = activity.Recipient?.Id;
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity.Type != "mention" || entity.MentionedAccount is not { } mentioned)
            {
                continue;
            }

            if (!string.Equals(mentioned.Id, botId, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var mentionText = entity.MentionText ?? (mentioned.Name is null ? null : $"<at>{mentioned.Name}</at>");
            if (!string.IsNullOrEmpty(mentionText))
            {
                text = text.Replace(mentionText, string.Empty, StringComparison.OrdinalIgnoreCase);
            }
        }

        // Slack through Azure Bot: "<@UBOTID> text" or "@botname text" arrive with the bot's Slack id.
        if (activity.ChannelId == Channels.Slack && botId is not null)
        {
            var slackUser = botId.Split(':')[0];
            text = text.Replace($"<@{slackUser}>", string.Empty, StringComparison.OrdinalIgnoreCase);
        }

        // A leftover Teams "<at>…</at>" for the bot when the entity was missing.
        if (activity.Recipient?.Name is { Length: > 0 } botName)
        {
            text = text.Replace($"<at>{botName}</at>", string.Empty, StringComparison.OrdinalIgnoreCase);
        }

        return Whitespace().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Whitespace();
}

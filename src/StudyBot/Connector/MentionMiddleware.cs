using System.Text.RegularExpressions;
using StudyBot.Conversation;

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

    /// <summary>Distinct mention texts of the bot removed at most: a client sends one or two, and each removal is a pass
    /// over the text, so thousands of forged entities must not mean thousands of passes.</summary>
    private const int MaxBotMentionTexts = 4;

    public static string StripBotMentions(string text, Activity activity)
    {
        var botId = activity.Recipient?.Id;
        var mentionTexts = (activity.Entities ?? [])
            .Where(e => e.Type == "mention")
            .Select(e => (Entity: e, Mentioned: e.MentionedAccount))
            .Where(x => x.Mentioned is not null && string.Equals(x.Mentioned.Id, botId, StringComparison.OrdinalIgnoreCase))
            .Select(x => x.Entity.MentionText ?? (x.Mentioned!.Name is { } name ? $"<at>{name}</at>" : null))
            .Where(t => !string.IsNullOrEmpty(t))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxBotMentionTexts);
        foreach (var mentionText in mentionTexts)
        {
            text = text.Replace(mentionText!, string.Empty, StringComparison.OrdinalIgnoreCase);
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

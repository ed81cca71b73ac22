using System.Text;
using System.Text.Json.Nodes;
using StudyBot.Conversation;

namespace StudyBot.Slack;

/// <summary>What every native Slack entry point shares: the <see cref="CommandInput"/> of a Slack user in a Slack
/// channel, running the router without ever throwing at the user, and posting to a <c>response_url</c>.</summary>
public sealed class SlackTurns(CommandRouter router, TurnRunner turns, Dialogs dialogs, CommandSyntax syntax, SlackUserLocales locales, IHttpClientFactory httpClientFactory, ILogger<SlackTurns> logger)
{
    public const string ResponseUrlClientName = "slack-response-url";

    /// <summary>The router input for <paramref name="slackText"/> written by <paramref name="userId"/> of team
    /// <paramref name="teamId"/> in <paramref name="channelId"/> (mentions of <paramref name="botUserId"/> removed).</summary>
    public static CommandInput Input(string slackText, string teamId, string userId, string channelId, bool isGroup, string? userName = null, string? botUserId = null)
    {
        var (text, mentions) = SlackText.Parse(slackText, botUserId);
        return new CommandInput
        {
            Text = text,
            Learner = new LearnerId(Channels.SlackNative, teamId, userId),
            UserName = userName,
            Conversation = new ConversationInfo { ChannelId = Channels.SlackNative, ConversationId = channelId, TenantId = teamId, IsGroup = isGroup },
            Mentions = mentions,
        };
    }

    /// <summary>Slack channel ids starting with D are 1:1 chats with the app; C (channels) and G (private, group DMs) are groups.</summary>
    public static bool IsGroupChannel(string channelId, string? channelName = null) =>
        !channelId.StartsWith('D') && channelName != "directmessage";

    /// <summary>Runs a native Slack turn (command, event or click) the way every channel's turn runs (<see cref="TurnRunner"/>:
    /// counted, traced, and a failing command becomes the one apology, never silence).</summary>
    public async Task<Reply> RunAsync(CommandInput input, CancellationToken cancellationToken)
    {
        input = await WithSlackLocaleAsync(input, cancellationToken);
        Reply? reply = null;
        var turn = new TurnInfo(Channels.SlackNative, "message", null, input.Conversation.ConversationId, input.Locale);
        await turns.RunAsync(turn, async () => reply = await router.RouteAsync(input, cancellationToken), apology =>
        {
            reply = apology;
            return Task.CompletedTask;
        }, cancellationToken);
        return syntax.Rewrite(reply!, Channels.SlackNative);
    }

    /// <summary>Slack sends no locale: the user's Slack language (<c>users.info</c>); the router still prefers the
    /// learner's own choice (<c>/study lang</c>).</summary>
    public async Task<CommandInput> WithSlackLocaleAsync(CommandInput input, CancellationToken cancellationToken) =>
        input.Locale is null
            ? input with { Locale = await locales.GetAsync(new SlackWorkspace(input.Learner.TenantId), input.Learner.UserId, cancellationToken) }
            : input;

    /// <summary>The dialogs locale of a Slack user's turn (their choice, else their Slack language, else the default).</summary>
    public async Task<string> LocaleOfAsync(CommandInput input, CancellationToken cancellationToken) =>
        await router.LocaleOfAsync(await WithSlackLocaleAsync(input, cancellationToken), cancellationToken);

    /// <summary>A one-line reply from <c>dialogs/</c>.</summary>
    public Reply Say(string? locale, string key) => Reply.Text(dialogs.Format(dialogs.ResolveLocale(locale), key));

    /// <summary>The JSON Slack expects for a reply in a slash-command answer or at a <c>response_url</c>.</summary>
    public static JsonObject ResponseJson(Reply reply, bool? forcePrivate = null)
    {
        var json = BlockKitRenderer.Render(reply).ToJson();
        var inChannel = forcePrivate is true ? false : reply.Visibility == ReplyVisibility.InChannel;
        json["response_type"] = inChannel ? "in_channel" : "ephemeral";
        return json;
    }

    /// <summary>Posts a reply to a <c>response_url</c> that <see cref="SlackResponseUrls"/> allowed. The message is added,
    /// not replacing the one the button sat on.</summary>
    public async Task PostToResponseUrlAsync(Uri responseUrl, Reply reply, bool forcePrivate, CancellationToken cancellationToken)
    {
        var json = ResponseJson(reply, forcePrivate);
        json["replace_original"] = false;
        using var content = new StringContent(json.ToJsonString(SlackJson.Options), Encoding.UTF8, "application/json");
        using var response = await httpClientFactory.CreateClient(ResponseUrlClientName).PostAsync(responseUrl, content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            logger.LogWarning("Slack response_url answered HTTP {Status}", (int)response.StatusCode);
        }
    }
}

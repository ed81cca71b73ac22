using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using StudyBot.Connector;
using StudyBot.Conversation;
using StudyBot.Hosting;

namespace StudyBot.WebChat;

/// <summary>Turns what the browser sends into channel activities and hands them to the bot the way a Bot Framework
/// channel does: over HTTP to the service's own <c>/api/messages</c>, so Web Chat exercises the real adapter,
/// auth, middleware and command pipeline. The bot's replies come back to the loopback connector routes.</summary>
public sealed class DirectLineBridge(
    IHttpClientFactory httpClientFactory,
    ServiceBaseUrl baseUrl,
    LoopbackCredential credential,
    TimeProvider time,
    IOptions<WebChatOptions> options,
    ILogger<DirectLineBridge> logger)
{
    public const string HttpClientName = "directline-bot";

    /// <summary>Stamps what the channel owns (id, timestamp, channel, serviceUrl, conversation, sender, bot) on a
    /// client activity, appends it to the transcript (Direct Line echoes the user's own activities) and returns its id.</summary>
    public string Accept(DirectLineConversation conversation, Activity activity)
    {
        activity.ChannelId = Channels.DirectLine;
        activity.ServiceUrl = baseUrl.Value;
        activity.Conversation = new ConversationAccount { Id = conversation.Id };
        activity.Recipient = Bot;

        // The token names the user; a client cannot speak as someone else.
        activity.From = new ChannelAccount { Id = conversation.UserId, Name = activity.From?.Name, Role = "user" };
        return conversation.Append(activity, time.GetUtcNow());
    }

    /// <summary>The <c>conversationUpdate</c> a channel sends when a conversation starts: the bot and the user joined.</summary>
    public Activity Joined(DirectLineConversation conversation, string? locale) => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        Locale = locale,
        From = new ChannelAccount { Id = conversation.UserId, Role = "user" },
        MembersAdded = [Bot, new ChannelAccount { Id = conversation.UserId }],
    };

    public ChannelAccount Bot => new() { Id = options.Value.BotId, Name = options.Value.BotName, Role = "bot" };

    /// <summary>Posts the activity to the bot and waits for its turn to finish (its replies are in the transcript by then).</summary>
    /// <returns>False when the bot did not take the activity (error status, timeout).</returns>
    public async Task<bool> DeliverAsync(Activity activity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(baseUrl.Value), "api/messages"))
        {
            Content = JsonContent.Create(activity, options: BotJson.Options),
        };

        // Always the loopback credential, in anonymous mode too: /api/messages takes activities for this service's own
        // Direct Line only with it (see LoopbackBotAuthenticator).
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential.Token);

        try
        {
            using var response = await httpClientFactory.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return true;
            }

            logger.LogWarning("The bot refused Direct Line activity {ActivityId} ({ActivityType}): {Status}", activity.Id, activity.Type, (int)response.StatusCode);
        }
        catch (Exception e) when (e is HttpRequestException or Polly.Timeout.TimeoutRejectedException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Could not deliver Direct Line activity {ActivityId} ({ActivityType}) to the bot", activity.Id, activity.Type);
        }

        return false;
    }
}

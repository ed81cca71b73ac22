using Microsoft.Extensions.Options;
using StudyBot.Connector;
using StudyBot.Conversation;

namespace StudyBot.WebChat;

/// <summary>The bot side of the built-in channel: the connector REST routes the bot calls at its <c>serviceUrl</c>
/// (this service) to answer a Direct Line conversation. Replies are appended to the transcript the browser polls.
/// Only the service itself may call them: the caller must show the per-process <see cref="LoopbackCredential"/>, which
/// the bot sends only here — in anonymous mode too (anyone could otherwise post "as the bot" into a learner's
/// conversation, or delete from it).</summary>
public static class LoopbackConnectorEndpoints
{
    public static void MapLoopbackConnector(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v3/conversations/{conversationId}/activities");
        group.MapPost("/", (string conversationId, HttpRequest request, LoopbackConnector c, CancellationToken ct) => c.SendAsync(conversationId, null, request, ct));
        group.MapPost("/{activityId}", (string conversationId, string activityId, HttpRequest request, LoopbackConnector c, CancellationToken ct) => c.SendAsync(conversationId, activityId, request, ct));
        group.MapPut("/{activityId}", (string conversationId, string activityId, HttpRequest request, LoopbackConnector c, CancellationToken ct) => c.UpdateAsync(conversationId, activityId, request, ct));
        group.MapDelete("/{activityId}", (string conversationId, string activityId, HttpRequest request, LoopbackConnector c) => c.Delete(conversationId, activityId, request));
    }
}

/// <summary>Handles the loopback connector calls (see <see cref="LoopbackConnectorEndpoints"/>).</summary>
public sealed class LoopbackConnector(
    Transcripts transcripts,
    LoopbackCredential credential,
    TimeProvider time,
    IOptions<BotFrameworkOptions> bot)
{
    public async Task<IResult> SendAsync(string conversationId, string? replyToId, HttpRequest request, CancellationToken cancellationToken)
    {
        var (conversation, activity, refused) = await ReadAsync(conversationId, request, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        activity!.ReplyToId ??= replyToId;
        activity.ChannelId = Channels.DirectLine;
        activity.Conversation = new ConversationAccount { Id = conversation!.Id };
        return Results.Ok(new ResourceResponse { Id = conversation.Append(activity, time.GetUtcNow()) });
    }

    public async Task<IResult> UpdateAsync(string conversationId, string activityId, HttpRequest request, CancellationToken cancellationToken)
    {
        var (conversation, activity, refused) = await ReadAsync(conversationId, request, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        activity!.ChannelId = Channels.DirectLine;
        activity.Conversation = new ConversationAccount { Id = conversation!.Id };
        return conversation.Replace(activityId, activity, time.GetUtcNow())
            ? Results.Ok(new ResourceResponse { Id = activityId })
            : Error(StatusCodes.Status404NotFound, "ActivityNotFound", "No such activity in this conversation.");
    }

    public IResult Delete(string conversationId, string activityId, HttpRequest request)
    {
        if (Refuse(request) is { } refused)
        {
            return refused;
        }

        if (transcripts.Find(conversationId) is not { } conversation)
        {
            return UnknownConversation();
        }

        return conversation.Remove(activityId, time.GetUtcNow())
            ? Results.Ok()
            : Error(StatusCodes.Status404NotFound, "ActivityNotFound", "No such activity in this conversation.");
    }

    private async Task<(DirectLineConversation? Conversation, Activity? Activity, IResult? Refused)> ReadAsync(string conversationId, HttpRequest request, CancellationToken cancellationToken)
    {
        if (Refuse(request) is { } refused)
        {
            return (null, null, refused);
        }

        if (transcripts.Find(conversationId) is not { } conversation)
        {
            return (null, null, UnknownConversation());
        }

        var (activity, error) = await DirectLineEndpoints.ReadActivityAsync(request, bot.Value.MaxActivityBytes, cancellationToken);
        return (conversation, activity, error);
    }

    /// <summary>401 unless the caller is this service (see <see cref="LoopbackConnectorEndpoints"/>).</summary>
    private IResult? Refuse(HttpRequest request) =>
        credential.Matches(request.Headers.Authorization.ToString())
            ? null
            : Error(StatusCodes.Status401Unauthorized, "Unauthorized", "Only StudyBot itself may post to its built-in channel.");

    private static IResult UnknownConversation() =>
        Error(StatusCodes.Status404NotFound, "ConversationNotFound", "No such Direct Line conversation (never started, or expired).");

    /// <summary>Connector errors have the Bot Framework shape <c>{error:{code,message}}</c>, which the bot's connector client reads.</summary>
    private static IResult Error(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);
}

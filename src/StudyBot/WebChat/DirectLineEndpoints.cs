using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using StudyBot.Connector;
using StudyBot.Hosting;

namespace StudyBot.WebChat;

/// <summary>The client side of Direct Line 3.0 under <c>/v3/directline</c>: the subset Web Chat uses with
/// <c>webSocket: false</c> (tokens, start/reconnect, post, poll by watermark).</summary>
public static class DirectLineEndpoints
{
    public const string CorsPolicy = "directline";

    public static void MapDirectLine(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v3/directline").RequireCors(CorsPolicy);
        group.MapPost("/tokens/generate", GenerateAsync).RequireRateLimiting(RateLimits.DirectLineStarts);
        group.MapPost("/tokens/refresh", Refresh);
        group.MapPost("/conversations", StartAsync).RequireRateLimiting(RateLimits.DirectLineStarts);
        group.MapGet("/conversations/{conversationId}", Reconnect);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivities);
    }

    /// <summary>A new conversation id and a token for it. Open to any caller: this endpoint only runs where
    /// <c>WebChat:Enabled</c> is on (Development by default), so there is no Direct Line secret to check; the rate
    /// limiter caps how many a client may create.</summary>
    private static async Task<IResult> GenerateAsync(HttpRequest request, DirectLineTokens tokens, CancellationToken cancellationToken)
    {
        var (start, error) = await ReadStartAsync(request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var userId = start?.User?.Id;
        if (userId is not null && !IsValidUserId(userId))
        {
            return HostingExtensions.Problem(StatusCodes.Status400BadRequest, "Bad user id", "user.id must be 1–128 letters, digits or '_-.:@'.");
        }

        var conversationId = Guid.NewGuid().ToString("N");
        return Results.Ok(Answer(tokens, conversationId, DirectLineUserId(userId)));
    }

    private static IResult Refresh(HttpRequest request, DirectLineTokens tokens)
    {
        var (token, refused) = Authorize(request, tokens);
        return refused ?? Results.Ok(Answer(tokens, token!.ConversationId, token.UserId));
    }

    /// <summary>Starts the token's conversation (201) and tells the bot the user joined, or answers 200 when this
    /// token's conversation is already going (Web Chat reconnecting).</summary>
    private static async Task<IResult> StartAsync(HttpRequest request, DirectLineTokens tokens, Transcripts transcripts, DirectLineBridge bridge, CancellationToken cancellationToken)
    {
        var (token, refused) = Authorize(request, tokens);
        if (refused is not null)
        {
            return refused;
        }

        var (start, error) = await ReadStartAsync(request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var (conversation, created) = transcripts.Start(token!.ConversationId, token.UserId);
        var answer = Answer(tokens, conversation.Id, conversation.UserId);
        if (!created)
        {
            return Results.Ok(answer);
        }

        var joined = bridge.Joined(conversation, start?.Locale);
        bridge.Accept(conversation, joined);
        await bridge.DeliverAsync(joined, cancellationToken);
        return Results.Json(answer, BotJson.Options, statusCode: StatusCodes.Status201Created);
    }

    private static IResult Reconnect(string conversationId, HttpRequest request, DirectLineTokens tokens, Transcripts transcripts)
    {
        var (conversation, refused) = Open(conversationId, request, tokens, transcripts);
        return refused ?? Results.Ok(Answer(tokens, conversation!.Id, conversation.UserId));
    }

    private static async Task<IResult> PostActivityAsync(
        string conversationId,
        HttpRequest request,
        DirectLineTokens tokens,
        Transcripts transcripts,
        DirectLineBridge bridge,
        IOptions<BotFrameworkOptions> bot,
        CancellationToken cancellationToken)
    {
        var (conversation, refused) = Open(conversationId, request, tokens, transcripts);
        if (refused is not null)
        {
            return refused;
        }

        var (activity, error) = await ReadActivityAsync(request, bot.Value.MaxActivityBytes, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var id = bridge.Accept(conversation!, activity!);
        if (!await bridge.DeliverAsync(activity!, cancellationToken))
        {
            return HostingExtensions.Problem(StatusCodes.Status502BadGateway, "The bot did not take the activity", "It is in the transcript, but the bot answered with an error or not in time.");
        }

        return Results.Ok(new ResourceResponse { Id = id });
    }

    private static IResult GetActivities(string conversationId, string? watermark, HttpRequest request, DirectLineTokens tokens, Transcripts transcripts, TimeProvider time)
    {
        var (conversation, refused) = Open(conversationId, request, tokens, transcripts);
        if (refused is not null)
        {
            return refused;
        }

        long? after = null;
        if (!string.IsNullOrEmpty(watermark))
        {
            if (!long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return HostingExtensions.Problem(StatusCodes.Status400BadRequest, "Bad watermark", "Pass back the watermark of the previous answer.");
            }

            after = parsed;
        }

        var (activities, next) = conversation!.After(after, time.GetUtcNow());
        return Results.Json(new ActivitySet(activities, next.ToString(CultureInfo.InvariantCulture)), BotJson.Options);
    }

    /// <summary>Checks the token: 401 when missing or forged, 403 when expired.</summary>
    private static (DirectLineToken? Token, IResult? Refused) Authorize(HttpRequest request, DirectLineTokens tokens)
    {
        var (status, token) = tokens.Check(request.Headers.Authorization.ToString());
        return status switch
        {
            TokenStatus.Missing => (null, HostingExtensions.Problem(StatusCodes.Status401Unauthorized, "Token required", "Send 'Authorization: Bearer <token>' from /v3/directline/tokens/generate.")),
            TokenStatus.Invalid => (null, HostingExtensions.Problem(StatusCodes.Status401Unauthorized, "Invalid token")),
            TokenStatus.Expired => (null, HostingExtensions.Problem(StatusCodes.Status403Forbidden, "Token expired", "Refresh it before it expires, or generate a new one.")),
            _ => (token, null),
        };
    }

    /// <summary>A valid token for an existing conversation: 401/403 as <see cref="Authorize"/>, 404 when the
    /// conversation does not exist (never started, or forgotten after being idle), 403 when the token is for another.</summary>
    private static (DirectLineConversation? Conversation, IResult? Refused) Open(string conversationId, HttpRequest request, DirectLineTokens tokens, Transcripts transcripts)
    {
        var (token, refused) = Authorize(request, tokens);
        if (refused is not null)
        {
            return (null, refused);
        }

        if (transcripts.Find(conversationId) is not { } conversation)
        {
            return (null, HostingExtensions.Problem(StatusCodes.Status404NotFound, "Unknown conversation", "Start one with POST /v3/directline/conversations."));
        }

        return token!.ConversationId == conversationId
            ? (conversation, null)
            : (null, HostingExtensions.Problem(StatusCodes.Status403Forbidden, "Token is for another conversation"));
    }

    /// <summary>Reads an activity body: 413 over the size limit, 400 when not an activity.</summary>
    internal static async Task<(Activity? Activity, IResult? Error)> ReadActivityAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        var body = await request.ReadBodyAsync(maxBytes, cancellationToken);
        if (body is null)
        {
            return (null, HostingExtensions.Problem(StatusCodes.Status413PayloadTooLarge, "Activity too large", $"An activity may be at most {maxBytes / 1024} KB."));
        }

        try
        {
            var activity = JsonSerializer.Deserialize<Activity>(body, BotJson.Options);
            if (string.IsNullOrWhiteSpace(activity?.Type))
            {
                return (null, HostingExtensions.Problem(StatusCodes.Status400BadRequest, "Incomplete activity", "Missing required field 'type'."));
            }

            return (activity, null);
        }
        catch (JsonException)
        {
            return (null, HostingExtensions.Problem(StatusCodes.Status400BadRequest, "Malformed activity", "The body is not valid Activity JSON."));
        }
    }

    private static async Task<(StartRequest? Start, IResult? Error)> ReadStartAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await request.ReadBodyAsync(16 * 1024, cancellationToken);
        if (body is null)
        {
            return (null, HostingExtensions.Problem(StatusCodes.Status413PayloadTooLarge, "Body too large"));
        }

        if (body.Length == 0)
        {
            return (null, null);
        }

        try
        {
            return (JsonSerializer.Deserialize<StartRequest>(body, BotJson.Options), null);
        }
        catch (JsonException)
        {
            return (null, HostingExtensions.Problem(StatusCodes.Status400BadRequest, "Malformed body", "Expected JSON like {\"user\":{\"id\":\"dl_…\"}}."));
        }
    }

    /// <summary>Every Direct Line user id starts with <c>dl_</c> (the prefix Direct Line reserves for ids embedded in
    /// tokens): a client may keep its id across page loads, but can never pose as a Teams (<c>29:…</c>, AAD object id),
    /// Slack (<c>U…</c>) or other channel's user, even where something compares bare ids.</summary>
    public static string DirectLineUserId(string? requested) =>
        requested is null ? "dl_" + Guid.NewGuid().ToString("N")[..16]
        : requested.StartsWith("dl_", StringComparison.Ordinal) ? requested
        : "dl_" + requested;

    private static bool IsValidUserId(string id) =>
        id.Length is > 0 and <= 125 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or ':' or '@');

    private static ConversationAnswer Answer(DirectLineTokens tokens, string conversationId, string userId) =>
        new(conversationId, tokens.Issue(conversationId, userId), (int)tokens.Lifetime.TotalSeconds);

    private sealed record StartRequest(ChannelAccount? User, string? Locale);

    private sealed record ConversationAnswer(
        string ConversationId,
        string Token,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);

    private sealed record ActivitySet(IReadOnlyList<Activity> Activities, string Watermark);
}

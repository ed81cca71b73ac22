using System.Text.Json;
using Microsoft.Extensions.Options;
using StudyBot.Hosting;

namespace StudyBot.Connector;

public static class BotFrameworkEndpoints
{
    /// <summary>Maps <c>POST /api/messages</c>: JSON content type, size limit, JSON and required fields, Bot Framework auth,
    /// then the turn.</summary>
    public static void MapBotFramework(this WebApplication app)
    {
        app.MapPost("/api/messages", HandleAsync);
    }

    private static async Task<IResult> HandleAsync(
        HttpRequest request,
        BotAdapter adapter,
        IBotAuthenticator authenticator,
        IOptions<BotFrameworkOptions> options,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        var logger = loggerFactory.CreateLogger("StudyBot.Connector.Messages");

        // Channels send JSON. Anything else is refused before it is read: a web page can POST text/plain anywhere
        // without a CORS preflight, but not application/json.
        if (!request.HasJsonContentType())
        {
            return HostingExtensions.Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Send the activity as application/json.");
        }

        var body = await request.ReadBodyAsync(options.Value.MaxActivityBytes, cancellationToken);
        if (body is null)
        {
            return HostingExtensions.Problem(StatusCodes.Status413PayloadTooLarge, "Activity too large", $"An activity may be at most {options.Value.MaxActivityBytes / 1024} KB.");
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, BotJson.Options);
        }
        catch (JsonException)
        {
            return HostingExtensions.Problem(StatusCodes.Status400BadRequest, "Malformed activity", "The body is not valid Activity JSON.");
        }

        if (Validate(activity) is { } bad)
        {
            return HostingExtensions.Problem(StatusCodes.Status400BadRequest, "Incomplete activity", $"Missing or malformed field '{bad}'.");
        }

        var identity = await authenticator.AuthenticateAsync(request.Headers.Authorization.ToString() is { Length: > 0 } h ? h : null, activity!, cancellationToken);
        if (identity is null)
        {
            logger.LogInformation("Refused activity {ActivityId} from {ChannelId}: authentication failed", activity!.Id, activity.ChannelId);
            StudyBotMetrics.AuthRefusals.Add(1, new KeyValuePair<string, object?>("direction", "inbound"), new KeyValuePair<string, object?>("channel", activity.ChannelId));
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
        }

        var invoke = await adapter.ProcessActivityAsync(activity!, identity, cancellationToken);
        return invoke is null
            ? Results.Ok()
            : invoke.Body is null ? Results.StatusCode(invoke.Status) : Results.Json(invoke.Body, BotJson.Options, statusCode: invoke.Status);
    }

    /// <summary>The fields without which a turn cannot be answered, and ids of a shape no channel sends; returns the
    /// first missing or malformed one.</summary>
    private static string? Validate(Activity? activity)
    {
        if (activity is null)
        {
            return "type";
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "type";
        }

        if (string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return "channelId";
        }

        if (string.IsNullOrWhiteSpace(activity.ServiceUrl) || !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return "serviceUrl";
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "conversation.id";
        }

        if (activity.Type == ActivityTypes.Message && string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            return "from.id";
        }

        // Ids become storage keys, log fields and connector paths: channels send short printable ones.
        (string Name, string? Value)[] ids =
        [
            ("channelId", activity.ChannelId), ("conversation.id", activity.Conversation?.Id), ("conversation.tenantId", activity.TenantId),
            ("channelData.team.id", activity.ChannelDataString("team", "id")),
            ("from.id", activity.From?.Id), ("from.aadObjectId", activity.From?.AadObjectId), ("recipient.id", activity.Recipient?.Id),
        ];
        return ids.FirstOrDefault(id => id.Value is not null && !Conversation.Text.IsId(id.Value)).Name;
    }
}

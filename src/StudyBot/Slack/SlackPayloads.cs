using System.Text.Json;
using System.Text.Json.Serialization;

namespace StudyBot.Slack;

/// <summary>The parts of Slack's JSON payloads StudyBot reads, as typed records. A signed payload whose fields have the
/// wrong type (<c>"event_time":"x"</c>, <c>"authed_users":[5]</c>), nests deeper than Slack ever does or names ids no
/// Slack id looks like is malformed: the endpoint answers 400 instead of failing later. Fields StudyBot does not read
/// are skipped, whatever their shape.</summary>
internal static class SlackPayloads
{
    /// <summary>Slack's payloads nest a handful of levels (blocks inside messages inside events).</summary>
    public const int MaxDepth = 32;

    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        MaxDepth = MaxDepth,
        NumberHandling = JsonNumberHandling.Strict,
    };

    /// <summary>Reads <paramref name="json"/> as <typeparamref name="T"/>; null when it is not JSON of that shape.</summary>
    public static T? Read<T>(ReadOnlySpan<byte> json)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Reads the object <paramref name="element"/> as <typeparamref name="T"/>; null when it has another shape.</summary>
    public static T? Read<T>(JsonElement element)
        where T : class
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        try
        {
            return element.Deserialize<T>(Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Null or shaped like an id (<see cref="Conversation.Text.IsId"/>).</summary>
    public static bool IsIdOrNull(string? id) => id is null || Conversation.Text.IsId(id);
}

/// <summary>An Events API request: <c>url_verification</c> or an <c>event_callback</c> envelope.</summary>
internal sealed record EventEnvelope(
    string? Type,
    string? Challenge,
    string? TeamId,
    string? EnterpriseId,
    string? EventId,
    long? EventTime,
    JsonElement Event,
    IReadOnlyList<string>? AuthedUsers,
    IReadOnlyList<EventAuthorization?>? Authorizations,
    bool? IsEnterpriseInstall = null)
{
    /// <summary>The event is about an org-wide Enterprise Grid install (Slack says so at the top or per authorization).</summary>
    public bool ForOrgWideInstall => IsEnterpriseInstall == true || Authorizations?.Any(a => a?.IsEnterpriseInstall == true) == true;

    /// <summary>Unix seconds Slack can send (years 1970–9999).</summary>
    public bool HasValidTime => EventTime is null or (>= 0 and <= 253_402_300_799);
}

internal sealed record EventAuthorization(string? UserId, bool? IsBot, bool? IsEnterpriseInstall = null);

/// <summary>An <c>app_mention</c> or <c>message</c> event (the only ones StudyBot answers).</summary>
internal sealed record MessageEventPayload(string? Type, string? ChannelType, string? User, string? Channel, string? Text, string? Ts, string? ThreadTs, string? BotId, string? Subtype, string? Team);

/// <summary><c>tokens_revoked</c>: which tokens went (StudyBot holds bot tokens only).</summary>
internal sealed record TokensRevokedPayload(RevokedTokens? Tokens);

internal sealed record RevokedTokens(IReadOnlyList<string>? Oauth, IReadOnlyList<string>? Bot);

/// <summary><c>app_home_opened</c>: a user opened the app's Home (or Messages) tab.</summary>
internal sealed record AppHomeOpenedPayload(string? User, string? Channel, string? Tab);

/// <summary>An interaction (the form field <c>payload</c>): StudyBot runs <c>block_actions</c> of its own buttons.</summary>
internal sealed record InteractionPayload(
    string? Type,
    InteractionUser? User,
    SlackObjectRef? Team,
    SlackObjectRef? Channel,
    string? ResponseUrl,
    string? TriggerId,
    IReadOnlyList<InteractionAction?>? Actions,
    InteractionView? View);

/// <summary>The view an interaction happened in (a Home tab click, a modal's submission): its <c>callback_id</c> and,
/// for a submission, the values of its inputs (<c>state.values.{block_id}.{action_id}.value</c>).</summary>
internal sealed record InteractionView(string? Type, string? CallbackId, JsonElement State);

internal sealed record InteractionUser(string? Id, string? Username, string? Name, string? TeamId);

internal sealed record SlackObjectRef(string? Id);

internal sealed record InteractionAction(string? ActionId, string? Value, string? ActionTs);

using System.Text.Json;
using System.Text.Json.Serialization;

namespace StudyBot.Connector;

/// <summary>Bot Framework Activity schema v3 (the fields StudyBot uses). Unknown fields are kept in
/// <see cref="Extra"/> and written back unchanged, so nothing a channel sends is lost on a round trip.</summary>
public sealed class Activity
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    public DateTimeOffset? LocalTimestamp { get; set; }

    public string? LocalTimezone { get; set; }

    public string? ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public ChannelAccount? From { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public ChannelAccount? Recipient { get; set; }

    public string? TextFormat { get; set; }

    public string? AttachmentLayout { get; set; }

    public List<ChannelAccount>? MembersAdded { get; set; }

    public List<ChannelAccount>? MembersRemoved { get; set; }

    public string? Action { get; set; }

    public string? Text { get; set; }

    public string? Speak { get; set; }

    public string? InputHint { get; set; }

    public string? Summary { get; set; }

    public string? Locale { get; set; }

    public List<Attachment>? Attachments { get; set; }

    public List<Entity>? Entities { get; set; }

    public JsonElement? ChannelData { get; set; }

    public string? ReplyToId { get; set; }

    public string? Name { get; set; }

    public JsonElement? Value { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>Creates the reply the SDK would: swapped from/recipient, same conversation, <c>replyToId</c>, locale.</summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        From = Recipient is null ? null : new ChannelAccount { Id = Recipient.Id, Name = Recipient.Name },
        Recipient = From is null ? null : new ChannelAccount { Id = From.Id, Name = From.Name, AadObjectId = From.AadObjectId },
        Conversation = Conversation is null ? null : new ConversationAccount { Id = Conversation.Id, Name = Conversation.Name, IsGroup = Conversation.IsGroup, ConversationType = Conversation.ConversationType, TenantId = Conversation.TenantId },
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        ReplyToId = Id,
        Locale = Locale,
        Text = text,
        TextFormat = text is null ? null : TextFormats.Markdown,
    };

    /// <summary>The reference to address this conversation again later (proactive messages).</summary>
    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = Id,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Locale = Locale,
    };

    /// <summary>The tenant id from <c>conversation.tenantId</c> or Teams <c>channelData.tenant.id</c>.</summary>
    [JsonIgnore] // derived, not a wire field: writing it would add a top-level "tenantId" to every reply
    public string? TenantId =>
        Conversation?.TenantId ?? ChannelDataString("tenant", "id");

    /// <summary>Reads a string from <c>channelData</c> by property path, or null.</summary>
    public string? ChannelDataString(params string[] path)
    {
        if (ChannelData is not { ValueKind: JsonValueKind.Object } element)
        {
            return null;
        }

        foreach (var p in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(p, out element))
            {
                return null;
            }
        }

        return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
    }
}

public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";
    public const string InvokeResponse = "invokeResponse";
    public const string Typing = "typing";
    public const string Event = "event";
    public const string MessageReaction = "messageReaction";
    public const string EndOfConversation = "endOfConversation";
}

public static class TextFormats
{
    public const string Plain = "plain";
    public const string Markdown = "markdown";
    public const string Xml = "xml";
}

public sealed class ChannelAccount
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AadObjectId { get; set; }

    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

public sealed class ConversationAccount
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public bool? IsGroup { get; set; }

    public string? ConversationType { get; set; }

    public string? TenantId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

public sealed class Attachment
{
    public string? ContentType { get; set; }

    public string? ContentUrl { get; set; }

    public object? Content { get; set; }

    public string? Name { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>An entity (mention, clientInfo, …). Kept as raw JSON; helpers read what StudyBot needs.</summary>
public sealed class Entity
{
    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>For <c>mention</c> entities: the mentioned account. Not named <c>Mentioned</c>: an ignored property whose
    /// name matches the JSON key "mentioned" would make the serializer drop that key instead of keeping it here.</summary>
    [JsonIgnore]
    public ChannelAccount? MentionedAccount =>
        Properties is not null && Properties.TryGetValue("mentioned", out var m) && m.ValueKind == JsonValueKind.Object
            ? m.Deserialize<ChannelAccount>(BotJson.Options)
            : null;

    /// <summary>For <c>mention</c> entities: the text of the mention as it appears in the activity text.</summary>
    [JsonIgnore]
    public string? MentionText =>
        Properties is not null && Properties.TryGetValue("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;

    public static Entity Mention(ChannelAccount who, string text) => new()
    {
        Type = "mention",
        Properties = new Dictionary<string, JsonElement>
        {
            ["mentioned"] = JsonSerializer.SerializeToElement(who, BotJson.Options),
            ["text"] = JsonSerializer.SerializeToElement(text, BotJson.Options),
        },
    };
}

/// <summary>Enough to address a conversation again (SDK <c>ConversationReference</c>).</summary>
public sealed class ConversationReference
{
    public string? ActivityId { get; set; }

    public ChannelAccount? User { get; set; }

    public ChannelAccount? Bot { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public string? ChannelId { get; set; }

    public string? ServiceUrl { get; set; }

    public string? Locale { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>A message addressed to this conversation from the bot (proactive send).</summary>
    public Activity CreateMessage() => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Conversation = Conversation is null ? null : new ConversationAccount { Id = Conversation.Id, IsGroup = Conversation.IsGroup, ConversationType = Conversation.ConversationType, TenantId = Conversation.TenantId },
        From = Bot,
        Recipient = User,
        Locale = Locale,
    };
}

/// <summary>The connector's answer to a send: the new activity's id.</summary>
public sealed class ResourceResponse
{
    public string? Id { get; set; }
}

/// <summary>The answer to <c>POST v3/conversations</c>.</summary>
public sealed class ConversationResourceResponse
{
    public string? Id { get; set; }

    public string? ActivityId { get; set; }

    public string? ServiceUrl { get; set; }
}

/// <summary>Parameters of <c>POST v3/conversations</c>.</summary>
public sealed class ConversationParameters
{
    public bool? IsGroup { get; set; }

    public ChannelAccount? Bot { get; set; }

    public List<ChannelAccount>? Members { get; set; }

    public string? TopicName { get; set; }

    public string? TenantId { get; set; }

    public Activity? Activity { get; set; }

    public JsonElement? ChannelData { get; set; }
}

/// <summary>What the bot answers an <c>invoke</c> activity with, in the HTTP response.</summary>
public sealed record InvokeResponse(int Status, object? Body = null);

/// <summary>JSON settings of the Bot Framework wire format.</summary>
public static class BotJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

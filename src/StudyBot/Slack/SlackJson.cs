using System.Text.Json;

namespace StudyBot.Slack;

/// <summary>Small readers for Slack's JSON payloads, which omit fields freely.</summary>
internal static class SlackJson
{
    /// <summary>Compact JSON for Slack: Korean text stays UTF-8 instead of six-byte \u escapes.</summary>
    public static readonly JsonSerializerOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The string property <paramref name="name"/>, or null when absent or not a string.</summary>
    public static string? Str(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>The object property <paramref name="name"/>, or an undefined element.</summary>
    public static JsonElement Obj(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : default;
}

using System.Net.Http.Headers;

namespace StudyBot.Tests.WebChat;

/// <summary>Speaks Direct Line 3.0 to a StudyBot host as DirectLineJS does with <c>webSocket: false</c>.</summary>
internal sealed class DirectLineClient(HttpClient http)
{
    public string Token { get; set; } = string.Empty;

    public string ConversationId { get; private set; } = string.Empty;

    public string? Watermark { get; private set; }

    public async Task<HttpResponseMessage> GenerateAsync(string? userId = null)
    {
        var response = await http.PostAsJsonAsync("v3/directline/tokens/generate", new { user = new { id = userId } }, Ct);
        if (response.IsSuccessStatusCode)
        {
            var json = await ReadAsync(response);
            Token = json.GetProperty("token").GetString()!;
            ConversationId = json.GetProperty("conversationId").GetString()!;
        }

        return response;
    }

    public Task<HttpResponseMessage> StartAsync(string? locale = null) =>
        SendAsync(HttpMethod.Post, "v3/directline/conversations", new { locale });

    /// <summary>Generates a token and starts its conversation.</summary>
    public async Task ConnectAsync(string? userId = null, string? locale = null)
    {
        (await GenerateAsync(userId)).EnsureSuccessStatusCode();
        (await StartAsync(locale)).EnsureSuccessStatusCode();
    }

    public Task<HttpResponseMessage> PostAsync(object activity, string? conversationId = null) =>
        SendAsync(HttpMethod.Post, $"v3/directline/conversations/{conversationId ?? ConversationId}/activities", activity);

    public async Task<string> SayAsync(string text, string? locale = null)
    {
        using var response = await PostAsync(new { type = "message", from = new { id = "someone-else", name = "Kim" }, text, locale });
        response.EnsureSuccessStatusCode();
        return (await ReadAsync(response)).GetProperty("id").GetString()!;
    }

    public Task<HttpResponseMessage> GetActivitiesAsync(string? watermark, string? conversationId = null) =>
        SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId ?? ConversationId}/activities?watermark={watermark}", null);

    /// <summary>One poll after the current watermark; advances it.</summary>
    public async Task<IReadOnlyList<JsonElement>> PollAsync()
    {
        using var response = await GetActivitiesAsync(Watermark);
        response.EnsureSuccessStatusCode();
        var json = await ReadAsync(response);
        Watermark = json.GetProperty("watermark").GetString();
        return [.. json.GetProperty("activities").EnumerateArray()];
    }

    /// <summary>Polls (as Web Chat does, once a second at most) until an activity matches; returns everything seen.</summary>
    public async Task<(JsonElement Match, IReadOnlyList<JsonElement> Seen)> WaitForAsync(Func<JsonElement, bool> match)
    {
        var seen = new List<JsonElement>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            seen.AddRange(await PollAsync());
            var hit = seen.FirstOrDefault(match);
            if (hit.ValueKind != JsonValueKind.Undefined)
            {
                return (hit, seen);
            }

            await Task.Delay(100, Ct);
        }

        throw new TimeoutException("no matching activity; saw: " + string.Join(" | ", seen.Select(a => a.GetRawText())));
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (Token.Length > 0)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        }

        return http.SendAsync(request, Ct);
    }

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}

internal static class ActivityJson
{
    public static string? Str(this JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static string? Str(this JsonElement e, string name, string inner) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v.Str(inner) : null;
}

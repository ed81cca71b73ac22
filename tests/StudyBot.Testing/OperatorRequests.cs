namespace StudyBot.Testing;

/// <summary>The operator API as tests and benchmarks call it: the admin key on every request, JSON bodies.</summary>
public static class OperatorRequests
{
    /// <summary>The <c>Admin:ApiKey</c> tests and benchmarks configure.</summary>
    public const string TestKey = "test-admin-key";

    /// <param name="body">Sent as JSON; a string is sent as it is (malformed bodies).</param>
    /// <param name="key">The <c>X-Admin-Key</c> header; null sends none.</param>
    public static async Task<HttpResponseMessage> SendAdminAsync(this HttpClient client, HttpMethod method, string path, object? body = null, string? key = TestKey, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(method, path);
        if (key is not null)
        {
            request.Headers.Add(AdminKey.Header, key);
        }

        if (body is not null)
        {
            request.Content = body is string json ? new StringContent(json, Encoding.UTF8, "application/json") : JsonContent.Create(body);
        }

        return await client.SendAsync(request, cancellationToken);
    }

    /// <summary>The JSON answer of an operator request that must succeed (otherwise it throws naming the route, the
    /// status and the problem).</summary>
    public static async Task<JsonElement> AdminJsonAsync(this HttpClient client, HttpMethod method, string path, object? body = null, string key = TestKey, CancellationToken cancellationToken = default)
    {
        using var response = await client.SendAdminAsync(method, path, body, key, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{method} {path}: {(int)response.StatusCode} {text}");
        }

        return JsonDocument.Parse(text).RootElement.Clone();
    }
}

using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace StudyBot.Testing;

/// <summary>One HTTP request a <see cref="LoopbackServer"/> received.</summary>
public sealed record RecordedRequest(string Method, string Path, string RawTarget, string Query, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset ReceivedAt)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;
}

/// <summary>What a <see cref="LoopbackServer"/> answers.</summary>
public sealed record ScriptedResponse(int Status, string Body = "", string ContentType = "application/json", IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default)
{
    public static ScriptedResponse Json(object body, int status = 200) => new(status, JsonSerializer.Serialize(body));
}

/// <summary>A real HTTP listener on 127.0.0.1 that records every request and answers from a script: the fake
/// Bot Framework connector, token endpoint, OpenID metadata, Slack Web API and <c>response_url</c> receiver.</summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<(Func<RecordedRequest, bool> When, ScriptedResponse Response)> _once = new();
    private readonly List<(Func<RecordedRequest, bool> When, Func<RecordedRequest, ScriptedResponse> Respond)> _routes = [];
    private readonly SemaphoreSlim _signal = new(0);

    private LoopbackServer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Base URL with a trailing slash, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public string Url => BaseAddress.ToString();

    public IReadOnlyCollection<RecordedRequest> Requests => _requests.ToArray();

    /// <summary>Answer used when no route or one-shot response matches.</summary>
    public Func<RecordedRequest, ScriptedResponse> Default { get; set; } = _ => ScriptedResponse.Json(new { id = Guid.NewGuid().ToString("N") });

    /// <param name="certificate">Serve https with this certificate (clients that insist on https, e.g. MSAL token
    /// endpoints); plain http when null.</param>
    public static async Task<LoopbackServer> StartAsync(System.Security.Cryptography.X509Certificates.X509Certificate2? certificate = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (certificate is null)
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }
        else
        {
            builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0, l => l.UseHttps(certificate)));
        }

        var app = builder.Build();
        var server = new LoopbackServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        return server;
    }

    /// <summary>Answers matching requests this way from now on (later routes win).</summary>
    public LoopbackServer On(Func<RecordedRequest, bool> when, Func<RecordedRequest, ScriptedResponse> respond)
    {
        lock (_routes)
        {
            _routes.Insert(0, (when, respond));
        }

        return this;
    }

    /// <summary>Answers requests whose path starts with <paramref name="pathPrefix"/> this way from now on.</summary>
    public LoopbackServer On(string pathPrefix, Func<RecordedRequest, ScriptedResponse> respond) =>
        On(r => r.Path.StartsWith(pathPrefix, StringComparison.Ordinal), respond);

    /// <summary>Answers the next matching request once with <paramref name="response"/> (queue several for sequences).</summary>
    public LoopbackServer Once(Func<RecordedRequest, bool> when, ScriptedResponse response)
    {
        _once.Enqueue((when, response));
        return this;
    }

    public void Clear()
    {
        while (_requests.TryDequeue(out _))
        {
        }
    }

    /// <summary>Waits until <paramref name="count"/> requests match, or fails after <paramref name="timeout"/>.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> WaitForAsync(Func<RecordedRequest, bool> match, int count = 1, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var hits = _requests.Where(match).ToArray();
            if (hits.Length >= count)
            {
                return hits;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"expected {count} matching request(s), got {hits.Length}; received: {string.Join(", ", _requests.Select(r => r.Method + " " + r.Path))}");
            }

            await _signal.WaitAsync(left < TimeSpan.FromMilliseconds(200) ? left : TimeSpan.FromMilliseconds(200));
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var rawTarget = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "/";
        var recorded = new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? "/", rawTarget.Split('?')[0], context.Request.QueryString.Value ?? string.Empty, headers, body, DateTimeOffset.UtcNow);

        ScriptedResponse? response = null;
        var count = _once.Count;
        for (var i = 0; i < count && _once.TryDequeue(out var item); i++)
        {
            if (response is null && item.When(recorded))
            {
                response = item.Response;
            }
            else
            {
                _once.Enqueue(item);
            }
        }

        if (response is null)
        {
            lock (_routes)
            {
                response = _routes.FirstOrDefault(r => r.When(recorded)).Respond?.Invoke(recorded);
            }
        }

        response ??= Default(recorded);
        _requests.Enqueue(recorded);
        _signal.Release();

        if (response.Delay > TimeSpan.Zero)
        {
            await Task.Delay(response.Delay);
        }

        context.Response.StatusCode = response.Status;
        foreach (var (k, v) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[k] = v;
        }

        if (response.Body.Length > 0)
        {
            context.Response.ContentType = response.ContentType;
            await context.Response.WriteAsync(response.Body);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace StudyBot.Testing;

/// <summary>The real StudyBot service (same composition as Program.cs) on a free loopback port, over real HTTP.</summary>
public sealed class StudyBotHost : IAsyncDisposable
{
    private StudyBotHost(WebApplication app, Uri baseAddress)
    {
        App = app;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public WebApplication App { get; }

    public IServiceProvider Services => App.Services;

    public Uri BaseAddress { get; }

    /// <summary>An HttpClient pointed at the service.</summary>
    public HttpClient Client { get; }

    /// <param name="settings">Configuration overrides (e.g. <c>ConnectionStrings:Tables</c>, <c>Slack:SigningSecret</c>).</param>
    /// <param name="timeProvider">Injected clock (a <c>FakeTimeProvider</c> in tests).</param>
    /// <param name="configure">Further changes to the builder (service replacements).</param>
    public static async Task<StudyBotHost> StartAsync(
        IDictionary<string, string?>? settings = null,
        TimeProvider? timeProvider = null,
        Action<WebApplicationBuilder>? configure = null,
        string environment = "Development")
    {
        // No file watchers on appsettings*.json: every host would hold inotify instances (128 per user on Linux, shared by
        // every test process on the machine) for a reload no test uses.
        var app = StudyBotApp.Create(["--urls", "http://127.0.0.1:0", "--environment", environment, "--hostBuilder:reloadConfigOnChange=false"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning", ["Logging:LogLevel:StudyBot"] = "Warning" });
            builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
            if (timeProvider is not null)
            {
                builder.Services.RemoveAll<TimeProvider>();
                builder.Services.AddSingleton(timeProvider);
            }

            configure?.Invoke(builder);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StudyBotHost(app, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    /// <summary>Starts the service with settings that must stop it and returns the error it refused with (a test then
    /// checks that the message names the key); throws when the service started after all.</summary>
    public static async Task<Exception> StartRefusedAsync(IDictionary<string, string?> settings, string environment = "Development")
    {
        try
        {
            await using var bot = await StartAsync(settings, environment: environment);
        }
        catch (Exception e)
        {
            return e;
        }

        throw new InvalidOperationException($"The service started with settings it should refuse: {string.Join(", ", settings.Select(kv => $"{kv.Key}={kv.Value}"))}");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}

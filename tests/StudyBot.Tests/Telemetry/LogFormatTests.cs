using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using StudyBot.Tests.Deploy;

namespace StudyBot.Tests.Telemetry;

/// <summary>The log lines a pod writes with the chart's logging settings: one JSON object per line whose scopes name the
/// trace, the activity and the channel of the turn that wrote it.</summary>
public sealed class LogFormatTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task With_the_charts_settings_a_turns_log_lines_are_json_with_its_trace_id_activity_id_and_channel()
    {
        var chart = HelmChartTests.ConfigMapSettings("Logging__");
        Assert.Equal("json", chart["Logging:Console:FormatterName"]);
        var settings = azurite.Settings([.. chart.Select(kv => (kv.Key, kv.Value))]);
        await using var chat = await BotChat.StartAsync(settings, configure: b =>
        {
            b.Services.AddSingleton<ConsoleLines>();
            b.Services.AddSingleton<ILoggerProvider>(sp => sp.GetRequiredService<ConsoleLines>());
        });

        // The connector refuses the reply: the turn logs an error inside its scope.
        chat.Connector.On(r => r.Path.Contains("refused-conv", StringComparison.Ordinal), _ => new ScriptedResponse(400, "{\"error\":{\"code\":\"BadArgument\",\"message\":\"refused\"}}"));
        var activity = chat.Message("/help", channelId: Channels.MsTeams, conversationId: "refused-conv");
        using (var response = await chat.PostAsync(activity, cancellationToken: TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var lines = chat.Service<ConsoleLines>();
        JsonElement? turnLine = null;
        for (var i = 0; i < 100 && turnLine is null; i++)
        {
            turnLine = lines.Json().Cast<JsonElement?>().FirstOrDefault(l => Scopes(l!.Value).Any(s => s.TryGetProperty("ActivityId", out var id) && id.GetString() == activity.Id));
            if (turnLine is null)
            {
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }
        }

        Assert.True(turnLine is not null, "no log line carried the turn's ActivityId scope; lines:\n" + string.Join('\n', lines.Text));
        var line = turnLine.Value;
        Assert.StartsWith("StudyBot", line.GetProperty("Category").GetString(), StringComparison.Ordinal);
        Assert.Equal(Channels.MsTeams, Scopes(line).Single(s => s.TryGetProperty("ActivityId", out _)).GetProperty("ChannelId").GetString());
        Assert.Matches("^[0-9a-f]{32}$", Scopes(line).Single(s => s.TryGetProperty("TraceId", out _)).GetProperty("TraceId").GetString()!);
        Assert.DoesNotContain(lines.Text, l => l.TrimEnd().Contains('\n')); // one object per line
    }

    private static IEnumerable<JsonElement> Scopes(JsonElement line) =>
        line.TryGetProperty("Scopes", out var scopes) ? scopes.EnumerateArray() : [];

    /// <summary>Writes every record as the console logger writes it: through the host's own console formatter named by
    /// <c>Logging:Console:FormatterName</c>, with the host's scopes (trace ids included), into lines kept here.</summary>
    private sealed class ConsoleLines(IEnumerable<ConsoleFormatter> formatters, IOptionsMonitor<ConsoleLoggerOptions> console) : ILoggerProvider, ISupportExternalScope
    {
        private readonly ConcurrentQueue<string> _lines = new();
        private IExternalScopeProvider? _scopes;

        private ConsoleFormatter Format => formatters.Single(f => f.Name == console.CurrentValue.FormatterName);

        public IEnumerable<string> Text => _lines;

        public IEnumerable<JsonElement> Json() => _lines.Select(l => JsonDocument.Parse(l).RootElement);

        public ILogger CreateLogger(string categoryName) => new Writer(this, categoryName);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Writer(ConsoleLines owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => owner._scopes?.Push(state) ?? NullLogger.Instance.BeginScope(state);

            public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                using var text = new StringWriter();
                owner.Format.Write(new Microsoft.Extensions.Logging.Abstractions.LogEntry<TState>(logLevel, category, eventId, state, exception, formatter), owner._scopes, text);
                owner._lines.Enqueue(text.ToString());
            }
        }
    }
}

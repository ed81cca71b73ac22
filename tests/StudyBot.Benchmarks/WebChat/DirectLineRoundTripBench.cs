using System.Diagnostics;
using System.Net.Http.Headers;

namespace StudyBot.Benchmarks.WebChat;

/// <summary>What the built-in Direct Line channel adds to a turn: <c>/help</c> posted through
/// <c>/v3/directline</c> until its reply is in the transcript (post, then poll by watermark as Web Chat does, without
/// its 1 s pause), against the baseline of the same activity posted straight to <c>/api/messages</c> with a loopback
/// fake connector receiving the reply. Same process, same run.</summary>
[Bench("directline-roundtrip", "Direct Line post→reply latency vs /api/messages→connector baseline ([count], default 200)")]
public sealed class DirectLineRoundTripBench : IBenchCommand
{
    public async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        await using var azurite = await AzuriteServer.StartAsync();
        await using var connector = await LoopbackServer.StartAsync();
        await using var bot = await StudyBotHost.StartAsync(azurite.Settings(("Logging:LogLevel:Default", "Error")));

        // Direct Line: one conversation, as a browser tab.
        using var browser = new HttpClient { BaseAddress = bot.BaseAddress };
        var token = await PostJsonAsync(browser, "v3/directline/tokens/generate", new { user = new { id = "dl_bench" } });
        browser.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("token").GetString());
        var conversation = token.GetProperty("conversationId").GetString()!;
        await PostJsonAsync(browser, "v3/directline/conversations", new { });
        var watermark = (await browser.GetFromJsonAsync<JsonElement>($"v3/directline/conversations/{conversation}/activities")).GetProperty("watermark").GetString();

        async Task<double> DirectLineTurn()
        {
            var started = Stopwatch.GetTimestamp();
            var id = (await PostJsonAsync(browser, $"v3/directline/conversations/{conversation}/activities", new { type = "message", text = "/help" })).GetProperty("id").GetString();
            while (true)
            {
                var set = await browser.GetFromJsonAsync<JsonElement>($"v3/directline/conversations/{conversation}/activities?watermark={watermark}");
                watermark = set.GetProperty("watermark").GetString();
                if (set.GetProperty("activities").EnumerateArray().Any(a => a.TryGetProperty("replyToId", out var r) && r.GetString() == id))
                {
                    return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                }
            }
        }

        async Task<double> DirectTurn()
        {
            var activity = TestActivities.Message("/help", connector.Url);
            var started = Stopwatch.GetTimestamp();
            using var response = await TestActivities.PostAsync(bot.Client, activity);
            response.EnsureSuccessStatusCode();
            await connector.WaitForAsync(r => r.Json.TryGetProperty("replyToId", out var reply) && reply.GetString() == activity.Id);
            return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        for (var i = 0; i < 20; i++)
        {
            await DirectTurn();
            await DirectLineTurn();
        }

        var baseline = await MeasureAsync(count, DirectTurn);
        var directLine = await MeasureAsync(count, DirectLineTurn);
        Console.WriteLine($"baseline   /api/messages -> fake connector: {baseline}");
        Console.WriteLine($"directline post -> reply in transcript:   {directLine}");
        Console.WriteLine(FormattableString.Invariant($"overhead p50: {directLine.P50 - baseline.P50:F2} ms"));
        return 0;
    }

    private static async Task<LatencySummary> MeasureAsync(int count, Func<Task<double>> turn)
    {
        var wall = Stopwatch.StartNew();
        var millis = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            millis.Add(await turn());
        }

        return LatencySummary.From(millis, wall.Elapsed);
    }

    private static async Task<JsonElement> PostJsonAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}

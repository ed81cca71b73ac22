using Stopwatch = System.Diagnostics.Stopwatch;
using StudyBot.Connector.Cards;
using StudyBot.Conversation;

namespace StudyBot.Benchmarks;

/// <summary>Cost of the Adaptive Card reply renderer against the markdown-only renderer it replaced (baseline),
/// both including the activity's JSON serialisation as sent to the connector.</summary>
[Bench("card-render", "Adaptive Card vs markdown-only reply rendering + JSON (µs/op, bytes/op) [iterations=20000]")]
public sealed class CardRenderBench : IBenchCommand
{
    public Task<int> RunAsync(string[] args)
    {
        var iterations = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 20_000;
        var reply = SampleReply();
        var markdown = new MarkdownReplyRenderer();
        var cards = new AdaptiveCardReplyRenderer();

        // Full-length warm-ups so tiered JIT has settled for both before anything is timed.
        Measure("warm-up", markdown, reply, iterations, print: false);
        Measure("warm-up", cards, reply, iterations, print: false);
        Measure("markdown only (baseline)", markdown, reply, iterations, print: true);
        Measure("adaptive card renderer", cards, reply, iterations, print: true);
        return Task.FromResult(0);
    }

    private static void Measure(string label, IBotReplyRenderer renderer, Reply reply, int iterations, bool print)
    {
        var bytes = 0L;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < iterations; i++)
        {
            var template = new Activity { ChannelId = Channels.MsTeams, ReplyToId = "1", Conversation = new ConversationAccount { Id = "19:c@thread.skype", ConversationType = "channel" }, Recipient = new ChannelAccount { Id = "29:u", Name = "Kim" } };
            bytes += JsonSerializer.SerializeToUtf8Bytes(renderer.Render(reply, template), BotJson.Options).Length;
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        if (print)
        {
            Console.WriteLine(FormattableString.Invariant(
                $"{label,-26} {elapsed.TotalMicroseconds / iterations,8:F2} µs/op  {allocated / iterations,8} B allocated/op  {bytes / iterations,6} B JSON/op  (n={iterations})"));
        }
    }

    /// <summary>A progress-sized reply: heading, fields, a 12-line checklist, context and two buttons.</summary>
    private static Reply SampleReply() => new ReplyBuilder()
        .Heading(Inline.Plain("Kim 님의 진행 상황"))
        .Fields([(Inline.Plain("devops-k8s-5weeks"), Inline.Plain("7/12 (58%)"))])
        .List(Enumerable.Range(1, 12).Select(i => Inline.Of(new Span(i <= 7 ? "✅ " : "⬜ "), Inline.Code($"item-{i}"), new Span($" — 체크리스트 항목 {i}"))))
        .Context(Inline.Plain("다음: item-8"))
        .Actions(new ReplyAction("완료: item-8", "/done item-8", Primary: true), new ReplyAction("체크리스트", "/checklist"))
        .Build();
}

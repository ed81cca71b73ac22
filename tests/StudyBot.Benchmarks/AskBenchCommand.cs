using System.Diagnostics;
using StudyBot.Guides;

namespace StudyBot.Benchmarks;

/// <summary><c>ask-bench</c>: index build time for all guides, in-process query latency and
/// <c>/api/ask</c> over loopback HTTP, for StudyBot's analysis and for the plain baseline, in the same run.</summary>
[Bench("ask-bench", "guide index build time, query latency in process and over HTTP (StudyBot vs baseline)")]
public sealed class AskBenchCommand : Bench<AskBenchCommand.Options>
{
    /// <param name="Slowest">Also list the slowest questions.</param>
    /// <param name="Stages">Also print where an in-process answer's time goes (reading, scoring, BM25 factor, ranking,
    /// decision, extraction), timed from outside the product code.</param>
    public sealed record Options(int Passes = 20, bool Slowest = false, bool Stages = false);

    protected override async Task<int> RunAsync(Options options)
    {
        var passes = options.Passes;
        var folder = Path.Combine(ContentPaths.FindContentRoot(), "guides");
        var catalog = GuideLoader.Load(folder);
        var glossary = Glossary.Load(folder);
        var questions = AskEvaluation.LoadDefault().Questions.Select(q => q.Question).ToArray();
        Console.WriteLine($"{catalog.Guides.Count} guides, {catalog.Sections.Count} sections; {questions.Length} questions x {passes} passes");

        Console.WriteLine();
        Console.WriteLine("index build (all guides, 10 builds after 2 warm-ups):");
        foreach (var profile in new[] { SearchProfile.StudyBot, SearchProfile.Baseline })
        {
            var times = new List<double>();
            for (var i = 0; i < 12; i++)
            {
                var started = Stopwatch.GetTimestamp();
                using var index = GuideIndex.Build(catalog, glossary, profile);
                if (i >= 2)
                {
                    times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }

            var sorted = times.Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {profile.Name,-9} median={sorted[sorted.Length / 2]:F1} ms  max={sorted[^1]:F1} ms"));
        }

        Console.WriteLine();
        Console.WriteLine("in-process answer (top 5, confidence and answer lines — what /api/ask and the chat compute):");
        foreach (var profile in new[] { SearchProfile.StudyBot, SearchProfile.Baseline })
        {
            using var index = GuideIndex.Build(catalog, glossary, profile);
            Console.WriteLine($"  {profile.Name,-9} {Measure(questions, passes, q => index.Answer(q, 5))}");
            if (options.Stages && profile.Extractive)
            {
                PrintStages(index, questions, passes);
            }

            if (options.Slowest)
            {
                foreach (var (q, ms) in questions.Select(q => (q, Measure([q], 5, x => index.Answer(x, 5)).P50)).OrderByDescending(x => x.P50).Take(5))
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {ms:F2} ms  {q}"));
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine("GET /api/ask over loopback HTTP (k=5):");
        await using var azurite = await AzuriteServer.StartAsync();
        await using var host = await StudyBotHost.StartAsync(azurite.Settings(
            ("Logging:LogLevel:StudyBot.Guides.UncoveredQuestions", "Warning"),
            ("RateLimits:Ask:TokenLimit", "1000000"))); // one client asking thousands of questions on purpose
        var search = host.Services.GetRequiredService<GuideSearch>();
        async Task<string> HttpAsync(string path) => (await MeasureAsync(questions, passes, async q =>
        {
            using var response = await host.Client.GetAsync(path + Uri.EscapeDataString(q));
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
        })).ToString();

        Console.WriteLine($"  {"studybot",-9} {await HttpAsync("api/ask?k=5&q=")}");
        search.Swap(GuideIndex.Build(catalog, glossary, SearchProfile.Baseline));
        Console.WriteLine($"  {"baseline",-9} {await HttpAsync("api/ask?k=5&q=")}");
        Console.WriteLine($"  {"healthz",-9} {await HttpAsync("healthz?q=")}   (HTTP floor: no search)");
        return 0;
    }

    /// <summary>Mean time per question of each stage of <see cref="GuideIndex.Answer"/>, each stage timed alone on
    /// the same questions (the BM25 factor as the ranking with it minus the ranking without it; extraction as the
    /// whole answer minus the rest).</summary>
    private static void PrintStages(GuideIndex index, string[] questions, int passes)
    {
        var plain = index.With(index.Profile.Tuning with { LexicalWeight = 0 });
        var reads = questions.Select(index.Reader.Read).ToArray();
        var scores = reads.Select(index.Engine.Score).ToArray();
        var hits = reads.Select(r => index.Search(r, 5, out _)).ToArray();
        (double Ms, double KiB) Mean(Action<int> run)
        {
            for (var i = 0; i < questions.Length * 3; i++)
            {
                run(i % questions.Length);
            }

            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var started = Stopwatch.GetTimestamp();
            for (var i = 0; i < questions.Length * passes; i++)
            {
                run(i % questions.Length);
            }

            var count = questions.Length * passes;
            return (Stopwatch.GetElapsedTime(started).TotalMilliseconds / count, (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / count);
        }

        var stages = new (string Name, (double Ms, double KiB) Cost)[]
        {
            ("answer", Mean(i => index.Answer(questions[i], 5))),
            ("read", Mean(i => index.Reader.Read(questions[i]))),
            ("score", Mean(i => index.Engine.Score(reads[i]))),
            ("rank", Mean(i => index.Engine.RankSections(scores[i]))),
            ("search", Mean(i => index.Search(reads[i], 5, out _))),
            ("search without BM25", Mean(i => plain.Search(reads[i], 5, out _))),
            ("signals/decide", Mean(i => index.Engine.Decide(reads[i], hits[i], index.Engine.Signals(reads[i], scores[i], hits[i])))),
        };
        var extract = (stages[0].Cost.Ms - stages[1].Cost.Ms - stages[4].Cost.Ms - stages[6].Cost.Ms, stages[0].Cost.KiB - stages[1].Cost.KiB - stages[4].Cost.KiB - stages[6].Cost.KiB);
        Console.WriteLine($"    {index.Units.Units.Count} answer units, {index.SectionCount} sections; mean per question, ms / KiB allocated:");
        foreach (var (name, (ms, kib)) in stages.Append(("extract and rest (answer - read - search - signals)", extract)))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"      {name,-52} {ms,7:F3} ms {kib,7:F0} KiB"));
        }
    }

    private static LatencySummary Measure(string[] questions, int passes, Action<string> run) =>
        MeasureAsync(questions, passes, q =>
        {
            run(q);
            return Task.CompletedTask;
        }).GetAwaiter().GetResult();

    private static async Task<LatencySummary> MeasureAsync(string[] questions, int passes, Func<string, Task> run)
    {
        // Warm-up long enough for tiered JIT to reach optimised code, then start from a clean heap.
        for (var i = 0; i < 3; i++)
        {
            foreach (var q in questions)
            {
                await run(q);
            }
        }

        GC.Collect();

        var millis = new List<double>(questions.Length * passes);
        var wall = Stopwatch.StartNew();
        for (var p = 0; p < passes; p++)
        {
            foreach (var q in questions)
            {
                var started = Stopwatch.GetTimestamp();
                await run(q);
                millis.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        return LatencySummary.From(millis, wall.Elapsed);
    }
}

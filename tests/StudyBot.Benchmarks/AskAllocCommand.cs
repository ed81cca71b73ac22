using System.Diagnostics;
using StudyBot.Guides;
using StudyBot.Testing;

namespace StudyBot.Benchmarks;

/// <summary><c>ask-alloc</c>: what one in-process answer allocates and how long it takes, over the tuning questions only
/// (learner tune, old, tune2, engineer), without the HTTP part of <c>ask-bench</c>. Allocation does not depend on the
/// machine's load, so two builds compare by it first; the times are the same measure as <c>ask-bench</c>'s in-process
/// line.</summary>
[Bench("ask-alloc", "bytes allocated and time per in-process answer (StudyBot profile) over the tuning questions, no HTTP")]
public sealed class AskAllocCommand : Bench<AskAllocCommand.Options>
{
    /// <param name="Passes">Timed passes over the questions.</param>
    /// <param name="Top">Also list this many questions that allocate most.</param>
    public sealed record Options(int Passes = 10, int Top = 0);

    /// <summary>Sections asked per answer: <c>/api/ask</c>'s default <c>k</c>, as <c>ask-bench</c> asks.</summary>
    private const int Depth = 5;

    protected override Task<int> RunAsync(Options options)
    {
        var folder = Path.Combine(ContentPaths.FindContentRoot(), "guides");
        var catalog = GuideLoader.Load(folder);
        var glossary = Glossary.Load(folder);
        var questions = new[] { AskEvaluation.LoadLearner(), AskEvaluation.LoadOld(), AskEvaluation.LoadTune2(), AskEvaluation.LoadEngineer() }
            .SelectMany(s => s.Part(EvalSet.Tune)).Select(q => q.Question).ToArray();
        using var index = GuideIndex.Build(catalog, glossary, SearchProfile.StudyBot);

        // Warm-up: the JIT, and the index's per-word lookups it keeps, out of the figures.
        for (var i = 0; i < 3; i++)
        {
            foreach (var q in questions)
            {
                index.Answer(q, Depth);
            }
        }

        // Bytes per question: the same every run (no pooling, no caching across questions), whatever the load.
        var bytes = new long[questions.Length];
        for (var i = 0; i < questions.Length; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            index.Answer(questions[i], Depth);
            bytes[i] = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        var sorted = bytes.Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{questions.Length} tuning questions; allocated per answer: mean={bytes.Average() / 1024:F1} KiB p50={sorted[sorted.Length / 2] / 1024.0:F1} KiB max={sorted[^1] / 1024.0:F1} KiB total={bytes.Sum() / 1024.0 / 1024:F1} MiB"));
        foreach (var i in Enumerable.Range(0, questions.Length).OrderByDescending(i => bytes[i]).Take(options.Top))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {bytes[i] / 1024.0,8:F1} KiB  {questions[i]}"));
        }

        GC.Collect();
        var collections = (Gen0: GC.CollectionCount(0), Gen1: GC.CollectionCount(1), Gen2: GC.CollectionCount(2));
        var millis = new List<double>(questions.Length * options.Passes);
        var wall = Stopwatch.StartNew();
        for (var p = 0; p < options.Passes; p++)
        {
            foreach (var q in questions)
            {
                var started = Stopwatch.GetTimestamp();
                index.Answer(q, Depth);
                millis.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        Console.WriteLine($"in process: {LatencySummary.From(millis, wall.Elapsed)}; GCs gen0/1/2 {GC.CollectionCount(0) - collections.Gen0}/{GC.CollectionCount(1) - collections.Gen1}/{GC.CollectionCount(2) - collections.Gen2}");
        return Task.FromResult(0);
    }
}

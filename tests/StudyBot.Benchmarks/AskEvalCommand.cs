using System.Globalization;
using StudyBot.Guides;
using StudyBot.Hosting;
using StudyBot.Testing;

namespace StudyBot.Benchmarks;

/// <summary><c>ask-eval [--misses] [--sections] [--thresholds]</c>: retrieval quality of StudyBot's guide search and
/// of a plain baseline (StandardAnalyzer, no glossary, no bigrams, no boosts) on the evaluation set, same run.</summary>
public sealed class AskEvalCommand : IBenchCommand
{
    public string Name => "ask-eval";

    public string Description => "guide Q&A evaluation: hit@1, hit@3, MRR per language group, StudyBot vs baseline";

    public Task<int> RunAsync(string[] args)
    {
        var folder = Path.Combine(ContentPaths.FindContentRoot(), "guides");
        var catalog = GuideLoader.Load(folder);
        var glossary = Glossary.Load(folder);
        if (args.Contains("--sections"))
        {
            foreach (var s in catalog.Sections)
            {
                Console.WriteLine($"{s.Key}    [{string.Join(" / ", s.Path)}]");
            }

            return Task.FromResult(0);
        }

        var questions = AskEvaluation.Load();
        var minCoverage = new GuidesOptions().MinCoverage;
        Console.WriteLine($"{questions.Count(q => !q.OffTopic)} questions + {questions.Count(q => q.OffTopic)} off-topic; confidence threshold: coverage >= {minCoverage.ToString(CultureInfo.InvariantCulture)}");
        var profiles = new[] { SearchProfile.StudyBot, SearchProfile.StudyBot with { Name = "studybot-own-text", FullTextBody = false }, SearchProfile.Baseline };
        foreach (var profile in profiles)
        {
            using var index = GuideIndex.Build(catalog, glossary, profile);
            Console.WriteLine();
            Console.WriteLine($"[{profile.Name}]");
            foreach (var score in AskEvaluation.Run(index, questions, hits => hits.Count > 0 && (profile.UseGlossary ? hits[0].Coverage >= minCoverage : true)))
            {
                Console.WriteLine("  " + score);
            }

            if (args.Contains("--misses") && profile == SearchProfile.StudyBot)
            {
                foreach (var (question, rank, hits) in AskEvaluation.Misses(index, questions))
                {
                    Console.WriteLine($"  miss rank={rank} [{question.Group}] {question.Question} → {string.Join(" | ", hits.Take(3).Select(h => $"{h.Section.Key} {h.Score:F1}/{h.Coverage:F2}"))}");
                }
            }

            if (args.Contains("--thresholds") && profile == SearchProfile.StudyBot)
            {
                var rows = questions.Select(q => (q.OffTopic, Coverage: index.Search(q.Question, 1).FirstOrDefault()?.Coverage ?? 0)).ToArray();
                foreach (var t in new[] { 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8 })
                {
                    var on = rows.Where(r => !r.OffTopic).Count(r => r.Coverage >= t) / (double)rows.Count(r => !r.OffTopic);
                    var off = rows.Where(r => r.OffTopic).Count(r => r.Coverage >= t);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  threshold {t:F2}: on-topic answered {on:F3}, off-topic answered {off}"));
                }

                foreach (var r in questions.Where(q => q.OffTopic))
                {
                    var hit = index.Search(r.Question, 1).FirstOrDefault();
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  off-topic {r.Question} → {hit?.Section.Key} {hit?.Coverage:F2}"));
                }
            }
        }

        return Task.FromResult(0);
    }
}

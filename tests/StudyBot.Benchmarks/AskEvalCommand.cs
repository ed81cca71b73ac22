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

        if (Array.IndexOf(args, "--explain") is var at and >= 0 && at + 1 < args.Length)
        {
            using var explained = GuideIndex.Build(catalog, glossary);
            foreach (var concept in QueryText.Concepts(args[at + 1], glossary))
            {
                Console.WriteLine($"concept '{concept.Text}' + [{string.Join(", ", concept.Expansions)}]");
            }

            foreach (var hit in explained.Search(args[at + 1], 5))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {hit.Section.Key} score={hit.Score:F2} coverage={hit.Coverage:F2}"));
            }

            return Task.FromResult(0);
        }

        var questions = AskEvaluation.Load();
        var minCoverage = new GuidesOptions().MinCoverage;
        Console.WriteLine($"{questions.Count(q => !q.OffTopic)} questions + {questions.Count(q => q.OffTopic)} off-topic; confidence threshold: coverage >= {minCoverage.ToString(CultureInfo.InvariantCulture)}");
        var studyBot = Tuned(SearchProfile.StudyBot, args);
        var profiles = new[] { studyBot, studyBot with { Name = "studybot-own-text", FullTextBody = false }, SearchProfile.Baseline };
        foreach (var profile in profiles)
        {
            using var index = GuideIndex.Build(catalog, glossary, profile);
            Console.WriteLine();
            Console.WriteLine($"[{profile.Name}]");
            foreach (var score in AskEvaluation.Run(index, questions, hits => hits.Count > 0 && (profile.UseGlossary ? hits[0].Coverage >= minCoverage : true)))
            {
                Console.WriteLine("  " + score);
            }

            if (args.Contains("--misses") && profile == studyBot)
            {
                foreach (var (question, rank, hits) in AskEvaluation.Misses(index, questions))
                {
                    Console.WriteLine($"  miss rank={rank} [{question.Group}] {question.Question} → {string.Join(" | ", hits.Take(3).Select(h => $"{h.Section.Key} {h.Score:F1}/{h.Coverage:F2}"))}");
                }
            }

            if (args.Contains("--thresholds") && profile == studyBot)
            {
                var rows = questions.Select(q => (q.OffTopic, Coverage: index.Search(q.Question, 1).FirstOrDefault()?.Coverage ?? 0)).ToArray();
                foreach (var t in new[] { 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8 })
                {
                    var on = rows.Where(r => !r.OffTopic).Count(r => r.Coverage >= t) / (double)rows.Count(r => !r.OffTopic);
                    var off = rows.Where(r => r.OffTopic).Count(r => r.Coverage >= t);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  threshold {t:F2}: on-topic answered {on:F3}, off-topic answered {off}"));
                }

                foreach (var r in questions.Where(q => !q.OffTopic && (index.Search(q.Question, 1).FirstOrDefault()?.Coverage ?? 0) < minCoverage))
                {
                    var hit = index.Search(r.Question, 1).FirstOrDefault();
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  unanswered {r.Question} → {hit?.Section.Key} {hit?.Coverage:F2}"));
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

    /// <summary>Profile weights overridden from the command line (<c>--heading-boost 3</c>…), for tuning runs.</summary>
    private static SearchProfile Tuned(SearchProfile profile, string[] args)
    {
        float? F(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? float.Parse(args[i + 1], CultureInfo.InvariantCulture) : null;
        return profile with
        {
            HeadingBoost = F("--heading-boost") ?? profile.HeadingBoost,
            PathBoost = F("--path-boost") ?? profile.PathBoost,
            ExpansionWeight = F("--expansion-weight") ?? profile.ExpansionWeight,
            CoverageWeight = F("--coverage-weight") ?? profile.CoverageWeight,
        };
    }
}

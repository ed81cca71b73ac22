using System.Globalization;
using StudyBot.Guides;
using YamlDotNet.RepresentationModel;

namespace StudyBot.Testing;

/// <summary>One evaluation question: its language group (<c>ko</c>, <c>en</c>, <c>mixed</c>) and the sections
/// (<c>guide#anchor</c>) that answer it; none for an off-topic question that must not be answered.</summary>
public sealed record EvalQuestion(string Question, string Group, IReadOnlyList<string> Expected)
{
    public bool OffTopic => Expected.Count == 0;
}

/// <summary>Retrieval figures over the on-topic questions of a group, and how the confidence threshold behaved.</summary>
public sealed record EvalScore(string Group, int Count, double HitAt1, double HitAt3, double Mrr, double Answered)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Group,-7} n={Count,3}  hit@1={HitAt1:F3}  hit@3={HitAt3:F3}  MRR={Mrr:F3}  answered={Answered:F3}");
}

/// <summary>The guide Q&amp;A evaluation (<c>tests/StudyBot.Tests/Guides/eval/questions.yaml</c>): hit@1, hit@3 and MRR
/// per language group, plus the off-topic questions' answered rate. Used by the regression test and <c>ask-eval</c>.</summary>
public static class AskEvaluation
{
    public const int Depth = 10;

    public static string DefaultFile => Path.Combine(Hosting.ContentPaths.FindContentRoot(), "tests", "StudyBot.Tests", "Guides", "eval", "questions.yaml");

    public static IReadOnlyList<EvalQuestion> Load(string? file = null)
    {
        var yaml = new YamlStream();
        using (var reader = File.OpenText(file ?? DefaultFile))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var questions = ((YamlSequenceNode)root.Children[new YamlScalarNode("questions")]).Children.Cast<YamlMappingNode>().Select(m =>
        {
            string S(string key) => ((YamlScalarNode)m.Children[new YamlScalarNode(key)]).Value!;
            var expect = m.Children[new YamlScalarNode("expect")] switch
            {
                YamlSequenceNode seq => seq.Children.Select(c => ((YamlScalarNode)c).Value!).ToArray(),
                YamlScalarNode one => [one.Value!],
                _ => [],
            };
            return new EvalQuestion(S("q"), S("group"), expect);
        });
        var offTopic = root.Children.TryGetValue(new YamlScalarNode("offtopic"), out var node)
            ? ((YamlSequenceNode)node).Children.Select(c => new EvalQuestion(((YamlScalarNode)c).Value!, "offtopic", []))
            : [];
        return questions.Concat(offTopic).ToArray();
    }

    /// <summary>1-based rank of the first expected section in the top <see cref="Depth"/>, or 0.</summary>
    public static int Rank(IReadOnlyList<GuideHit> hits, EvalQuestion question)
    {
        for (var i = 0; i < hits.Count; i++)
        {
            if (question.Expected.Contains(hits[i].Section.Key, StringComparer.Ordinal))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>Scores per group (<c>all</c>, <c>ko</c>, <c>en</c>, <c>mixed</c>) and <c>offtopic</c> (only its
    /// answered rate is meaningful: it must be 0).</summary>
    public static IReadOnlyList<EvalScore> Run(GuideIndex index, IReadOnlyList<EvalQuestion> questions, Func<IReadOnlyList<GuideHit>, bool> answered)
    {
        var results = questions.Select(q =>
        {
            var hits = index.Search(q.Question, Depth);
            return (Question: q, Rank: Rank(hits, q), Answered: answered(hits));
        }).ToArray();

        EvalScore Score(string group, IEnumerable<(EvalQuestion Question, int Rank, bool Answered)> rows)
        {
            var list = rows.ToArray();
            double Share(Func<(EvalQuestion Question, int Rank, bool Answered), bool> f) => list.Length == 0 ? 0 : list.Count(f) / (double)list.Length;
            return new EvalScore(group, list.Length, Share(r => r.Rank == 1), Share(r => r.Rank is >= 1 and <= 3),
                list.Length == 0 ? 0 : list.Average(r => r.Rank == 0 ? 0 : 1.0 / r.Rank), Share(r => r.Answered));
        }

        var onTopic = results.Where(r => !r.Question.OffTopic).ToArray();
        return
        [
            Score("all", onTopic),
            .. onTopic.Select(r => r.Question.Group).Distinct().Order(StringComparer.Ordinal).Select(g => Score(g, onTopic.Where(r => r.Question.Group == g))),
            Score("offtopic", results.Where(r => r.Question.OffTopic)),
        ];
    }

    /// <summary>Questions whose expected section is not in the top 3 (for tuning the glossary, not for hard-coding).</summary>
    public static IEnumerable<(EvalQuestion Question, int Rank, IReadOnlyList<GuideHit> Hits)> Misses(GuideIndex index, IReadOnlyList<EvalQuestion> questions) =>
        questions.Where(q => !q.OffTopic)
            .Select(q => (Question: q, Hits: index.Search(q.Question, Depth)))
            .Select(x => (x.Question, Rank: Rank(x.Hits, x.Question), x.Hits))
            .Where(x => x.Rank is 0 or > 3);
}

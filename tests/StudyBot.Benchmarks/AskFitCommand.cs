using System.Diagnostics;
using StudyBot.Guides;

namespace StudyBot.Benchmarks;

/// <summary><c>ask-fit</c>: the answer engine's ranking weights fitted, not nudged. The tuning material is pooled into
/// two folds (<see cref="AskEvaluation.TuningFolds"/>: A = learner tune split + old set, B = tune2 + engineer); each
/// configuration is judged in process (the guides answered with it, every question read, ranked and decided — no chat,
/// no storage) by MRR, hit@1 and hit@3 of the expected section. Coordinate ascent (one weight at a time over a small
/// grid, a few passes, Metzler &amp; Croft) maximises MRR + hit@1 on one fold and is judged on the other, both ways, and
/// on both folds pooled; a weight is changed only where both cross-fold fits and the pooled fit moved it the same way,
/// and only to a value that improves each fold without declining more of it — all of it only when it gains at least one
/// question's worth on each fold. The defaults are printed beside the fits in the same run.</summary>
[Bench("ask-fit", "fits the answer engine's ranking weights by coordinate ascent with 2-fold cross-validation on the tuning material (A = learner tune + old, B = tune2 + engineer), in process. [--passes 3] [--tuning Name=value,... (the start)] [--only Name,Name] [--sweep Name,Name (each over its grid)] [--misses (the tuning questions ranked wrong, explained)] [--groups (each group of tuning material on its own: learner tune, old, tune2, engineer, the spent sets) [--ranks] [--texts (each question's first section, tier and answer text)] [--lengths (answer lines and characters per group)]]")]
public sealed class AskFitCommand : IBenchCommand
{
    /// <summary>The ranking weights fitted and the values tried. The question-reading weights of words the guides never
    /// use (<see cref="AnswerTuning.UnknownWordWeight"/>, <see cref="AnswerTuning.ForeignNameWeight"/>,
    /// <see cref="AnswerTuning.PredicateWeight"/>) match no line, so they do not rank: they are decision weights, as are
    /// the tier thresholds.</summary>
    public static readonly IReadOnlyList<(string Name, double[] Grid)> Weights =
    [
        (nameof(AnswerTuning.SynonymCredit), [0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1]),
        (nameof(AnswerTuning.StemOnlyCredit), [0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 1]),
        (nameof(AnswerTuning.ParentCredit), [0.4, 0.5, 0.6, 0.7, 0.8, 0.9]),
        (nameof(AnswerTuning.HeadingCredit), [0.5, 0.6, 0.7, 0.8, 0.9, 1]),
        (nameof(AnswerTuning.PathCredit), [0.3, 0.4, 0.5, 0.55, 0.6, 0.7, 0.8]),
        (nameof(AnswerTuning.HeadingOnly), [0.7, 0.8, 0.9, 1, 1.1]),
        (nameof(AnswerTuning.SectionSpread), [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1]),
        (nameof(AnswerTuning.GeneralRankWeight), [1, 2, 3, 4, 5, 6, 8, 100]),
        (nameof(AnswerTuning.HintBonus), [0, 0.1, 0.2, 0.3, 0.5]),
        (nameof(AnswerTuning.FocusBonus), [0, 0.1, 0.2, 0.3, 0.5, 0.7, 1]),
        (nameof(AnswerTuning.GradedLine), [0.5, 0.6, 0.7, 0.8, 0.9, 1]),
        (nameof(AnswerTuning.SubjectBonus), [0, 0.1, 0.2, 0.3, 0.5]),
        (nameof(AnswerTuning.AskingFocus), [0, 0.3, 0.5, 0.7, 1]),
        (nameof(AnswerTuning.SpreadLength), [0, 0.25, 0.5, 0.75, 1]),
        (nameof(AnswerTuning.SpreadNear), [3, 6, 10, 14, 20]),
        (nameof(AnswerTuning.SpreadFar), [0, 0.25, 0.4, 0.5, 0.6, 0.75, 1]),
        (nameof(AnswerTuning.LexicalWeight), [0, 0.05, 0.1, 0.2, 0.3, 0.5]),
        (nameof(AnswerTuning.NamedPart), [0, 0.1, 0.25, 0.5, 0.75, 1]),
        (nameof(AnswerTuning.NamedGuide), [0, 0.25, 0.5, 0.75, 1, 1.5]),
    ];

    private readonly Dictionary<AnswerTuning, Figures[]> _judged = [];
    private GuideIndex _index = null!;
    private IReadOnlyList<TuningFold> _folds = [];

    public Task<int> RunAsync(string[] args)
    {
        var folder = Path.Combine(ContentPaths.FindContentRoot(), "guides");
        var catalog = GuideLoader.Load(folder);
        using var index = _index = GuideIndex.Build(catalog, Glossary.Load(folder), places: AskEvalCommand.Places(folder, catalog));
        _folds = AskEvaluation.TuningFolds();
        var passes = AskEvalCommand.Option(args, "--passes") is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : 3;
        var only = AskEvalCommand.Option(args, "--only")?.Split(',');
        var weights = Weights.Where(w => only is null || only.Contains(w.Name)).ToArray();
        var start = AskEvalCommand.Tuned(SearchProfile.StudyBot, args).Tuning;

        foreach (var fold in _folds)
        {
            Console.WriteLine($"fold {fold.Name}: {string.Join(" + ", fold.Sets.Select(s => s.Name))} — {fold.Questions.Count(q => !q.OffTopic)} on-topic, {fold.Questions.Count(q => q.OffTopic)} off-topic (tune part only)");
        }

        if (args.Contains("--groups"))
        {
            // Each group of tuning material on its own (the fold rule: a change must hold on each), in process; with
            // --ranks every on-topic question's rank and every off-topic question's tier, to see which questions a change moves.
            var tuned = _index.With(start);
            foreach (var (name, questions) in Groups())
            {
                var outcomes = questions.Select(q => (q, tuned.Answer(q.Question, AskEvaluation.Depth))).ToArray();
                Console.WriteLine($"{name,-12} {Figures.Of(outcomes)}");
                if (args.Contains("--lengths"))
                {
                    // How long the answers read (answered questions, /api/ask's answer text): lines and characters,
                    // median, 90th percentile and mean, so a change to the lines shown reports what it costs.
                    var texts = outcomes.Where(o => o.Item2.Answered).Select(o => o.Item2.Text).ToArray();
                    var lines = texts.Select(t => (double)t.Split('\n').Length).Order().ToArray();
                    var chars = texts.Select(t => (double)t.Length).Order().ToArray();
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  length n={texts.Length} lines median {AskEvalReport.At(lines, 0.5)} p90 {AskEvalReport.At(lines, 0.9)} mean {lines.DefaultIfEmpty(0).Average():F2}; chars median {AskEvalReport.At(chars, 0.5)} p90 {AskEvalReport.At(chars, 0.9)} mean {chars.DefaultIfEmpty(0).Average():F0}"));
                }

                if (args.Contains("--texts"))
                {
                    // Every question's first section, tier and /api/ask answer text on one line, so two runs diffed show
                    // which questions a change moves and, among those whose first section stays, whose answer lines change.
                    foreach (var (q, a) in outcomes)
                    {
                        Console.WriteLine($"  text {q.Id} | top {a.Hits.FirstOrDefault()?.Section.Key} | {a.Confidence.ToString().ToLowerInvariant()} | {a.Text.ReplaceLineEndings(" ⏎ ")}");
                    }
                }

                if (args.Contains("--ranks"))
                {
                    foreach (var (q, a) in outcomes.Where(o => !o.q.OffTopic))
                    {
                        Console.WriteLine($"  rank {AskEvaluation.Rank(a.Hits, q)} {(a.Answered ? "answered" : "declined")} {(q.Answer.Count == 0 ? "-" : a.Answered && q.AnswerShownIn(a.Text) ? "shown" : "missed")} {q.Id} {q.Question} | top {a.Hits.FirstOrDefault()?.Section.Key} | expect {q.Expected[0]}");
                    }

                    // Off-topic questions with their tier, so a change to the confidence decision shows which it moves.
                    foreach (var (q, a) in outcomes.Where(o => o.q.OffTopic))
                    {
                        Console.WriteLine($"  off {a.Confidence.ToString().ToLowerInvariant()} {q.Id} {q.Question} | top {a.Hits.FirstOrDefault()?.Section.Key}");
                    }
                }
            }

            return Task.FromResult(0);
        }

        if (args.Contains("--misses"))
        {
            // The tuning questions whose expected section is not first, with the engine's reading of them.
            var tuned = _index.With(start);
            // With --below3 every group's questions whose expected section is not in the top 3, the expected one shown.
            var pool = args.Contains("--below3") ? Groups().SelectMany(g => g.Questions) : _folds.SelectMany(f => f.Questions);
            foreach (var q in pool.Where(q => !q.OffTopic))
            {
                var hits = tuned.Answer(q.Question, AskEvaluation.Depth).Hits;
                if (AskEvaluation.Rank(hits, q) is var rank and not 1 && (!args.Contains("--below3") || rank is 0 or > 3))
                {
                    Console.WriteLine($"- [{q.Id} {q.Lang}] rank {rank}: expect {string.Join(", ", q.Expected.Take(2))}");
                    AskEvalCommand.Explain(tuned, q.Question, q.Expected[0]);
                }
            }

            return Task.FromResult(0);
        }

        if (AskEvalCommand.Option(args, "--sweep") is { } sweep)
        {
            // Each weight named alone over its grid, the others as they start: how flat the folds are.
            Console.WriteLine("                        |  fold A: MRR  hit@1  hit@3  in-answer  declined  off-declined |  fold B: MRR  hit@1  hit@3  in-answer  declined  off-declined");
            foreach (var (name, grid) in Weights.Where(w => sweep.Split(',').Contains(w.Name)))
            {
                foreach (var value in grid)
                {
                    Row(string.Create(CultureInfo.InvariantCulture, $"{name}={value}"), Judge(With(start, name, value)));
                }
            }

            return Task.FromResult(0);
        }

        var clock = Stopwatch.StartNew();
        var defaults = Judge(start);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"index build {_index.BuildTime.TotalMilliseconds:F0} ms; first configuration judged in {clock.Elapsed.TotalMilliseconds:F0} ms"));
        Console.WriteLine($"objective: MRR + hit@1 of the fold fitted on; coordinate ascent over {weights.Length} weights, {passes} passes at most");
        Console.WriteLine();

        var fitA = Ascend(start, weights, passes, 0);
        var fitB = Ascend(start, weights, passes, 1);
        var pooled = Ascend(start, weights, passes, 2);

        // Kept: only the weights the fit on A, the fit on B and the pooled fit all moved the same way, each only that way
        // and no further than the furthest fit, and a change only when it improves the objective of each fold and
        // declines no fewer off-topic and no more on-topic questions of either fold than the defaults (the tier
        // thresholds are not fitted: a credit that lifts coverage over them is not a ranking gain) — the change that
        // improves the folds' sum most, weight by weight, until a pass changes nothing.
        var heldA = Judge(fitA)[1].Objective > defaults[1].Objective;
        var heldB = Judge(fitB)[0].Objective > defaults[0].Objective;
        var kept = start;
        for (var pass = 0; pass < passes; pass++)
        {
            var changed = false;
            foreach (var (name, grid) in weights)
            {
                var (d, a, b, c) = (Value(start, name), Value(fitA, name), Value(fitB, name), Value(pooled, name));
                var way = Math.Sign(c - d);
                if (way == 0 || Math.Sign(a - d) != way || Math.Sign(b - d) != way)
                {
                    continue;
                }

                var furthest = way > 0 ? Math.Max(a, Math.Max(b, c)) : Math.Min(a, Math.Min(b, c));
                var now = Judge(kept);
                var best = (Tuning: kept, Gain: 0.0);
                foreach (var value in grid.Where(v => way * (v - d) > 0 && way * (v - furthest) <= 0))
                {
                    var then = Judge(With(kept, name, value));
                    var gain = then[0].Objective - now[0].Objective + then[1].Objective - now[1].Objective;
                    if (then[0].Objective > now[0].Objective + 1e-9 && then[1].Objective > now[1].Objective + 1e-9 && gain > best.Gain
                        && Enumerable.Range(0, 2).All(f => then[f].OffDeclined >= defaults[f].OffDeclined && then[f].Declined <= defaults[f].Declined + 1e-9))
                    {
                        best = (With(kept, name, value), gain);
                    }
                }

                if (best.Gain > 0)
                {
                    (kept, changed) = (best.Tuning, true);
                }
            }

            if (!changed)
            {
                break;
            }
        }

        // All of it only when it gains at least one question's worth on each fold (1/n of the objective: a question's
        // hit@1, or a rank gained by a few questions); less is noise, and the defaults stay.
        if (!Enumerable.Range(0, 2).All(f => Judge(kept)[f].Objective >= defaults[f].Objective + (1.0 / defaults[f].Count)))
        {
            kept = start;
        }

        Console.WriteLine("                        |  fold A: MRR  hit@1  hit@3  in-answer  declined  off-declined |  fold B: MRR  hit@1  hit@3  in-answer  declined  off-declined");
        Row("defaults", defaults);
        Row("fitted on A (B judged)", Judge(fitA));
        Row("fitted on B (A judged)", Judge(fitB));
        Row("fitted on A+B", Judge(pooled));
        Row("kept (folds agree)", Judge(kept));
        Console.WriteLine();
        Console.WriteLine($"fit on A held on B: {(heldA ? "yes" : "no")}; fit on B held on A: {(heldB ? "yes" : "no")}");
        Console.WriteLine($"{"weight",-20} {"default",8} {"fit A",8} {"fit B",8} {"fit A+B",8} {"kept",8}");
        foreach (var (name, _) in weights)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-20} {Value(start, name),8:0.###} {Value(fitA, name),8:0.###} {Value(fitB, name),8:0.###} {Value(pooled, name),8:0.###} {Value(kept, name),8:0.###}"));
        }

        var changes = weights.Where(w => Value(kept, w.Name) != Value(start, w.Name)).Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Name}={Value(kept, w.Name)}"));
        Console.WriteLine($"kept as --tuning: {string.Join(",", changes)}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{_judged.Count} configurations judged in {clock.Elapsed.TotalSeconds:F1} s ({clock.Elapsed.TotalMilliseconds / _judged.Count:F0} ms each: every question of both folds read, ranked and decided)"));
        return Task.FromResult(0);
    }

    /// <summary>Coordinate ascent from <paramref name="start"/> on the objective of fold <paramref name="fold"/>
    /// (0 = A, 1 = B, 2 = both): each weight in turn set to the grid value that improves the objective most (a tie keeps
    /// the current value), until a pass changes nothing.</summary>
    private AnswerTuning Ascend(AnswerTuning start, IReadOnlyList<(string Name, double[] Grid)> weights, int passes, int fold)
    {
        var current = start;
        var best = Judge(current)[fold].Objective;
        for (var pass = 0; pass < passes; pass++)
        {
            var changed = false;
            foreach (var (name, grid) in weights)
            {
                foreach (var value in grid)
                {
                    var candidate = With(current, name, value);
                    var objective = Judge(candidate)[fold].Objective;
                    if (objective > best + 1e-9)
                    {
                        (current, best, changed) = (candidate, objective, true);
                    }
                }
            }

            if (!changed)
            {
                break;
            }
        }

        return current;
    }

    /// <summary>The groups of tuning material a change must hold on each of: the learner tune split, the old set, tune2,
    /// engineer, and the spent fresh sets (each whole, as tuning material).</summary>
    private static readonly string[] SpentSets = ["eval6", "eval7", "eval8", "eval10", "eval11", "eval12", "eval13", "eval14", "eval15", "eval16", "eval17", "eval18", "eval19", "eval20", "tune22", "tune23", "eval21", "tune24", "eval22", "tune25", "eval23", "tune26", "eval24", "tune27", "eval25", "tune28", "eval26", "tune29", "eval27", "tune30", "eval28", "tune31", "eval29", "tune32", "eval30", "tune33", "eval31", "tune34", "eval32", "tune35", "eval33", "tune36", "eval34", "tune37", "eval35", "tune38", "eval36", "tune39", "eval37", "tune40", "eval38"];

    private static IEnumerable<(string Name, IReadOnlyList<EvalQuestion> Questions)> Groups()
    {
        yield return ("learner", AskEvaluation.LoadLearner().Part(EvalSet.Tune));
        yield return ("old", AskEvaluation.LoadOld().Part(EvalSet.Tune));
        yield return ("tune2", AskEvaluation.LoadTune2().Part(EvalSet.Tune));
        yield return ("engineer", AskEvaluation.LoadEngineer().Part(EvalSet.Tune));
        // Named one by one: a set is spent only once it has judged its stop (its README says when).
        foreach (var spent in SpentSets)
        {
            yield return (spent + "-spent", AskEvaluation.LoadSpent(Path.Combine(AskEvaluation.EvalFolder, spent, spent + ".yaml")).Part(EvalSet.Tune));
        }
    }

    /// <summary>Figures of fold A, fold B and both, for the guides answered with <paramref name="tuning"/> (remembered).</summary>
    private Figures[] Judge(AnswerTuning tuning)
    {
        if (_judged.TryGetValue(tuning, out var known))
        {
            return known;
        }

        var index = _index.With(tuning);
        var outcomes = _folds.Select(f => f.Questions.Select(q => (q, index.Answer(q.Question, AskEvaluation.Depth))).ToArray()).ToArray();
        var figures = new[] { Figures.Of(outcomes[0]), Figures.Of(outcomes[1]), Figures.Of([.. outcomes[0], .. outcomes[1]]) };
        _judged[tuning] = figures;
        return figures;
    }

    private static void Row(string name, Figures[] figures) =>
        Console.WriteLine($"{name,-23} | {figures[0]} | {figures[1]}");

    private static double Value(AnswerTuning tuning, string name) =>
        Convert.ToDouble(typeof(AnswerTuning).GetProperty(name)!.GetValue(tuning), CultureInfo.InvariantCulture);

    private static AnswerTuning With(AnswerTuning tuning, string name, double value) =>
        AskEvalCommand.With(tuning, name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Ranking and decision figures of one fold: MRR, hit@1, hit@3 of the expected section over the on-topic
    /// questions, the share whose answer words are in the answer text (of those that name answer words: the old set
    /// does not), the share declined, and off-topic declined.</summary>
    private sealed record Figures(int Count, double Mrr, double Hit1, double Hit3, double InAnswer, double Declined, int OffTopic, int OffDeclined)
    {
        public double Objective => Mrr + Hit1;

        public static Figures Of(IReadOnlyList<(EvalQuestion Question, GuideAnswer Answer)> outcomes)
        {
            var on = outcomes.Where(o => !o.Question.OffTopic).ToArray();
            var ranks = on.Select(o => AskEvaluation.Rank(o.Answer.Hits, o.Question)).ToArray();
            var off = outcomes.Where(o => o.Question.OffTopic).ToArray();
            return new Figures(
                on.Length,
                ranks.Average(r => r == 0 ? 0 : 1.0 / r),
                ranks.Average(r => r == 1 ? 1.0 : 0),
                ranks.Average(r => r is >= 1 and <= 3 ? 1.0 : 0),
                on.Where(o => o.Question.Answer.Count > 0).Select(o => o.Answer.Answered && o.Question.AnswerShownIn(o.Answer.Text) ? 1.0 : 0).DefaultIfEmpty(0).Average(),
                on.Average(o => o.Answer.Answered ? 0 : 1.0),
                off.Length,
                off.Count(o => !o.Answer.Answered));
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"n={Count} {Mrr:F3}  {Hit1:F3}  {Hit3:F3}  {InAnswer:F3}      {Declined:F3}     {OffDeclined,3}/{OffTopic,-3}");
    }
}

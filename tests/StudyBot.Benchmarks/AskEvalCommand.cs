using System.Diagnostics;
using StudyBot.Guides;

namespace StudyBot.Benchmarks;

/// <summary><c>ask-eval</c>: what learners get from the guide Q&amp;A, measured on the learner question set through the
/// real chat path (each question a DM to <c>/api/messages</c>, the reply read as the learner sees it) and through
/// <c>/api/ask</c>, for StudyBot and the plain-Lucene baseline in the same run, holdout first.</summary>
[Bench("ask-eval", "guide Q&A on the learner set (holdout first, then tune) through chat and /api/ask, StudyBot vs plain-Lucene baseline. [--set old|learner|engineer|tune2|<file.yaml> (a fresh set: all held out; with --spent a set that has judged its stop: all tune)] [--glossary <file.yaml>] [--split tune|holdout] [--misses] [--api-misses] [--explain \"q\"] [--replies \"q ;; q\"] [--sections] [--no-baseline]")]
public sealed class AskEvalCommand : IBenchCommand
{
    public async Task<int> RunAsync(string[] args)
    {
        var folder = Path.Combine(ContentPaths.FindContentRoot(), "guides");
        if (args.Contains("--sections"))
        {
            foreach (var s in GuideLoader.Load(folder).Sections)
            {
                Console.WriteLine($"{s.Key}    [{string.Join(" / ", s.Path)}]");
            }

            return 0;
        }

        if (args.Contains("--definitions"))
        {
            using var index = GuideIndex.Build(GuideLoader.Load(folder), Glossary.Load(folder));
            foreach (var d in index.Definitions)
            {
                Console.WriteLine($"{d.Name} = {string.Join(' ', d.Description)}    [{d.Label}]");
            }

            return 0;
        }

        if (Option(args, "--explain") is { } explain)
        {
            var catalog = GuideLoader.Load(folder);
            using var index = GuideIndex.Build(catalog, Option(args, "--glossary") is { } file ? LoadGlossary(file) : Glossary.Load(folder), Tuned(SearchProfile.StudyBot, args), Places(folder, catalog));
            foreach (var q in explain.Split(" ;; "))
            {
                Explain(index, q);
            }

            return 0;
        }

        if (args.Contains("--features"))
        {
            // Confidence signals of the tune split only, one row per question, for choosing the tier rules.
            var tuneSet = Option(args, "--set") switch
            {
                "old" => AskEvaluation.LoadOld(),
                "engineer" => AskEvaluation.LoadEngineer(),
                "tune2" => AskEvaluation.LoadTune2(),
                { } file when File.Exists(file) && args.Contains("--spent") => AskEvaluation.LoadSpent(file),
                _ => AskEvaluation.LoadDefault(),
            };
            var catalog = GuideLoader.Load(folder);
            using var index = GuideIndex.Build(catalog, Glossary.Load(folder), Tuned(SearchProfile.StudyBot, args), Places(folder, catalog));
            Console.WriteLine("id\toff\tnear\tlang\trank\tcov\tmatched\ttotal\tconcepts\tmatchedConcepts\tunknown\tforeign\tunknownLatin\trarest\tmargin\torigins\ttopic\tevidenceCov\tsectionCov\tnamed\tgeneral\tideas\tq\tuntouched\tconfidence\tpart");
            foreach (var q in tuneSet.Part(EvalSet.Tune))
            {
                var a = index.Answer(q.Question, AskEvaluation.Depth);
                var x = a.Signals!;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{q.Id}\t{(q.OffTopic ? 1 : 0)}\t{(q.Near ? 1 : 0)}\t{q.Lang}\t{AskEvaluation.Rank(a.Hits, q)}\t{x.Coverage:F3}\t{x.Matched:F2}\t{x.Total:F2}\t{x.Concepts}\t{x.MatchedConcepts}\t{x.UnknownWords}\t{x.ForeignNames}\t{x.UnknownLatin}\t{x.RarestMatched:F2}\t{x.Margin:F3}\t{string.Concat(a.Question!.Concepts.Select(c => c.Origin.ToString()[0]))}\t{(x.TopicUnknown ? 1 : 0)}\t{x.EvidenceCoverage:F3}\t{x.SectionCoverage:F3}\t{(x.NamesUnknownThing ? 1 : 0)}\t{string.Concat(a.Question!.Concepts.Select(c => GeneralWords.IsGeneral(c.Text) ? 'g' : '.'))}\t{Ideas(index, a)}\t{q.Question}\t{(x.TopicUntouched ? 1 : 0)}\t{a.Confidence}\t{(x.AsksUnknownPart ? 1 : 0)}"));
            }

            return 0;
        }

        var set = Option(args, "--set") switch
        {
            "old" => AskEvaluation.LoadOld(),
            "learner" => AskEvaluation.LoadLearner(),
            "engineer" => AskEvaluation.LoadEngineer(),
            "tune2" => AskEvaluation.LoadTune2(),
            null => AskEvaluation.LoadDefault(),
            { } file when File.Exists(file) => args.Contains("--spent") ? AskEvaluation.LoadSpent(file) : AskEvaluation.LoadFresh(file),
            { } other => throw new ArgumentException($"--set {other}: neither old, learner, engineer, tune2 nor a question file"),
        };
        var only = Option(args, "--split");
        var questions = set.Questions.Where(q => only is null || set.SplitOf(q) == only).ToArray();
        Console.WriteLine($"{set.Name}: {questions.Count(q => !q.OffTopic)} on-topic + {questions.Count(q => q.OffTopic)} off-topic questions " +
                          $"(holdout {questions.Count(q => set.SplitOf(q) == EvalSet.Holdout)}, tune {questions.Count(q => set.SplitOf(q) == EvalSet.Tune)})");

        await using var azurite = await AzuriteServer.StartAsync();
        await using var chat = await AskEvalChat.StartAsync(azurite.Settings());

        // --glossary <file>: another curated glossary (e.g. an older one, to see what the mechanisms do without the
        // vocabulary added while tuning).
        var glossary = Option(args, "--glossary") is { } glossaryFile ? LoadGlossary(glossaryFile) : null;
        if (Option(args, "--tuning") is not null || glossary is not null)
        {
            chat.Use(Tuned(SearchProfile.StudyBot, args), glossary);
        }

        if (Option(args, "--replies") is { } replies)
        {
            // The chat replies to a few questions, asked one after the other in one conversation (follow-ups included).
            foreach (var q in replies.Split(" ;; "))
            {
                Console.WriteLine($"» {q}");
                Console.WriteLine(await chat.ChatAsync(q, conversationId: "replies"));
                Console.WriteLine();
            }

            return 0;
        }

        var profiles = new List<(string Name, IReadOnlyList<AskOutcome> Outcomes)>
        {
            ("studybot", await chat.AskAllAsync(set, questions)),
        };
        var speed = new List<string> { $"  {"studybot",-9} {await SpeedAsync(chat, glossary, Tuned(SearchProfile.StudyBot, args), questions)}" };
        if (!args.Contains("--no-baseline"))
        {
            chat.Use(SearchProfile.Baseline);
            profiles.Add(("baseline", await chat.AskAllAsync(set, questions)));
            speed.Add($"  {"baseline",-9} {await SpeedAsync(chat, glossary, SearchProfile.Baseline, questions)}");
        }

        AskEvalReport.Print(Console.Out, set, profiles);
        Console.WriteLine();
        Console.WriteLine("speed in this run (index build: median of 5 builds of all guides; GET /api/ask k=10 in process, 3 passes over these questions after a warm-up):");
        foreach (var line in speed)
        {
            Console.WriteLine(line);
        }

        if (args.Contains("--misses"))
        {
            // Misses are for tuning: only the tune split is ever printed, never the holdout.
            Console.WriteLine();
            Console.WriteLine("misses (tune split only):");
            foreach (var o in profiles[0].Outcomes.Where(o => o.Split == EvalSet.Tune && (o.Question.OffTopic ? !o.Declined : !o.InReply)))
            {
                Console.WriteLine($"- [{o.Question.Id} {o.Question.Lang}] {o.Question.Question}");
                Console.WriteLine($"    {(o.Question.OffTopic ? "off-topic answered" : o.Row)}; confidence {o.Confidence}; rank {o.Rank}; expect {string.Join(", ", o.Question.Expected.Take(2))}; answer [{string.Join(", ", o.Question.Answer)}]");
                Console.WriteLine($"    top: {string.Join(" | ", o.Top.Take(3))}");
                Console.WriteLine($"    reply: {o.Reply.ReplaceLineEndings(" ⏎ ")[..Math.Min(400, o.Reply.ReplaceLineEndings(" ⏎ ").Length)]}");
            }
        }

        if (args.Contains("--api-misses"))
        {
            // Where /api/ask's answer lacks what the chat reply shows (tune split only, as --misses).
            Console.WriteLine();
            Console.WriteLine("answer in the reply but not in /api/ask's answer (tune split only):");
            var gaps = profiles[0].Outcomes.Where(o => o.Split == EvalSet.Tune && o.ApiGap is not null).ToArray();
            foreach (var kind in new[] { AskOutcome.GapCutFromBest, AskOutcome.GapOtherSection })
            {
                Console.WriteLine($"  {kind,-40} {gaps.Count(o => o.ApiGap == kind),4}");
            }

            foreach (var o in gaps)
            {
                Console.WriteLine($"- [{o.Question.Id} {o.Question.Lang}] {o.Question.Question}");
                Console.WriteLine($"    {o.ApiGap}; confidence {o.Confidence}; rank {o.Rank}; expect {string.Join(", ", o.Question.Expected.Take(2))}; answer [{string.Join(", ", o.Question.Answer)}]");
                Console.WriteLine($"    api: {o.ApiAnswer.ReplaceLineEndings(" ⏎ ")}");
                Console.WriteLine($"    reply: {o.Reply.ReplaceLineEndings(" ⏎ ")}");
            }
        }

        return 0;
    }

    /// <summary>Each idea of the question as text|origin|weight|general|how well the best line has it (in context).</summary>
    private static string Ideas(GuideIndex index, GuideAnswer answer)
    {
        var scores = index.Engine.Score(answer.Question!);
        var best = answer.Hits.Count > 0 ? answer.Hits[0].Unit : -1;
        return string.Join(" ;; ", answer.Question!.Concepts.Select((c, k) => string.Create(CultureInfo.InvariantCulture,
            $"{c.Text}|{c.Origin}|{c.Weight:F2}|{(GeneralWords.IsGeneral(c.Text) ? 1 : 0)}|{(best < 0 ? 0 : scores.Context[k][best]):F2}")));
    }

    /// <summary>Index build time and <c>/api/ask</c> latency of the index in use (the same guides, the given profile).</summary>
    private static async Task<string> SpeedAsync(AskEvalChat chat, Glossary? glossary, SearchProfile profile, IReadOnlyList<EvalQuestion> questions)
    {
        var current = chat.Host.Services.GetRequiredService<GuideSearch>().Index;
        var builds = new List<double>();
        for (var i = 0; i < 6; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var index = GuideIndex.Build(current.Catalog, glossary ?? current.CuratedGlossary, profile, current.Places);
            if (i > 0)
            {
                builds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        async Task AskAsync(EvalQuestion q)
        {
            using var response = await chat.Host.Client.GetAsync($"api/ask?k={AskEvaluation.Depth}&q={Uri.EscapeDataString(q.Question)}");
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
        }

        foreach (var q in questions)
        {
            await AskAsync(q);
        }

        var millis = new List<double>();
        var wall = Stopwatch.StartNew();
        for (var pass = 0; pass < 3; pass++)
        {
            foreach (var q in questions)
            {
                var started = Stopwatch.GetTimestamp();
                await AskAsync(q);
                millis.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $"index build {builds.Order().ElementAt(builds.Count / 2):F0} ms; /api/ask {LatencySummary.From(millis, wall.Elapsed)}");
    }

    /// <summary>A curated glossary file (any name) loaded as <c>glossary.yaml</c> would be.</summary>
    private static Glossary LoadGlossary(string file)
    {
        var folder = Directory.CreateTempSubdirectory("studybot-glossary-");
        try
        {
            File.Copy(file, Path.Combine(folder.FullName, Glossary.FileName));
            return Glossary.Load(folder.FullName);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>How the engine read a question, ranked sections with their best line, and the answer lines.</summary>
    public static void Explain(GuideIndex index, string question, string? expected = null)
    {
        var read = index.Reader.Read(question);
        Console.WriteLine($"Q: {question}   hint={read.Hint} total={read.TotalWeight:F2}");
        foreach (var c in read.Concepts)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  '{c.Text}' {c.Origin} w={c.Weight:F2} [{string.Join(", ", c.Alternatives.Skip(1).Take(8))}]{(c.Glossary.Count > 0 ? " {" + string.Join("; ", c.Glossary) + "}" : "")}"));
        }

        var hits = index.Search(read, 5, out var scores);
        if (scores.Named.Any(n => n))
        {
            Console.WriteLine($"  named parts: {string.Join(" | ", scores.Named.Select((n, s) => (n, s)).Where(x => x.n).Select(x => index.Units.Sections[x.s].Key))}");
        }

        foreach (var hit in hits)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {hit.Section.Key} score={hit.Score:F2} line={scores.Ranked[hit.Unit]:F2} cov={hit.Coverage:F2} {index.Units.Units[hit.Unit].Kind} | {index.Units.Units[hit.Unit].Text.ReplaceLineEndings(" ")[..Math.Min(90, index.Units.Units[hit.Unit].Text.ReplaceLineEndings(" ").Length)]}"));
            Console.WriteLine("      ctx " + string.Join(" ", scores.Concepts.Select((c, k) => string.Create(CultureInfo.InvariantCulture, $"{c.Text}={scores.Context[k][hit.Unit]:F2}*{scores.Weights[k]:F1}"))));
        }

        // The expected section (ask-fit --misses): where it ranks among the first 30 and its best lines, for why it lost.
        if (expected is not null)
        {
            var deep = index.Search(read, 30, out var deepScores);
            var at = deep.Select((h, i) => (h, i)).FirstOrDefault(x => x.h.Section.Key == expected);
            Console.WriteLine(at.h is { } e
                ? string.Create(CultureInfo.InvariantCulture, $"  expected {expected} at {at.i + 1} score={e.Score:F2} line={deepScores.Ranked[e.Unit]:F2} cov={e.Coverage:F2} | {index.Units.Units[e.Unit].Text.ReplaceLineEndings(" ")[..Math.Min(90, index.Units.Units[e.Unit].Text.ReplaceLineEndings(" ").Length)]}")
                : $"  expected {expected} not in the first 30");
            if (at.h is { } eh)
            {
                Console.WriteLine("      ctx " + string.Join(" ", deepScores.Concepts.Select((c, k) => string.Create(CultureInfo.InvariantCulture, $"{c.Text}={deepScores.Context[k][eh.Unit]:F2}*{deepScores.Weights[k]:F1}"))));
            }

            var own = index.Units.Sections.ToList().FindIndex(s => s.Key == expected);
            foreach (var u in index.Units.Units.Where(u => own >= 0 && index.Units.IsWithin(u.Section, own) && deepScores.Ranked[u.Id] > 0).OrderByDescending(u => deepScores.Ranked[u.Id]).Take(4))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    eline {u.Id} {deepScores.Ranked[u.Id]:F2} {u.Kind} | {u.Text.ReplaceLineEndings(" ")[..Math.Min(80, u.Text.ReplaceLineEndings(" ").Length)]}"));
            }
        }

        // The first section's best lines, for why the answer shows the lines it does.
        if (hits.Count > 0)
        {
            var section = index.Units.Sections.ToList().FindIndex(s => s.Key == hits[0].Section.Key);
            foreach (var u in index.Units.Units.Where(u => index.Units.IsWithin(u.Section, section) && scores.Ranked[u.Id] > 0).OrderByDescending(u => scores.Ranked[u.Id]).Take(8))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    line {u.Id} {scores.Ranked[u.Id]:F2} {u.Kind} | {u.Text.ReplaceLineEndings(" ")[..Math.Min(80, u.Text.ReplaceLineEndings(" ").Length)]}"));
            }
        }

        var answer = index.Answer(question, 5);
        Console.WriteLine($"  => {answer.Confidence}{(answer.Signals?.AsksUnknownPart == true ? " (asks an unknown part)" : "")}");
        if (answer.Signals is { } s)
        {
            // The signals the tier was decided from (AnswerEngine.Decide), so a decline can be traced to its rule.
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"     signals: cov={s.Coverage:F2} evidence={s.EvidenceCoverage:F2} section={s.SectionCoverage:F2}/{s.SectionEvidence:F2} topicUnknown={s.TopicUnknown}/{s.TopicCoverage:F2} namesUnknown={s.NamesUnknownThing} untouched={s.TopicUntouched} unknownPart={s.AsksUnknownPart} part={s.PartCoverage:F2} passing={s.NamedInPassing} lacksValue={s.LacksAskedValue} onlyTopic={s.OnlyTopicNamed} topicMissed={s.TopicMissed} bare={s.BareNameAsked} own={s.OwnIdeasInLine}/{s.IdeasInLine} margin={s.Margin:F2}"));
            // The coverage floor's reading: cov/evidence without the guide-talk and everyday shares it sets aside.
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"     floor: cov={s.FloorCoverage:F2} evidence={s.FloorEvidence:F2} (set aside: guideTalk={s.GuideTalkShare:F2}/{s.GuideTalkEvidence:F2} everyday={s.EverydayShare:F2}/{s.EverydayEvidence:F2}; medium={index.Profile.Tuning.MediumCoverage:F2} concentrated={AnswerEngine.Concentrated(s)})"));
            // The rules that withhold it, by name (AnswerEngine.Withholding, as Decide reads them).
            var decided = index.Search(read, Math.Max(5, RelatedSections.Depth), out var decidedScores);
            var why = index.Engine.Withholding(decided, index.Engine.Signals(read, decidedScores, decided)).ToArray();
            Console.WriteLine($"     withheld by: {(why.Length == 0 ? "-" : string.Join(", ", why))}");
        }

        foreach (var line in answer.Text.Split('\n').Take(12))
        {
            Console.WriteLine("     | " + line);
        }
    }

    /// <summary>The StudyBot profile with answer-engine weights overridden from the command line
    /// (<c>--tuning FocusBonus=0.5,PathCredit=0.6</c>), for tuning runs on the tune split.</summary>
    public static SearchProfile Tuned(SearchProfile profile, string[] args)
    {
        if (Option(args, "--tuning") is not { } overrides)
        {
            return profile;
        }

        var tuning = profile.Tuning;
        foreach (var pair in overrides.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            tuning = With(tuning, pair.Split('=')[0].Trim(), pair.Split('=')[1].Trim());
        }

        return profile with { Tuning = tuning };
    }

    /// <summary>A copy of <paramref name="tuning"/> with the weight or threshold <paramref name="name"/> set to
    /// <paramref name="value"/> (invariant culture).</summary>
    public static AnswerTuning With(AnswerTuning tuning, string name, string value)
    {
        var property = typeof(AnswerTuning).GetProperty(name) ?? throw new ArgumentException($"no tuning '{name}'");
        var copy = tuning with { };
        property.SetValue(copy, Convert.ChangeType(value, property.PropertyType, CultureInfo.InvariantCulture));
        return copy;
    }

    /// <summary>The value after <paramref name="name"/> on the command line, or null.</summary>
    /// <summary>The course's weeks, days and stages in <paramref name="catalog"/> (the roadmaps of the guides folder), as the service gives them to its index.</summary>
    public static IReadOnlyList<CoursePlace> Places(string folder, GuideCatalog catalog) =>
        StudyBot.Reminders.RoadmapBuilder.Build(catalog, StudyBot.Reminders.RoadmapFile.Load(folder)).Places();

    public static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

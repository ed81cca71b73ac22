namespace StudyBot.Tests.Guides;

/// <summary>The evaluation sets are what they claim to be: the learner set's split is the committed hash split, every
/// expected section exists, every fresh set is the file that was hashed before use, and the glossary holds no
/// evaluation question.</summary>
public sealed class AskEvaluationSetTests
{
    [Fact]
    public void The_learner_split_is_the_committed_hash_split_and_covers_every_question()
    {
        var set = AskEvaluation.LoadLearner();
        Assert.True(set.Questions.Count(q => !q.OffTopic) >= 250);
        Assert.True(set.Questions.Count(q => q.OffTopic) >= 60);
        Assert.All(set.Questions, q => Assert.Equal(AskEvaluation.SplitByHash(q.Id), set.SplitOf(q)));
        Assert.Equal(set.Questions.Count, set.Split.Count);
    }

    [Fact]
    public void Every_expected_section_exists_and_every_on_topic_question_names_its_answer_words()
    {
        var catalog = SeedGuides.Catalog;
        var keys = catalog.Sections.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        Assert.All(AllQuestions().SelectMany(q => q.Expected), key => Assert.Contains(key, keys));
        Assert.All(AskEvaluation.LoadLearner().Questions.Concat(FreshQuestions()).Concat(AskEvaluation.LoadTune2().Questions).Where(q => !q.OffTopic),
            q => Assert.NotEmpty(q.Answer));
    }

    [Fact]
    public void Every_fresh_set_is_the_file_hashed_before_use()
    {
        var files = AskEvaluation.FreshSetFiles();
        Assert.True(files.Count >= 3);
        foreach (var folder in files.Select(f => Path.GetDirectoryName(f)!))
        {
            foreach (var line in File.ReadLines(Path.Combine(folder, "SHA256SUMS")).Where(l => l.Length > 0))
            {
                var (hash, name) = (line[..64], line[64..].Trim());
                var actual = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, name))));
                Assert.True(hash == actual, $"{Path.GetFileName(folder)}/{name} changed after it was hashed");
            }
        }
    }

    [Fact]
    public void An_answer_the_reply_shows_but_the_api_answer_lacks_is_told_apart_by_where_it_is()
    {
        var question = new EvalQuestion("x-1", "분산 트레이싱 툴 뭐야", "ko", ["infra-platform#5-모니터링-및-가시성"], ["Jaeger", "Zipkin|OpenTelemetry"]);
        const string reply = "로깅\n중앙화된 로그 수집\n다른 후보:\n5. 모니터링 및 가시성 (infra-platform) — 분산 추적: Jaeger 또는 Zipkin";
        const string best = "로깅\n- 중앙화된 로그 수집\n분산 추적\n- Jaeger 또는 Zipkin";

        // Shown in the best section's text, yet answer (its lines) left it out: answer itself can fix that.
        Assert.Equal(AskOutcome.GapCutFromBest, new AskOutcome(question, EvalSet.Tune, 1, [], "high", reply, "- 중앙화된 로그 수집", best).ApiGap);

        // Only another section the reply lists has it: the contract keeps it out of answer.
        Assert.Equal(AskOutcome.GapOtherSection, new AskOutcome(question, EvalSet.Tune, 2, [], "medium", reply, "- 중앙화된 로그 수집", "로깅\n- 중앙화된 로그 수집").ApiGap);

        // No gap: answer has it too, or the reply does not show it either, or the question is off-topic.
        Assert.Null(new AskOutcome(question, EvalSet.Tune, 1, [], "high", reply, "- Jaeger 또는 Zipkin", best).ApiGap);
        Assert.Null(new AskOutcome(question, EvalSet.Tune, 1, [], "high", "로깅", "로깅", best).ApiGap);
        Assert.Null(new AskOutcome(question with { Expected = [] }, EvalSet.Tune, 0, [], "high", reply, string.Empty, best).ApiGap);
    }

    private static IEnumerable<EvalQuestion> FreshQuestions() =>
        AskEvaluation.FreshSetFiles().SelectMany(f => AskEvaluation.LoadFresh(f).Questions);

    private static IEnumerable<EvalQuestion> AllQuestions() =>
        AskEvaluation.LoadLearner().Questions.Concat(AskEvaluation.LoadOld().Questions).Concat(FreshQuestions())
            .Concat(AskEvaluation.LoadTune2().Questions);

    [Fact]
    public void A_fresh_question_file_is_evaluated_whole_as_held_out_and_the_tune_split_has_two_even_folds()
    {
        // ask-eval --set <file.yaml>: a set in the learner format that nobody tuned on is all holdout.
        var file = Path.Combine(AskEvaluation.LearnerFolder, "learner-b.yaml");
        var fresh = AskEvaluation.LoadFresh(file);
        Assert.Equal(AskEvaluation.LoadFile(file, "learner-b").Count, fresh.Questions.Count);
        Assert.Contains(fresh.Questions, q => q.OffTopic && q.Near);
        Assert.All(fresh.Questions, q => Assert.Equal(EvalSet.Holdout, fresh.SplitOf(q)));
        Assert.Empty(fresh.Part(EvalSet.Tune));

        // The folds used to cross-check tuning inside the tune split split it about in half.
        var tune = AskEvaluation.LoadLearner().Part(EvalSet.Tune);
        var fold0 = tune.Count(q => AskEvaluation.FoldOf(q.Id) == 0);
        Assert.InRange(fold0, tune.Count * 4 / 10, tune.Count * 6 / 10);
    }

    [Fact]
    public void The_fitters_folds_hold_only_tuning_material_never_a_held_out_set()
    {
        // ask-fit fits the ranking weights on these folds: the learner tune split and the old set (A), tune2 and
        // engineer (B). No fresh set (fresh, eval3, eval4, eval5, eval6 …) and no learner holdout question may enter.
        var folds = AskEvaluation.TuningFolds();
        Assert.Equal(["A", "B"], folds.Select(f => f.Name));
        var allowed = new[] { "learner", "questions.yaml", "tune2", "engineer" };
        var freshFolders = AskEvaluation.FreshSetFiles().Select(f => Path.GetDirectoryName(f)!).ToArray();
        foreach (var source in folds.SelectMany(f => f.Sources))
        {
            var relative = Path.GetRelativePath(AskEvaluation.EvalFolder, source);
            Assert.Contains(relative.Split(Path.DirectorySeparatorChar)[0], allowed);
            Assert.DoesNotMatch("(?i)eval[0-9]|fresh|holdout", relative);
            Assert.DoesNotContain(freshFolders, d => Path.GetFullPath(source).StartsWith(Path.GetFullPath(d), StringComparison.Ordinal));
        }

        var holdout = AskEvaluation.LoadLearner().Part(EvalSet.Holdout).Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(holdout);
        Assert.All(folds.SelectMany(f => f.Questions), q => Assert.DoesNotContain(q.Id, holdout));
        Assert.Empty(folds[0].Questions.Select(q => q.Id).Intersect(folds[1].Questions.Select(q => q.Id)));
        Assert.All(folds, f => Assert.True(f.Questions.Count(q => !q.OffTopic) >= 200));
    }

    [Fact]
    public void No_glossary_entry_contains_an_evaluation_question()
    {
        // The curated glossary is vocabulary, never a question's text. (The pairs derived from the guides are the guides'
        // own words: a question that quotes a guide phrase may equal one of them.)
        var glossary = SeedGuides.Glossary;
        var terms = glossary.Groups.SelectMany(g => g).Select(t => string.Join(' ', t)).Concat(glossary.Stopwords).Distinct().ToArray();
        var questions = AllQuestions()
            .Select(q => string.Join(' ', QueryText.Words(q.Question)))
            .Where(q => q.Length > 0)
            .ToArray();
        Assert.Empty(questions.SelectMany(q => terms.Where(t => t.Contains(q, StringComparison.Ordinal)).Select(t => $"{q} ⊂ {t}")));

        // Nor a long run of one: no entry of five words or more appears inside a question.
        var longTerms = terms.Where(t => t.Count(c => c == ' ') >= 4).ToArray();
        Assert.Empty(questions.SelectMany(q => longTerms.Where(t => q.Contains(t, StringComparison.Ordinal)).Select(t => $"{t} ⊂ {q}")));
    }
}

/// <summary>What learners get, measured the way they get it: every question of a split asked as a DM through the real
/// chat path (and <c>/api/ask</c>), the reply read as rendered text.</summary>
public sealed class AskEvaluationTests(AzuriteFixture azurite)
{
    /// <summary>Issue 13's targets on the questions nobody tuned on, met on the holdout since stop 55 (2026-12-07:
    /// answer in reply 0.92, each language ≥ 0.86, hit@1 0.92, hit@3 0.958 — 114 of 119 —, on-topic declined 0.03,
    /// off-topic declined 26 of 28; docs/guides.md). Until then an explicit test beside a lower floor; now every run
    /// guards the targets themselves. Never lower these numbers: they are the goal.</summary>
    [Fact]
    public async Task The_holdout_split_meets_the_issue_targets_through_the_chat_path()
    {
        var (figures, off) = await HoldoutAsync();
        var all = figures[0];
        Assert.True(all.InReply >= 0.85, all.ToString());
        Assert.All(figures.Skip(1), f => Assert.True(f.InReply >= 0.80, f.ToString()));
        Assert.True(all.HitAt1 >= 0.85, all.ToString());
        Assert.True(all.HitAt3 >= 0.95, all.ToString());
        Assert.True(all.Declined <= 0.05, all.ToString());
        Assert.True(off.DeclinedShare >= 0.90, off.ToString());
    }

    private async Task<(IReadOnlyList<AskEvalReport.Figures> Figures, AskEvalReport.OffTopicFigures OffTopic)> HoldoutAsync()
    {
        var set = AskEvaluation.LoadLearner();
        await using var chat = await AskEvalChat.StartAsync(azurite.Settings());
        var outcomes = await chat.AskAllAsync(set, set.Part(EvalSet.Holdout), TestContext.Current.CancellationToken);
        return (AskEvalReport.ByLanguage(outcomes), AskEvalReport.OffTopicFigures.Of(outcomes));
    }

    [Fact]
    public async Task The_tune_split_keeps_its_figures_through_the_chat_path()
    {
        // Floors a little under the tune figures the engine was left at (2026-12-03: answer in reply 0.90, hit@1 0.85,
        // hit@3 0.96, on-topic declined 0.02, off-topic declined 0.95), so a change that loses answers fails before the
        // holdout does.
        var set = AskEvaluation.LoadLearner();
        await using var chat = await AskEvalChat.StartAsync(azurite.Settings());
        var outcomes = await chat.AskAllAsync(set, set.Part(EvalSet.Tune), TestContext.Current.CancellationToken);

        var all = AskEvalReport.Figures.Of("all", outcomes);
        Assert.True(all.InReply >= 0.86, all.ToString());
        Assert.True(all.HitAt1 >= 0.82, all.ToString());
        Assert.True(all.HitAt3 >= 0.93, all.ToString());
        Assert.True(all.Declined <= 0.04, all.ToString());
        var off = AskEvalReport.OffTopicFigures.Of(outcomes);
        Assert.True(off.DeclinedShare >= 0.90, off.ToString());
    }
}

using System.Globalization;
using StudyBot.Guides;

namespace StudyBot.Testing;

/// <summary>What one question got: where the expected section ranked in <c>/api/ask</c>, the confidence, the chat reply
/// as the learner reads it (markdown rendered to text), the API's <c>answer</c> and the <c>text</c> of its first ranked
/// section (the best section, whose lines <c>answer</c> holds).</summary>
public sealed record AskOutcome(EvalQuestion Question, string Split, int Rank, IReadOnlyList<string> Top, string Confidence, string Reply, string ApiAnswer,
    string BestText = "")
{
    /// <summary><see cref="ApiGap"/>: the best section's text has the answer words, yet <c>answer</c> (its lines that
    /// answer) left them out — a cause <c>answer</c> itself can fix (a line limit, a dropped code block or parent line).</summary>
    public const string GapCutFromBest = "in the best section, cut from answer";

    /// <summary><see cref="ApiGap"/>: only another section the reply lists (other candidates, see also) has the answer
    /// words; the contract keeps those out of <c>answer</c> (the best section's lines), so only ranking can close it.</summary>
    public const string GapOtherSection = "in another section only";


    public bool Declined => Confidence == "none";

    public bool InReply => Question.AnswerShownIn(Reply);

    public bool InApi => Question.AnswerShownIn(ApiAnswer);

    /// <summary>Why the reply shows the answer words and <c>/api/ask</c>'s <c>answer</c> does not
    /// (<see cref="GapCutFromBest"/> or <see cref="GapOtherSection"/>); null when there is no such gap.</summary>
    public string? ApiGap => Question.OffTopic || !InReply || InApi ? null
        : Question.AnswerShownIn(BestText) ? GapCutFromBest : GapOtherSection;

    /// <summary>The row of <c>answers-measured.md</c> this on-topic question falls in (where the answer was lost).</summary>
    public string Row => (Declined, InReply, Rank) switch
    {
        (false, true, _) => AskEvalReport.RowAnswered,
        (true, _, 1) => AskEvalReport.RowDeclinedFirst,
        (true, _, 2 or 3) => AskEvalReport.RowDeclinedTop3,
        (true, _, _) => AskEvalReport.RowDeclinedNotTop3,
        (false, false, 1) => AskEvalReport.RowLinesMissing,
        _ => AskEvalReport.RowWrongSection,
    };
}

/// <summary>Asks evaluation questions the way a learner does, on the shared <see cref="BotChat"/> harness (the real
/// service, anonymous Development mode, a loopback fake Bot Framework connector): each question a DM to <c>/api/messages</c> in a conversation of its own,
/// the reply read from the connector and rendered from markdown to the text a chat client shows; and the same question
/// through <c>GET /api/ask</c> for the ranking, the confidence and the <c>answer</c> field.</summary>
public sealed class AskEvalChat : IAsyncDisposable
{
    private readonly BotChat _chat;
    private int _conversations;

    private AskEvalChat(BotChat chat) => _chat = chat;

    public StudyBotHost Host => _chat.Bot;

    /// <param name="settings">Storage settings (Azurite) and any overrides.</param>
    public static async Task<AskEvalChat> StartAsync(IDictionary<string, string?> settings)
    {
        var all = new Dictionary<string, string?>(settings)
        {
            // Hundreds of deliberately uncovered questions would flood the log.
            ["Logging:LogLevel:StudyBot.Guides.UncoveredQuestions"] = "Warning",

            // One client asks hundreds of questions on purpose.
            ["RateLimits:Ask:TokenLimit"] = "1000000",
        };
        return new AskEvalChat(await BotChat.StartAsync(all));
    }

    /// <summary>Puts an index built with <paramref name="profile"/> in use (the baseline, or tuning variants).</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="glossary">A curated glossary to use instead of the current one (null keeps it).</param>
    public void Use(SearchProfile profile, Glossary? glossary = null)
    {
        var search = _chat.Service<GuideSearch>();
        var current = search.Index;
        search.Swap(GuideIndex.Build(current.Catalog, glossary ?? current.CuratedGlossary, profile, current.Places));
    }

    public async Task<IReadOnlyList<AskOutcome>> AskAllAsync(EvalSet set, IEnumerable<EvalQuestion> questions, CancellationToken cancellationToken = default)
    {
        var outcomes = new List<AskOutcome>();
        foreach (var question in questions)
        {
            outcomes.Add(await AskAsync(question, set.SplitOf(question), cancellationToken));
        }

        return outcomes;
    }

    public async Task<AskOutcome> AskAsync(EvalQuestion question, string split, CancellationToken cancellationToken = default)
    {
        var reply = await ChatAsync(question.Question, cancellationToken);
        using var response = await _chat.Client.GetAsync($"api/ask?k={AskEvaluation.Depth}&q={Uri.EscapeDataString(question.Question)}", cancellationToken);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var root = json.RootElement;
        // Ranked sections only: with no section ranked, /api/ask lists each guide's title section at score 0 (not a rank).
        var ranked = root.GetProperty("results").EnumerateArray().Where(r => r.GetProperty("score").GetDouble() > 0).ToArray();
        var keys = ranked.Select(r => $"{r.GetProperty("guide").GetString()}#{r.GetProperty("anchor").GetString()}").ToArray();
        var confidence = root.TryGetProperty("confidence", out var c) ? c.GetString()! : root.GetProperty("answered").GetBoolean() ? "high" : "none";
        var answer = root.TryGetProperty("answer", out var a) ? a.GetString() ?? string.Empty : string.Empty;
        var best = ranked.Length > 0 ? ranked[0].GetProperty("text").GetString() ?? string.Empty : string.Empty;
        return new AskOutcome(question, split, AskEvaluation.Rank(keys, question), keys, confidence, reply, answer, best);
    }

    /// <summary>Sends <paramref name="text"/> as a DM (in a new conversation unless one is named) and returns the reply
    /// as a learner reads it.</summary>
    public async Task<string> ChatAsync(string text, CancellationToken cancellationToken = default, string? conversationId = null)
    {
        var conversation = conversationId ?? "eval-" + Interlocked.Increment(ref _conversations).ToString(CultureInfo.InvariantCulture);
        cancellationToken.ThrowIfCancellationRequested();
        var sent = await _chat.SendAsync(_chat.Message(text, conversationId: conversation, userId: "eval-learner"));
        _chat.Connector.Clear();
        return Readable(sent.Json.GetProperty("text").GetString() ?? string.Empty);
    }

    /// <summary>The text a chat client shows for a markdown message: markup, escapes and link targets gone.</summary>
    public static string Readable(string markdown) => Markdig.Markdown.ToPlainText(markdown);

    public ValueTask DisposeAsync() => _chat.DisposeAsync();
}

/// <summary>Figures of an evaluation run, per split and language, and the rows of <c>answers-measured.md</c>.</summary>
public static class AskEvalReport
{
    public const string RowAnswered = "answered, and the answer's words are in the reply";
    public const string RowDeclinedFirst = "declined, yet the right section ranked first";
    public const string RowDeclinedTop3 = "declined, right section ranked 2nd or 3rd";
    public const string RowDeclinedNotTop3 = "declined, right section not in the top 3";
    public const string RowLinesMissing = "answered with the right section, but the lines shown miss the answer";
    public const string RowWrongSection = "answered with a wrong section first, answer missing";

    public static readonly string[] Rows = [RowAnswered, RowDeclinedFirst, RowDeclinedTop3, RowDeclinedNotTop3, RowLinesMissing, RowWrongSection];

    public static readonly string[] Languages = ["ko", "en", "mixed"];

    /// <summary>On-topic figures of one group.</summary>
    public sealed record Figures(string Group, int Count, double InReply, double InApi, double HitAt1, double HitAt3, double Mrr, double Declined, double Medium)
    {
        public static Figures Of(string group, IEnumerable<AskOutcome> outcomes)
        {
            var list = outcomes.Where(o => !o.Question.OffTopic).ToArray();
            double Share(Func<AskOutcome, bool> f) => list.Length == 0 ? 0 : list.Count(f) / (double)list.Length;
            return new Figures(group, list.Length, Share(o => o.InReply), Share(o => o.InApi), Share(o => o.Rank == 1), Share(o => o.Rank is >= 1 and <= 3),
                list.Length == 0 ? 0 : list.Average(o => o.Rank == 0 ? 0 : 1.0 / o.Rank), Share(o => o.Declined), Share(o => o.Confidence == "medium"));
        }
    }

    /// <summary>Off-topic figures: how many were declined (all, near the domain, unrelated).</summary>
    public sealed record OffTopicFigures(int Count, int Declined, int Near, int NearDeclined)
    {
        public double DeclinedShare => Count == 0 ? 1 : Declined / (double)Count;

        public static OffTopicFigures Of(IEnumerable<AskOutcome> outcomes)
        {
            var list = outcomes.Where(o => o.Question.OffTopic).ToArray();
            return new OffTopicFigures(list.Length, list.Count(o => o.Declined), list.Count(o => o.Question.Near), list.Count(o => o.Question.Near && o.Declined));
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"{Declined}/{Count} ({DeclinedShare:F2}; near {NearDeclined}/{Near}, unrelated {Declined - NearDeclined}/{Count - Near})");
    }

    public static IReadOnlyList<Figures> ByLanguage(IReadOnlyList<AskOutcome> outcomes) =>
    [
        Figures.Of("all", outcomes),
        .. Languages.Select(l => Figures.Of(l, outcomes.Where(o => o.Question.Lang == l))),
    ];

    /// <summary>Median, 90th percentile and longest answer (lines of <c>answer</c>, which the chat shows as is) over the
    /// answered questions: replies must stay short enough to read in a chat.</summary>
    public static string AnswerLength(IReadOnlyList<AskOutcome> outcomes)
    {
        var lines = outcomes.Where(o => !o.Declined && o.ApiAnswer.Length > 0).Select(o => o.ApiAnswer.Split('\n').Length).Order().ToArray();
        return lines.Length == 0 ? "n=0" : $"n={lines.Length} median {At(lines, 0.5)} p90 {At(lines, 0.9)} max {lines[^1]}";
    }

    /// <summary>The value at <paramref name="share"/> of a sorted array (0.5 the median, 0.9 the 90th percentile), the
    /// default when it is empty.</summary>
    public static T At<T>(T[] sorted, double share) =>
        sorted.Length == 0 ? default! : sorted[(int)Math.Min(sorted.Length - 1, Math.Floor(share * sorted.Length))];

    /// <summary>Prints, holdout first, StudyBot beside each comparison profile (the baseline).</summary>
    public static void Print(TextWriter output, EvalSet set, IReadOnlyList<(string Name, IReadOnlyList<AskOutcome> Outcomes)> profiles)
    {
        foreach (var split in new[] { EvalSet.Holdout, EvalSet.Tune })
        {
            var parts = profiles.Select(p => (p.Name, Outcomes: (IReadOnlyList<AskOutcome>)p.Outcomes.Where(o => o.Split == split).ToArray())).ToArray();
            if (parts[0].Outcomes.Count == 0)
            {
                continue;
            }

            var onTopic = parts[0].Outcomes.Count(o => !o.Question.OffTopic);
            output.WriteLine();
            output.WriteLine($"== {set.Name}: {split} ({onTopic} on-topic, {parts[0].Outcomes.Count - onTopic} off-topic) — each cell: {string.Join(" / ", parts.Select(p => p.Name))}");
            output.WriteLine($"{"group",-6} {"n",4}  {"answer in reply",-17} {"answer in /api/ask",-18} {"hit@1",-11} {"hit@3",-11} {"MRR",-11} {"declined",-11} {"medium",-11}");
            var figures = parts.Select(p => ByLanguage(p.Outcomes)).ToArray();
            for (var g = 0; g < figures[0].Count; g++)
            {
                string Cell(Func<Figures, double> f) => string.Join(" / ", figures.Select(x => f(x[g]).ToString("F2", CultureInfo.InvariantCulture)));
                output.WriteLine($"{figures[0][g].Group,-6} {figures[0][g].Count,4}  {Cell(f => f.InReply),-17} {Cell(f => f.InApi),-18} {Cell(f => f.HitAt1),-11} {Cell(f => f.HitAt3),-11} {Cell(f => f.Mrr),-11} {Cell(f => f.Declined),-11} {Cell(f => f.Medium),-11}");
            }

            output.WriteLine($"off-topic declined: {string.Join("  |  ", parts.Select(p => $"{p.Name} {OffTopicFigures.Of(p.Outcomes)}"))}");
            output.WriteLine($"answer length (lines of the answer shown, answered questions): {string.Join("  |  ", parts.Select(p => $"{p.Name} {AnswerLength(p.Outcomes)}"))}");
            if (split == EvalSet.Tune)
            {
                // Two folds of the tune split (a second hash): a figure that holds on both is not fitted to a few questions.
                foreach (var fold in new[] { 0, 1 })
                {
                    var inFold = parts.Select(p => p.Outcomes.Where(o => AskEvaluation.FoldOf(o.Question.Id) == fold).ToArray()).ToArray();
                    var f = inFold.Select(o => Figures.Of("all", o)).ToArray();
                    string Cell(Func<Figures, double> g) => string.Join(" / ", f.Select(x => g(x).ToString("F2", CultureInfo.InvariantCulture)));
                    output.WriteLine($"  fold {fold}: n={f[0].Count} in reply {Cell(x => x.InReply)}  hit@1 {Cell(x => x.HitAt1)}  hit@3 {Cell(x => x.HitAt3)}  declined {Cell(x => x.Declined)}  off-topic declined {string.Join(" / ", inFold.Select(o => OffTopicFigures.Of(o)).Select(o => $"{o.Declined}/{o.Count}"))}");
                }
            }

            output.WriteLine("where on-topic answers are lost (answers-measured.md rows):");
            foreach (var row in Rows)
            {
                var counts = parts.Select(p => p.Outcomes.Count(o => !o.Question.OffTopic && o.Row == row));
                output.WriteLine($"  {row,-72} {string.Join(" / ", counts.Select(c => c.ToString(CultureInfo.InvariantCulture).PadLeft(4)))}");
            }
        }
    }
}

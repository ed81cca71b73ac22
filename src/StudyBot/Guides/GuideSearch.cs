using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace StudyBot.Guides;

/// <summary>How sure StudyBot is that the guides answer a question: whether the chat answers or declines, and
/// <c>confidence</c> of <c>/api/ask</c> so other clients can decide the same way.</summary>
public enum AnswerConfidence
{
    /// <summary>The guides do not touch the question: say so, list the closest headings.</summary>
    None,

    /// <summary>The guides come close: show the closest lines as such, with alternatives.</summary>
    Medium,

    /// <summary>Answer with the lines.</summary>
    High,
}

/// <summary>The answer to a question: the closest sections, best first, the confidence, and the lines of the best
/// section that answer it (empty when <see cref="Confidence"/> is none). Chat and <c>/api/ask</c> show the same lines.</summary>
public sealed record GuideAnswer(string Query, AnswerConfidence Confidence, IReadOnlyList<GuideHit> Hits, IReadOnlyList<AnswerLine> Lines)
{
    /// <summary>How the answer engine read the question (null for plain Lucene).</summary>
    public Question? Question { get; init; }

    /// <summary>What the confidence was decided from (null for plain Lucene).</summary>
    public AnswerSignals? Signals { get; init; }

    public bool Answered => Confidence != AnswerConfidence.None;

    /// <summary>The best section's heading when it is part of the answer (a week's or a stage's title for "when" or "what
    /// is in week 1", see <see cref="AnswerEngine.HeadingAnswers"/>); null otherwise. The chat shows the heading as the
    /// answer's title either way.</summary>
    public string? Title { get; init; }

    /// <summary>The answer lines as plain text: <c>answer</c> of <c>/api/ask</c>, the same words the chat shows, so both
    /// say one thing — opened by the <see cref="Title"/> when the heading answers.</summary>
    public string Text => Title is null ? AnswerEngine.PlainText(Lines) : Lines.Count == 0 ? Title : Title + "\n" + AnswerEngine.PlainText(Lines);

    /// <summary>The other sections the answer names, as the chat lists them under it (none when declined).</summary>
    public IReadOnlyList<RelatedSection> Related { get; init; } = [];
}

/// <summary>Answers questions from the current guide index. The index is immutable; a reload builds a new one and swaps
/// the reference, so searches in flight finish on the old one and nothing is locked while searching.</summary>
public sealed class GuideSearch
{
    /// <summary>Most sections one question may ask for (<c>k</c> of <c>/api/ask</c> is clamped to this).</summary>
    public const int MaxResults = 20;

    private readonly GuideCatalogProvider _catalogs;
    private readonly ILogger<GuideSearch> _logger;
    private readonly ILogger _questions;
    private readonly Lock _buildLock = new();
    private readonly ICourseSchedule? _schedule;
    private GuideIndex? _index;

    /// <param name="catalogs">The guides.</param>
    /// <param name="loggers">Logs.</param>
    /// <param name="schedule">Where the course's weeks, days and stages are (the roadmaps); without it questions are
    /// read without them.</param>
    public GuideSearch(GuideCatalogProvider catalogs, ILoggerFactory loggers, ICourseSchedule? schedule = null)
    {
        _catalogs = catalogs;
        _schedule = schedule;
        _logger = loggers.CreateLogger<GuideSearch>();
        // A category of its own, so operators can route uncovered questions to the guide authors.
        _questions = loggers.CreateLogger("StudyBot.Guides.UncoveredQuestions");
        _catalogs.Changed += (_, catalog) =>
        {
            // A catalog replaced by someone other than the reloader: index it with the glossary already in use.
            if (!ReferenceEquals(_index?.Catalog, catalog))
            {
                Swap(Build(catalog, _index?.CuratedGlossary ?? Glossary.Load(_catalogs.Folder), _index?.Profile));
            }
        };
    }

    /// <summary>True once the first index is built (readiness).</summary>
    public bool IsReady => Volatile.Read(ref _index) is not null;

    /// <summary>The index in use (built on first use).</summary>
    public GuideIndex Index
    {
        get
        {
            if (Volatile.Read(ref _index) is { } index)
            {
                return index;
            }

            lock (_buildLock)
            {
                if (_index is null)
                {
                    var built = Build(_catalogs.Current, Glossary.Load(_catalogs.Folder));
                    _logger.LogInformation("Guide index built: {Sections} sections in {Millis:F0} ms", built.SectionCount, built.BuildTime.TotalMilliseconds);
                    Volatile.Write(ref _index, built);
                }

                return _index;
            }
        }
    }

    /// <summary>An index of <paramref name="catalog"/> with the course's places in it (see <see cref="ICourseSchedule"/>).</summary>
    public GuideIndex Build(GuideCatalog catalog, Glossary glossary, SearchProfile? profile = null) =>
        GuideIndex.Build(catalog, glossary, profile, _schedule?.Places(catalog));

    /// <summary>Puts a freshly built index in use (hot reload).</summary>
    public void Swap(GuideIndex index)
    {
        Volatile.Write(ref _index, index);
        _logger.LogInformation("Guide index swapped: {Sections} sections in {Millis:F0} ms", index.SectionCount, index.BuildTime.TotalMilliseconds);
    }

    /// <summary>Searches, decides the confidence and extracts the answer lines. Counts the outcome and logs uncovered
    /// questions (never who asked) and, at debug level, the glossary entries that fired.</summary>
    public GuideAnswer Ask(string question, int count, string source, AskScope? scope = null)
    {
        var answer = Index.Answer(question, Math.Clamp(count, 1, MaxResults), scope);
        if (_logger.IsEnabled(LogLevel.Debug) && answer.Question?.Concepts.Any(c => c.Glossary.Count > 0) == true)
        {
            _logger.LogDebug("Glossary entries fired: {Entries}", string.Join("; ", answer.Question.Concepts.Where(c => c.Glossary.Count > 0).Select(c => $"{c.Text} → {string.Join(", ", c.Glossary)}")));
        }

        StudyBotMetrics.Answers.Add(1, new KeyValuePair<string, object?>("outcome", answer.Answered ? "hit" : "miss"), new KeyValuePair<string, object?>("source", source),
            new KeyValuePair<string, object?>("confidence", answer.Confidence.ToString().ToLowerInvariant()));
        if (!answer.Answered)
        {
            _questions.LogInformation("Question not covered by the guides: {Question} (best {Section}, coverage {Coverage:F2})",
                question, answer.Hits.FirstOrDefault()?.Section.Key ?? "none", answer.Hits.FirstOrDefault()?.Coverage ?? 0);
        }

        return answer;
    }

}

/// <summary>Readiness: healthy once the guide index is built.</summary>
public sealed class GuideIndexHealthCheck(GuideSearch search) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(search.IsReady ? HealthCheckResult.Healthy("guide index built") : HealthCheckResult.Unhealthy("guide index not built yet"));
}

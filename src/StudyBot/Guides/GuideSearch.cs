using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace StudyBot.Guides;

/// <summary>The answer to a question: the closest sections, best first, and whether the best one is good enough to
/// answer with (<see cref="Answered"/>).</summary>
public sealed record GuideAnswer(string Query, bool Answered, IReadOnlyList<GuideHit> Hits);

/// <summary>Answers questions from the current guide index. The index is immutable; a reload builds a new one and swaps
/// the reference, so searches in flight finish on the old one and nothing is locked while searching.</summary>
public sealed class GuideSearch
{
    /// <summary>Most sections one question may ask for (<c>k</c> of <c>/api/ask</c> is clamped to this).</summary>
    public const int MaxResults = 20;

    private readonly GuideCatalogProvider _catalogs;
    private readonly GuidesOptions _options;
    private readonly ILogger<GuideSearch> _logger;
    private readonly ILogger _questions;
    private readonly Lock _buildLock = new();
    private GuideIndex? _index;

    public GuideSearch(GuideCatalogProvider catalogs, IOptions<GuidesOptions> options, ILoggerFactory loggers)
    {
        _catalogs = catalogs;
        _options = options.Value;
        _logger = loggers.CreateLogger<GuideSearch>();
        // A category of its own, so operators can route uncovered questions to the guide authors.
        _questions = loggers.CreateLogger("StudyBot.Guides.UncoveredQuestions");
        _catalogs.Changed += (_, catalog) =>
        {
            // A catalog replaced by someone other than the reloader: index it with the glossary already in use.
            if (!ReferenceEquals(_index?.Catalog, catalog))
            {
                Swap(GuideIndex.Build(catalog, _index?.Glossary ?? Glossary.Load(_catalogs.Folder)));
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
                    var built = GuideIndex.Build(_catalogs.Current, Glossary.Load(_catalogs.Folder));
                    _logger.LogInformation("Guide index built: {Sections} sections in {Millis:F0} ms", built.SectionCount, built.BuildTime.TotalMilliseconds);
                    Volatile.Write(ref _index, built);
                }

                return _index;
            }
        }
    }

    /// <summary>Puts a freshly built index in use (hot reload).</summary>
    public void Swap(GuideIndex index)
    {
        Volatile.Write(ref _index, index);
        _logger.LogInformation("Guide index swapped: {Sections} sections in {Millis:F0} ms", index.SectionCount, index.BuildTime.TotalMilliseconds);
    }

    /// <summary>Searches and decides whether the guides answer the question (coverage of the best section at or over
    /// <see cref="GuidesOptions.MinCoverage"/>). Counts the outcome and logs uncovered questions (never who asked).</summary>
    public GuideAnswer Ask(string question, int count, string source)
    {
        var hits = Index.Search(question, Math.Clamp(count, 1, MaxResults));
        var answered = IsAnswer(hits);
        StudyBotMetrics.Answers.Add(1, new KeyValuePair<string, object?>("outcome", answered ? "hit" : "miss"), new KeyValuePair<string, object?>("source", source));
        if (!answered)
        {
            _questions.LogInformation("Question not covered by the guides: {Question} (best {Section}, coverage {Coverage:F2})",
                question, hits.FirstOrDefault()?.Section.Key ?? "none", hits.FirstOrDefault()?.Coverage ?? 0);
        }

        return new GuideAnswer(question, answered, hits);
    }

    public bool IsAnswer(IReadOnlyList<GuideHit> hits) => hits.Count > 0 && hits[0].Coverage >= _options.MinCoverage;
}

/// <summary>Readiness: healthy once the guide index is built.</summary>
public sealed class GuideIndexHealthCheck(GuideSearch search) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(search.IsReady ? HealthCheckResult.Healthy("guide index built") : HealthCheckResult.Unhealthy("guide index not built yet"));
}

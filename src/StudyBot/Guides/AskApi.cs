using System.Globalization;
using StudyBot.Conversation;
using StudyBot.Hosting;

namespace StudyBot.Guides;

/// <summary>One section of an <c>/api/ask</c> answer: what a client needs to cite it (guide, heading path, anchor) and show it.</summary>
public sealed record AskResult(string Guide, string Heading, IReadOnlyList<string> Path, string Anchor, double Score, string Text);

/// <summary>The <c>/api/ask</c> answer: <c>answer</c> is exactly the answer text the chat shows (a page and the chat never disagree),
/// <c>confidence</c> is <c>high</c>, <c>medium</c> or <c>none</c> (<c>answered</c> is true for the first two). <c>lang</c> is
/// the reply language (<c>lang=</c> resolved as the chat resolves a locale: <c>en…</c> is English, anything else Korean) and
/// <c>message</c> the chat's own words for the tier in it ("the closest the guides come is this:", "the guides don't
/// cover that"; empty for an answer).</summary>
public sealed record AskResponse(string Query, bool Answered, string Confidence, string Answer, IReadOnlyList<AskResult> Results, string Lang, string Message);

/// <summary><c>GET /api/ask</c> (the guide pages it links to are <see cref="GuidePages"/>).</summary>
public static class AskApi
{
    /// <summary>Longest question accepted (longer is a 400): a question, not a document, and the search's work grows with its words.</summary>
    public const int MaxQuestionLength = 500;

    public const int DefaultResults = 5;

    public static void MapAskApi(this WebApplication app)
    {
        app.MapGet("/api/ask", (string? q, string? k, string? lang, string? guide, GuideSearch search, Dialogs dialogs) =>
        {
            var question = q?.Trim() ?? string.Empty;
            if (question.Length == 0)
            {
                return HostingExtensions.Problem(StatusCodes.Status400BadRequest, "Missing question", "The query parameter 'q' must not be empty.");
            }

            if (question.Length > MaxQuestionLength)
            {
                return HostingExtensions.Problem(StatusCodes.Status400BadRequest, "Question too long", $"The query parameter 'q' is limited to {MaxQuestionLength} characters.");
            }

            // A k that is not a number is treated as absent rather than refused: the evaluation tools send strings.
            var count = int.TryParse(k, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : DefaultResults;
            // guide= restricts the search to one guide (its name, as in the results' "guide").
            if (!string.IsNullOrEmpty(guide) && search.Index.Catalog.FindGuide(guide) is null)
            {
                return HostingExtensions.Problem(StatusCodes.Status400BadRequest, "Unknown guide", $"The query parameter 'guide' names no guide; the guides are: {string.Join(", ", search.Index.Catalog.Guides.Select(g => g.Name))}.");
            }

            var scope = new AskScope(string.IsNullOrEmpty(guide) ? null : search.Index.Catalog.FindGuide(guide)!.Name);
            count = Math.Clamp(count, 1, GuideSearch.MaxResults);
            var answer = search.Ask(question, count, source: "api", scope);
            var results = answer.Hits.Count > 0
                ? answer.Hits.Select(h => Result(h.Section, Math.Round(h.Score, 3)))
                : StartingPoints(search.Index.Catalog, scope.Guide).Take(count).Select(s => Result(s, 0));
            var locale = dialogs.ResolveLocale(lang);
            return Results.Json(new AskResponse(
                question,
                answer.Answered,
                answer.Confidence.ToString().ToLowerInvariant(),
                answer.Text,
                results.ToArray(),
                locale,
                AskCommand.TierMessageKey(answer.Confidence) is { } key ? dialogs.Plain(locale, key) : string.Empty));
        }).RequireRateLimiting(RateLimits.Ask);
    }

    private static AskResult Result(GuideSection section, double score) =>
        new(section.Guide, section.Heading, section.Path, section.Anchor, score, section.FullText);

    /// <summary>When no section shares a word with the question nothing is close: the closest the guides come is then the
    /// guides themselves (each one's title section, score 0), so a client can still point the learner somewhere.</summary>
    private static IEnumerable<GuideSection> StartingPoints(GuideCatalog catalog, string? guide) =>
        catalog.Guides.Where(g => guide is null || g.Name == guide).SelectMany(g => g.Sections.Take(1));
}

using System.Globalization;
using StudyBot.Hosting;

namespace StudyBot.Guides;

/// <summary>One section of an <c>/api/ask</c> answer: what a client needs to cite it (guide, heading path, anchor) and show it.</summary>
public sealed record AskResult(string Guide, string Heading, IReadOnlyList<string> Path, string Anchor, double Score, string Text);

/// <summary>The <c>/api/ask</c> answer: <c>answer</c> is exactly the answer text the chat shows (a page and the chat never disagree),
/// <c>confidence</c> is <c>high</c>, <c>medium</c> or <c>none</c> (<c>answered</c> is true for the first two).</summary>
public sealed record AskResponse(string Query, bool Answered, string Confidence, string Answer, IReadOnlyList<AskResult> Results);

/// <summary><c>GET /api/ask</c> (the guide pages it links to are <see cref="GuidePages"/>).</summary>
public static class AskApi
{
    /// <summary>Longest question accepted (longer is a 400): a question, not a document, and the search's work grows with its words.</summary>
    public const int MaxQuestionLength = 500;

    public const int DefaultResults = 5;

    public static void MapAskApi(this WebApplication app)
    {
        app.MapGet("/api/ask", (string? q, string? k, string? lang, string? guide, GuideSearch search) =>
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
            var answer = search.Ask(question, Math.Clamp(count, 1, GuideSearch.MaxResults), source: "api", scope);
            return Results.Json(new AskResponse(
                question,
                answer.Answered,
                answer.Confidence.ToString().ToLowerInvariant(),
                answer.Text,
                answer.Hits.Select(h => new AskResult(h.Section.Guide, h.Section.Heading, h.Section.Path, h.Section.Anchor, Math.Round(h.Score, 3), h.Section.FullText)).ToArray()));
        }).RequireRateLimiting(RateLimits.Ask);
    }
}

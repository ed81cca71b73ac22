using System.Globalization;
using System.Net;
using Markdig;
using StudyBot.Hosting;

namespace StudyBot.Guides;

/// <summary>One section of an <c>/api/ask</c> answer (contract shape).</summary>
public sealed record AskResult(string Guide, string Heading, IReadOnlyList<string> Path, string Anchor, double Score, string Text);

/// <summary>The <c>/api/ask</c> answer (contract shape).</summary>
public sealed record AskResponse(string Query, bool Answered, IReadOnlyList<AskResult> Results);

/// <summary><c>GET /api/ask</c> and the guide pages at <c>/guides/{guide}</c> that answer links point to.</summary>
public static class AskApi
{
    /// <summary>Longest question accepted (contract: longer is a 400).</summary>
    public const int MaxQuestionLength = 500;

    public const int DefaultResults = 5;

    public static void MapAskApi(this WebApplication app)
    {
        app.MapGet("/api/ask", (string? q, string? k, string? lang, GuideSearch search) =>
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
            var answer = search.Ask(question, Math.Clamp(count, 1, GuideSearch.MaxResults), source: "api");
            return Results.Json(new AskResponse(
                question,
                answer.Answered,
                answer.Hits.Select(h => new AskResult(h.Section.Guide, h.Section.Heading, h.Section.Path, h.Section.Anchor, Math.Round(h.Score, 3), h.Section.FullText)).ToArray()));
        }).RequireRateLimiting(RateLimits.Ask);

        app.MapGet("/guides", (GuideSearch search) =>
        {
            var items = search.Index.Catalog.Guides.Select(g => $"<li><a href=\"guides/{Uri.EscapeDataString(g.Name)}\">{WebUtility.HtmlEncode(g.Title)}</a></li>");
            return Html("Guides", $"<ul>{string.Concat(items)}</ul>");
        });

        app.MapGet("/guides/{guide}", (string guide, GuideSearch search) =>
        {
            var found = search.Index.Catalog.FindGuide(guide);
            return found is null
                ? HostingExtensions.Problem(StatusCodes.Status404NotFound, "Unknown guide")
                : Html(found.Title, Markdown.ToHtml(found.Markdown, GuideParser.Pipeline));
        });
    }

    // The guides are the project's own trusted markdown; Markdig renders their html blocks (image layout divs) as-is.
    private static IResult Html(string title, string body) => Results.Content(
        $"<!doctype html><html><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)}</title>" +
        "<style>body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.6}pre{background:#f4f4f4;padding:.75rem;overflow:auto}</style>" +
        $"</head><body>{body}</body></html>",
        "text/html; charset=utf-8");
}

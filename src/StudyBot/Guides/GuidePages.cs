using System.Net;
using System.Runtime.CompilerServices;
using Ganss.Xss;
using Markdig;
using StudyBot.Hosting;

namespace StudyBot.Guides;

/// <summary><c>/guides</c> and <c>/guides/{guide}</c>: the guide pages that answer links point to. The markdown's raw
/// HTML (the guides' image layout divs) is rendered, then sanitised (HtmlSanitizer: no scripts, event handlers,
/// forms, frames or non-http(s) URLs), because the guides folder is configuration (<c>Guides:Path</c>, hot-reloaded),
/// not code. Pages carry the same security headers as every other page (CSP without inline scripts, nosniff, no framing).</summary>
public static class GuidePages
{
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    // One sanitised page per guide object: a reload of the guides makes new objects, so stale pages are collected.
    private static readonly ConditionalWeakTable<Guide, string> Rendered = [];

    public static void MapGuidePages(this WebApplication app)
    {
        app.MapGet("/guides", (HttpContext http, GuideSearch search) =>
        {
            var items = search.Index.Catalog.Guides.Select(g => $"<li><a href=\"guides/{Uri.EscapeDataString(g.Name)}\">{WebUtility.HtmlEncode(g.Title)}</a></li>");
            return Html(http, "Guides", $"<ul>{string.Concat(items)}</ul>");
        });

        app.MapGet("/guides/{guide}", (string guide, HttpContext http, GuideSearch search) =>
        {
            var found = search.Index.Catalog.FindGuide(guide);
            return found is null
                ? HostingExtensions.Problem(StatusCodes.Status404NotFound, "Unknown guide")
                : Html(http, found.Title, Rendered.GetValue(found, static g => Render(g.Markdown)));
        });
    }

    /// <summary>Guide markdown as the HTML the page shows: Markdig's rendering with everything unsafe removed.</summary>
    public static string Render(string markdown) => Sanitizer.Sanitize(Markdown.ToHtml(markdown, GuideParser.Pipeline));

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();

        // Heading ids are the anchors answer links point to; classes mark code languages. No script runs on the page
        // (CSP), so an id cannot be used to clobber one.
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("class");
        foreach (var tag in new[] { "form", "button", "textarea", "select", "option", "optgroup", "datalist", "keygen", "output", "fieldset", "legend" })
        {
            sanitizer.AllowedTags.Remove(tag);
        }

        return sanitizer;
    }

    private static IResult Html(HttpContext http, string title, string body)
    {
        PageAssets.SecurityHeaders(http.Response);
        return Results.Content(
            $"<!doctype html><html><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)}</title>" +
            "<style>body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.6}pre{background:#f4f4f4;padding:.75rem;overflow:auto}</style>" +
            $"</head><body>{body}</body></html>",
            "text/html; charset=utf-8");
    }
}

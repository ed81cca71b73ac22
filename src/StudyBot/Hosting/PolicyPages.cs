using System.Net;
using Markdig;
using StudyBot.Conversation;

namespace StudyBot.Hosting;

/// <summary><c>/privacy</c> and <c>/terms</c>: the pages a Teams app manifest links to and a tenant admin reads before
/// approving the app. Served in every environment; Korean by default, English with <c>?lang=en</c> or an English
/// <c>Accept-Language</c>. The wording lives in <c>dialogs/{locale}/policy.yaml</c> (markdown, raw HTML disabled).</summary>
public static class PolicyPages
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static void MapPolicyPages(this WebApplication app)
    {
        app.MapGet("/privacy", (HttpContext http, Dialogs dialogs, string? lang) => Page(http, dialogs, lang, "privacy"));
        app.MapGet("/terms", (HttpContext http, Dialogs dialogs, string? lang) => Page(http, dialogs, lang, "terms"));
    }

    private static IResult Page(HttpContext http, Dialogs dialogs, string? lang, string page)
    {
        var requested = lang ?? http.Request.Headers.AcceptLanguage.ToString().Split(',')[0].Trim();
        var locale = dialogs.ResolveLocale(requested.Length > 0 ? requested : null);
        var other = dialogs.Locales.FirstOrDefault(l => !string.Equals(l, locale, StringComparison.OrdinalIgnoreCase)) ?? locale;
        var title = WebUtility.HtmlEncode(dialogs.Template(locale, $"policy.{page}.title"));
        var body = Markdown.ToHtml(dialogs.Template(locale, $"policy.{page}.body"), Pipeline);

        // Static text only: nothing to script, frame or fetch.
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        http.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Content(
            $"<!doctype html><html lang=\"{WebUtility.HtmlEncode(locale)}\"><head><meta charset=\"utf-8\">" +
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
            $"<title>{title}</title>" +
            "<style>body{font-family:system-ui,'Noto Sans CJK KR',sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.65}nav{text-align:right}</style>" +
            $"</head><body><nav><a href=\"{page}?lang={WebUtility.HtmlEncode(other)}\" hreflang=\"{WebUtility.HtmlEncode(other)}\">{WebUtility.HtmlEncode(dialogs.Template(other, "policy.other_language"))}</a></nav>" +
            $"<h1>{title}</h1>{body}</body></html>",
            "text/html; charset=utf-8");
    }
}

using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using StudyBot.Conversation;
using StudyBot.Hosting;

namespace StudyBot.WebChat;

/// <summary>The page at <c>/</c>: Web Chat from the npm bundle (read from the content root, never a CDN) plus the
/// page's own script and style, embedded in the assembly. Page texts come from <c>dialogs/*/webchat.yaml</c>.</summary>
public static class WebChatPage
{
    private static readonly string[] PageTexts = ["title", "subtitle", "language", "chat", "connecting", "failed", "bundle_missing"];

    public static void MapWebChatPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", Page);
        app.MapGet("/webchat/app.js", () => Asset("app.js", "text/javascript; charset=utf-8"));
        app.MapGet("/webchat/app.css", () => Asset("app.css", "text/css; charset=utf-8"));
        app.MapGet("/webchat/webchat.js", Bundle);
    }

    private static IResult Page(HttpContext context, Dialogs dialogs)
    {
        var lang = PageAssets.Locale(context.Request, dialogs);
        var texts = dialogs.Locales.ToDictionary(l => l, l => PageTexts.ToDictionary(k => k, k => dialogs.Plain(l, "webchat.page." + k)));

        // The texts go into a <script type="application/json">: the default encoder escapes '<', '>' and '&', so no
        // text can close the element.
        var html = PageAssets.Read("index.html")
            .Replace("{{lang}}", lang, StringComparison.Ordinal)
            .Replace("{{texts}}", JsonSerializer.Serialize(texts), StringComparison.Ordinal);
        foreach (var key in PageTexts)
        {
            html = html.Replace("{{" + key + "}}", System.Net.WebUtility.HtmlEncode(texts[lang][key]), StringComparison.Ordinal);
        }

        PageAssets.SecurityHeaders(context.Response);
        return Results.Content(html, "text/html; charset=utf-8");
    }

    private static IResult Asset(string name, string contentType) => Results.Content(PageAssets.Read(name), contentType);

    private static IResult Bundle(IHostEnvironment env, IOptions<WebChatOptions> options)
    {
        var file = new FileInfo(ContentPaths.Resolve(env, options.Value.BundlePath));
        if (!file.Exists)
        {
            return HostingExtensions.Problem(StatusCodes.Status404NotFound, "Web Chat bundle not installed", "Run scripts/deps.sh (npm ci) to install botframework-webchat.");
        }

        var etag = new EntityTagHeaderValue($"\"{file.Length:x}-{file.LastWriteTimeUtc.Ticks:x}\"");
        return Results.File(file.FullName, "text/javascript; charset=utf-8", lastModified: file.LastWriteTimeUtc, entityTag: etag);
    }
}

using System.Collections.Concurrent;
using StudyBot.Conversation;

namespace StudyBot.Hosting;

/// <summary>StudyBot's own pages: their files (embedded in the assembly as <c>StudyBot.Pages.{file}</c>: the Web Chat
/// page's <c>WebChat/Page/*</c>, the dashboard's <c>Cohorts/Dashboard/*.html|css</c>), their language and the security
/// headers every page sends.</summary>
internal static class PageAssets
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static string Read(string name) => Cache.GetOrAdd(name, static name =>
    {
        using var stream = typeof(PageAssets).Assembly.GetManifestResourceStream("StudyBot.Pages." + name)
                           ?? throw new InvalidOperationException($"embedded page asset {name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The dialogs locale of a page: <c>?lang=</c>, else the browser's preferred language, else Korean.</summary>
    public static string Locale(HttpRequest request, Dialogs dialogs) =>
        dialogs.ResolveLocale(request.Query["lang"].FirstOrDefault()
                              ?? request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1).FirstOrDefault()?.Value.Value);

    /// <summary>Headers every StudyBot page sends: no sniffing, no framing, only same-origin scripts and connections.
    /// Styles may be inline because Web Chat injects its own style elements.</summary>
    public static void SecurityHeaders(HttpResponse response)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.XFrameOptions = "DENY";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'";
    }
}

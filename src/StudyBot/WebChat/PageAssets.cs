using System.Collections.Concurrent;
using StudyBot.Conversation;

namespace StudyBot.WebChat;

/// <summary>The pages' own files (<c>WebChat/Page/*</c>, embedded in the assembly) and the page language.</summary>
internal static class PageAssets
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static string Read(string name) => Cache.GetOrAdd(name, static name =>
    {
        using var stream = typeof(PageAssets).Assembly.GetManifestResourceStream("StudyBot.WebChat.Page." + name)
                           ?? throw new InvalidOperationException($"embedded page asset {name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The dialogs locale of a page: <c>?lang=</c>, else the browser's preferred language, else Korean.</summary>
    public static string Locale(HttpRequest request, Dialogs dialogs) =>
        dialogs.ResolveLocale(request.Query["lang"].FirstOrDefault()
                              ?? request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1).FirstOrDefault()?.Value.Value);
}

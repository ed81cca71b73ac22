using System.Globalization;
using System.Net;
using System.Text;
using StudyBot.Conversation;
using StudyBot.Hosting;

namespace StudyBot.Cohorts.Dashboard;

/// <summary><c>GET /dashboard/{cohort}</c>: a cohort's completion per item and per learner as server-rendered SVG
/// charts, its roadmap position and next reminder. Open in Development; elsewhere it needs the admin key
/// (<c>X-Admin-Key</c> header or <c>?key=</c>) and is 404 while <c>Admin:ApiKey</c> is unset, like the admin API.</summary>
public static class DashboardEndpoints
{
    public static void MapDashboard(this IEndpointRouteBuilder app)
    {
        app.MapGet("/dashboard/{cohort}", RenderAsync);
        app.MapGet("/webchat/dashboard.css", () => Results.Content(PageAssets.Read("dashboard.css"), "text/css; charset=utf-8"));
    }

    private static async Task<IResult> RenderAsync(
        string cohort,
        HttpContext context,
        IDashboardSource source,
        Dialogs dialogs,
        IHostEnvironment env,
        IConfiguration configuration,
        CancellationToken cancellationToken)
    {
        if (Refuse(context.Request, env, configuration) is { } refused)
        {
            return refused;
        }

        var locale = PageAssets.Locale(context.Request, dialogs);
        var dashboard = await source.GetAsync(cohort, locale, cancellationToken);

        PageAssets.SecurityHeaders(context.Response);
        if (dashboard is null)
        {
            var html = Html(locale, dialogs.Plain(locale, "cohorts.dashboard.title", new { cohort }), Paragraph(dialogs.Plain(locale, "cohorts.dashboard.unknown_cohort", new { cohort })));
            return Results.Content(html, "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        return Results.Content(Render(dashboard, dialogs, locale), "text/html; charset=utf-8");
    }

    internal static string Render(CohortDashboard d, Dialogs dialogs, string locale)
    {
        string T(string key, object? args = null) => dialogs.Plain(locale, "cohorts.dashboard." + key, args);
        var body = new StringBuilder();
        if (d.Track is not null)
        {
            body.Append(Paragraph(T("track", new { track = d.Track }), "muted"));
        }

        body.Append(Section("roadmap", T("roadmap"), d.Position switch
        {
            null => Paragraph(T("not_available"), "muted"),
            { TotalDays: > 0 } p => Paragraph(T("roadmap_day", new { label = p.Label, day = p.Day, total = p.TotalDays }))
                + $"<progress class=\"progress\" max=\"{p.TotalDays}\" value=\"{Math.Clamp(p.Day, 0, p.TotalDays)}\" aria-label=\"{Esc(p.Label)}\"></progress>",
            { } p => Paragraph(p.Label),
        }));

        body.Append(Section("next-reminder", T("next_reminder"), d.NextReminder is { } next
            ? $"<p><time datetime=\"{next.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)}\">{Esc(next.ToString("yyyy-MM-dd HH:mm (zzz)", CultureInfo.InvariantCulture))}</time></p>"
            : Paragraph(T("not_available"), "muted")));

        body.Append(Section("items", T("items"), Chart("items-chart", T("items_chart"), d.Items?.Select(i => new Bar(i.ItemId, i.Done, i.Learners, $"{i.ItemId} — {i.Title}")).ToArray(), T)));
        body.Append(Section("learners", T("learners"), Chart("learners-chart", T("learners_chart"), d.Learners?.Select(l => new Bar(l.Learner, l.Done, l.Total)).ToArray(), T)));
        return Html(locale, T("title", new { cohort = d.Cohort }), body.ToString());
    }

    private static string Chart(string id, string title, IReadOnlyList<Bar>? bars, Func<string, object?, string> t) => bars switch
    {
        null => Paragraph(t("not_available", null), "muted"),
        { Count: 0 } => Paragraph(t("none", null), "muted"),
        _ => SvgBarChart.Render(id, title, bars),
    };

    private static string Html(string locale, string title, string body) =>
        PageAssets.Read("dashboard.html")
            .Replace("{{lang}}", locale, StringComparison.Ordinal)
            .Replace("{{title}}", Esc(title), StringComparison.Ordinal)
            .Replace("{{body}}", body, StringComparison.Ordinal);

    private static string Section(string id, string heading, string content) =>
        $"<section id=\"{id}\" aria-labelledby=\"{id}-h\"><h2 id=\"{id}-h\">{Esc(heading)}</h2>{content}</section>\n";

    private static string Paragraph(string text, string? cssClass = null) =>
        cssClass is null ? $"<p>{Esc(text)}</p>" : $"<p class=\"{cssClass}\">{Esc(text)}</p>";

    private static string Esc(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Open in Development; otherwise the admin key is required (404 while none is configured).</summary>
    private static IResult? Refuse(HttpRequest request, IHostEnvironment env, IConfiguration configuration)
    {
        if (env.IsDevelopment())
        {
            return null;
        }

        var expected = configuration[AdminKey.ConfigKey];
        if (string.IsNullOrEmpty(expected))
        {
            return Results.NotFound();
        }

        // A browser cannot send a header when following a link, hence ?key= besides the operator API's header.
        var given = request.Headers[AdminKey.Header].FirstOrDefault() ?? request.Query["key"].FirstOrDefault() ?? string.Empty;
        return AdminKey.IsMatch(given, expected)
            ? null
            : HostingExtensions.Problem(StatusCodes.Status401Unauthorized, "Admin key required", "Send X-Admin-Key (or ?key=).");
    }
}

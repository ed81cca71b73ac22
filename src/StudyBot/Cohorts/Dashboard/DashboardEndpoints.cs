using System.Globalization;
using System.Net;
using System.Text;
using StudyBot.Conversation;
using StudyBot.Hosting;

namespace StudyBot.Cohorts.Dashboard;

/// <summary><c>GET /dashboard/{cohort}</c>: a cohort's completion per item and per learner as server-rendered SVG
/// charts, its roadmap position and next reminder. Open in Development; elsewhere it needs a signed link or its session
/// cookie (<see cref="DashboardAccess"/>), or the <c>X-Admin-Key</c> header, and is 404 while <c>Admin:ApiKey</c> is
/// unset, like the admin API. <c>POST /api/admin/cohorts/{cohort}/dashboard-link</c> hands out the links.</summary>
public static class DashboardEndpoints
{
    public static void MapDashboard(this IEndpointRouteBuilder app)
    {
        app.MapGet("/dashboard/{cohort}", RenderAsync);
        app.MapPost("/api/admin/cohorts/{cohort}/dashboard-link", (string cohort, HttpRequest request, DashboardAccess access) =>
        {
            var (pathAndQuery, expiresAt) = access.CreateLink(cohort);
            return Results.Ok(new DashboardLink($"{request.Scheme}://{request.Host}{pathAndQuery}", pathAndQuery, expiresAt));
        }).RequireAdminKey();
        app.MapGet("/webchat/dashboard.css", () => Results.Content(PageAssets.Read("dashboard.css"), "text/css; charset=utf-8"));
    }

    private static async Task<IResult> RenderAsync(
        string cohort,
        HttpContext context,
        IDashboardSource source,
        Dialogs dialogs,
        IHostEnvironment env,
        IConfiguration configuration,
        DashboardAccess access,
        CancellationToken cancellationToken)
    {
        if (Refuse(cohort, context, env, configuration, access) is { } refused)
        {
            return refused;
        }

        var locale = PageAssets.Locale(context.Request, dialogs);
        var dashboard = await source.GetAsync(cohort, locale, cancellationToken);

        PageAssets.SecurityHeaders(context.Response);
        if (dashboard is null)
        {
            var quoted = Text.Echo(cohort);
            var html = Html(locale, dialogs.Plain(locale, "cohorts.dashboard.title", new { cohort = quoted }), Paragraph(dialogs.Plain(locale, "cohorts.dashboard.unknown_cohort", new { cohort = quoted })));
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
            ? $"<p><time datetime=\"{next.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)}\">{Esc(d.NextReminderText ?? next.ToString("yyyy-MM-dd HH:mm (zzz)", CultureInfo.InvariantCulture))}</time></p>"
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

    /// <summary>Open in Development; otherwise a session cookie, a signed link (which starts a session and redirects to
    /// the clean URL) or the admin key header; 404 while no admin key is configured.</summary>
    private static IResult? Refuse(string cohort, HttpContext context, IHostEnvironment env, IConfiguration configuration, DashboardAccess access)
    {
        if (env.IsDevelopment())
        {
            return null;
        }

        if (!access.IsConfigured)
        {
            return Results.NotFound();
        }

        var request = context.Request;
        if (access.HasSession(request, cohort)
            || request.Headers.TryGetValue(AdminKey.Header, out var header) && SecretComparison.AreEqual(header.ToString(), configuration[AdminKey.ConfigKey]!))
        {
            return null;
        }

        if (access.IsValidLink(cohort, request.Query["exp"], request.Query["sig"]))
        {
            access.StartSession(context.Response, cohort);
            context.Response.Headers.CacheControl = "no-store";
            return Results.Redirect(DashboardAccess.PathOf(cohort) + (request.Query.TryGetValue("lang", out var lang) ? "?lang=" + Uri.EscapeDataString(lang.ToString()) : string.Empty));
        }

        return HostingExtensions.Problem(StatusCodes.Status401Unauthorized, "Dashboard link required", "Open a signed link from POST /api/admin/cohorts/{cohort}/dashboard-link (it expires), or send X-Admin-Key. The admin key is never accepted in the URL.");
    }
}

/// <summary>A signed dashboard link: absolute as this request saw the service, the path alone, and its expiry.</summary>
public sealed record DashboardLink(string Url, string Path, DateTimeOffset ExpiresAt);

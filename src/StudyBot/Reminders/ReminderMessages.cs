using System.Globalization;
using Microsoft.Extensions.Options;
using StudyBot.Cohorts;
using StudyBot.Conversation;
using StudyBot.Guides;

namespace StudyBot.Reminders;

/// <summary>How many learners finished all checkpoints of the class day before the reminder's (<see cref="Day"/>).</summary>
public sealed record PreviousDayFinishers(CoursePosition Day, int Finished);

/// <summary>Builds the reminder and /today /roadmap replies from roadmaps; every word comes from <c>dialogs/</c>.</summary>
public sealed class ReminderMessages(Dialogs dialogs, IOptions<GuidesOptions> guides)
{
    /// <summary>"Week 3 · Day 5" (course) or "2단계 · 3개월차 · Day 40" (role guides).</summary>
    public string When(string locale, CoursePosition p) => p.Day is { } d
        ? dialogs.Plain(locale, "reminders.week_day", new { week = d.Week, day = d.Day })
        : dialogs.Plain(locale, "reminders.stage_day", new { stage = p.Stage?.Number ?? 0, month = p.Month, day = p.CourseDay });

    /// <summary>The morning plan: day, theme, sessions and labs with durations and links, checkpoints with done
    /// buttons, and how many learners finished the previous class day's checkpoints.</summary>
    public Reply Morning(Cohort cohort, CoursePosition p, PreviousDayFinishers? previous, TimeOnly? lateFor, WeeklyDigest? digest = null)
    {
        var l = cohort.Locale;
        var b = new ReplyBuilder()
            .Heading(dialogs.Format(l, "reminders.morning.title", new { cohort = cohort.Id, when = When(l, p) }))
            .Visibility(ReplyVisibility.InChannel);
        Late(b, cohort, p.Date, lateFor);
        AddPlan(b, l, p);
        if (previous is not null)
        {
            b.Context(dialogs.Format(l, "reminders.morning.previous_day", new { when = When(l, previous.Day), count = previous.Finished }));
        }

        if (digest is not null)
        {
            b.Divider()
                .Text(dialogs.Format(l, "reminders.digest.title"))
                .Text(dialogs.Format(l, "reminders.digest.rate", new { pct = digest.Pct, learners = digest.Learners }));
            if (digest.MostOpen.Count > 0)
            {
                b.Text(dialogs.Format(l, "reminders.digest.open_title"))
                    .List(digest.MostOpen.Select(o => dialogs.Format(l, "reminders.digest.open_line", new { id = o.Item.Id, title = o.Item.Title, open = o.Open, learners = digest.Learners })));
            }
        }

        b.Context(dialogs.Format(l, "reminders.morning.footer"));
        return b.Fallback(dialogs.Plain(l, "reminders.morning.title", new { cohort = cohort.Id, when = When(l, p) })).Build();
    }

    public Reply Lab(Cohort cohort, CoursePosition p, TimeOnly? lateFor)
    {
        var l = cohort.Locale;
        var b = new ReplyBuilder()
            .Heading(dialogs.Format(l, "reminders.lab.title", new { cohort = cohort.Id, when = When(l, p) }))
            .Visibility(ReplyVisibility.InChannel);
        Late(b, cohort, p.Date, lateFor);
        b.List((p.Day?.Sessions ?? []).Where(s => s.IsLab).Select(s => SessionLine(l, s)));
        return b.Fallback(dialogs.Plain(l, "reminders.lab.title", new { cohort = cohort.Id, when = When(l, p) })).Build();
    }

    /// <summary>/today for a learner: the same plan, privately, with the learner's own marks on the checkpoints
    /// (<paramref name="doneIds"/>, null when unknown) and, once they are all done, the next item by the one rule.</summary>
    public Reply Today(string locale, Cohort cohort, CoursePosition p, string? nextReminder, IReadOnlySet<string>? doneIds, IReadOnlyList<ChecklistItem> nextItems)
    {
        var b = new ReplyBuilder().Heading(dialogs.Format(locale, "reminders.today.title", new { cohort = cohort.Id, when = When(locale, p) }));
        AddPlan(b, locale, p, doneIds);
        if (nextItems is [var next, ..] && !RoadmapCheckpoints.Checkpoints(p).Contains(next))
        {
            b.Text(dialogs.Format(locale, "checklist.next", new { id = next.Id, title = next.Title }))
                .Actions(new ReplyAction(dialogs.Plain(locale, "checklist.next_button", new { id = next.Id }), "/done " + next.Id, Primary: true));
        }

        if (nextReminder is not null)
        {
            b.Context(dialogs.Format(locale, "reminders.today.next", new { when = nextReminder }));
        }

        return b.Build();
    }

    public Reply Roadmap(string locale, Roadmap r)
    {
        var b = new ReplyBuilder().Heading(dialogs.Format(locale, "reminders.roadmap.title", new { title = r.Title }));
        foreach (var w in r.Weeks)
        {
            b.Text(dialogs.Format(locale, "reminders.roadmap.week", new { week = w.Number, topic = w.Topic }).Append(new Span(" — ")).Append(Inline.Link(dialogs.Plain(locale, "reminders.guide_link"), Url(w.Section))));
            b.Fields([
                (dialogs.Format(locale, "reminders.roadmap.goals"), Inline.Plain(string.Join(" · ", w.Goals))),
                (dialogs.Format(locale, "reminders.roadmap.keywords"), Inline.Plain(string.Join(" · ", w.Keywords))),
                (dialogs.Format(locale, "reminders.roadmap.labs"), Inline.Plain(string.Join(" · ", w.Labs))),
            ]);
        }

        if (r.Weeks.Count == 0)
        {
            foreach (var week in r.Days.GroupBy(d => d.Week))
            {
                b.List(week.Select(d => dialogs.Format(locale, "reminders.roadmap.day", new { when = dialogs.Plain(locale, "reminders.week_day", new { week = d.Week, day = d.Day }), theme = d.Theme })
                    .Append(d.Sessions.Count == 0 ? Inline.Empty : Inline.Plain(" — " + string.Join(", ", d.Sessions.Select(s => s.Title + Minutes(locale, s.Duration)))))));
            }
        }

        foreach (var s in r.Stages)
        {
            var months = s.ToMonth is { } to
                ? dialogs.Plain(locale, "reminders.roadmap.months", new { from = s.FromMonth, to })
                : dialogs.Plain(locale, "reminders.roadmap.months_open", new { from = s.FromMonth });
            b.Text(dialogs.Format(locale, "reminders.roadmap.stage", new { number = s.Number, title = s.Title, months }).Append(new Span(" — ")).Append(Inline.Link(dialogs.Plain(locale, "reminders.guide_link"), Url(s.Section))));
            b.List(s.Items.Select(Inline.Plain));
        }

        if (r.Checklist.Count > 0)
        {
            b.Text(dialogs.Format(locale, "reminders.roadmap.checklist"));
            b.List(r.Checklist.Select(i => CheckpointLine(locale, i)));
        }

        return b.Context(dialogs.Format(locale, "reminders.roadmap.footer")).Build();
    }

    public string Url(GuideSection s)
    {
        var baseUrl = string.IsNullOrEmpty(guides.Value.BaseUrl) ? "/guides/" : guides.Value.BaseUrl;
        return $"{baseUrl}{Uri.EscapeDataString(s.Guide)}#{Uri.EscapeDataString(s.Anchor)}";
    }

    private void AddPlan(ReplyBuilder b, string l, CoursePosition p, IReadOnlySet<string>? doneIds = null)
    {
        if (p.Day is { } day)
        {
            b.Text(dialogs.Format(l, "reminders.morning.theme", new { theme = day.Theme }));
            if (day.Sessions.Count > 0)
            {
                b.Text(dialogs.Format(l, "reminders.morning.sessions"));
                b.List(day.Sessions.Select(s => SessionLine(l, s)));
            }

            Checkpoints(b, l, day.Checkpoints, doneIds);
        }
        else if (p.Stage is { } stage)
        {
            b.Text(dialogs.Format(l, "reminders.morning.stage", new { number = stage.Number, title = stage.Title }).Append(new Span(" — ")).Append(Inline.Link(dialogs.Plain(l, "reminders.guide_link"), Url(stage.Section))));
            b.List(stage.Items.Select(Inline.Plain));
            Checkpoints(b, l, stage.Checkpoints, doneIds);
        }
    }

    /// <summary>The checkpoints, then one button per open checkpoint that names it ("완료: helm-chart"): whoever presses
    /// it records it for themselves (the button sends <c>/done id</c> as the presser).</summary>
    private void Checkpoints(ReplyBuilder b, string l, IReadOnlyList<ChecklistItem> items, IReadOnlySet<string>? doneIds)
    {
        if (items.Count == 0)
        {
            return;
        }

        b.Text(dialogs.Format(l, "reminders.morning.checkpoints"));
        b.List(items.Select(item => doneIds is null
            ? CheckpointLine(l, item)
            : Inline.Plain(doneIds.Contains(item.Id) ? "✅ " : "⬜ ").Append(CheckpointLine(l, item))));
        b.Actions([.. items.Where(i => doneIds?.Contains(i.Id) != true)
            .Select(i => new ReplyAction(dialogs.Plain(l, "reminders.done_button", new { id = i.Id }), "/done " + i.Id))]);
    }

    private Inline CheckpointLine(string l, ChecklistItem item) => dialogs.Format(l, "reminders.checkpoint_line", new { id = item.Id, title = item.Title });

    private Inline SessionLine(string l, RoadmapSession s) =>
        Inline.Of(Inline.Bold(s.Title), new Span(Minutes(l, s.Duration)), new Span(" — "), Inline.Link(dialogs.Plain(l, "reminders.guide_link"), Url(s.Section)));

    private string Minutes(string l, TimeSpan? d) =>
        d is { } x ? " (" + dialogs.Plain(l, "reminders.minutes", new { n = ((int)x.TotalMinutes).ToString(CultureInfo.InvariantCulture) }) + ")" : string.Empty;

    private void Late(ReplyBuilder b, Cohort cohort, DateOnly date, TimeOnly? lateFor)
    {
        if (lateFor is { } t)
        {
            b.Context(dialogs.Format(cohort.Locale, "reminders.late", new { time = LocalTimes.Time(t, date, CourseCalendar.Zone(cohort)) }));
        }
    }
}

using System.Text.Json;
using StudyBot.Connector;
using StudyBot.Connector.Cards;
using StudyBot.Conversation;

namespace StudyBot.Tests.Connector.Teams;

public sealed class AdaptiveCardRendererTests
{
    /// <summary>An answer from the guides: heading, text with styles and a link, code, sources, feedback buttons.</summary>
    internal static Reply Answer() => new ReplyBuilder()
        .Heading(Inline.Plain("Session 2: 오토스케일링 & 자동화 (50분)"))
        .Text(Inline.Of(new Span("HPA 는 "), Inline.Bold("목표 사용률"), new Span(" 에 맞춰 "), Inline.Code("replicas"), new Span(" 를 계산해요.")))
        .Code("desiredReplicas = ceil[currentReplicas * ( currentMetricValue / desiredMetricValue )]", "text")
        .Context(Inline.Of(new Span("출처: "), Inline.Link("k8s-week3-part3 › Session 2", "https://example.org/guides/k8s-week3-part3#session-2")))
        .Actions(new ReplyAction("👍", "/feedback up q1"), new ReplyAction("👎", "/feedback down q1"))
        .Build();

    /// <summary>A learner's progress: fields per track, the checklist, a divider, and the next item to mark done.</summary>
    internal static Reply Progress() => new ReplyBuilder()
        .Heading(Inline.Plain("Kim 님의 진행 상황"))
        .Fields([(Inline.Plain("devops-k8s-5weeks"), Inline.Plain("2/3 (67%)"))])
        .List([Inline.Plain("✅ k8s-pods — Pod 이해"), Inline.Plain("✅ k8s-hpa — HPA 설정"), Inline.Plain("⬜ k8s-operator — Operator 개발")])
        .Divider()
        .Context(Inline.Plain("다음: k8s-operator"))
        .Actions(new ReplyAction("완료: k8s-operator", "/done k8s-operator", Primary: true), new ReplyAction("체크리스트", "/checklist"))
        .Visibility(ReplyVisibility.InChannel)
        .Build();

    /// <summary>A morning reminder: the day's sessions and labs with guide links.</summary>
    internal static Reply Reminder() => new ReplyBuilder()
        .Heading(Inline.Plain("Week 3 · Day 5 — 운영 & 고급 기능"))
        .List([
            Inline.Of(new Span("09:00 "), Inline.Link("Session 1: 모니터링", "https://example.org/guides/k8s-week3-part3#session-1")),
            Inline.Of(new Span("14:00 "), Inline.Bold("Lab"), new Span(" HPA 부하 테스트")),
        ])
        .Context(Inline.Of(new Span("오늘 확인할 항목: "), Inline.Code("k8s-hpa")))
        .Actions(new ReplyAction("HPA 완료", "/done k8s-hpa", Primary: true))
        .Visibility(ReplyVisibility.InChannel)
        .Build();

    [Fact]
    public void Answer_card_matches_its_snapshot() =>
        CardSnapshots.Match("answer.full", AdaptiveCardRenderer.RenderFull(Answer()).ToJson(indented: true));

    [Fact]
    public void Progress_card_matches_its_snapshot() =>
        CardSnapshots.Match("progress.full", AdaptiveCardRenderer.RenderFull(Progress()).ToJson(indented: true));

    [Fact]
    public void Reminder_card_matches_its_snapshot() =>
        CardSnapshots.Match("reminder.full", AdaptiveCardRenderer.RenderFull(Reminder()).ToJson(indented: true));

    [Fact]
    public void The_buttons_card_sent_with_a_reply_matches_its_snapshot() =>
        CardSnapshots.Match("progress.actions", AdaptiveCardRenderer.RenderActions(Progress())!.ToJson(indented: true));

    [Fact]
    public void A_card_declares_schema_1_5_and_every_element_has_a_known_type()
    {
        using var json = JsonDocument.Parse(AdaptiveCardRenderer.RenderFull(Progress()).ToJson());
        var root = json.RootElement;
        Assert.Equal("AdaptiveCard", root.GetProperty("type").GetString());
        Assert.Equal("1.5", root.GetProperty("version").GetString());
        Assert.Equal(AdaptiveCard.SchemaUrl, root.GetProperty("$schema").GetString());
        string[] known = ["TextBlock", "RichTextBlock", "Container", "FactSet", "ColumnSet", "ActionSet", "TextRun", "Column", "Action.Submit", "Action.OpenUrl", "Action.Execute"];
        foreach (var type in Types(root.GetProperty("body")))
        {
            Assert.Contains(type, known);
        }
    }

    [Fact]
    public void Guide_or_user_text_is_never_read_as_markup()
    {
        var hostile = new ReplyBuilder()
            .Text(Inline.Of(new Span("**not bold** <at>Boss</at> "), Inline.Link("click", "javascript:alert(1)")))
            .Fields([(Inline.Plain("*title*"), Inline.Plain("[x](https://evil.example)"))])
            .Build();
        using var json = JsonDocument.Parse(AdaptiveCardRenderer.RenderFull(hostile).ToJson());
        var body = json.RootElement.GetProperty("body");

        // Text goes into RichTextBlock runs, which no client interprets as markdown; a non-web link is not clickable.
        var runs = body[0].GetProperty("inlines");
        Assert.Equal("**not bold** <at>Boss</at> ", runs[0].GetProperty("text").GetString());
        Assert.False(runs[1].TryGetProperty("selectAction", out _));

        // FactSet is card markdown: its text is escaped.
        var fact = body[1].GetProperty("facts")[0];
        Assert.Equal(@"\*title\*", fact.GetProperty("title").GetString());
        Assert.Equal(@"\[x\](https://evil.example)", fact.GetProperty("value").GetString());
    }

    [Fact]
    public void A_button_sends_its_command_as_value_and_as_a_Teams_messageBack()
    {
        using var json = JsonDocument.Parse(AdaptiveCardRenderer.RenderActions(Progress())!.ToJson());
        var action = json.RootElement.GetProperty("actions")[0];
        Assert.Equal("Action.Submit", action.GetProperty("type").GetString());
        var data = action.GetProperty("data");
        Assert.Equal("/done k8s-operator", data.GetProperty("command").GetString());
        Assert.Equal("messageBack", data.GetProperty("msteams").GetProperty("type").GetString());
        Assert.Equal("/done k8s-operator", data.GetProperty("msteams").GetProperty("text").GetString());
        Assert.Equal("/done k8s-operator", data.GetProperty("msteams").GetProperty("displayText").GetString());
    }

    [Theory]
    [InlineData(Channels.MsTeams, true)]
    [InlineData(Channels.WebChat, true)]
    [InlineData(Channels.DirectLine, true)]
    [InlineData(Channels.Emulator, true)]
    [InlineData(Channels.Slack, false)]
    [InlineData("telegram", false)]
    public void Text_carries_the_markdown_and_card_channels_get_the_buttons_instead_of_their_commands(string channelId, bool expectCard)
    {
        var reply = Progress();
        var activity = new AdaptiveCardReplyRenderer().Render(reply, new Activity { ChannelId = channelId, Conversation = new ConversationAccount { Id = "c1" } });

        Assert.Equal(MarkdownRenderer.Render(reply, actionsAsText: !expectCard), activity.Text);
        Assert.Equal(!expectCard, activity.Text!.Contains("/done k8s-operator", StringComparison.Ordinal));
        Assert.Equal(TextFormats.Markdown, activity.TextFormat);
        if (expectCard)
        {
            var attachment = Assert.Single(activity.Attachments!);
            Assert.Equal(AdaptiveCard.ContentType, attachment.ContentType);
            var card = Assert.IsType<AdaptiveCard>(attachment.Content);
            Assert.Empty(card.Body); // the text already shows the content; the card only adds the buttons
            Assert.Equal(2, card.Actions!.Count);
        }
        else
        {
            Assert.Null(activity.Attachments);
        }
    }

    [Fact]
    public void Thumbs_sit_side_by_side_in_one_row_beside_the_other_buttons()
    {
        var reply = new ReplyBuilder().Text(Inline.Plain("answer"))
            .Actions(new ReplyAction("더 보기", "/section g#a"), new ReplyAction("👍", "/feedback up g#a"), new ReplyAction("👎", "/feedback down g#a"))
            .Build();
        using var json = JsonDocument.Parse(AdaptiveCardRenderer.RenderActions(reply)!.ToJson());
        var row = Assert.Single(json.RootElement.GetProperty("body").EnumerateArray());
        Assert.Equal("ColumnSet", row.GetProperty("type").GetString());
        var titles = row.GetProperty("columns").EnumerateArray()
            .Select(c => c.GetProperty("items")[0].GetProperty("actions")[0].GetProperty("title").GetString()).ToArray();
        Assert.Equal(["👍", "👎"], titles);
        Assert.Equal("더 보기", Assert.Single(json.RootElement.GetProperty("actions").EnumerateArray()).GetProperty("title").GetString());
    }

    [Fact]
    public void A_reply_without_buttons_has_no_card()
    {
        var activity = new AdaptiveCardReplyRenderer().Render(Reply.Text("hello"), new Activity { ChannelId = Channels.MsTeams });
        Assert.Null(activity.Attachments);
        Assert.Equal("hello", activity.Text);
    }

    private static IEnumerable<string> Types(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in element.EnumerateObject())
                {
                    if (p.Name == "type" && p.Value.ValueKind == JsonValueKind.String && p.Value.GetString() != "messageBack")
                    {
                        yield return p.Value.GetString()!;
                    }

                    foreach (var t in Types(p.Value))
                    {
                        yield return t;
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var t in Types(item))
                    {
                        yield return t;
                    }
                }

                break;
        }
    }
}

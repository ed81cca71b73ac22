using System.Text.Json.Nodes;
using StudyBot.Slack;

namespace StudyBot.Tests.Slack;

public sealed class BlockKitRendererTests
{
    private static JsonArray Blocks(Reply reply)
    {
        var message = BlockKitRenderer.Render(reply);
        BlockKitLimits.AssertValid(message.ToJson());
        return message.Blocks;
    }

    private static string SectionText(JsonNode? block) => (string)block!["text"]!["text"]!;

    [Fact]
    public void Spans_become_mrkdwn_and_only_ampersand_and_angle_brackets_are_escaped()
    {
        var inline = Inline.Of(
            new Span("a < b & c > d *not bold* "),
            Inline.Bold(" kubectl "),
            new Span(" "),
            new Span("note", SpanStyle.Italic),
            new Span(" "),
            Inline.Code("k get po -l app=<x>"),
            new Span(" "),
            Inline.Link("HPA <docs>", "https://kubernetes.io/docs/a|b"));

        Assert.Equal(
            "a &lt; b &amp; c &gt; d *not bold*  *kubectl*  _note_ `k get po -l app=&lt;x&gt;` <https://kubernetes.io/docs/a%7Cb|HPA &lt;docs&gt;>",
            BlockKitRenderer.Mrkdwn(inline));
    }

    [Fact]
    public void Heading_list_code_context_divider_and_fields_map_to_their_blocks()
    {
        var reply = new ReplyBuilder()
            .Heading(Inline.Plain("Week 3 · Day 5"))
            .List([Inline.Plain("one"), Inline.Of(Inline.Code("two"))])
            .Code("kubectl apply -f hpa.yaml\n", "bash")
            .Divider()
            .Fields([(Inline.Plain("Done"), Inline.Plain("3/10 (30%)"))])
            .Context(Inline.Plain("source: guide"))
            .Build();

        var blocks = Blocks(reply);
        Assert.Equal(["header", "section", "section", "divider", "section", "context"], blocks.Select(b => (string)b!["type"]!));
        Assert.Equal("Week 3 · Day 5", (string)blocks[0]!["text"]!["text"]!);
        Assert.Equal("• one\n• `two`", SectionText(blocks[1]));
        Assert.Equal("```\nkubectl apply -f hpa.yaml\n```", SectionText(blocks[2]));
        Assert.Equal("*Done*\n3/10 (30%)", (string)blocks[4]!["fields"]![0]!["text"]!);
        Assert.Equal("source: guide", (string)blocks[5]!["elements"]![0]!["text"]!);
        Assert.Equal("Week 3 · Day 5", BlockKitRenderer.Render(reply).Text);
    }

    [Fact]
    public void A_heading_over_150_chars_becomes_a_bold_section()
    {
        var title = new string('가', 200);
        var blocks = Blocks(new ReplyBuilder().Heading(Inline.Plain(title)).Build());
        Assert.Equal("section", (string)blocks[0]!["type"]!);
        Assert.Equal("*" + title + "*", SectionText(blocks[0]));
    }

    [Fact]
    public void Long_text_is_split_into_sections_of_at_most_3000_chars_without_losing_any()
    {
        var words = string.Join(' ', Enumerable.Range(0, 2500).Select(i => "word" + i));
        var blocks = Blocks(new ReplyBuilder().Text(Inline.Of(Inline.Bold("Intro"), new Span(" " + words))).Build());

        Assert.True(blocks.Count >= 5);
        Assert.All(blocks, b => Assert.InRange(SectionText(b).Length, 1, 3000));
        Assert.Equal("*Intro* " + words, string.Concat(blocks.Select(SectionText)));
    }

    [Fact]
    public void A_long_list_and_long_code_are_split_at_line_boundaries()
    {
        var items = Enumerable.Range(0, 400).Select(i => Inline.Of(new Span($"✅ item-{i} — a checklist item title")));
        var code = string.Join('\n', Enumerable.Range(0, 400).Select(i => $"echo line {i} && kubectl get pods"));
        var blocks = Blocks(new ReplyBuilder().List(items).Code(code).Build());

        var listText = string.Join('\n', blocks.Select(SectionText).Where(t => t.StartsWith('•')));
        Assert.Equal(400, listText.Split('\n').Length);
        var codeSections = blocks.Select(SectionText).Where(t => t.StartsWith("```", StringComparison.Ordinal)).ToArray();
        Assert.True(codeSections.Length > 1);
        Assert.All(codeSections, t => Assert.EndsWith("\n```", t, StringComparison.Ordinal));
        Assert.Equal(code.Replace("&", "&amp;", StringComparison.Ordinal), string.Join('\n', codeSections.Select(t => t[4..^4])));
    }

    [Fact]
    public void Fields_are_grouped_ten_per_section()
    {
        var fields = Enumerable.Range(0, 23).Select(i => (Inline.Plain("track " + i), Inline.Plain(new string('x', 2500))));
        var blocks = Blocks(new ReplyBuilder().Fields(fields).Build());
        Assert.Equal([10, 10, 3], blocks.Select(b => b!["fields"]!.AsArray().Count));
        Assert.EndsWith("…", (string)blocks[0]!["fields"]![0]!["text"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Actions_are_buttons_whose_value_is_the_command_25_per_block_with_short_labels()
    {
        var actions = Enumerable.Range(0, 30).Select(i => new ReplyAction(i == 0 ? new string('L', 100) : "Done " + i, "/done item-" + i, Primary: i == 0)).ToArray();
        var blocks = Blocks(new ReplyBuilder().Actions(actions).Build());

        Assert.Equal([25, 5], blocks.Select(b => b!["elements"]!.AsArray().Count));
        var first = blocks[0]!["elements"]![0]!;
        Assert.Equal("/done item-0", (string)first["value"]!);
        Assert.Equal("primary", (string)first["style"]!);
        Assert.Equal(75, ((string)first["text"]!["text"]!).Length);
        Assert.Equal("/done item-29", (string)blocks[1]!["elements"]![4]!["value"]!);
    }

    [Fact]
    public void More_than_50_blocks_are_cut_with_an_ellipsis_keeping_the_buttons()
    {
        var builder = new ReplyBuilder();
        for (var i = 0; i < 70; i++)
        {
            builder.Text(Inline.Plain("paragraph " + i));
        }

        var blocks = Blocks(builder.Actions(new ReplyAction("Done", "/done k8s-operator")).Build());

        Assert.Equal(50, blocks.Count);
        Assert.Equal("paragraph 47", SectionText(blocks[47]));
        Assert.Equal("…", (string)blocks[48]!["elements"]![0]!["text"]!);
        Assert.Equal("actions", (string)blocks[49]!["type"]!);
    }

    [Fact]
    public void The_fallback_text_is_escaped_and_truncated()
    {
        var reply = new Reply([new TextBlock(Inline.Plain("x"))], "<b> & " + new string('y', 5000));
        var text = BlockKitRenderer.Render(reply).Text;
        Assert.StartsWith("&lt;b&gt; &amp; yyy", text, StringComparison.Ordinal);
        Assert.Equal(3000, text.Length);
        Assert.EndsWith("…", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_as_Slack_sees_it_is_within_the_limits()
    {
        var dialogs = new Dialogs(Dialogs.Load(Path.Combine(StudyBot.Hosting.ContentPaths.FindContentRoot(), "dialogs")));
        var working = Reply.Text(dialogs.Format("en", "slack.working"));
        Assert.Contains("Working on it", Blocks(working).ToJsonString(), StringComparison.Ordinal);
    }
}

namespace StudyBot.Tests.Conversation;

public sealed class InlineMarkupTests
{
    [Fact]
    public void Markup_becomes_styled_spans()
    {
        var inline = Inline.ParseMarkup("Type **now** `/done x` or [guide](https://g/x).");
        Assert.Equal(
            [new Span("Type "), new Span("now", SpanStyle.Bold), new Span(" "), new Span("/done x", SpanStyle.Code), new Span(" or "), new Span("guide", SpanStyle.Link, "https://g/x"), new Span(".")],
            inline.Spans);
    }

    [Fact]
    public void Placeholder_values_stay_literal()
    {
        var dialogs = new Dialogs(new() { ["ko"] = new() { ["k"] = "안녕 **{name}**" } });
        var inline = dialogs.Format("ko", "k", new { name = "*evil* [x](y)" });
        Assert.Equal([new Span("안녕 "), new Span("*evil* [x](y)", SpanStyle.Bold)], inline.Spans);
        Assert.Equal("**\\*evil\\* \\[x\\](y)**", MarkdownRenderer.Render(Reply.Text(inline)).Replace("안녕 ", string.Empty, StringComparison.Ordinal));
    }
}

using System.Text;
using StudyBot.Conversation;
using ReplyTextBlock = StudyBot.Conversation.TextBlock;

namespace StudyBot.Connector.Cards;

/// <summary>Turns a channel-neutral <see cref="Reply"/> into Adaptive Cards. Text goes into <c>RichTextBlock</c> runs
/// (plain text, styled per span) so guide or user text is never read as card markdown.</summary>
public static class AdaptiveCardRenderer
{
    /// <summary>The whole reply as a card (answers to <c>adaptiveCard/action</c> invokes, which replace the clicked card).</summary>
    public static AdaptiveCard RenderFull(Reply reply)
    {
        var body = new List<CardElement>();
        var separateNext = false;
        foreach (var block in reply.Blocks)
        {
            if (block is DividerBlock)
            {
                separateNext = true;
                continue;
            }

            var element = Render(block);
            if (separateNext)
            {
                element.Separator = true;
                element.Spacing = "medium";
                separateNext = false;
            }

            body.Add(element);
        }

        return new AdaptiveCard { Body = body, FallbackText = reply.Fallback, Msteams = new TeamsCardProperties("Full") };
    }

    /// <summary>Only the reply's buttons, or null when it has none. Sent next to the markdown text (which already carries
    /// everything else), so the learner does not read the reply twice.</summary>
    /// <param name="forPresser">Buttons as <c>Action.Execute</c>: the result replaces the card for the presser alone
    /// (Teams, on a card everyone sees, such as a reminder); otherwise <c>Action.Submit</c>.</param>
    public static AdaptiveCard? RenderActions(Reply reply, bool forPresser = false)
    {
        if (forPresser)
        {
            var buttons = reply.Blocks.OfType<ActionsBlock>().SelectMany(a => a.Actions).Select(CardAction (a) => Execute(a)).ToList();
            return buttons.Count == 0 ? null : new AdaptiveCard { Actions = buttons, FallbackText = reply.Fallback };
        }

        var all = reply.Blocks.OfType<ActionsBlock>().SelectMany(a => a.Actions).ToList();
        if (all.Count == 0)
        {
            return null;
        }

        // Symbol buttons (👍 👎) sit side by side in one row whatever the host's action orientation (Web Chat stacks
        // card actions); the other buttons stay the card's actions.
        var compact = all.Where(IsCompact).ToList();
        if (compact.Count < 2)
        {
            return new AdaptiveCard { Actions = [.. all.Select(CardAction (a) => Submit(a))], FallbackText = reply.Fallback };
        }

        var row = new ColumnSet { Columns = [.. compact.Select(a => new Column { Width = "auto", Items = [new ActionSet { Actions = [Submit(a)] }] })] };
        var rest = all.Where(a => !IsCompact(a)).Select(CardAction (a) => Submit(a)).ToList();
        return new AdaptiveCard { Body = [row], Actions = rest.Count > 0 ? rest : null, FallbackText = reply.Fallback };
    }

    /// <summary>A button labelled with a symbol or two and no words.</summary>
    private static bool IsCompact(ReplyAction action) =>
        action.Title.Length <= 4 && !action.Title.Any(char.IsLetterOrDigit);

    public static CardElement Render(ReplyBlock block) => block switch
    {
        HeadingBlock h => new RichTextBlock { Inlines = Runs(h.Text, size: "medium", weight: "bolder") },
        ReplyTextBlock t => new RichTextBlock { Inlines = Runs(t.Text) },
        CodeBlock c => new Container
        {
            Style = "emphasis",
            Items = [new RichTextBlock { Inlines = [new TextRun { Text = c.Code.TrimEnd('\n'), FontType = "monospace" }] }],
        },
        ListBlock l => new Container
        {
            Items = [.. l.Items.Select((item, i) => new RichTextBlock { Inlines = [new TextRun { Text = Bullet(l.DepthOf(i)) }, .. Runs(item)], Spacing = "small" })],
        },
        FieldsBlock f => new FactSet { Facts = [.. f.Fields.Select(x => new Fact(EscapeMarkdown(x.Label.PlainText), EscapeMarkdown(x.Value.PlainText)))] },
        ContextBlock c => new RichTextBlock { Inlines = Runs(c.Text, size: "small", subtle: true) },
        ActionsBlock a => new ActionSet { Actions = [.. a.Actions.Select(CardAction (x) => Submit(x))] },
        _ => throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "Unknown reply block"),
    };

    /// <summary>The bullet of a list item: nested items indented with em spaces and a hollow bullet.</summary>
    private static string Bullet(int depth) => depth == 0 ? "• " : new string('\u2003', depth) + "◦ ";

    /// <summary>A button that sends its command back: as the message <c>value</c> (Web Chat, Emulator) and, on Teams, as
    /// a <c>messageBack</c> whose text is the command.</summary>
    public static SubmitAction Submit(ReplyAction action) => new()
    {
        Title = action.Title,
        Style = action.Primary ? "positive" : null,
        Data = CommandData.For(action.Command),
    };

    /// <summary>A button whose command runs as the presser through an <c>adaptiveCard/action</c> invoke.</summary>
    public static ExecuteAction Execute(ReplyAction action) => new()
    {
        Title = action.Title,
        Style = action.Primary ? "positive" : null,
        Verb = "command",
        Data = new CommandData(action.Command),
    };

    private static List<TextRun> Runs(Inline inline, string? size = null, string? weight = null, bool? subtle = null) =>
    [
        .. inline.Spans.Select(span => new TextRun
        {
            Text = span.Text,
            Size = size,
            Weight = span.Style == SpanStyle.Bold ? "bolder" : weight,
            Italic = span.Style == SpanStyle.Italic ? true : null,
            FontType = span.Style == SpanStyle.Code ? "monospace" : null,
            IsSubtle = subtle,
            SelectAction = span.Style == SpanStyle.Link && IsWebUrl(span.Url) ? new OpenUrlAction { Title = span.Text, Url = span.Url! } : null,
            Color = span.Style == SpanStyle.Link && IsWebUrl(span.Url) ? "accent" : null,
        }),
    ];

    private static bool IsWebUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http";

    /// <summary>FactSet titles and values are card markdown: escape what would change meaning.</summary>
    public static string EscapeMarkdown(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (ch is '\\' or '*' or '_' or '[' or ']' or '`')
            {
                sb.Append('\\');
            }

            sb.Append(ch);
        }

        return sb.ToString();
    }
}

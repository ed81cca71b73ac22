namespace StudyBot.Conversation;

/// <summary>One piece of a reply. Every channel renderer (markdown, Adaptive Card, Block Kit) knows each kind.</summary>
public abstract record ReplyBlock;

/// <summary>A short title line.</summary>
public sealed record HeadingBlock(Inline Text) : ReplyBlock;

/// <summary>A paragraph.</summary>
public sealed record TextBlock(Inline Text) : ReplyBlock;

/// <summary>Preformatted code, kept as code on every channel.</summary>
public sealed record CodeBlock(string Code, string? Language = null) : ReplyBlock;

/// <summary>A bulleted list (e.g. checklist lines, "see also").</summary>
public sealed record ListBlock(IReadOnlyList<Inline> Items) : ReplyBlock
{
    /// <summary>Nesting level of each item (0 = top), for outlines such as an answer's lines under their parent bullet;
    /// null = all top level.</summary>
    public IReadOnlyList<int>? Depths { get; init; }

    public int DepthOf(int index) => Depths is { } d && index < d.Count ? Math.Max(0, d[index]) : 0;
}

/// <summary>Label/value pairs (e.g. progress per track).</summary>
public sealed record FieldsBlock(IReadOnlyList<(Inline Label, Inline Value)> Fields) : ReplyBlock;

/// <summary>Small print: sources, hints, timestamps.</summary>
public sealed record ContextBlock(Inline Text) : ReplyBlock;

/// <summary>A visual separator.</summary>
public sealed record DividerBlock : ReplyBlock;

/// <summary>Buttons. Each runs a chat command as if the user had typed it (e.g. <c>/done k8s-operator</c>).</summary>
public sealed record ActionsBlock(IReadOnlyList<ReplyAction> Actions) : ReplyBlock;

/// <param name="Title">Button label.</param>
/// <param name="Command">The command text the button sends back, e.g. <c>/done k8s-operator</c>.</param>
/// <param name="Primary">Highlight as the main action.</param>
public sealed record ReplyAction(string Title, string Command, bool Primary = false);

/// <summary>Who should see a reply where the channel can choose (Slack ephemeral vs in_channel).</summary>
public enum ReplyVisibility
{
    /// <summary>Only the asking user where the channel supports it (Slack slash commands).</summary>
    Private,

    /// <summary>Everyone in the conversation (cohort progress, reminders).</summary>
    InChannel,
}

/// <summary>The channel-neutral reply every command returns; renderers turn it into markdown, an Adaptive Card or Block Kit.</summary>
/// <param name="Blocks">The content, in order.</param>
/// <param name="Fallback">Plain-text summary for notifications and channels without rich text.</param>
public sealed record Reply(IReadOnlyList<ReplyBlock> Blocks, string Fallback, ReplyVisibility Visibility = ReplyVisibility.Private)
{
    public static Reply Text(Inline text, ReplyVisibility visibility = ReplyVisibility.Private) =>
        new([new TextBlock(text)], text.PlainText, visibility);

    public static Reply Text(string text) => Text(Inline.Plain(text));
}

/// <summary>Fluent construction of a <see cref="Reply"/>.</summary>
public sealed class ReplyBuilder
{
    private readonly List<ReplyBlock> _blocks = [];
    private string? _fallback;
    private ReplyVisibility _visibility = ReplyVisibility.Private;

    public ReplyBuilder Heading(Inline text) => Add(new HeadingBlock(text));

    public ReplyBuilder Text(Inline text) => Add(new TextBlock(text));

    public ReplyBuilder Code(string code, string? language = null) => Add(new CodeBlock(code, language));

    public ReplyBuilder List(IEnumerable<Inline> items) => Add(new ListBlock([.. items]));

    public ReplyBuilder Fields(IEnumerable<(Inline Label, Inline Value)> fields) => Add(new FieldsBlock([.. fields]));

    public ReplyBuilder Context(Inline text) => Add(new ContextBlock(text));

    public ReplyBuilder Divider() => Add(new DividerBlock());

    public ReplyBuilder Actions(params ReplyAction[] actions) => actions.Length == 0 ? this : Add(new ActionsBlock(actions));

    public ReplyBuilder Fallback(string text)
    {
        _fallback = text;
        return this;
    }

    public ReplyBuilder Visibility(ReplyVisibility visibility)
    {
        _visibility = visibility;
        return this;
    }

    public ReplyBuilder Add(ReplyBlock block)
    {
        _blocks.Add(block);
        return this;
    }

    public Reply Build()
    {
        var fallback = _fallback ?? _blocks.Select(FirstText).FirstOrDefault(t => t is not null) ?? string.Empty;
        return new Reply(_blocks.ToArray(), fallback, _visibility);
    }

    private static string? FirstText(ReplyBlock block) => block switch
    {
        HeadingBlock h => h.Text.PlainText,
        TextBlock t => t.Text.PlainText,
        _ => null,
    };
}

using System.Text;

namespace StudyBot.Conversation;

public enum SpanStyle
{
    Plain,
    Bold,
    Italic,
    Code,
    Link,
}

/// <summary>A run of text with one style. Renderers escape <see cref="Text"/> for their channel, so user or guide
/// text can never inject markup.</summary>
public sealed record Span(string Text, SpanStyle Style = SpanStyle.Plain, string? Url = null);

/// <summary>Channel-neutral inline text: a list of styled spans.</summary>
public sealed record Inline(IReadOnlyList<Span> Spans)
{
    public static readonly Inline Empty = new([]);

    public static Inline Plain(string text) => new([new Span(text)]);

    public static Inline Of(params Span[] spans) => new(spans);

    public static Span Bold(string text) => new(text, SpanStyle.Bold);

    public static Span Code(string text) => new(text, SpanStyle.Code);

    public static Span Link(string text, string url) => new(text, SpanStyle.Link, url);

    public Inline Append(Inline other) => new([.. Spans, .. other.Spans]);

    public Inline Append(params Span[] spans) => new([.. Spans, .. spans]);

    /// <summary>The text without any markup (notification fallbacks, logs, tests).</summary>
    public string PlainText
    {
        get
        {
            var sb = new StringBuilder();
            foreach (var s in Spans)
            {
                sb.Append(s.Text);
            }

            return sb.ToString();
        }
    }

    public override string ToString() => PlainText;

    /// <summary>Parses the small markup used in <c>dialogs/</c> templates: <c>**bold**</c>, <c>_italic_</c>,
    /// <c>`code`</c> and <c>[text](url)</c>. Anything else is plain text.</summary>
    public static Inline ParseMarkup(string markup)
    {
        var spans = new List<Span>();
        var plain = new StringBuilder();
        void Flush()
        {
            if (plain.Length > 0)
            {
                spans.Add(new Span(plain.ToString()));
                plain.Clear();
            }
        }

        for (var i = 0; i < markup.Length;)
        {
            if (markup.AsSpan(i).StartsWith("**") && markup.IndexOf("**", i + 2, StringComparison.Ordinal) is var endBold and > 0)
            {
                Flush();
                spans.Add(new Span(markup[(i + 2)..endBold], SpanStyle.Bold));
                i = endBold + 2;
            }
            else if (markup[i] == '`' && markup.IndexOf('`', i + 1) is var endCode and > 0)
            {
                Flush();
                spans.Add(new Span(markup[(i + 1)..endCode], SpanStyle.Code));
                i = endCode + 1;
            }
            else if (markup[i] == '_' && (i == 0 || char.IsWhiteSpace(markup[i - 1])) && markup.IndexOf('_', i + 1) is var endItalic and > 0)
            {
                Flush();
                spans.Add(new Span(markup[(i + 1)..endItalic], SpanStyle.Italic));
                i = endItalic + 1;
            }
            else if (markup[i] == '[' && markup.IndexOf("](", i, StringComparison.Ordinal) is var mid and > 0
                     && markup.IndexOf(')', mid + 2) is var endLink and > 0)
            {
                Flush();
                spans.Add(new Span(markup[(i + 1)..mid], SpanStyle.Link, markup[(mid + 2)..endLink]));
                i = endLink + 1;
            }
            else
            {
                plain.Append(markup[i]);
                i++;
            }
        }

        Flush();
        return new Inline(spans);
    }
}

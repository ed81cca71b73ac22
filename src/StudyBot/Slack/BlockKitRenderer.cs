using System.Text;
using System.Text.Json.Nodes;
using StudyBot.Conversation;

namespace StudyBot.Slack;

/// <summary>A reply rendered for Slack: the notification/fallback <c>text</c> and the Block Kit <c>blocks</c>.</summary>
public sealed record SlackMessage(string Text, JsonArray Blocks)
{
    /// <summary>The message as a JSON object (a fresh copy each call, so callers may add fields).</summary>
    public JsonObject ToJson() => new() { ["text"] = Text, ["blocks"] = Blocks.DeepClone() };
}

/// <summary>Renders the channel-neutral <see cref="Reply"/> as Block Kit + mrkdwn within Slack's limits
/// (https://docs.slack.dev/reference/block-kit/blocks): 50 blocks, 3,000 chars of section text, 150-char headers,
/// 10 fields of 2,000 chars, 25 buttons per actions block with 75-char labels and 2,000-char values.</summary>
public static class BlockKitRenderer
{
    public const int MaxBlocks = 50;

    /// <summary>Blocks a Home tab or modal view may hold.</summary>
    public const int MaxViewBlocks = 100;
    public const int MaxSectionText = 3000;
    public const int MaxHeaderText = 150;
    public const int MaxFields = 10;
    public const int MaxFieldText = 2000;
    public const int MaxContextText = 3000;
    public const int MaxActions = 25;
    public const int MaxButtonText = 75;
    public const int MaxButtonValue = 2000;

    /// <summary>Slack truncates longer message text; keep the fallback readable in notifications.</summary>
    public const int MaxFallbackText = 3000;

    /// <summary>Prefix of StudyBot's button <c>action_id</c>s (the interactions endpoint only runs these).</summary>
    public const string ActionIdPrefix = "studybot:";

    private const string Ellipsis = "…";

    /// <param name="maxBlocks"><see cref="MaxBlocks"/> for a message, <see cref="MaxViewBlocks"/> for a view.</param>
    public static SlackMessage Render(Reply reply, int maxBlocks = MaxBlocks)
    {
        var blocks = new List<JsonObject>();
        var buttons = 0;
        foreach (var block in reply.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    var title = h.Text.PlainText.Trim();
                    if (title.Length <= MaxHeaderText && h.Text.Spans.All(s => s.Style != SpanStyle.Link))
                    {
                        blocks.Add(new JsonObject { ["type"] = "header", ["text"] = PlainText(title) });
                    }
                    else
                    {
                        blocks.AddRange(Sections(Inline.Of(Inline.Bold(title))));
                    }

                    break;
                case TextBlock t:
                    blocks.AddRange(Sections(t.Text));
                    break;
                case CodeBlock c:
                    blocks.AddRange(CodeSections(c.Code));
                    break;
                case ListBlock l:
                    blocks.AddRange(Sections(l.Items.Select((item, i) => (l.DepthOf(i) == 0 ? "• " : new string('\u2003', l.DepthOf(i)) + "◦ ") + Mrkdwn(item))));
                    break;
                case FieldsBlock f:
                    foreach (var chunk in f.Fields.Chunk(MaxFields))
                    {
                        var fields = new JsonArray();
                        foreach (var (label, value) in chunk)
                        {
                            fields.Add(MrkdwnText(Truncate($"*{Escape(label.PlainText.Trim())}*\n{Mrkdwn(value)}", MaxFieldText)));
                        }

                        blocks.Add(new JsonObject { ["type"] = "section", ["fields"] = fields });
                    }

                    break;
                case ContextBlock c:
                    blocks.Add(new JsonObject { ["type"] = "context", ["elements"] = new JsonArray(MrkdwnText(Truncate(Mrkdwn(c.Text), MaxContextText))) });
                    break;
                case DividerBlock:
                    blocks.Add(new JsonObject { ["type"] = "divider" });
                    break;
                case ActionsBlock a:
                    foreach (var chunk in a.Actions.Where(x => x.Command.Length <= MaxButtonValue).Chunk(MaxActions))
                    {
                        var elements = new JsonArray();
                        foreach (var action in chunk)
                        {
                            elements.Add(Button(action, buttons++));
                        }

                        blocks.Add(new JsonObject { ["type"] = "actions", ["elements"] = elements });
                    }

                    break;
            }
        }

        var fallback = string.IsNullOrWhiteSpace(reply.Fallback) ? PlainSummary(reply) : reply.Fallback;
        return new SlackMessage(Truncate(Escape(fallback), MaxFallbackText), LimitBlocks(blocks, maxBlocks));
    }

    /// <summary>Notification text for a reply that has none: the first words any block carries.</summary>
    private static string PlainSummary(Reply reply) => reply.Blocks.Select(block => block switch
    {
        HeadingBlock h => h.Text.PlainText,
        TextBlock t => t.Text.PlainText,
        ListBlock l => string.Join("\n", l.Items.Select(i => i.PlainText)),
        FieldsBlock f => string.Join("\n", f.Fields.Select(x => $"{x.Label.PlainText}: {x.Value.PlainText}")),
        CodeBlock c => c.Code,
        ContextBlock c => c.Text.PlainText,
        ActionsBlock a => string.Join(" · ", a.Actions.Select(x => x.Title)),
        _ => string.Empty,
    }).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)) ?? "StudyBot";

    /// <summary>Inline spans as mrkdwn: span text escaped (only <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>), styles as Slack marks.</summary>
    public static string Mrkdwn(Inline inline)
    {
        var sb = new StringBuilder();
        foreach (var span in inline.Spans)
        {
            sb.Append(Mrkdwn(span));
        }

        return sb.ToString();
    }

    /// <summary>Slack's escaping: only <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> (https://docs.slack.dev/messaging/formatting-message-text#escaping).</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static string Mrkdwn(Span span)
    {
        switch (span.Style)
        {
            case SpanStyle.Bold:
                return Mark(span.Text, '*');
            case SpanStyle.Italic:
                return Mark(span.Text, '_');
            case SpanStyle.Code:
                return span.Text.Length == 0 ? string.Empty : "`" + Escape(span.Text.Replace('`', '\'')) + "`";
            case SpanStyle.Link when span.Url is { Length: > 0 } url:
                // '|' and '>' would end the URL part of <url|text>; percent-encode them (they are not valid raw in URLs anyway).
                var safeUrl = url.Replace("|", "%7C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal).Replace("<", "%3C", StringComparison.Ordinal);
                return span.Text.Length == 0 ? $"<{safeUrl}>" : $"<{safeUrl}|{Escape(span.Text)}>";
            default:
                return Escape(span.Text);
        }
    }

    /// <summary>Slack only renders <c>*x*</c> / <c>_x_</c> when the marks touch the words, so keep outer spaces outside.</summary>
    private static string Mark(string text, char mark)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return Escape(text);
        }

        var lead = text[..text.IndexOf(trimmed, StringComparison.Ordinal)];
        var trail = text[(lead.Length + trimmed.Length)..];
        return $"{lead}{mark}{Escape(trimmed)}{mark}{trail}";
    }

    /// <summary>A paragraph as one or more sections of at most 3,000 chars, split between spans (so marks stay whole)
    /// and inside a span only when one span alone is too long.</summary>
    private static IEnumerable<JsonObject> Sections(Inline text)
    {
        var pieces = new List<string>();
        foreach (var span in text.Spans)
        {
            var rendered = Mrkdwn(span);
            if (rendered.Length <= MaxSectionText)
            {
                pieces.Add(rendered);
                continue;
            }

            foreach (var part in SplitText(span.Text, MaxSectionText / 2))
            {
                pieces.Add(Mrkdwn(span with { Text = part }));
            }
        }

        return Pack(pieces, string.Empty).Select(Section);
    }

    /// <summary>Lines (list items) packed into sections of at most 3,000 chars.</summary>
    private static IEnumerable<JsonObject> Sections(IEnumerable<string> lines)
    {
        var pieces = lines.SelectMany(line => line.Length <= MaxSectionText ? [line] : SplitText(line, MaxSectionText - 1).ToArray());
        return Pack(pieces, "\n").Select(Section);
    }

    private static IEnumerable<JsonObject> CodeSections(string code)
    {
        const string fence = "```";
        var escaped = Escape(code.TrimEnd('\n'));
        var budget = MaxSectionText - (2 * fence.Length) - 2;
        var lines = escaped.Split('\n').SelectMany(line => line.Length <= budget ? [line] : SplitText(line, budget).ToArray());
        return Pack(lines, "\n", budget).Select(chunk => Section($"{fence}\n{chunk}\n{fence}"));
    }

    /// <summary>Joins pieces with <paramref name="separator"/> into as few strings of at most <paramref name="max"/> chars as possible.</summary>
    private static IEnumerable<string> Pack(IEnumerable<string> pieces, string separator, int max = MaxSectionText)
    {
        var current = new StringBuilder();
        var any = false;
        foreach (var piece in pieces)
        {
            if (any && current.Length + separator.Length + piece.Length > max)
            {
                yield return current.ToString();
                current.Clear();
                any = false;
            }

            if (any)
            {
                current.Append(separator);
            }

            current.Append(piece);
            any = true;
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    /// <summary>Splits long text into parts of at most <paramref name="max"/> chars, preferring line breaks, then spaces.
    /// Parts are short enough that escaping (at most 5× for '&amp;') could only overflow in pathological text, which
    /// <see cref="Section(string)"/> truncates.</summary>
    private static IEnumerable<string> SplitText(string text, int max)
    {
        var rest = text;
        while (rest.Length > max)
        {
            var cut = rest.LastIndexOf('\n', max - 1);
            if (cut < max / 2)
            {
                cut = rest.LastIndexOf(' ', max - 1);
            }

            if (cut < max / 2)
            {
                cut = char.IsHighSurrogate(rest[max - 1]) ? max - 1 : max;
            }
            else
            {
                cut++;
            }

            yield return rest[..cut];
            rest = rest[cut..];
        }

        if (rest.Length > 0)
        {
            yield return rest;
        }
    }

    private static JsonObject Section(string mrkdwn) =>
        new() { ["type"] = "section", ["text"] = MrkdwnText(Truncate(mrkdwn, MaxSectionText)) };

    private static JsonObject MrkdwnText(string text) => new() { ["type"] = "mrkdwn", ["text"] = text.Length == 0 ? " " : text };

    private static JsonObject PlainText(string text) => new() { ["type"] = "plain_text", ["text"] = Truncate(text, MaxHeaderText), ["emoji"] = true };

    private static JsonObject Button(ReplyAction action, int index)
    {
        var button = new JsonObject
        {
            ["type"] = "button",
            ["action_id"] = ActionIdPrefix + index.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = Truncate(action.Title, MaxButtonText), ["emoji"] = true },
            ["value"] = action.Command,
        };
        if (action.Primary)
        {
            button["style"] = "primary";
        }

        return button;
    }

    /// <summary>At most <paramref name="maxBlocks"/> blocks: the overflow is replaced by a "…" context, keeping a trailing
    /// actions block (the buttons matter).</summary>
    private static JsonArray LimitBlocks(List<JsonObject> blocks, int maxBlocks)
    {
        if (blocks.Count > maxBlocks)
        {
            var last = blocks[^1];
            var keepActions = (string?)last["type"] == "actions";
            var kept = blocks.Take(maxBlocks - (keepActions ? 2 : 1)).ToList();
            kept.Add(new JsonObject { ["type"] = "context", ["elements"] = new JsonArray(MrkdwnText(Ellipsis)) });
            if (keepActions)
            {
                kept.Add(last);
            }

            blocks = kept;
        }

        return new JsonArray([.. blocks]);
    }

    /// <summary>Cuts text to <paramref name="max"/> chars ending in "…", never splitting a surrogate pair.</summary>
    public static string Truncate(string text, int max) => Conversation.Text.Clip(text, max);
}

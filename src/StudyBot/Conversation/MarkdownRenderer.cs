using System.Text;

namespace StudyBot.Conversation;

/// <summary>Renders a <see cref="Reply"/> as markdown for Teams, Web Chat, Direct Line and the Emulator.</summary>
public static class MarkdownRenderer
{
    /// <param name="reply">The reply.</param>
    /// <param name="actionsAsText">Write buttons as the commands to type (plain markdown has no buttons); false where
    /// the channel shows the buttons themselves.</param>
    public static string Render(Reply reply, bool actionsAsText = true)
    {
        var sb = new StringBuilder();
        var bullet = '-';
        ReplyBlock? previous = null;
        foreach (var block in reply.Blocks)
        {
            if (block is ActionsBlock && !actionsAsText)
            {
                continue;
            }

            // Two lists in a row would be read as one loose list (a paragraph per item, twice the height): another bullet
            // character starts a new list (CommonMark).
            bullet = block is ListBlock or FieldsBlock && previous is ListBlock or FieldsBlock ? (bullet == '-' ? '*' : '-') : '-';
            previous = block;

            if (sb.Length > 0)
            {
                sb.Append("\n\n");
            }

            switch (block)
            {
                case HeadingBlock h:
                    sb.Append("**").Append(Render(h.Text)).Append("**");
                    break;
                case TextBlock t:
                    sb.Append(Render(t.Text));
                    break;
                case CodeBlock c:
                    sb.Append("```").Append(c.Language).Append('\n').Append(c.Code.TrimEnd('\n')).Append("\n```");
                    break;
                case ListBlock l:
                    sb.AppendJoin('\n', l.Items.Select((item, i) => new string(' ', 2 * l.DepthOf(i)) + bullet + " " + Render(item)));
                    break;
                case FieldsBlock f:
                    sb.AppendJoin('\n', f.Fields.Select(x => $"{bullet} **{Render(x.Label)}**: {Render(x.Value)}"));
                    break;
                case ContextBlock c:
                    sb.Append('_').Append(Render(c.Text).Trim()).Append('_');
                    break;
                case DividerBlock:
                    sb.Append("---");
                    break;
                case ActionsBlock a:
                    // Plain markdown has no buttons: show the commands to type instead.
                    sb.AppendJoin(" · ", a.Actions.Select(x => $"`{x.Command}`"));
                    break;
            }
        }

        return sb.ToString();
    }

    public static string Render(Inline inline)
    {
        var sb = new StringBuilder();
        foreach (var span in inline.Spans)
        {
            switch (span.Style)
            {
                case SpanStyle.Bold:
                    sb.Append("**").Append(Escape(span.Text)).Append("**");
                    break;
                case SpanStyle.Italic:
                    sb.Append('_').Append(Escape(span.Text)).Append('_');
                    break;
                case SpanStyle.Code:
                    sb.Append('`').Append(span.Text.Replace('`', '\'')).Append('`');
                    break;
                case SpanStyle.Link:
                    sb.Append('[').Append(Escape(span.Text)).Append("](").Append(span.Url?.Replace(")", "%29", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal)).Append(')');
                    break;
                default:
                    sb.Append(Escape(span.Text));
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Escapes the markdown characters that would change meaning inside plain text.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (ch is '\\' or '*' or '`' or '[' or ']' or '<' or '>')
            {
                sb.Append('\\');
            }

            sb.Append(ch);
        }

        return sb.ToString();
    }
}

using System.Globalization;
using StudyBot.Conversation;

namespace StudyBot.Guides;

/// <summary><c>/section &lt;guide&gt;#&lt;anchor&gt; [page]</c>: a guide section page by page (the "more" button of an
/// answer). Stateless: the page number travels in the button's command.</summary>
[Command("section", Aliases = ["섹션"], Usage = "/section <guide>#<anchor> [page]", HelpKey = "guides.commands.section", Order = 11)]
public sealed class SectionCommand(GuideSearch search, GuideLinks links) : ICommand
{
    /// <summary>Characters of section text per page: a screenful in Teams and Slack.</summary>
    public const int PageSize = 1200;

    public Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var args = context.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var key = args.Length > 0 ? args[0] : string.Empty;
        var hash = key.IndexOf('#', StringComparison.Ordinal);
        if (hash <= 0)
        {
            return Task.FromResult(Reply.Text(context.T("guides.section.usage")));
        }

        var index = search.Index;
        var catalog = index.Catalog;
        var section = catalog.FindSection(key[..hash], key[(hash + 1)..]);
        if (section is null)
        {
            return Task.FromResult(Reply.Text(context.T("guides.section.not_found", new { section = Text.Echo(key) })));
        }

        // The section's lines as an answer shows them (the answer units, one code path), a screenful per page.
        var pages = Paginate(index.SectionLines(section));
        var page = args.Length > 1 && int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? Math.Clamp(p, 1, pages.Count) : 1;
        var url = links.Section(section);
        var builder = new ReplyBuilder()
            .Heading(Inline.Of(Inline.Link(section.Heading, url)))
            .Context(Inline.Of(new Span("📖 "), Inline.Link(string.Join(" › ", section.Path), url), new Span(" · ")).Append(context.T("guides.section.page", new { page, pages = pages.Count })));
        foreach (var block in AskCommand.Blocks(pages[page - 1]))
        {
            builder.Add(block);
        }

        if (page < pages.Count)
        {
            builder.Actions(new ReplyAction(context.PlainT("guides.section.next"), $"/section {section.Key} {page + 1}"));
        }

        return Task.FromResult(builder.Fallback(section.Heading).Build());
    }

    /// <summary>Lines in pages of about <see cref="PageSize"/> characters; a code block is never split.</summary>
    private static List<List<AnswerLine>> Paginate(IReadOnlyList<AnswerLine> lines)
    {
        var pages = new List<List<AnswerLine>> { new() };
        var size = 0;
        foreach (var line in lines)
        {
            if (size > 0 && size + line.Text.Length > PageSize)
            {
                pages.Add([]);
                size = 0;
            }

            pages[^1].Add(line);
            size += line.Text.Length;
        }

        return pages;
    }
}

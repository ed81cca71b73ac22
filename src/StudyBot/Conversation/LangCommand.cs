namespace StudyBot.Conversation;

/// <summary><c>/lang en|ko</c> (on Slack <c>/study lang en</c>): the learner's reply language on every channel, over the
/// locale the channel reports; <c>/lang auto</c> follows the channel again; <c>/lang</c> alone says which is in use.</summary>
[Command("lang", Aliases = ["language", "언어"], Usage = "/lang en|ko|auto", HelpKey = "language.commands.lang", Order = 95)]
public sealed class LangCommand(LearnerLocales locales) : ICommand
{
    private static readonly Dictionary<string, string?> Choices = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "en",
        ["english"] = "en",
        ["영어"] = "en",
        ["ko"] = "ko",
        ["korean"] = "ko",
        ["한국어"] = "ko",
        ["auto"] = null,
        ["자동"] = null,
    };

    public async Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var word = context.Arguments.Trim();
        if (word.Length == 0)
        {
            var chosen = await locales.FindAsync(context.Learner, cancellationToken);
            return Private(context.T(chosen is null ? "language.following_channel" : "language.current", new { language = context.PlainT("language.name") }), context.T("language.usage"));
        }

        if (!Choices.TryGetValue(word.Split(' ', 2)[0].ToLowerInvariant().Split('-', 2)[0], out var locale) && !Choices.TryGetValue(word, out locale))
        {
            return Private(context.T("language.unknown", new { word = Text.Echo(word) }), context.T("language.usage"));
        }

        await locales.SetAsync(context.Learner, locale, cancellationToken);
        if (locale is null)
        {
            return Private(context.Dialogs.Format(context.Dialogs.ResolveLocale(context.Input.Locale), "language.reset"));
        }

        // Confirmed in the language just chosen.
        return Private(context.Dialogs.Format(locale, "language.set", new { language = context.Dialogs.Plain(locale, "language.name") }));
    }

    private static Reply Private(Inline text, Inline? hint = null)
    {
        var builder = new ReplyBuilder().Text(text).Visibility(ReplyVisibility.Private);
        if (hint is not null)
        {
            builder.Context(hint);
        }

        return builder.Build();
    }
}

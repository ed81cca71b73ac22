using System.Diagnostics;
using StudyBot.Storage;

namespace StudyBot.Conversation;

/// <summary>Turns text into a command call. <c>/name args</c> (or the bare name as first word, as Teams command menus
/// send it) runs that command; <c>/study name args</c> is the umbrella form; any other text is a question for the
/// command whose <see cref="CommandAttribute.AnswersFreeText"/> is set (<c>ask</c>). Unknown commands get a helpful
/// reply, never silence.</summary>
public sealed class CommandRouter
{
    /// <summary>Umbrella command for workspaces that register one slash command.</summary>
    public const string Umbrella = "study";

    /// <summary>Longest text routed (a few KB): a question or command is far shorter, and nothing downstream (parsing,
    /// fuzzy matching, search) then sees more than this. Longer text gets a polite refusal, not a parse.</summary>
    public const int MaxTextLength = 4000;

    private const int MaxCommandNameLength = 32;

    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create(" \n\t\u00A0");

    private readonly IServiceProvider _services;
    private readonly Dialogs _dialogs;
    private readonly ILogger<CommandRouter> _logger;
    private readonly StorageOutageLog _outageLog;
    private readonly Dictionary<string, CommandDescriptor> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly CommandDescriptor? _answersFreeText;

    public CommandRouter(IEnumerable<CommandDescriptor> descriptors, IServiceProvider services, Dialogs dialogs, StorageOutageLog outageLog, ILogger<CommandRouter> logger)
    {
        _outageLog = outageLog;
        _services = services;
        _dialogs = dialogs;
        _logger = logger;
        Commands = descriptors.OrderBy(d => d.Order).ThenBy(d => d.Name, StringComparer.Ordinal).ToArray();
        foreach (var d in Commands)
        {
            foreach (var name in d.Aliases.Prepend(d.Name))
            {
                if (!_byName.TryAdd(name, d))
                {
                    throw new InvalidOperationException($"command name '{name}' registered twice");
                }
            }
        }

        var answering = Commands.Where(d => d.AnswersFreeText).ToArray();
        _answersFreeText = answering.Length <= 1 ? answering.SingleOrDefault()
            : throw new InvalidOperationException($"commands {string.Join(", ", answering.Select(d => d.Name))} all answer free text; one at most may");
    }

    public IReadOnlyList<CommandDescriptor> Commands { get; }

    /// <summary>Splits text into (command, arguments). Returns an empty command for free text. One pass over the text:
    /// umbrella prefixes (<c>/study study … done x</c>) are skipped in a loop, never by re-parsing the rest.</summary>
    public (string Command, string Arguments, bool Slash) Parse(string text)
    {
        var trimmed = text.AsSpan().Trim();
        var slash = trimmed.StartsWith('/');
        var body = slash ? trimmed[1..] : trimmed;
        while (true)
        {
            var space = body.IndexOfAny(Separators);
            var nameSpan = space < 0 ? body : body[..space];
            var restSpan = space < 0 ? [] : body[(space + 1)..].Trim();
            if (nameSpan.Equals(Umbrella, StringComparison.OrdinalIgnoreCase) && (slash || restSpan.Length > 0))
            {
                if (restSpan.Length == 0)
                {
                    return ("help", string.Empty, true);
                }

                body = restSpan.TrimStart('/');
                slash = true;
                continue;
            }

            var name = nameSpan.ToString().ToLowerInvariant();
            var rest = restSpan.ToString();
            if (slash)
            {
                return (name, rest, true);
            }

            // Teams command menus and casual users send "help" or "done x" without the slash. A Korean alias starts many
            // ordinary sentences ("오늘 점심 메뉴 추천"), so without a slash it counts only alone or before id-like words.
            // Words after it that end in a question mark are a question that starts with the word ("checklist item about
            // X?"): a command's arguments are ids, a track or a note, never asked — save the one that answers questions.
            if (_byName.TryGetValue(name, out var descriptor) && (descriptor.AnswersFreeText || !rest.TrimEnd().EndsWith('?'))
                && (descriptor.Name.Equals(name, StringComparison.OrdinalIgnoreCase) || rest.Length == 0 || !rest.Any(IsHangul)))
            {
                return (name, rest, false);
            }

            return (string.Empty, trimmed.ToString(), false);
        }
    }

    private static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F';

    /// <summary>The dialogs locale of a turn: the learner's own choice (<c>/lang</c>) over what the channel reports, on every channel.</summary>
    public async Task<string> LocaleOfAsync(CommandInput input, CancellationToken cancellationToken)
    {
        var chosen = _services.GetService<LearnerLocales>() is { } locales ? await locales.FindAsync(input.Learner, cancellationToken) : null;
        return _dialogs.ResolveLocale(chosen ?? input.Locale);
    }

    public async Task<Reply> RouteAsync(CommandInput input, CancellationToken cancellationToken)
    {
        var locale = await LocaleOfAsync(input, cancellationToken);
        if (input.Text.Length > MaxTextLength)
        {
            _logger.LogInformation("Refused a {Length}-character message on {ChannelId}: longer than {Max}", input.Text.Length, input.Conversation.ChannelId, MaxTextLength);
            return Reply.Text(_dialogs.Format(locale, "core.too_long", new { max = MaxTextLength }));
        }

        var (name, args, slash) = Parse(input.Text);

        if (name.Length == 0)
        {
            if (args.Length == 0)
            {
                name = "help";
            }
            else if (_answersFreeText is not null)
            {
                name = _answersFreeText.Name;
            }
        }

        if (!_byName.TryGetValue(name, out var descriptor))
        {
            return Unknown(locale, slash ? "/" + name : input.Text.Trim(), input.Conversation.ChannelId);
        }

        var context = new CommandContext { Input = input, Command = descriptor.Name, Arguments = args, Locale = locale, Dialogs = _dialogs };

        using var activity = StudyBotActivitySource.Source.StartActivity("command " + descriptor.Name);
        activity?.SetTag("studybot.command", descriptor.Name);
        activity?.SetTag("studybot.channel", input.Conversation.ChannelId);
        var handler = (ICommand)_services.GetRequiredService(descriptor.HandlerType);
        _logger.LogDebug("Running command {Command} on {ChannelId}", descriptor.Name, input.Conversation.ChannelId);
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await handler.ExecuteAsync(context, cancellationToken);
        }
        catch (StorageUnavailableException e)
        {
            // The one answer of every command that needed table storage when it did not answer: nothing is claimed,
            // send it again (writes are idempotent, so a repeat never doubles what was saved).
            _outageLog.Warn("command " + descriptor.Name, e.Reason);
            return Reply.Text(_dialogs.Format(locale, "core.storage_unavailable"));
        }
        finally
        {
            StudyBotMetrics.CommandDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("command", descriptor.Name));
        }
    }

    private Reply Unknown(string locale, string name, string channelId)
    {
        var syntax = _services.GetService<CommandSyntax>() ?? new CommandSyntax([]);
        // Command names are short: a long word cannot be a typo of one, and is not worth an edit distance.
        var typed = name.TrimStart('/').ToLowerInvariant();
        var suggestions = typed.Length > MaxCommandNameLength ? [] : Commands.Where(c => !c.Hidden)
            .Select(c => (c, Distance: Text.EditDistance(typed, c.Name)))
            .Where(x => x.Distance <= 2)
            .OrderBy(x => x.Distance)
            .Take(3)
            .Select(x => Inline.Of(Inline.Code(syntax.Format(channelId, "/" + x.c.Name))))
            .ToArray();

        var builder = new ReplyBuilder().Text(_dialogs.Format(locale, "core.unknown", new { command = Text.Echo(name) }));
        if (suggestions.Length > 0)
        {
            builder.Text(_dialogs.Format(locale, "core.did_you_mean")).List(suggestions);
        }

        return builder.Context(_dialogs.Format(locale, "core.help_hint", new { help = syntax.Format(channelId, "/help") })).Build();
    }
}

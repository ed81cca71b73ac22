using System.Reflection;
using StudyBot.Storage;

namespace StudyBot.Conversation;

/// <summary>A chat command. Its <see cref="CommandAttribute"/> is its registration and its help text (errbot style).</summary>
public interface ICommand
{
    Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken);
}

/// <summary>Registers a command: name, aliases, usage line and the <c>dialogs/</c> key of its one-line help.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class CommandAttribute(string name) : Attribute
{
    public string Name { get; } = name;

    /// <summary>Other names (e.g. Korean words) that run the same command.</summary>
    public string[] Aliases { get; init; } = [];

    /// <summary>Usage shown in help, e.g. <c>/done &lt;item-id&gt; [note]</c>.</summary>
    public string Usage { get; init; } = string.Empty;

    /// <summary>Dialogs key of the one-line description shown by <c>/help</c>.</summary>
    public string HelpKey { get; init; } = string.Empty;

    /// <summary>Position in <c>/help</c>.</summary>
    public int Order { get; init; } = 100;

    /// <summary>Not listed in <c>/help</c> (operator commands).</summary>
    public bool Hidden { get; init; }

    /// <summary>Runs for text that names no command (a question in plain words). One command at most says so.</summary>
    public bool AnswersFreeText { get; init; }
}

/// <summary>What the router knows about a registered command.</summary>
public sealed record CommandDescriptor(string Name, IReadOnlyList<string> Aliases, string Usage, string HelpKey, int Order, bool Hidden, bool AnswersFreeText, Type HandlerType);

/// <summary>Where a turn happens: enough to address the conversation again and to group learners into cohorts.</summary>
public sealed record ConversationInfo
{
    /// <summary>Bot Framework channel id (<c>msteams</c>, <c>webchat</c>, <c>directline</c>, <c>emulator</c>, <c>slack</c>) or
    /// <c>slack-native</c> for StudyBot's own Slack endpoints.</summary>
    public required string ChannelId { get; init; }

    public required string ConversationId { get; init; }

    /// <summary>True in a channel or group chat; false in a 1:1 chat.</summary>
    public bool IsGroup { get; init; }

    /// <summary>Teams tenant or Slack team (workspace) id.</summary>
    public string? TenantId { get; init; }

    /// <summary>Teams team id, when the conversation is a team channel.</summary>
    public string? TeamId { get; init; }

    /// <summary>Bot Framework service URL for replies; null on native Slack.</summary>
    public string? ServiceUrl { get; init; }

    /// <summary>The stable key of this conversation for subscriptions: <c>{channelId}|{conversationId}</c>
    /// (Teams thread suffixes <c>;messageid=</c> removed).</summary>
    public string Key => $"{ChannelId}|{ConversationIdWithoutThread}";

    public string ConversationIdWithoutThread =>
        ConversationId.Split(";messageid=", 2, StringSplitOptions.None)[0];
}

/// <summary>A learner: (channel, tenant/team, user id). On Teams the user id is the AAD object id when present, so
/// the same person is one learner across chats.</summary>
public sealed record LearnerId(string ChannelId, string TenantId, string UserId)
{
    /// <summary>A key safe for Azure Table partition/row keys (no '/', '\', '#', '?').</summary>
    public string Key => $"{TableKeys.Escape(ChannelId)}~{TableKeys.Escape(TenantId)}~{TableKeys.Escape(UserId)}";
}

/// <summary>A user mentioned in the command text (e.g. <c>/progress @kim</c>).</summary>
public sealed record MentionedUser(string UserId, string? Name);

/// <summary>A turn's text and who/where it came from, before routing.</summary>
public sealed record CommandInput
{
    public required string Text { get; init; }

    /// <summary>The locale the channel reported (<c>ko-KR</c>, <c>en-US</c> …), if any.</summary>
    public string? Locale { get; init; }

    public required LearnerId Learner { get; init; }

    /// <summary>The channel's own id of the user when <see cref="Learner"/> uses another one (Teams: <c>29:…</c> while the
    /// learner is keyed by AAD object id), so mentions, which carry the channel id, can be matched.</summary>
    public string? ChannelUserId { get; init; }

    public string? UserName { get; init; }

    public required ConversationInfo Conversation { get; init; }

    public IReadOnlyList<MentionedUser> Mentions { get; init; } = [];

    /// <summary>IANA time zone the learner's client reported (Bot Framework <c>localTimezone</c>), if any.</summary>
    public string? LocalTimeZone { get; init; }
}

/// <summary>Everything a command needs about one turn, independent of the channel it came from: the turn's
/// <see cref="CommandInput"/> (who, where, what) and what routing made of it (command, arguments, locale).</summary>
public sealed class CommandContext
{
    public required CommandInput Input { get; init; }

    /// <summary>Command name without slash, lower case (<c>done</c>); empty for a free-text question.</summary>
    public required string Command { get; init; }

    /// <summary>The rest of the text after the command name, trimmed.</summary>
    public required string Arguments { get; init; }

    /// <summary>Dialogs locale (<c>ko</c> or <c>en</c>), resolved from what the channel asked for.</summary>
    public required string Locale { get; init; }

    public required Dialogs Dialogs { get; init; }

    /// <summary>The whole text as the user wrote it (mentions of the bot removed).</summary>
    public string Text => Input.Text;

    public LearnerId Learner => Input.Learner;

    /// <inheritdoc cref="CommandInput.ChannelUserId"/>
    public string? ChannelUserId => Input.ChannelUserId;

    public string? UserName => Input.UserName;

    public ConversationInfo Conversation => Input.Conversation;

    public IReadOnlyList<MentionedUser> Mentions => Input.Mentions;

    /// <inheritdoc cref="CommandInput.LocalTimeZone"/>
    public string? LocalTimeZone => Input.LocalTimeZone;

    /// <summary>Localised text from <c>dialogs/</c>.</summary>
    public Inline T(string key, object? args = null) => Dialogs.Format(Locale, key, args);

    /// <summary>Localised plain text from <c>dialogs/</c>.</summary>
    public string PlainT(string key, object? args = null) => Dialogs.Plain(Locale, key, args);
}

public static class CommandRegistration
{
    /// <summary>Registers every command class of <paramref name="assembly"/>: a class with a <see cref="CommandAttribute"/>
    /// is in chat and in <c>/help</c> by that attribute alone, so no list elsewhere can forget it.</summary>
    public static IServiceCollection AddCommands(this IServiceCollection services, Assembly assembly) =>
        services.AddCommands(assembly.GetTypes().Where(t => t.IsDefined(typeof(CommandAttribute), inherit: false) || IsCommandClass(t)));

    /// <summary>Registers <paramref name="types"/> as commands. A <c>[Command]</c> class that cannot run (abstract, generic,
    /// not an <see cref="ICommand"/>) or an <see cref="ICommand"/> class without <c>[Command]</c> stops the start, named.</summary>
    public static IServiceCollection AddCommands(this IServiceCollection services, IEnumerable<Type> types)
    {
        foreach (var type in types.OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            services.AddCommand(type);
        }

        return services;
    }

    /// <summary>Registers one command handler; its <see cref="CommandAttribute"/> says its name and help.</summary>
    public static IServiceCollection AddCommand<T>(this IServiceCollection services)
        where T : class, ICommand => services.AddCommand(typeof(T));

    private static IServiceCollection AddCommand(this IServiceCollection services, Type type)
    {
        var attr = type.GetCustomAttribute<CommandAttribute>(inherit: false)
                   ?? throw new InvalidOperationException($"{type.FullName} implements ICommand but has no [Command] attribute, so it would never run: give it one (its name and help)");
        if (!IsCommandClass(type))
        {
            throw new InvalidOperationException($"{type.FullName} has [Command(\"{attr.Name}\")] but cannot be constructed to run it: a command is a non-abstract, non-generic class implementing ICommand");
        }

        services.AddSingleton(type);
        services.AddSingleton(new CommandDescriptor(attr.Name, attr.Aliases, attr.Usage, attr.HelpKey, attr.Order, attr.Hidden, attr.AnswersFreeText, type));
        return services;
    }

    private static bool IsCommandClass(Type type) =>
        type is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false } && typeof(ICommand).IsAssignableFrom(type);
}

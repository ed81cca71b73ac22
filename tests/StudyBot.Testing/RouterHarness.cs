using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace StudyBot.Testing;

/// <summary>The command router in memory, for command tests that need no host: the repo's own <c>dialogs/</c> (or
/// given texts), the commands and services the test registers, and a turn as a channel would describe it.</summary>
public sealed class RouterHarness : IDisposable
{
    private readonly ServiceProvider _provider;

    /// <param name="register">Commands (<c>s.AddCommand&lt;T&gt;()</c>) and the services they need.</param>
    /// <param name="dialogs">Reply texts; default: the repo's <c>dialogs/</c>.</param>
    public RouterHarness(Action<IServiceCollection> register, Dialogs? dialogs = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.ClearProviders());
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(dialogs ?? RepoDialogs.Value);
        services.AddSingleton<StudyBot.Storage.StorageOutageLog>();
        services.AddSingleton<CommandRouter>();
        register(services);
        _provider = services.BuildServiceProvider();
        Router = _provider.GetRequiredService<CommandRouter>();
    }

    /// <summary>The texts of <c>dialogs/</c> in the repository.</summary>
    public static readonly Lazy<Dialogs> RepoDialogs = new(() =>
        new Dialogs(Dialogs.Load(Path.Combine(Hosting.ContentPaths.FindContentRoot(), "dialogs"))));

    public CommandRouter Router { get; }

    public IServiceProvider Services => _provider;

    public T Service<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    /// <summary>What a Web Chat user in a direct chat sends.</summary>
    public static CommandInput Input(string text, string userId = "user-1", string conversationId = "dm-1", string? locale = null, string channelId = Channels.WebChat) => new()
    {
        Text = text,
        Locale = locale,
        Learner = new LearnerId(channelId, string.Empty, userId),
        Conversation = new ConversationInfo { ChannelId = channelId, ConversationId = conversationId },
    };

    public Task<Reply> RouteAsync(string text, string? locale = null, CancellationToken cancellationToken = default) =>
        Router.RouteAsync(Input(text, locale: locale), cancellationToken);

    /// <summary>The reply as markdown text (what Teams and Web Chat show).</summary>
    public async Task<string> SayAsync(string text, string? locale = null, CancellationToken cancellationToken = default) =>
        MarkdownRenderer.Render(await RouteAsync(text, locale, cancellationToken));

    public void Dispose() => _provider.Dispose();
}

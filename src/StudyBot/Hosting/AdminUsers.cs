using Microsoft.Extensions.Options;
using StudyBot.Conversation;

namespace StudyBot.Hosting;

/// <summary><c>Admin:*</c> configuration (the operator API key is <see cref="AdminKey"/>).</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    /// <summary>Learners allowed to run <c>/cohort</c>, as full learner keys <c>channel~tenant~user</c> — exactly what
    /// <c>/whoami</c> prints, e.g. <c>msteams~72f988bf-…~0f4b…</c> or <c>slack-native~T0123~U0456</c>.</summary>
    public List<string> Users { get; set; } = [];

    /// <summary>How long a signed dashboard link (from the admin API) can be opened.</summary>
    [Positive] public TimeSpan DashboardLinkLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long the dashboard stays open in the browser that opened a link.</summary>
    [Positive] public TimeSpan DashboardSessionLifetime { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>Who is an admin in chat: the full learner key, never a bare user id — a user id alone is only unique within
/// its channel and tenant, and on a channel whose users choose their ids (Direct Line) anyone could claim it.</summary>
public sealed class AdminUsers : IHostedService
{
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly string[] _ignored;
    private readonly ILogger<AdminUsers> _logger;

    public AdminUsers(IOptions<AdminOptions> options, ILogger<AdminUsers> logger)
    {
        _logger = logger;
        var entries = options.Value.Users.Select(u => u.Trim()).Where(u => u.Length > 0).ToArray();
        _ignored = entries.Where(e => !IsLearnerKey(e)).ToArray();
        _keys.UnionWith(entries.Except(_ignored));
    }

    public bool IsAdmin(LearnerId learner) => _keys.Contains(learner.Key);

    /// <summary>Says at start which entries are ignored (a bare user id from before keys were required).</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var entry in _ignored)
        {
            _logger.LogWarning("Admin:Users entry {Entry} is not a learner key (channel~tenant~user) and is ignored; send /whoami to the bot in a direct message to see the key to list", entry);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Three '~'-separated parts with a channel and a user (the tenant may be empty: Web Chat, Emulator).</summary>
    private static bool IsLearnerKey(string entry) => entry.Split('~') is [{ Length: > 0 }, _, { Length: > 0 }];
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using StudyBot.Conversation;
using StudyBot.Hosting;
using StudyBot.Storage;

namespace StudyBot.Guides;

/// <summary>👍/👎 on an answer, for the guide authors. One vote per learner and section (a new vote replaces the old);
/// the learner is stored only as an HMAC of their learner key under a key from configuration, so the table says which
/// answers help, not who asked — a plain hash would not do: learner keys are listed by the progress API, and anyone
/// could hash them and match. The key is <c>Guides:FeedbackKey</c>, else one derived from <c>Admin:ApiKey</c>, else (in
/// Development only) a fixed local key; with none, votes are not stored.</summary>
public sealed class AnswerFeedbackStore(TableStore tables, IOptions<GuidesOptions> options, IConfiguration configuration, IHostEnvironment environment)
{
    public const string TableName = "AnswerFeedback";

    private readonly Table<VoteEntity> _votes = tables.Table<VoteEntity>(TableName);
    private readonly byte[]? _key = HashKey(options.Value.FeedbackKey, configuration[AdminKey.ConfigKey], environment);

    /// <summary>False when no key is configured outside Development: votes cannot be stored anonymously then.</summary>
    public bool CanRecord => _key is not null;

    public Task RecordAsync(GuideSection section, LearnerId learner, bool helpful, DateTimeOffset at, CancellationToken cancellationToken) =>
        _votes.UpsertAsync(new VoteEntity { PartitionKey = TableKeys.Escape(section.Key), RowKey = Anonymise(learner), Section = section.Key, Helpful = helpful, At = at }, cancellationToken);

    /// <summary>The learner's row key: HMAC-SHA256 of the learner key, 128 bits in hex.</summary>
    public string Anonymise(LearnerId learner) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_key ?? throw new InvalidOperationException("no feedback key configured"), Encoding.UTF8.GetBytes(learner.Key)))[..32];

    private static byte[]? HashKey(string? feedbackKey, string? adminKey, IHostEnvironment environment) =>
        !string.IsNullOrEmpty(feedbackKey) ? Encoding.UTF8.GetBytes(feedbackKey)
        : !string.IsNullOrEmpty(adminKey) ? HMACSHA256.HashData(Encoding.UTF8.GetBytes(adminKey), "studybot/feedback/v1"u8)
        : environment.IsDevelopment() ? "studybot-development-feedback-key"u8.ToArray()
        : null;

    /// <summary>Votes per section, most disliked first.</summary>
    public async Task<IReadOnlyList<SectionFeedback>> SummaryAsync(CancellationToken cancellationToken)
    {
        var votes = new Dictionary<string, (int Up, int Down)>(StringComparer.Ordinal);
        foreach (var row in await _votes.QueryAsync(null, [nameof(VoteEntity.Section), nameof(VoteEntity.Helpful)], cancellationToken))
        {
            var key = row.Section ?? string.Empty;
            var (up, down) = votes.GetValueOrDefault(key);
            votes[key] = row.Helpful == true ? (up + 1, down) : (up, down + 1);
        }

        return votes.Select(v => new SectionFeedback(v.Key, v.Value.Up, v.Value.Down))
            .OrderByDescending(f => f.Down - f.Up).ThenBy(f => f.Section, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Table <c>AnswerFeedback</c>: PK section key (escaped), RK the learner's hash.</summary>
    internal sealed class VoteEntity : TableRow
    {
        public string? Section { get; set; }

        public bool? Helpful { get; set; }

        public DateTimeOffset? At { get; set; }
    }
}

public sealed record SectionFeedback(string Section, int Up, int Down);

/// <summary><c>/feedback up|down &lt;guide&gt;#&lt;anchor&gt;</c>: what the 👍/👎 buttons under an answer send.</summary>
[Command("feedback", Usage = "/feedback up|down <guide>#<anchor>", HelpKey = "guides.commands.feedback", Order = 12)]
public sealed class FeedbackCommand(GuideSearch search, AnswerFeedbackStore store, TimeProvider time, ILogger<FeedbackCommand> logger) : ICommand
{
    public async Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var parts = context.Arguments.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        bool? helpful = parts.Length == 2 ? parts[0].ToLowerInvariant() switch { "up" or "👍" => true, "down" or "👎" => false, _ => null } : null;
        var key = parts.Length == 2 ? parts[1].Split('#', 2) : [];
        if (helpful is null || key.Length != 2 || search.Index.Catalog.FindSection(key[0], key[1]) is not { } section)
        {
            return Reply.Text(context.T("guides.feedback.usage"));
        }

        if (!store.CanRecord)
        {
            logger.LogWarning("Answer feedback for {Section} not stored: set Guides:FeedbackKey (or Admin:ApiKey) so learners can be stored anonymously", section.Key);
            return Reply.Text(context.T("guides.feedback.not_configured"));
        }

        try
        {
            await store.RecordAsync(section, context.Learner, helpful.Value, time.GetUtcNow(), cancellationToken);
        }
        catch (StorageUnavailableException e)
        {
            logger.LogWarning("Answer feedback for {Section} not stored: table storage unavailable ({Reason})", section.Key, e.Reason);
            return Reply.Text(context.T("guides.feedback.failed"));
        }

        StudyBotMetrics.AnswerFeedback.Add(1, new KeyValuePair<string, object?>("helpful", helpful.Value));
        logger.LogInformation("Answer feedback {Helpful} for {Section}", helpful.Value ? "up" : "down", section.Key);
        return Reply.Text(context.T(helpful.Value ? "guides.feedback.thanks_up" : "guides.feedback.thanks_down"));
    }
}

public static class AnswerFeedbackApi
{
    /// <summary><c>GET /api/admin/feedback</c>: 👍/👎 per section, most disliked first (admin key).</summary>
    public static void MapAnswerFeedback(this WebApplication app) =>
        app.MapGet("/api/admin/feedback", async (AnswerFeedbackStore store, CancellationToken ct) => Results.Ok(await store.SummaryAsync(ct)))
            .RequireAdminKey();
}

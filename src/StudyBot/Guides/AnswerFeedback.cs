using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using StudyBot.Conversation;
using StudyBot.Hosting;
using StudyBot.Storage;

namespace StudyBot.Guides;

/// <summary>👍/👎 on an answer, for the guide authors. One vote per learner and section (a new vote replaces the old);
/// the learner is stored only as a hash, so the table says which answers help, not who asked.</summary>
public sealed class AnswerFeedbackStore(TableStore tables)
{
    public const string TableName = "AnswerFeedback";

    private readonly Table<VoteEntity> _votes = tables.Table<VoteEntity>(TableName);

    public Task RecordAsync(GuideSection section, LearnerId learner, bool helpful, DateTimeOffset at, CancellationToken cancellationToken) =>
        _votes.UpsertAsync(new VoteEntity { PartitionKey = TableKeys.Escape(section.Key), RowKey = Anonymise(learner), Section = section.Key, Helpful = helpful, At = at }, cancellationToken);

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

    private static string Anonymise(LearnerId learner) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(learner.Key)))[..32].ToLowerInvariant();

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

using System.Collections.Concurrent;
using StudyBot.Conversation;

namespace StudyBot.Cohorts;

/// <summary>The cohort a turn counts for. <see cref="InCohortChannel"/> is true when the conversation itself is the
/// cohort's subscribed channel (then <c>/progress</c> also shows the cohort's figures).</summary>
public sealed record LearnerCohort(CohortInfo? Cohort, bool InCohortChannel)
{
    public static readonly LearnerCohort Personal = new(null, false);

    /// <summary>Cohort id for storage; "" = personal (no cohort).</summary>
    public string Id => Cohort?.Id ?? string.Empty;
}

/// <summary>Finds the learner's cohort: the conversation's subscription, else the last cohort the learner acted in
/// (remembered when they act in a cohort channel), else none.</summary>
public sealed class LearnerCohortResolver(ICohortDirectory directory, LearnerStore learners, TimeProvider time)
{
    // Aliases already stored by this process: the row is written once, not on every turn.
    private readonly ConcurrentDictionary<string, bool> _aliases = new(StringComparer.Ordinal);

    public async Task<LearnerCohort> ResolveAsync(CommandContext context, CancellationToken ct)
    {
        if (context.ChannelUserId is { Length: > 0 } channelUser && channelUser != context.Learner.UserId)
        {
            var aliasKey = (context.Learner with { UserId = channelUser }).Key;
            if (!_aliases.ContainsKey(aliasKey))
            {
                await learners.RememberAliasAsync(aliasKey, context.Learner.Key, ct);
                _aliases[aliasKey] = true;
            }
        }

        var lastTask = learners.GetLastCohortAsync(context.Learner.Key, ct);
        var channel = await directory.FindByConversationAsync(context.Conversation, ct);
        var last = await lastTask;
        if (channel is not null)
        {
            if (last != channel.Id)
            {
                await learners.JoinCohortAsync(context.Learner.Key, channel.Id, context.UserName, time.GetUtcNow(), ct);
            }

            await learners.RememberNameAsync(channel.Id, context.Learner.Key, context.UserName, ct);
            return new LearnerCohort(channel, true);
        }

        if (last is null)
        {
            return LearnerCohort.Personal;
        }

        await learners.RememberNameAsync(last, context.Learner.Key, context.UserName, ct);
        return new LearnerCohort(await directory.GetAsync(last, ct), false);
    }
}

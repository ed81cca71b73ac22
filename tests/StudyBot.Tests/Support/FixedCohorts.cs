using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Cohorts;
using StudyBot.Conversation;

namespace StudyBot.Tests.Support;

/// <summary>Stands in for the stored cohorts: conversation key → cohort, so checklist tests need no operator set-up.</summary>
internal sealed class FixedCohorts : ICohortDirectory
{
    private readonly ConcurrentDictionary<string, CohortInfo> _byConversation = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CohortInfo> _byId = new(StringComparer.Ordinal);

    public FixedCohorts Add(string cohortId, string track, params string[] conversationIds)
    {
        var cohort = new CohortInfo(cohortId, track, "ko", "Asia/Seoul");
        _byId[cohortId] = cohort;
        foreach (var id in conversationIds)
        {
            _byConversation[$"{Channels.WebChat}|{id}"] = cohort;
        }

        return this;
    }

    public Task<CohortInfo?> FindByConversationAsync(ConversationInfo conversation, CancellationToken cancellationToken) =>
        Task.FromResult(_byConversation.GetValueOrDefault(conversation.Key));

    public Task<CohortInfo?> GetAsync(string cohortId, CancellationToken cancellationToken) => Task.FromResult(_byId.GetValueOrDefault(cohortId));

    /// <summary>For <see cref="BotChat.StartAsync"/>'s <c>configure</c>: this directory instead of the stored one.</summary>
    public void Use(WebApplicationBuilder builder) => builder.Services.AddSingleton<ICohortDirectory>(this);
}

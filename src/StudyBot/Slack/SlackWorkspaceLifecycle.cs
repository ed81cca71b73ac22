using StudyBot.Cohorts;

namespace StudyBot.Slack;

/// <summary>What installing and removing the app does to a workspace: an install stores its token and resumes the
/// reminder subscriptions its removal paused; <c>app_uninstalled</c> / <c>tokens_revoked</c> delete the token and pause
/// them (reminders stop; cohorts, completions and the subscriptions themselves stay). Both are idempotent, so a request
/// that storage could not finish is answered 503 and simply repeated.</summary>
public sealed class SlackWorkspaceLifecycle(SlackInstallations installations, SlackApiClient api, CohortStore cohorts, ILogger<SlackWorkspaceLifecycle> logger)
{
    /// <summary>Why a subscription was paused by the app's removal (what a reinstall resumes).</summary>
    public const string UninstalledReason = "slack: app uninstalled";

    /// <summary>Reasons a reinstall clears: the removal itself, and sends that found the token gone before the event came.</summary>
    private static readonly string[] ResumableReasons =
    [
        UninstalledReason,
        "gone: " + SlackApiException.NotInstalled,
        "gone: token_revoked",
        "gone: account_inactive",
    ];

    public async Task InstalledAsync(SlackInstallation installation, CancellationToken ct)
    {
        await installations.SaveAsync(installation, ct);
        api.Forget(installation.Workspace);
        var resumed = 0;
        foreach (var sub in await SubscriptionsOfAsync(installation.Workspace.TeamId, ct))
        {
            if (sub.Paused && ResumableReasons.Contains(sub.PausedReason))
            {
                await cohorts.SetSubscriptionPausedAsync(sub.CohortId, sub.Key, false, null, ct);
                resumed++;
            }
        }

        logger.LogInformation("Slack app installed in workspace {Workspace} ({Scopes}); {Resumed} subscription(s) resumed", installation.Workspace.ToString(), installation.Scopes, resumed);
    }

    public async Task UninstalledAsync(SlackWorkspace workspace, string why, CancellationToken ct)
    {
        var paused = 0;
        foreach (var sub in await SubscriptionsOfAsync(workspace.TeamId, ct))
        {
            if (!sub.Paused)
            {
                await cohorts.SetSubscriptionPausedAsync(sub.CohortId, sub.Key, true, UninstalledReason, ct);
                paused++;
            }
        }

        var deleted = await installations.DeleteAsync(workspace, ct);
        api.Forget(workspace);
        logger.LogInformation("Slack {Event} in workspace {Workspace}: token {Deleted}, {Paused} subscription(s) paused", why, workspace.ToString(), deleted ? "deleted" : "was not stored", paused);
    }

    /// <summary>The native Slack subscriptions of one workspace (cohorts are few; each is one partition query).</summary>
    private async Task<IReadOnlyList<Subscription>> SubscriptionsOfAsync(string teamId, CancellationToken ct)
    {
        var found = new List<Subscription>();
        foreach (var cohort in await cohorts.ListCohortsAsync(ct))
        {
            found.AddRange((await cohorts.ListSubscriptionsAsync(cohort.Id, ct)).Where(s => s.IsSlackNative && s.TenantId == teamId));
        }

        return found;
    }
}

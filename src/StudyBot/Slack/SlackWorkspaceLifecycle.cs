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

        // An org-wide install serves every workspace of its organization that has the app: auth.teams.list names them.
        IReadOnlySet<string> teams = installation.IsEnterpriseInstall
            ? await api.TeamsOfAsync(installation, ct, fresh: true)
            : new HashSet<string> { installation.Workspace.TeamId };
        var resumed = 0;
        foreach (var sub in await SubscriptionsOfAsync(teams, ct))
        {
            if (sub.Paused && ResumableReasons.Contains(sub.PausedReason))
            {
                await cohorts.SetSubscriptionPausedAsync(sub.CohortId, sub.Key, false, null, ct);
                resumed++;
            }
        }

        logger.LogInformation("Slack app installed in workspace {Workspace} ({Scopes}); {Resumed} subscription(s) resumed", installation.Workspace.ToString(), installation.Scopes, resumed);
    }

    /// <param name="orgWide">The event removed an org-wide install of <paramref name="workspace"/>'s organization: the
    /// workspaces it served (as last listed on this replica) pause; any other finds the token gone at its next reminder
    /// and pauses then, for the same reinstall to resume.</param>
    public async Task UninstalledAsync(SlackWorkspace workspace, string why, CancellationToken ct, bool orgWide = false)
    {
        orgWide = orgWide && workspace.EnterpriseId is not null;
        IReadOnlySet<string> teams = orgWide ? api.KnownTeamsOf(workspace.EnterpriseId!) : new HashSet<string> { workspace.TeamId };
        var paused = 0;
        foreach (var sub in await SubscriptionsOfAsync(teams, ct))
        {
            if (!sub.Paused)
            {
                await cohorts.SetSubscriptionPausedAsync(sub.CohortId, sub.Key, true, UninstalledReason, ct);
                paused++;
            }
        }

        var deleted = await installations.DeleteAsync(workspace, ct, orgWide);
        api.Forget(workspace);
        logger.LogInformation("Slack {Event} in {Scope} {Workspace}: token {Deleted}, {Paused} subscription(s) paused", why, orgWide ? "organization" : "workspace", workspace.ToString(), deleted ? "deleted" : "was not stored", paused);
    }

    /// <summary>The native Slack subscriptions of these workspaces (cohorts are few; each is one partition query).</summary>
    private async Task<IReadOnlyList<Subscription>> SubscriptionsOfAsync(IReadOnlySet<string> teams, CancellationToken ct)
    {
        var found = new List<Subscription>();
        if (teams.Count == 0)
        {
            return found;
        }

        foreach (var cohort in await cohorts.ListCohortsAsync(ct))
        {
            found.AddRange((await cohorts.ListSubscriptionsAsync(cohort.Id, ct)).Where(s => s.IsSlackNative && s.TenantId is { } team && teams.Contains(team)));
        }

        return found;
    }
}

using Microsoft.Extensions.Options;
using StudyBot.Storage;

namespace StudyBot.Slack;

/// <summary>A Slack workspace StudyBot acts for: the team, and its Enterprise Grid organization when it belongs to one.</summary>
public sealed record SlackWorkspace(string TeamId, string? EnterpriseId = null)
{
    public override string ToString() => EnterpriseId is null ? TeamId : $"{EnterpriseId}/{TeamId}";
}

/// <summary>One OAuth install of the app: the workspace (or, for an org-wide install, the organization) and its bot.
/// The token is never part of this record's string form.</summary>
public sealed record SlackInstallation(SlackWorkspace Workspace, string? TeamName, string? BotUserId, string? AppId, string Scopes, bool IsEnterpriseInstall, DateTimeOffset InstalledAt)
{
    /// <summary>The bot token (<c>xoxb-…</c>); kept out of <see cref="ToString"/> so no log line can carry it.</summary>
    public string Token { get; init; } = string.Empty;

    public override string ToString() => $"SlackInstallation {{ Workspace = {Workspace}, BotUserId = {BotUserId}, Scopes = {Scopes} }}";
}

/// <summary>Workspaces' bot tokens in table storage, encrypted (<see cref="SlackTokenCipher"/>).</summary>
/// <remarks>Table <c>SlackInstallations</c>: PartitionKey = team id (an org-wide Enterprise Grid install: <c>org~{enterprise id}</c>),
/// RowKey = enterprise id, or <c>-</c> outside Enterprise Grid (keys escaped). A workspace's install is one point read
/// (one partition query when only the team is known: slash commands, reminders), cached like the other rows read on
/// every turn; a token stored under a previous key is stored again under the current
/// one the first time it is read (key rotation).</remarks>
public sealed class SlackInstallations(TableStore tables, SlackTokenCipher cipher, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackInstallations> logger)
{
    public const string TableName = "SlackInstallations";

    private const string NoEnterprise = "-";

    /// <summary>RowKey of an org-wide install (a team's row has <c>-</c> or an enterprise id <c>E…</c>).</summary>
    private const string OrgRowKey = "org";

    private readonly Table<InstallationEntity> _table = tables.Table<InstallationEntity>(TableName);
    private readonly TtlCache<SlackInstallation?> _cache = tables.Cache<SlackInstallation?>();
    private readonly TtlCache<IReadOnlyList<SlackInstallation>> _orgWide = tables.Cache<IReadOnlyList<SlackInstallation>>();

    /// <summary>The install that serves <paramref name="workspace"/>: its own, else its organization's org-wide one; null
    /// when neither exists (or OAuth installs are not configured).</summary>
    public Task<SlackInstallation?> FindAsync(SlackWorkspace workspace, CancellationToken ct)
    {
        if (!options.Value.OAuthEnabled)
        {
            return Task.FromResult<SlackInstallation?>(null);
        }

        return _cache.GetOrLoadAsync(CacheKey(workspace), () => ReadAsync(workspace, ct));
    }

    /// <summary>The org-wide Enterprise Grid installs (one row each, few): what serves a workspace of such an organization
    /// when only its team is known (slash commands, reminder subscriptions; <see cref="SlackApiClient.InstallationAsync"/>).</summary>
    public Task<IReadOnlyList<SlackInstallation>> OrgWideAsync(CancellationToken ct)
    {
        if (!options.Value.OAuthEnabled)
        {
            return Task.FromResult<IReadOnlyList<SlackInstallation>>([]);
        }

        return _orgWide.GetOrLoadAsync(OrgRowKey, async () =>
        {
            var found = new List<SlackInstallation>();
            foreach (var row in await _table.QueryAsync($"RowKey eq '{OrgRowKey}'", null, ct))
            {
                if (await OpenAsync(row, ct) is { } install)
                {
                    found.Add(install);
                }
            }

            return found;
        });
    }

    /// <summary>Stores (or replaces) an install with its token encrypted. One write: it is there whole or not at all.</summary>
    public async Task SaveAsync(SlackInstallation installation, CancellationToken ct)
    {
        var (pk, rk) = Keys(installation.Workspace, installation.IsEnterpriseInstall);
        var entity = new InstallationEntity
        {
            PartitionKey = pk,
            RowKey = rk,
            TeamId = installation.Workspace.TeamId,
            EnterpriseId = installation.Workspace.EnterpriseId,
            TeamName = installation.TeamName,
            BotUserId = installation.BotUserId,
            AppId = installation.AppId,
            Scopes = installation.Scopes,
            IsEnterpriseInstall = installation.IsEnterpriseInstall,
            InstalledAt = installation.InstalledAt,
            EncryptedToken = cipher.Encrypt(installation.Token, pk + "|" + rk),
        };
        await _table.UpsertAsync(entity, ct);
        Forget(installation.Workspace, installation.IsEnterpriseInstall);
    }

    /// <summary>Deletes the install (the token with it); false when there was none. <paramref name="orgWide"/>: the
    /// organization's org-wide install of <paramref name="workspace"/>'s enterprise, not a workspace's own.</summary>
    public async Task<bool> DeleteAsync(SlackWorkspace workspace, CancellationToken ct, bool orgWide = false)
    {
        orgWide = orgWide && workspace.EnterpriseId is not null;
        Forget(workspace, orgWide);
        IEnumerable<(string Pk, string Rk)> candidates = orgWide ? [Keys(workspace, orgWide: true)]
            : workspace.EnterpriseId is null
            ? (await _table.QueryPartitionAsync(TableKeys.Escape(workspace.TeamId), ct)).Select(r => (r.PartitionKey, r.RowKey))
            : Candidates(workspace);
        foreach (var (pk, rk) in candidates)
        {
            if (await _table.GetAsync(pk, rk, ct) is not null)
            {
                await _table.DeleteAsync(pk, rk, ct);
                _cache.Set(CacheKey(workspace), null);
                return true;
            }
        }

        _cache.Set(CacheKey(workspace), null);
        return false;
    }

    private async Task<SlackInstallation?> ReadAsync(SlackWorkspace workspace, CancellationToken ct)
    {
        if (workspace.EnterpriseId is null)
        {
            // Slash commands and reminder subscriptions name the team only: its row, whatever grid it is in.
            return (await _table.QueryPartitionAsync(TableKeys.Escape(workspace.TeamId), ct)).FirstOrDefault() is { } row ? await OpenAsync(row, ct) : null;
        }

        foreach (var (pk, rk) in Candidates(workspace))
        {
            if (await _table.GetAsync(pk, rk, ct) is { } row)
            {
                return await OpenAsync(row, ct);
            }
        }

        return null;
    }

    private async Task<SlackInstallation?> OpenAsync(InstallationEntity row, CancellationToken ct)
    {
        var identity = row.PartitionKey + "|" + row.RowKey;
        var token = cipher.TryDecrypt(row.EncryptedToken ?? string.Empty, identity, out var keyId);
        if (token is null)
        {
            logger.LogError("The Slack token of workspace {TeamId} cannot be decrypted: its key is neither Slack:TokenEncryptionKey nor one of Slack:PreviousTokenEncryptionKeys (reinstall the app there, or restore the key)", row.TeamId);
            return null;
        }

        if (keyId != cipher.CurrentKeyId)
        {
            // Key rotation: store it again under the current key (If-Match: a reinstall meanwhile wins).
            row.EncryptedToken = cipher.Encrypt(token, identity);
            if (await _table.TryReplaceAsync(row, row.ETag, ct) is not null)
            {
                logger.LogInformation("Slack token of workspace {TeamId} re-encrypted under the current key", row.TeamId);
            }
        }

        return new SlackInstallation(new SlackWorkspace(row.TeamId ?? string.Empty, row.EnterpriseId), row.TeamName, row.BotUserId, row.AppId, row.Scopes ?? string.Empty, row.IsEnterpriseInstall, row.InstalledAt ?? time.GetUtcNow())
        {
            Token = token,
        };
    }

    /// <summary>Drops what this replica remembers of the workspace, looked up with and without its enterprise id (of every
    /// workspace after an org-wide change: each of the organization's workspaces read it).</summary>
    private void Forget(SlackWorkspace w, bool orgWide = false)
    {
        _orgWide.Remove(OrgRowKey);
        if (orgWide)
        {
            _cache.Clear();
        }

        _cache.Remove(CacheKey(w));
        _cache.Remove(CacheKey(w with { EnterpriseId = null }));
    }

    private static string CacheKey(SlackWorkspace w) => (w.EnterpriseId ?? NoEnterprise) + "|" + w.TeamId;

    private static (string Pk, string Rk) Keys(SlackWorkspace w, bool orgWide) =>
        orgWide && w.EnterpriseId is not null
            ? ("org~" + TableKeys.Escape(w.EnterpriseId), OrgRowKey)
            : (TableKeys.Escape(w.TeamId), w.EnterpriseId is null ? NoEnterprise : TableKeys.Escape(w.EnterpriseId));

    /// <summary>Where the install serving a workspace may be: the workspace's own row (inside or outside a grid), then the
    /// organization's org-wide row.</summary>
    private static IEnumerable<(string Pk, string Rk)> Candidates(SlackWorkspace w)
    {
        yield return Keys(w, orgWide: false);
        if (w.EnterpriseId is not null)
        {
            yield return (TableKeys.Escape(w.TeamId), NoEnterprise);
            yield return Keys(w, orgWide: true);
        }
    }

    internal sealed class InstallationEntity : TableRow
    {
        public string? TeamId { get; set; }

        public string? EnterpriseId { get; set; }

        public string? TeamName { get; set; }

        public string? BotUserId { get; set; }

        public string? AppId { get; set; }

        public string? Scopes { get; set; }

        public bool IsEnterpriseInstall { get; set; }

        public DateTimeOffset? InstalledAt { get; set; }

        /// <summary><see cref="SlackTokenCipher"/> output; the token itself is never a column.</summary>
        public string? EncryptedToken { get; set; }
    }
}

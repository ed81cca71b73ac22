using Microsoft.Extensions.Options;
using StudyBot.Storage;

namespace StudyBot.Slack;

/// <summary>Slack sends no locale with commands or events: the user's Slack language comes from <c>users.info</c> with
/// <c>include_locale</c> (scope <c>users:read</c>), asked once per user and remembered for <c>Slack:UserLocaleCacheTime</c>.
/// Where the workspace's install did not grant <c>users:read</c>, or Slack is slow or refuses, there is no locale (the
/// default language, unless the learner chose one with <c>/study lang</c>) and the answer is remembered as well, so a
/// refusing workspace costs one call per user, not one per turn.</summary>
public sealed class SlackUserLocales(SlackApiClient api, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackUserLocales> logger)
{
    private readonly TtlCache<string?> _cache = new(time, options.Value.UserLocaleCacheTime);

    /// <summary>Users whose lookup just gave up (slow Slack, or the method's rate limit): not asked again for a minute, so
    /// a busy workspace never piles lookups onto its users.info budget.</summary>
    private readonly TtlCache<bool> _gaveUp = new(time, TimeSpan.FromMinutes(1));

    public async Task<string?> GetAsync(SlackWorkspace workspace, string user, CancellationToken cancellationToken)
    {
        var key = workspace + "|" + user;
        if (options.Value.UserLocaleBudget <= TimeSpan.Zero)
        {
            return null; // turned off: every Slack user gets the default language unless they choose one
        }

        if (_cache.TryGet(key, out var known))
        {
            return known;
        }

        if (_gaveUp.TryGet(key, out _))
        {
            return null;
        }

        string? locale = null;
        try
        {
            if (await api.InstallationAsync(workspace, cancellationToken) is { } install && !install.Scopes.Split(',').Contains("users:read"))
            {
                _cache.Set(key, null); // the workspace did not allow it
                return null;
            }

            // A turn waits for the locale at most this long; the next turn asks again if this one gave up.
            using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            budget.CancelAfter(options.Value.UserLocaleBudget);
            locale = await api.GetUserLocaleAsync(workspace, user, budget.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogInformation("users.info did not answer within {Budget}; answering in the default language", options.Value.UserLocaleBudget);
            _gaveUp.Set(key, true);
            return null;
        }
        catch (Exception e) when (e is SlackApiException or HttpRequestException or StorageUnavailableException)
        {
            logger.LogInformation("No Slack locale for a user of workspace {Workspace}: {Error}", workspace.ToString(), e is SlackApiException s ? s.Error : e.GetType().Name);
        }

        locale = locale is { Length: > 0 and <= 16 } && Conversation.Text.IsId(locale) ? locale : null;
        _cache.Set(key, locale);
        return locale;
    }
}

using System.Collections.Concurrent;
using StudyBot.Cohorts;
using StudyBot.Connector;
using StudyBot.Conversation;
using StudyBot.Hosting;

namespace StudyBot.Reminders;

public enum SendStatus
{
    Sent,

    /// <summary>The bot is no longer in the conversation (removed, blocked, channel deleted): pause, do not retry.</summary>
    Gone,

    /// <summary>429: try again after <see cref="SendOutcome.RetryAfter"/>.</summary>
    Throttled,

    /// <summary>Any other failure: retried with backoff.</summary>
    Failed,

    /// <summary>Sent without a clear answer (<see cref="DeliveryOutcomeUnknownException"/>: a timeout, a connection broken
    /// after sending): the channel may show it, so it is not sent again unless an operator forces it.</summary>
    Unknown,
}

public sealed record SendOutcome(SendStatus Status, string? Detail = null, TimeSpan? RetryAfter = null)
{
    public static readonly SendOutcome Sent = new(SendStatus.Sent);
}

/// <summary>Delivers a reminder to one subscribed channel. One implementation per platform; the dispatcher picks the
/// first that <see cref="CanSend"/>.</summary>
public interface IReminderTransport
{
    bool CanSend(Subscription subscription);

    /// <summary>Key whose sends are paced together (one conversation / channel).</summary>
    string PacingKey(Subscription subscription) => subscription.Key;

    /// <summary>Key of a wider rate limit shared by many conversations (Teams: per app per tenant), if any.</summary>
    string? SharedPacingKey(Subscription subscription) => null;

    /// <summary>Minimum gap between two sends to the same <see cref="PacingKey"/>.</summary>
    TimeSpan PerChannelInterval { get; }

    /// <summary>Minimum gap between two sends under the same <see cref="SharedPacingKey"/>.</summary>
    TimeSpan SharedInterval => TimeSpan.Zero;

    Task<SendOutcome> SendAsync(Subscription subscription, Reply reply, CancellationToken cancellationToken);
}

/// <summary>Bot Framework channels (Teams, Web Chat, Slack via Azure Bot…) through <see cref="BotAdapter.SendProactiveAsync"/>.</summary>
public sealed class BotFrameworkReminderTransport(BotAdapter adapter, Microsoft.Extensions.Options.IOptions<RemindersOptions> options) : IReminderTransport
{
    public bool CanSend(Subscription subscription) => !subscription.IsSlackNative && subscription.ServiceUrl is not null;

    public TimeSpan PerChannelInterval => TimeSpan.FromMilliseconds(options.Value.Pacing.BotFrameworkPerConversationMs);

    public TimeSpan SharedInterval => options.Value.Pacing.TeamsPerTenantPerSecond <= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(1.0 / options.Value.Pacing.TeamsPerTenantPerSecond);

    // Teams throttles per app per tenant (~50 RPS) on top of the per-thread limits.
    public string? SharedPacingKey(Subscription subscription) => subscription.ChannelId == Channels.MsTeams ? Channels.MsTeams + "|" + subscription.TenantId : null;

    public async Task<SendOutcome> SendAsync(Subscription subscription, Reply reply, CancellationToken cancellationToken)
    {
        try
        {
            await adapter.SendProactiveAsync(subscription.ToReference(), reply, cancellationToken);
            return SendOutcome.Sent;
        }
        catch (ConnectorException e) when (e.IsGone)
        {
            return new SendOutcome(SendStatus.Gone, $"{e.StatusCode} {e.Code}");
        }
        catch (ConnectorException e) when (e.StatusCode == 429)
        {
            return new SendOutcome(SendStatus.Throttled, "429", e.RetryAfter);
        }
        catch (ConnectorException e)
        {
            return new SendOutcome(SendStatus.Failed, $"{e.StatusCode} {e.Code}");
        }
        catch (DeliveryOutcomeUnknownException e)
        {
            return new SendOutcome(SendStatus.Unknown, "no answer: " + e.InnerException?.GetType().Name);
        }
        catch (HttpRequestException e)
        {
            return new SendOutcome(SendStatus.Failed, e.HttpRequestError.ToString());
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new SendOutcome(SendStatus.Failed, "timeout");
        }
    }
}

/// <summary>Spaces out sends per key (a channel, a tenant) so fan-out stays within platform limits: each key has its
/// own queue, so one throttled or slow channel only ever waits for itself.</summary>
public sealed class ChannelPacer(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Gate> _gates = new();

    /// <summary>Waits until a send under <paramref name="key"/> is allowed, and books the next slot.</summary>
    public async Task WaitTurnAsync(string key, TimeSpan interval, CancellationToken ct)
    {
        var gate = _gates.GetOrAdd(key, _ => new Gate());
        TimeSpan wait;
        lock (gate)
        {
            var now = time.GetUtcNow();
            var at = gate.Next > now ? gate.Next : now;
            gate.Next = at + interval;
            wait = at - now;
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, ct);
        }
    }

    /// <summary>Holds the key until <paramref name="until"/> (a 429's Retry-After).</summary>
    public void Hold(string key, DateTimeOffset until)
    {
        var gate = _gates.GetOrAdd(key, _ => new Gate());
        lock (gate)
        {
            if (gate.Next < until)
            {
                gate.Next = until;
            }
        }
    }

    private sealed class Gate
    {
        public DateTimeOffset Next { get; set; }
    }
}

/// <summary>Native Slack channels through <see cref="Slack.ISlackMessenger"/> (chat.postMessage with Block Kit).</summary>
public sealed class SlackReminderTransport(Slack.ISlackMessenger slack, Microsoft.Extensions.Options.IOptions<RemindersOptions> options) : IReminderTransport
{
    public bool CanSend(Subscription subscription) => subscription.IsSlackNative;

    // chat.postMessage allows about one message per second per channel.
    public TimeSpan PerChannelInterval => TimeSpan.FromMilliseconds(options.Value.Pacing.SlackPerChannelMs);

    public async Task<SendOutcome> SendAsync(Subscription subscription, Reply reply, CancellationToken cancellationToken)
    {
        try
        {
            await slack.PostAsync(new Slack.SlackWorkspace(subscription.TenantId ?? string.Empty), subscription.ConversationId, reply, null, cancellationToken);
            return SendOutcome.Sent;
        }
        catch (Slack.SlackApiException e) when (e.IsGone || e.Error is Slack.SlackApiException.NotInstalled or "token_revoked" or "account_inactive")
        {
            // The channel is gone, or the app was removed from the workspace: pause (a reinstall resumes).
            return new SendOutcome(SendStatus.Gone, e.Error);
        }
        catch (Slack.SlackApiException e) when (e.Error == "ratelimited")
        {
            // The Slack HttpClient already waited out Retry-After a few times; hand the rest to a later tick.
            return new SendOutcome(SendStatus.Throttled, e.Error, TimeSpan.FromSeconds(30));
        }
        catch (Slack.SlackApiException e)
        {
            return new SendOutcome(SendStatus.Failed, e.Error);
        }
        catch (Exception e) when (RetrySafety.MayHaveReachedChannel(e, cancellationToken))
        {
            // Timed out or cut off once sent: Slack may show it (the HttpClient did not resend it either).
            return new SendOutcome(SendStatus.Unknown, "no answer: " + e.GetType().Name);
        }
        catch (HttpRequestException e)
        {
            return new SendOutcome(SendStatus.Failed, e.HttpRequestError.ToString());
        }
    }
}

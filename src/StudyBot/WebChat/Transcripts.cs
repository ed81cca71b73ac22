using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using StudyBot.Connector;

namespace StudyBot.WebChat;

/// <summary>One Direct Line conversation's transcript: every activity in order (user ones echoed), each with a
/// sequence number that is also its watermark. Bounded in count and in bytes (activities may be up to 256 KB each):
/// the oldest activities are dropped beyond either cap.</summary>
public sealed class DirectLineConversation(string id, string userId, int maxActivities, long maxBytes, DateTimeOffset now)
{
    private readonly LinkedList<(long Seq, Activity Activity, int Bytes)> _activities = new();
    private readonly Lock _lock = new();
    private long _seq;
    private long _bytes;

    public string Id { get; } = id;

    public string UserId { get; } = userId;

    /// <summary>Last read or write (idle expiry).</summary>
    public DateTimeOffset LastUsed { get; private set; } = now;

    public void Touch(DateTimeOffset now)
    {
        lock (_lock)
        {
            LastUsed = now;
        }
    }

    /// <summary>Adds an activity, giving it the id <c>{conversation}|{seq}</c> and the server timestamp.</summary>
    public string Append(Activity activity, DateTimeOffset now)
    {
        lock (_lock)
        {
            var seq = ++_seq;
            activity.Id = $"{Id}|{seq.ToString("D4", CultureInfo.InvariantCulture)}";
            activity.Timestamp = now;
            Add(seq, activity, now);
            return activity.Id;
        }
    }

    /// <summary>Replaces an activity (the bot's update): the new version keeps the id and is delivered again after
    /// the current watermark, as Direct Line does. False when no such activity.</summary>
    public bool Replace(string activityId, Activity activity, DateTimeOffset now)
    {
        lock (_lock)
        {
            if (Find(activityId) is not { } node)
            {
                return false;
            }

            Drop(node);
            activity.Id = activityId;
            activity.Timestamp = now;
            Add(++_seq, activity, now);
            return true;
        }
    }

    public bool Remove(string activityId, DateTimeOffset now)
    {
        lock (_lock)
        {
            LastUsed = now;
            if (Find(activityId) is not { } node)
            {
                return false;
            }

            Drop(node);
            return true;
        }
    }

    public bool Contains(string activityId)
    {
        lock (_lock)
        {
            return Find(activityId) is not null;
        }
    }

    /// <summary>The activities after <paramref name="watermark"/> (all when null) and the new watermark.</summary>
    public (IReadOnlyList<Activity> Activities, long Watermark) After(long? watermark, DateTimeOffset now)
    {
        lock (_lock)
        {
            LastUsed = now;
            var after = watermark ?? 0;
            return ([.. _activities.Where(a => a.Seq > after).Select(a => a.Activity)], Math.Max(after, _seq));
        }
    }

    private void Add(long seq, Activity activity, DateTimeOffset now)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(activity, BotJson.Options).Length;
        _activities.AddLast((seq, activity, bytes));
        _bytes += bytes;
        while (_activities.Count > maxActivities || (_bytes > maxBytes && _activities.Count > 1))
        {
            Drop(_activities.First!);
        }

        LastUsed = now;
    }

    private void Drop(LinkedListNode<(long Seq, Activity Activity, int Bytes)> node)
    {
        _activities.Remove(node);
        _bytes -= node.Value.Bytes;
    }

    private LinkedListNode<(long Seq, Activity Activity, int Bytes)>? Find(string activityId)
    {
        for (var node = _activities.Last; node is not null; node = node.Previous)
        {
            if (node.Value.Activity.Id == activityId)
            {
                return node;
            }
        }

        return null;
    }
}

/// <summary>All Direct Line transcripts, in memory (a local try-out channel, like the Emulator's). Bounded in
/// conversations (least recently used dropped) and in time (idle ones expire on the injected clock).</summary>
public sealed class Transcripts(TimeProvider time, IOptions<WebChatOptions> options)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);

    public int Count => _conversations.Count;

    /// <summary>Starts the conversation, or returns it when it already exists (<c>Created</c> false).</summary>
    public (DirectLineConversation Conversation, bool Created) Start(string conversationId, string userId)
    {
        var now = time.GetUtcNow();
        Sweep(now);
        var created = false;
        var conversation = _conversations.GetOrAdd(conversationId, id =>
        {
            created = true;
            return new DirectLineConversation(id, userId, options.Value.MaxActivitiesPerConversation, options.Value.MaxBytesPerConversation, now);
        });
        conversation.Touch(now);
        Trim(keep: conversation);
        return (conversation, created);
    }

    /// <summary>A live conversation, or null when unknown or expired.</summary>
    public DirectLineConversation? Find(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return null;
        }

        if (IsIdle(conversation, time.GetUtcNow()))
        {
            _conversations.TryRemove(new KeyValuePair<string, DirectLineConversation>(conversationId, conversation));
            return null;
        }

        return conversation;
    }

    private bool IsIdle(DirectLineConversation conversation, DateTimeOffset now) =>
        now - conversation.LastUsed > options.Value.IdleTimeout;

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (id, conversation) in _conversations)
        {
            if (IsIdle(conversation, now))
            {
                _conversations.TryRemove(new KeyValuePair<string, DirectLineConversation>(id, conversation));
            }
        }
    }

    private void Trim(DirectLineConversation keep)
    {
        var excess = _conversations.Count - options.Value.MaxConversations;
        if (excess <= 0)
        {
            return;
        }

        foreach (var conversation in _conversations.Values.Where(c => c != keep).OrderBy(c => c.LastUsed).Take(excess))
        {
            _conversations.TryRemove(new KeyValuePair<string, DirectLineConversation>(conversation.Id, conversation));
        }
    }
}

using System.Collections.Concurrent;

namespace StudyBot.Guides;

/// <summary>The last question asked in each conversation (per learner), kept for <see cref="Window"/> so a short
/// follow-up ("그럼 VPA는?", "and for VPA?") is read with its topic. In memory and bounded: a follow-up that reaches
/// another replica, or comes after a restart, is read on its own.</summary>
public sealed class FollowUps(TimeProvider time)
{
    /// <summary>How long a question stays the topic of its conversation.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    /// <summary>Most conversations remembered; the oldest are dropped beyond it.</summary>
    public const int MaxConversations = 10_000;

    // Words that open a follow-up in Korean and English.
    private static readonly string[] Markers = ["그럼", "그러면", "그리고", "그건", "그거", "그럼요", "그러면요", "and", "what about", "how about", "also"];

    private readonly ConcurrentDictionary<string, (Question Question, DateTimeOffset At)> _last = new(StringComparer.Ordinal);

    /// <summary>The question <paramref name="question"/> follows up on, or null when it stands on its own: it is short
    /// (at most two ideas, at most six words) and opens with a follow-up word or names a single idea, and the
    /// conversation's last question is less than <see cref="Window"/> old.</summary>
    public Question? Previous(string conversation, string text, Question question)
    {
        if (!_last.TryGetValue(conversation, out var last) || time.GetUtcNow() - last.At > Window)
        {
            return null;
        }

        var folded = QueryText.Normalize(text).Trim();
        var words = QueryText.Words(text).Length;
        var opens = Markers.Any(m => folded.StartsWith(m, StringComparison.Ordinal));
        return question.Concepts.Count is > 0 and <= 2 && words <= 6 && (opens || question.Concepts.Count == 1) ? last.Question : null;
    }

    /// <summary>Remembers the question (as read, follow-up ideas merged) as the conversation's topic.</summary>
    public void Remember(string conversation, Question question)
    {
        _last[conversation] = (question, time.GetUtcNow());
        if (_last.Count > MaxConversations)
        {
            foreach (var old in _last.OrderBy(x => x.Value.At).Take(_last.Count - MaxConversations).ToArray())
            {
                _last.TryRemove(old.Key, out _);
            }
        }
    }
}

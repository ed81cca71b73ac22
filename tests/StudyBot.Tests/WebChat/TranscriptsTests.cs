using Microsoft.Extensions.Options;
using StudyBot.WebChat;

namespace StudyBot.Tests.WebChat;

public sealed class TranscriptsTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void A_transcript_keeps_the_newest_activities_and_watermarks_keep_counting()
    {
        var transcripts = Create(new WebChatOptions { MaxActivitiesPerConversation = 3 });
        var (conversation, created) = transcripts.Start("c1", "dl_u");
        Assert.True(created);
        var ids = Enumerable.Range(1, 5).Select(i => conversation.Append(Message(i), _time.GetUtcNow())).ToArray();

        Assert.Equal("c1|0001", ids[0]);
        var (all, watermark) = conversation.After(null, _time.GetUtcNow());
        Assert.Equal(ids[2..], all.Select(a => a.Id));
        Assert.Equal(5, watermark);

        var (after4, _) = conversation.After(4, _time.GetUtcNow());
        Assert.Equal([ids[4]], after4.Select(a => a.Id));
    }

    [Fact]
    public void A_transcript_keeps_within_its_byte_budget_but_always_the_newest_activity()
    {
        var (conversation, _) = Create(new WebChatOptions { MaxBytesPerConversation = 3000 }).Start("c1", "dl_u");
        var big = Enumerable.Range(1, 4).Select(i => conversation.Append(new Activity { Type = "message", Text = new string('x', 1000) }, _time.GetUtcNow())).ToArray();

        var (kept, _) = conversation.After(null, _time.GetUtcNow());
        Assert.Equal(big[2..], kept.Select(a => a.Id));

        var huge = conversation.Append(new Activity { Type = "message", Text = new string('y', 5000) }, _time.GetUtcNow());
        Assert.Equal([huge], conversation.After(null, _time.GetUtcNow()).Activities.Select(a => a.Id));
    }

    [Fact]
    public void An_updated_activity_keeps_its_id_and_comes_after_the_watermark()
    {
        var (conversation, _) = Create(new WebChatOptions()).Start("c1", "dl_u");
        var id = conversation.Append(Message(1), _time.GetUtcNow());
        conversation.Append(Message(2), _time.GetUtcNow());
        Assert.True(conversation.Replace(id, new Activity { Type = "message", Text = "edited" }, _time.GetUtcNow()));

        var (after, watermark) = conversation.After(2, _time.GetUtcNow());
        Assert.Equal(id, Assert.Single(after).Id);
        Assert.Equal("edited", after[0].Text);
        Assert.Equal(3, watermark);
        Assert.False(conversation.Replace("c1|9999", Message(9), _time.GetUtcNow()));
    }

    [Fact]
    public void Beyond_the_cap_the_least_recently_used_conversation_goes()
    {
        var transcripts = Create(new WebChatOptions { MaxConversations = 2 });
        transcripts.Start("old", "dl_u");
        _time.Advance(TimeSpan.FromSeconds(1));
        transcripts.Start("used", "dl_u");
        _time.Advance(TimeSpan.FromSeconds(1));
        transcripts.Find("old")!.After(null, _time.GetUtcNow()); // polled: now the most recent
        _time.Advance(TimeSpan.FromSeconds(1));
        transcripts.Start("new", "dl_u");

        Assert.Equal(2, transcripts.Count);
        Assert.NotNull(transcripts.Find("old"));
        Assert.Null(transcripts.Find("used"));
        Assert.NotNull(transcripts.Find("new"));
    }

    [Fact]
    public void Idle_conversations_expire_on_the_injected_clock()
    {
        var transcripts = Create(new WebChatOptions { IdleTimeout = TimeSpan.FromMinutes(10) });
        transcripts.Start("c1", "dl_u");
        _time.Advance(TimeSpan.FromMinutes(9));
        Assert.NotNull(transcripts.Find("c1"));
        transcripts.Start("c2", "dl_u");
        _time.Advance(TimeSpan.FromMinutes(2));

        Assert.Null(transcripts.Find("c1"));
        Assert.NotNull(transcripts.Find("c2"));
        Assert.Equal(1, transcripts.Count);
    }

    private Transcripts Create(WebChatOptions options) => new(_time, Options.Create(options));

    private static Activity Message(int i) => new() { Type = "message", Text = "m" + i };
}

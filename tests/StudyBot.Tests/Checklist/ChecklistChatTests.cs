using StudyBot.Checklist;


namespace StudyBot.Tests.Checklist;

/// <summary>Checklist commands end to end: chat over <c>/api/messages</c>, replies at a loopback connector, rows in Azurite.</summary>
public sealed class ChecklistChatTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly string Learner1 = new LearnerId(Channels.WebChat, string.Empty, "user-1").Key;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 0, 30, 0, TimeSpan.Zero));
    private BotChat _chat = null!;

    public async ValueTask InitializeAsync() => _chat = await BotChat.StartAsync(azurite.Settings(), time: _time);

    public async ValueTask DisposeAsync() => await _chat.DisposeAsync();

    [Fact]
    public async Task Done_then_progress_shows_the_item_done_in_the_contract_format()
    {
        var track = _chat.Catalog().Items.Where(i => i.Guide == "infra-platform").ToArray();
        var item = _chat.Catalog().FindItem("k8s-operator")!;
        var pct = ProgressFormat.Percent(1, track.Length);

        var done = await _chat.SayAsync("/done k8s-operator");
        Assert.Contains("k8s-operator", done, StringComparison.Ordinal);
        Assert.Contains($"1/{track.Length} ({pct}%)", done, StringComparison.Ordinal);
        // No cohort, so no checkpoints of today: the next item is the first open one in roadmap order.
        var next = _chat.Services.GetRequiredService<ICheckpointCalendar>().InRoadmapOrder("infra-platform").First(i => i.Id != "k8s-operator");
        Assert.Contains($"/done {next.Id}", done, StringComparison.Ordinal); // the next suggestion's button

        var progress = await _chat.SayAsync("/progress");
        Assert.Contains($"✅ k8s-operator — {ProgressFormat.LineTitle(item)}", progress, StringComparison.Ordinal); // done (title as one line holds it)
        Assert.Contains($"/done {next.Id}", progress, StringComparison.Ordinal); // the same next item, by the same rule
        Assert.Contains($"1/{track.Length} ({pct}%)", progress, StringComparison.Ordinal);

        // The full list, with the learner's marks, is one command away.
        var list = await _chat.SayAsync("/checklist infra-platform");
        Assert.Contains($"✅ k8s-operator", list.Replace("`", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains($"⬜ {next.Id}", list.Replace("`", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);

        var row = Assert.Single(await _chat.CompletionRowsAsync(Learner1));
        Assert.Equal("k8s-operator", row.RowKey);
        Assert.Equal("infra-platform", row.GetString("Track"));
    }

    [Fact]
    public async Task Progress_lists_each_item_of_the_track_as_done_or_not_done_in_the_contract_format()
    {
        var track = _chat.Catalog().Items.Where(i => i.Guide == "infra-platform").ToArray();
        await _chat.SayAsync("/done k8s-operator helm-chart");

        var progress = await _chat.SayAsync("/progress", locale: "en-US");

        // Contract: "/progress lists each item as `✅ <id> — <title>` (done) or `⬜ <id> — <title>` (not done)".
        foreach (var item in track)
        {
            var done = item.Id is "k8s-operator" or "helm-chart";
            Assert.Contains($"{(done ? "✅" : "⬜")} {item.Id} — ", progress, StringComparison.Ordinal);
            Assert.DoesNotContain($"{(done ? "⬜" : "✅")} {item.Id} — ", progress, StringComparison.Ordinal);
        }

        // The title as one line holds it: the whole title, or a prefix of it ending in "…" (the full one is in /checklist).
        foreach (var item in track)
        {
            var shown = ProgressFormat.LineTitle(item);
            Assert.True(shown == item.Title || (shown.EndsWith('…') && item.Title.StartsWith(shown[..^1], StringComparison.Ordinal)), $"{item.Id}: {shown}");
            Assert.Contains($" {item.Id} — {shown}", progress, StringComparison.Ordinal);
        }

        Assert.Contains($"2/{track.Length} ({ProgressFormat.Percent(2, track.Length)}%)", progress, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Done_twice_is_one_completion_with_the_first_timestamp()
    {
        var first = _time.GetUtcNow();
        await _chat.SayAsync("/done helm-chart");
        _time.Advance(TimeSpan.FromDays(2));
        var again = await _chat.SayAsync("/done helm-chart");

        Assert.Contains("이미 완료", again, StringComparison.Ordinal);
        Assert.Contains(ProgressFormat.Date(first), again, StringComparison.Ordinal);
        var row = Assert.Single(await _chat.CompletionRowsAsync(Learner1));
        Assert.Equal(first, row.GetDateTimeOffset("CompletedAt"));
    }

    [Fact]
    public async Task Undo_removes_the_completion_and_undo_of_nothing_says_so()
    {
        await _chat.SayAsync("/done argocd-gitops");
        var undone = await _chat.SayAsync("/undo argocd-gitops");
        Assert.Contains("완료 취소", undone, StringComparison.Ordinal);
        Assert.Empty(await _chat.CompletionRowsAsync(Learner1));

        var nothing = await _chat.SayAsync("/undo argocd-gitops");
        Assert.Contains("취소할 것이 없어요", nothing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_id_writes_nothing_and_suggests_the_closest_ids()
    {
        var reply = await _chat.SayAsync("/done k8s-operater");
        Assert.Contains("k8s-operater", reply, StringComparison.Ordinal);
        Assert.Contains("k8s-operator", reply, StringComparison.Ordinal);
        Assert.Contains("아무것도 기록하지 않았어요", reply, StringComparison.Ordinal);
        Assert.Empty(await _chat.RowsAsync(CompletionStore.CompletionsTable));

        // One bad id among good ones: still nothing written.
        await _chat.SayAsync("/done helm-chart no-such-thing-at-all");
        Assert.Empty(await _chat.RowsAsync(CompletionStore.CompletionsTable));
    }

    [Fact]
    public async Task A_Korean_title_fragment_resolves_when_it_names_one_item()
    {
        var reply = await _chat.SayAsync("/done 오버커밋");
        Assert.Contains("compute-overcommit", reply, StringComparison.Ordinal);
        Assert.Equal("compute-overcommit", Assert.Single(await _chat.CompletionRowsAsync(Learner1)).RowKey);
    }

    [Theory]
    [InlineData("/done Operator", "여러 항목", "k8s-operator", null)] // a fragment of several titles: asks which
    [InlineData("/done kubernets-operater", "혹시 이 항목인가요?", "k8s-operator", "비슷한 id")] // misspelled: one clear did-you-mean ("Kubernetes Controller/Operator …", word by word), never "nothing close" with it
    [InlineData("/done qqqq-zzzz", "비슷한 id도 없어요", null, "혹시")] // nothing close: says so, guesses nothing
    public async Task A_done_that_names_no_one_item_says_why_and_writes_nothing(string command, string says, string? suggests, string? never)
    {
        var reply = await _chat.SayAsync(command);
        Assert.Contains(says, reply, StringComparison.Ordinal);
        if (suggests is not null)
        {
            Assert.Contains(suggests, reply, StringComparison.Ordinal);
        }

        if (never is not null)
        {
            Assert.DoesNotContain(never, reply, StringComparison.Ordinal);
        }

        Assert.Empty(await _chat.RowsAsync(CompletionStore.CompletionsTable));
    }

    [Fact]
    public async Task Several_ids_in_one_command_with_punctuation_and_a_note()
    {
        var reply = await _chat.SayAsync("/done `Helm-Chart`, [argocd-gitops] 실습 재밌었다");
        Assert.Contains("helm-chart", reply, StringComparison.Ordinal);
        Assert.Contains("argocd-gitops", reply, StringComparison.Ordinal);
        var rows = await _chat.CompletionRowsAsync(Learner1);
        Assert.Equal(["argocd-gitops", "helm-chart"], rows.Select(r => r.RowKey).Order());
        Assert.All(rows, r => Assert.Equal("실습 재밌었다", r.GetString("Note")));
    }

    [Fact]
    public async Task English_locale_gets_English_replies()
    {
        var reply = await _chat.SayAsync("/done helm-chart", locale: "en-US");
        Assert.Contains("Recorded", reply, StringComparison.Ordinal);
        Assert.Contains("Next suggested item", reply, StringComparison.Ordinal);
        var unknown = await _chat.SayAsync("/done helm-chrt", locale: "en-US");
        Assert.Contains("Did you mean", unknown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Completions_survive_a_service_restart()
    {
        await _chat.SayAsync("/done w3-d5-autoscaling");
        await _chat.RestartAsync();
        var progress = await _chat.SayAsync("/progress");
        Assert.Contains("✅ w3-d5-autoscaling", progress, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_of_a_mentioned_user_shows_their_completions()
    {
        await _chat.SayAsync("/done helm-chart", userId: "user-2");
        var mention = Entity.Mention(new ChannelAccount { Id = "user-2", Name = "Kim" }, "<at>Kim</at>");
        var reply = await _chat.SayAsync("/progress <at>Kim</at>", shape: a => a.Entities = [mention]);
        Assert.Contains("Kim", reply, StringComparison.Ordinal);
        Assert.Contains("✅ helm-chart", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Teams_mention_by_channel_id_finds_the_learner_keyed_by_AAD_object_id()
    {
        await _chat.SayAsync("/done argocd-gitops", userId: "29:kim", shape: a => a.From!.AadObjectId = "aad-kim");
        var mention = Entity.Mention(new ChannelAccount { Id = "29:kim", Name = "Kim" }, "<at>Kim</at>");
        var reply = await _chat.SayAsync("/progress <at>Kim</at>", userId: "29:lee", shape: a =>
        {
            a.Entities = [mention];
            a.From!.AadObjectId = "aad-lee";
        });
        Assert.Contains("✅ argocd-gitops", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checklist_lists_a_track_with_ids_and_without_a_track_the_tracks()
    {
        var list = await _chat.SayAsync("/checklist infra-platform");
        Assert.All(_chat.Catalog().Items.Where(i => i.Guide == "infra-platform"), i => Assert.Contains(i.Id, list, StringComparison.Ordinal));

        var tracks = await _chat.SayAsync("/checklist");
        Assert.Contains("k8s-week3-part3", tracks, StringComparison.Ordinal);
        Assert.Contains("/checklist", tracks, StringComparison.Ordinal);
        Assert.DoesNotContain("devops-k8s-5weeks", tracks, StringComparison.Ordinal); // no checklist items there

        var korean = await _chat.SayAsync("체크리스트 compute");
        Assert.Contains("compute-overcommit", korean, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forget_me_asks_first_then_deletes_every_row()
    {
        await _chat.SayAsync("/done helm-chart argocd-gitops");
        var ask = await _chat.SayAsync("/forget-me");
        Assert.Contains("/forget-me confirm", ask, StringComparison.Ordinal);
        Assert.Equal(2, (await _chat.CompletionRowsAsync(Learner1)).Count);

        var done = await _chat.SayAsync("/forget-me confirm");
        Assert.Contains("2", done, StringComparison.Ordinal);
        Assert.Empty(await _chat.RowsAsync(CompletionStore.CompletionsTable, Learner1));
    }
}

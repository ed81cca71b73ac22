using StudyBot.Tests.Reminders;

namespace StudyBot.Tests.Guides;

/// <summary>Where a question is asked: one guide on request, the cohort's track preferred in its channel, and short
/// follow-ups read with the conversation's previous question.</summary>
public sealed class AskScopeTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Fact]
    public void A_guide_prefix_names_one_guide_by_its_name_or_the_start_of_it()
    {
        string[] guides = ["compute", "devops-k8s-5weeks", "infra-platform", "k8s-week3-part3", "networking"];
        Assert.Equal(("networking", "CNI 플러그인"), AskScope.SplitGuide("networking: CNI 플러그인", guides));
        Assert.Equal(("infra-platform", "Packer"), AskScope.SplitGuide("INFRA: Packer", guides));
        Assert.Equal((null, "HPA: 계산 공식"), AskScope.SplitGuide("HPA: 계산 공식", guides)); // not a guide
        Assert.Equal((null, "networking:"), AskScope.SplitGuide("networking:", guides)); // nothing to ask
    }

    [Fact]
    public void A_guide_restriction_is_a_filter_and_a_track_preference_is_a_prior()
    {
        Assert.Equal("compute", Index.Answer("CNI 플러그인", 3).Hits[0].Section.Guide);
        Assert.All(Index.Answer("CNI 플러그인", 5, new AskScope(Guide: "networking")).Hits, h => Assert.Equal("networking", h.Section.Guide));

        // Both tracks teach rolling updates; the cohort's own track comes first, the other still follows.
        var preferred = Index.Answer("롤링 업데이트", 5, new AskScope(PreferredGuide: "k8s-week3-part3")).Hits;
        Assert.Equal("k8s-week3-part3", preferred[0].Section.Guide);
        Assert.Contains(preferred, h => h.Section.Guide == "devops-k8s-5weeks");
        Assert.Equal("devops-k8s-5weeks", Index.Answer("롤링 업데이트", 5, new AskScope(PreferredGuide: "devops-k8s-5weeks")).Hits[0].Section.Guide);
    }

    [Fact]
    public void A_short_follow_up_is_read_with_the_previous_question_within_ten_minutes()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-07T09:00:00Z"));
        var followUps = new FollowUps(time);
        var first = Index.Answer("HPA가 파드 수를 어떻게 계산해?", 3);
        followUps.Remember("conv|learner", first.Question!);

        const string next = "그럼 VPA는?";
        var previous = followUps.Previous("conv|learner", next, Index.Reader.Read(next));
        Assert.NotNull(previous);
        var answer = Index.Answer(next, 3, new AskScope(Previous: previous));
        Assert.Equal("vpa", answer.Question!.Concepts[0].Text);
        Assert.DoesNotContain(answer.Question.Concepts, c => c.Text == "hpa"); // the follow-up names its own topic
        Assert.Contains(answer.Question.Concepts, c => c.Text.Contains("계산", StringComparison.Ordinal));
        Assert.Contains("VPA", answer.Text, StringComparison.Ordinal);

        Assert.Null(followUps.Previous("other|learner", next, Index.Reader.Read(next))); // another conversation
        Assert.Null(followUps.Previous("conv|learner", "Prometheus 아키텍처와 데이터 모델 설명해줘", Index.Reader.Read("Prometheus 아키텍처와 데이터 모델 설명해줘"))); // a question of its own
        time.Advance(TimeSpan.FromMinutes(11));
        Assert.Null(followUps.Previous("conv|learner", next, Index.Reader.Read(next)));
    }
}

/// <summary>The same through the real service: <c>guide=</c> on the API, a guide prefix and a cohort channel in chat.</summary>
public sealed class AskScopeChatTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_api_restricts_to_a_guide_and_refuses_an_unknown_one()
    {
        await using var bot = await StudyBotHost.StartAsync(azurite.Settings());
        var json = await bot.Client.GetFromJsonAsync<JsonElement>("api/ask?guide=networking&q=" + Uri.EscapeDataString("CNI 플러그인"), TestContext.Current.CancellationToken);
        Assert.All(json.GetProperty("results").EnumerateArray(), r => Assert.Equal("networking", r.GetProperty("guide").GetString()));

        using var unknown = await bot.Client.GetAsync("api/ask?guide=cooking&q=kubernetes", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("guide", await unknown.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_a_cohort_channel_the_cohorts_track_comes_first_and_a_prefix_restricts()
    {
        await using var rig = await ReminderRig.StartAsync(azurite, DateTimeOffset.Parse("2026-12-11T01:00:00Z"));
        await rig.Week3CohortAsync("w3", "cohort-channel");

        var inChannel = await AskAsync(rig, "롤링 업데이트", "cohort-channel", isGroup: true);
        Assert.Contains("guides/k8s-week3-part3#", inChannel, StringComparison.Ordinal);

        var elsewhere = await AskAsync(rig, "롤링 업데이트", "some-dm", isGroup: false);
        Assert.Contains("guides/devops-k8s-5weeks#", elsewhere, StringComparison.Ordinal);

        var restricted = await AskAsync(rig, "/ask networking: CNI 플러그인", "some-dm", isGroup: false);
        Assert.Contains("guides/networking#", restricted, StringComparison.Ordinal);
        Assert.DoesNotContain("guides/compute#", restricted, StringComparison.Ordinal);
    }

    private static Task<string> AskAsync(ReminderRig rig, string text, string conversation, bool isGroup) =>
        rig.SayAsync(text, conversation, shape: a => a.Conversation!.IsGroup = isGroup);
}

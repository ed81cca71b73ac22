namespace StudyBot.Tests.Conversation;

/// <summary>Table storage goes away under the learners' language choices (LearnerPreferences, read on every turn): a
/// choice made during the outage says "try again" and changes nothing, the choice made before still holds, and a
/// choice made when storage returns is kept — without a restart.</summary>
public sealed class StorageOutageThreats : StorageOutageTests
{
    [Fact]
    public async Task Storage_outage_a_language_choice_says_try_again_keeps_the_earlier_choice_and_is_kept_after_recovery()
    {
        await using var chat = await BotChat.StartAsync(Storage.Settings());
        var learner = new LearnerId(Channels.WebChat, string.Empty, "user-1").Key;
        Assert.DoesNotContain(OutageStorage.TryAgainKo, await chat.SayAsync("/lang en"), StringComparison.Ordinal);

        await Storage.GoAwayAsync();
        var refused = await chat.SayAsync("/lang ko");
        Assert.Contains(OutageStorage.TryAgainEn, refused, StringComparison.Ordinal); // in the language still chosen
        Assert.Contains("/done", await chat.SayAsync("/help"), StringComparison.Ordinal);
        Assert.Contains("Storage is unavailable", await chat.SayAsync("/done helm-chart"), StringComparison.Ordinal);

        await Storage.ComeBackAsync();
        await OutageStorage.ReadinessAsync(chat.Client, HttpStatusCode.OK);
        Assert.Equal("en", Assert.Single(await chat.RowsAsync(LearnerLocales.TableName, learner)).GetString("Locale")); // the refused choice changed nothing
        Assert.DoesNotContain(OutageStorage.TryAgainEn, await chat.SayAsync("/lang ko"), StringComparison.Ordinal);
        Assert.Equal("ko", Assert.Single(await chat.RowsAsync(LearnerLocales.TableName, learner)).GetString("Locale"));
        Assert.Contains("완료 기록", await chat.SayAsync("/done helm-chart"), StringComparison.Ordinal);
    }
}

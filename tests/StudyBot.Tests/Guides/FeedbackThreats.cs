using System.Security.Cryptography;
using Azure.Data.Tables;

namespace StudyBot.Tests.Guides;

/// <summary>Answer feedback stores a learner only as an HMAC under a configured key: learner keys are not secret (the
/// progress API lists them), so a plain hash of one could be matched by anyone who reads the table.</summary>
public sealed class FeedbackThreats(AzuriteFixture azurite)
{
    private const string Section = "k8s-week3-part3#session-2-오토스케일링--자동화-50분";
    private static readonly LearnerId Learner = new(Channels.WebChat, string.Empty, "learner-a");

    private async Task<(string Reply, List<TableEntity> Rows)> VoteAsync(Dictionary<string, string?> settings, string environment = "Development")
    {
        await using var chat = await BotChat.StartAsync(settings, environment: environment);
        var reply = await chat.SayAsync($"/feedback up {Section}", Learner.UserId, locale: "en-US");
        return (reply, await chat.RowsAsync(AnswerFeedbackStore.TableName));
    }

    [Fact]
    public async Task Deanonymisation_a_vote_is_stored_under_an_HMAC_of_the_learner_key_never_a_plain_hash()
    {
        var settings = azurite.Settings(("Guides:FeedbackKey", "feedback-key-one-0123456789"));
        var (_, rows) = await VoteAsync(settings);

        var row = Assert.Single(rows);
        var plain = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Learner.Key)))[..32];
        var keyed = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes("feedback-key-one-0123456789"), Encoding.UTF8.GetBytes(Learner.Key)))[..32];
        Assert.NotEqual(plain, row.RowKey);
        Assert.Equal(keyed, row.RowKey);
        Assert.DoesNotContain(row, p => p.Value?.ToString()?.Contains(Learner.UserId, StringComparison.Ordinal) == true);

        // Another key, another pseudonym for the same learner.
        var other = azurite.Settings();
        other["Guides:FeedbackKey"] = "feedback-key-two-0123456789";
        Assert.NotEqual(row.RowKey, Assert.Single((await VoteAsync(other)).Rows).RowKey);
    }

    [Fact]
    public async Task Deanonymisation_without_a_configured_key_outside_Development_no_vote_is_stored()
    {
        var (reply, rows) = await VoteAsync(azurite.Settings(), environment: "Staging");
        Assert.Contains("not being collected", reply, StringComparison.Ordinal);
        Assert.Empty(rows);
    }
}

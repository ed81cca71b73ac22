using StudyBot.Connector;
using StudyBot.Conversation;

namespace StudyBot.Tests.Connector;

public sealed class MentionStrippingTests
{
    [Fact]
    public void Slack_through_azure_bot_mentions_of_the_bot_are_removed()
    {
        var activity = new Activity
        {
            ChannelId = Channels.Slack,
            Recipient = new ChannelAccount { Id = "UBOT123:TTEAM1", Name = "studybot" },
        };

        Assert.Equal("/help", MentionMiddleware.StripBotMentions("<@UBOT123>   /help", activity));
    }

    [Fact]
    public void Mentions_of_other_people_stay_in_the_text()
    {
        var activity = new Activity
        {
            ChannelId = Channels.MsTeams,
            Recipient = new ChannelAccount { Id = "28:bot", Name = "StudyBot" },
            Entities =
            [
                Entity.Mention(new ChannelAccount { Id = "28:bot", Name = "StudyBot" }, "<at>StudyBot</at>"),
                Entity.Mention(new ChannelAccount { Id = "29:kim", Name = "Kim" }, "<at>Kim</at>"),
            ],
        };

        Assert.Equal("/progress <at>Kim</at>", MentionMiddleware.StripBotMentions("<at>StudyBot</at> /progress <at>Kim</at>", activity));
    }

    [Fact]
    public void A_teams_mention_without_an_entity_is_still_removed_by_the_bots_name()
    {
        var activity = new Activity { ChannelId = Channels.MsTeams, Recipient = new ChannelAccount { Id = "28:bot", Name = "StudyBot" } };

        Assert.Equal("/today", MentionMiddleware.StripBotMentions("<at>studybot</at> /today", activity));
    }
}

using System.Text.Json.Nodes;
using System.Text.Json;
using StudyBot.Connector;
using StudyBot.Conversation;

namespace StudyBot.Tests.Connector;

public sealed class ActivityJsonTests
{
    [Fact]
    public void Unknown_fields_survive_a_round_trip_at_every_level()
    {
        const string json = """
            {"type":"message","id":"1","channelId":"msteams","serviceUrl":"https://smba.trafficmanager.net/amer/",
             "from":{"id":"29:1","name":"Kim","aadObjectId":"a1","userRole":"user"},
             "recipient":{"id":"28:bot","name":"StudyBot"},
             "conversation":{"id":"19:x","conversationType":"channel","tenantId":"t1","futureFlag":true},
             "text":"hi","channelData":{"tenant":{"id":"t1"},"legacy":{"x":1}},
             "entities":[{"type":"clientInfo","locale":"ko-KR","platform":"Web"}],
             "attachments":[{"contentType":"text/html","content":"<b>x</b>","thumbnailUrl":"https://x/y.png"}],
             "importance":"high","deliveryMode":"normal","listenFor":["a","b"]}
            """;

        var activity = JsonSerializer.Deserialize<Activity>(json, BotJson.Options)!;
        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, BotJson.Options))!;

        Assert.Equal("high", written["importance"]!.GetValue<string>());
        Assert.Equal("normal", written["deliveryMode"]!.GetValue<string>());
        Assert.Equal(2, written["listenFor"]!.AsArray().Count);
        Assert.Equal("user", written["from"]!["userRole"]!.GetValue<string>());
        Assert.True(written["conversation"]!["futureFlag"]!.GetValue<bool>());
        Assert.Equal("Web", written["entities"]![0]!["platform"]!.GetValue<string>());
        Assert.Equal("https://x/y.png", written["attachments"]![0]!["thumbnailUrl"]!.GetValue<string>());
        Assert.Equal(1, written["channelData"]!["legacy"]!["x"]!.GetValue<int>());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), written), written.ToJsonString());
    }

    [Fact]
    public void A_reply_swaps_from_and_recipient_and_keeps_conversation_locale_and_reply_to()
    {
        var inbound = new Activity
        {
            Type = ActivityTypes.Message,
            Id = "in-1",
            ChannelId = Channels.WebChat,
            ServiceUrl = "https://webchat.botframework.com/",
            From = new ChannelAccount { Id = "user" },
            Recipient = new ChannelAccount { Id = "bot" },
            Conversation = new ConversationAccount { Id = "conv" },
            Locale = "en-US",
        };

        var reply = inbound.CreateReply("hello");

        Assert.Equal(("bot", "user", "conv", "in-1", "en-US", Channels.WebChat), (reply.From!.Id, reply.Recipient!.Id, reply.Conversation!.Id, reply.ReplyToId, reply.Locale, reply.ChannelId));
        Assert.Equal(inbound.ServiceUrl, reply.ServiceUrl);
    }
}

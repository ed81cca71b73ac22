using StudyBot.Slack;

namespace StudyBot.Tests.Slack;

public sealed class SlackTextTests
{
    [Fact]
    public void Mentions_links_channels_and_escapes_become_plain_text()
    {
        var (text, mentions) = SlackText.Parse("<@UBOT>  /progress <@U123|kim> in <#C1|general> see <https://x.io/a?b=1&amp;c=2|docs> &lt;3 &amp; <@W9>", botUserId: "UBOT");

        Assert.Equal("/progress @kim in #general see docs <3 & @W9", text);
        Assert.Equal([("U123", (string?)"kim"), ("W9", null)], mentions.Select(m => (m.UserId, m.Name)));
    }

    [Fact]
    public void A_bare_link_keeps_its_url()
    {
        Assert.Equal("read https://example.com/guide", SlackText.Parse("read <https://example.com/guide>").Text);
    }

    [Fact]
    public void The_leading_mention_names_the_bot()
    {
        Assert.Equal("UB0T", SlackText.LeadingMention("  <@UB0T> help"));
        Assert.Null(SlackText.LeadingMention("help <@UB0T>"));
    }
}

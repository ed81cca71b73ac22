using StudyBot.Conversation;
using StudyBot.Testing;

namespace StudyBot.Tests.Conversation;

/// <summary>Threats from the text of one message, at the router: parse cost, size, and what a reply quotes back.</summary>
public sealed class HostileTextThreats
{
    [Command("done", Usage = "/done <id>")]
    private sealed class CountingCommand : ICommand
    {
        public int Runs;

        public Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Runs);
            return Task.FromResult(Reply.Text("ran " + context.Arguments.Length));
        }
    }

    private static (CommandRouter Router, CountingCommand Command) Router()
    {
        var harness = new RouterHarness(s => s.AddCommand<CountingCommand>());
        return (harness.Router, harness.Service<CountingCommand>());
    }

    private static CommandInput Input(string text) => RouterHarness.Input(text);

    [Theory]
    [InlineData(30_000, "/study ")]
    [InlineData(30_000, "study ")]
    [InlineData(30_000, "/study /")]
    public void Umbrella_recursion_a_message_of_thousands_of_study_prefixes_is_parsed_in_one_loop(int repeats, string prefix)
    {
        // ~200 KB: the recursive parser copied the rest at every level and overflowed the stack near this size.
        var text = string.Concat(Enumerable.Repeat(prefix, repeats)) + "done k8s-operator";
        var (name, args, slash) = Router().Router.Parse(text);
        Assert.Equal(("done", "k8s-operator", true), (name, args, slash));
    }

    [Fact]
    public async Task Oversized_message_text_over_the_cap_is_refused_politely_and_never_parsed()
    {
        var (router, command) = Router();
        var reply = await router.RouteAsync(Input("/done " + new string('x', CommandRouter.MaxTextLength)), TestContext.Current.CancellationToken);

        Assert.Equal(0, command.Runs);
        Assert.Equal(RouterHarness.RepoDialogs.Value.Plain("ko", "core.too_long", new { max = CommandRouter.MaxTextLength }), reply.Fallback);

        // At the cap it still runs.
        await router.RouteAsync(Input("/done " + new string('x', CommandRouter.MaxTextLength - 6)), TestContext.Current.CancellationToken);
        Assert.Equal(1, command.Runs);
    }

    [Fact]
    public async Task Echo_amplification_an_unknown_command_is_quoted_back_clipped()
    {
        var (router, _) = Router();
        var word = string.Concat(Enumerable.Repeat("가나다라", 900));
        var reply = await router.RouteAsync(Input("/" + word), TestContext.Current.CancellationToken);

        var text = string.Concat(reply.Blocks.OfType<TextBlock>().Select(b => b.Text.PlainText));
        Assert.DoesNotContain(word[..(Text.MaxEcho + 1)], text, StringComparison.Ordinal);
        Assert.Contains(word[..(Text.MaxEcho - 2)] + "…", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clipping_never_splits_a_surrogate_pair()
    {
        var emoji = string.Concat(Enumerable.Repeat("😀", 100));
        var clipped = Text.Clip(emoji, 10);
        Assert.True(clipped.Length <= 10);
        Assert.False(char.IsHighSurrogate(clipped[^2]));
        Assert.EndsWith("…", clipped, StringComparison.Ordinal);
    }
}

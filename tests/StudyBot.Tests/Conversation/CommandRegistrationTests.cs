namespace StudyBot.Tests.Conversation;

/// <summary>The composition's command lists (<c>services.AddCommand&lt;T&gt;()</c> in each capability's <c>AddX</c>) against
/// the command classes themselves: a command written but not registered would be silently missing from chat and /help.</summary>
public sealed class CommandRegistrationTests(AzuriteFixture azurite) : StudyBotHostTests(azurite)
{
    [Fact]
    public async Task Every_command_class_is_registered_exactly_once_and_help_lists_every_one_not_hidden()
    {
        var declared = typeof(CommandRouter).Assembly.GetTypes()
            .Where(t => typeof(ICommand).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => t.FullName!)
            .Order(StringComparer.Ordinal);
        var router = Bot.Services.GetRequiredService<CommandRouter>();
        Assert.Equal(declared, router.Commands.Select(c => c.HandlerType.FullName!).Order(StringComparer.Ordinal));

        var help = await router.RouteAsync(RouterHarness.Input("/help"), Ct);
        var listed = Assert.IsType<ListBlock>(Assert.Single(help.Blocks, b => b is ListBlock));
        Assert.Equal(router.Commands.Count(c => !c.Hidden), listed.Items.Count);
        Assert.All(router.Commands.Where(c => !c.Hidden), c => Assert.Contains(listed.Items, item => item.PlainText.StartsWith("/" + c.Name, StringComparison.Ordinal)));
    }
}

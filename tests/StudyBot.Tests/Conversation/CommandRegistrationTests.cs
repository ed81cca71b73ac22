namespace StudyBot.Tests.Conversation;

/// <summary>Commands are discovered, not listed: <c>services.AddCommands(assembly)</c> in the composition root registers every
/// <c>[Command]</c> class, so a command written is in chat and in /help by its attribute alone, and a class that could not
/// run as a command stops the start with its name instead of going silently missing.</summary>
public sealed class CommandRegistrationTests(AzuriteFixture azurite) : StudyBotHostTests(azurite)
{
    [Fact]
    public async Task Every_command_class_is_discovered_exactly_once_constructed_and_listed_by_help_unless_hidden()
    {
        var declared = typeof(CommandRouter).Assembly.GetTypes()
            .Where(t => typeof(ICommand).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => t.FullName!)
            .Order(StringComparer.Ordinal);
        var router = Bot.Services.GetRequiredService<CommandRouter>();
        Assert.Equal(declared, router.Commands.Select(c => c.HandlerType.FullName!).Order(StringComparer.Ordinal));

        // Each resolves with the services the composition registered (a missing one would fail only when a learner ran it).
        Assert.All(router.Commands, c => Assert.IsType(c.HandlerType, Bot.Services.GetRequiredService(c.HandlerType)));

        var help = await router.RouteAsync(RouterHarness.Input("/help"), Ct);
        var listed = Assert.IsType<ListBlock>(Assert.Single(help.Blocks, b => b is ListBlock));
        Assert.Equal(router.Commands.Count(c => !c.Hidden), listed.Items.Count);
        Assert.All(router.Commands.Where(c => !c.Hidden), c => Assert.Contains(listed.Items, item => item.PlainText.StartsWith("/" + c.Name, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_command_class_that_cannot_be_constructed_stops_the_composition_naming_it()
    {
        foreach (var type in new[] { typeof(AbstractCommand), typeof(GenericCommand<>), typeof(NotACommand) })
        {
            var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddCommands([type]));
            Assert.Contains(type.FullName!, error.Message, StringComparison.Ordinal);
            Assert.Contains("cannot be constructed", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_command_class_without_its_attribute_stops_the_composition_naming_it()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddCommands([typeof(UnnamedCommand)]));
        Assert.Contains(typeof(UnnamedCommand).FullName!, error.Message, StringComparison.Ordinal);
        Assert.Contains("no [Command] attribute", error.Message, StringComparison.Ordinal);
    }

    [Command("abstract")]
    private abstract class AbstractCommand : ICommand
    {
        public abstract Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken);
    }

    [Command("generic")]
    private sealed class GenericCommand<T> : ICommand
    {
        public Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken) => Task.FromResult(Reply.Text(typeof(T).Name));
    }

    [Command("not-a-command")]
    private sealed class NotACommand;

    private sealed class UnnamedCommand : ICommand
    {
        public Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken) => Task.FromResult(Reply.Text("unnamed"));
    }
}

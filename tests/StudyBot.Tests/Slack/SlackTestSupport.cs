using System.Text.Json.Nodes;

namespace StudyBot.Tests.Slack;

/// <summary>Checks rendered Block Kit against Slack's documented limits (used on every message the tests see).</summary>
public static class BlockKitLimits
{
    public static void AssertValid(JsonElement message)
    {
        var blocks = message.GetProperty("blocks");
        Assert.InRange(blocks.GetArrayLength(), 1, 50);
        Assert.False(string.IsNullOrWhiteSpace(message.GetProperty("text").GetString()), "a text fallback is required for notifications");
        var actionIds = new HashSet<string>();
        foreach (var block in blocks.EnumerateArray())
        {
            switch (block.GetProperty("type").GetString())
            {
                case "header":
                    Assert.Equal("plain_text", block.GetProperty("text").GetProperty("type").GetString());
                    Assert.InRange(block.GetProperty("text").GetProperty("text").GetString()!.Length, 1, 150);
                    break;
                case "section":
                    if (block.TryGetProperty("text", out var text))
                    {
                        Assert.InRange(text.GetProperty("text").GetString()!.Length, 1, 3000);
                    }

                    if (block.TryGetProperty("fields", out var fields))
                    {
                        Assert.InRange(fields.GetArrayLength(), 1, 10);
                        Assert.All(fields.EnumerateArray(), f => Assert.InRange(f.GetProperty("text").GetString()!.Length, 1, 2000));
                    }

                    Assert.True(block.TryGetProperty("text", out _) || block.TryGetProperty("fields", out _), "a section needs text or fields");
                    break;
                case "context":
                    Assert.InRange(block.GetProperty("elements").GetArrayLength(), 1, 10);
                    break;
                case "actions":
                    var elements = block.GetProperty("elements");
                    Assert.InRange(elements.GetArrayLength(), 1, 25);
                    foreach (var button in elements.EnumerateArray())
                    {
                        Assert.InRange(button.GetProperty("text").GetProperty("text").GetString()!.Length, 1, 75);
                        Assert.InRange(button.GetProperty("value").GetString()!.Length, 1, 2000);
                        Assert.True(actionIds.Add(button.GetProperty("action_id").GetString()!), "action_id must be unique in a message");
                    }

                    break;
                case "divider":
                    break;
                default:
                    Assert.Fail("unexpected block type " + block.GetProperty("type").GetString());
                    break;
            }
        }
    }

    /// <summary>Every <c>text</c> string of a message, in order (for content assertions).</summary>
    public static string AllText(JsonElement element)
    {
        var texts = new List<string>();
        void Walk(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in e.EnumerateObject())
                {
                    if (p.Name == "text" && p.Value.ValueKind == JsonValueKind.String)
                    {
                        texts.Add(p.Value.GetString()!);
                    }
                    else
                    {
                        Walk(p.Value);
                    }
                }
            }
            else if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray())
                {
                    Walk(item);
                }
            }
        }

        Walk(element);
        return string.Join('\n', texts);
    }

    public static void AssertValid(JsonObject message) => AssertValid(JsonDocument.Parse(message.ToJsonString()).RootElement);
}

/// <summary>Test commands registered through <c>StudyBotHost.StartAsync(configure: …)</c>.</summary>
[Command("slow", Usage = "/slow", Hidden = true)]
public sealed class SlowCommand : ICommand
{
    public static TimeSpan Delay { get; set; } = TimeSpan.FromSeconds(1);

    public async Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        await Task.Delay(Delay, cancellationToken);
        return new ReplyBuilder().Text(Inline.Plain("slow answer for " + context.Arguments)).Visibility(ReplyVisibility.InChannel).Build();
    }
}

/// <summary>Echoes what the router was given, so tests can check the mapping of Slack fields to <see cref="CommandInput"/>.</summary>
[Command("echo", Usage = "/echo", Hidden = true)]
public sealed class EchoCommand : ICommand
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> RunsByArguments = new();

    /// <summary>How often the command ran with these arguments (tests run in parallel; each uses its own arguments).</summary>
    public static int Runs(string arguments) => RunsByArguments.GetValueOrDefault(arguments);

    public Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        RunsByArguments.AddOrUpdate(context.Arguments, 1, (_, n) => n + 1);
        var mentions = string.Join(",", context.Mentions.Select(m => m.UserId + ":" + m.Name));
        var text = $"learner={context.Learner.ChannelId}/{context.Learner.TenantId}/{context.Learner.UserId} conv={context.Conversation.ChannelId}/{context.Conversation.ConversationId}/{context.Conversation.TenantId} group={context.Conversation.IsGroup} args={context.Arguments} mentions={mentions}";
        return Task.FromResult(Reply.Text(text));
    }
}

namespace StudyBot.Tests.Guides;

/// <summary>Editing a guide updates answers without a restart; a broken guide keeps the previous index.</summary>
public sealed class HotReloadTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "studybot-guides-" + Guid.NewGuid().ToString("N")[..8]);
    private StudyBotHost _bot = null!;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        foreach (var file in Directory.GetFiles(SeedGuides.Folder))
        {
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        }

        var settings = azurite.Settings(("Guides:Path", _folder));
        _bot = await StudyBotHost.StartAsync(settings);
    }

    public async ValueTask DisposeAsync()
    {
        await _bot.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<JsonElement> AskAsync(string question) =>
        await _bot.Client.GetFromJsonAsync<JsonElement>("api/ask?q=" + Uri.EscapeDataString(question), TestContext.Current.CancellationToken);

    /// <summary>Polls until the condition holds (the reload is asynchronous by design); fails after 20 s.</summary>
    private async Task<JsonElement> PollAsync(string question, Func<JsonElement, bool> until)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(20);
        while (true)
        {
            var json = await AskAsync(question);
            if (until(json) || DateTimeOffset.UtcNow > deadline)
            {
                return json;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    private static string TopGuide(JsonElement json) =>
        json.GetProperty("results").EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } r ? r.GetProperty("guide").GetString()! : string.Empty;

    [Fact]
    public async Task An_edited_guide_is_answered_within_seconds_and_a_broken_one_keeps_the_old_index()
    {
        const string question = "zanzibar quokka migration";
        Assert.False((await AskAsync(question)).GetProperty("answered").GetBoolean());

        await File.AppendAllTextAsync(Path.Combine(_folder, "networking.md"), "\n\n## Zanzibar quokka migration\n\nHow quokkas migrate to Zanzibar.\n", TestContext.Current.CancellationToken);
        var updated = await PollAsync(question, j => j.GetProperty("answered").GetBoolean());
        Assert.True(updated.GetProperty("answered").GetBoolean());
        Assert.Equal("networking", TopGuide(updated));
        Assert.Equal("zanzibar-quokka-migration", updated.GetProperty("results")[0].GetProperty("anchor").GetString());

        // The catalog other capabilities read follows too.
        var catalogs = _bot.Services.GetRequiredService<IGuideCatalogProvider>();
        Assert.NotNull(catalogs.Current.FindSection("networking", "zanzibar-quokka-migration"));

        // A duplicate checklist id makes the folder invalid: the old catalog and index stay.
        await File.WriteAllTextAsync(Path.Combine(_folder, "broken.md"), "# Broken\n\n## Wombat section\n\n- [ ] wombat {#k8s-operator}\n", TestContext.Current.CancellationToken);
        var reloader = _bot.Services.GetRequiredService<GuideReloader>();
        Assert.False(reloader.Reload(_folder));
        await Task.Delay(1500, TestContext.Current.CancellationToken); // let the watcher try as well
        Assert.False((await AskAsync("wombat")).GetProperty("answered").GetBoolean());
        Assert.True((await AskAsync(question)).GetProperty("answered").GetBoolean());
        Assert.NotNull(catalogs.Current.FindItem("k8s-operator"));
        Assert.Equal("infra-platform", catalogs.Current.FindItem("k8s-operator")!.Guide);

        // Fixing the file recovers.
        File.Delete(Path.Combine(_folder, "broken.md"));
        await File.WriteAllTextAsync(Path.Combine(_folder, "fixed.md"), "# Fixed\n\n## Wombat section\n\nWombats dig burrows.\n", TestContext.Current.CancellationToken);
        var fixedAnswer = await PollAsync("wombat burrows", j => j.GetProperty("answered").GetBoolean());
        Assert.Equal("fixed", TopGuide(fixedAnswer));
    }

    [Fact]
    public async Task A_glossary_edit_is_picked_up()
    {
        Assert.False((await AskAsync("wibblevisor")).GetProperty("answered").GetBoolean());
        var glossary = Path.Combine(_folder, Glossary.FileName);
        var text = await File.ReadAllTextAsync(glossary, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(glossary, text.Replace("groups:\n", "groups:\n  - [wibblevisor, 하이퍼바이저]\n", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        var json = await PollAsync("wibblevisor", j => j.GetProperty("answered").GetBoolean());
        Assert.Contains("하이퍼바이저", json.GetProperty("results")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
    }
}

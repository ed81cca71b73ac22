using System.Diagnostics;

namespace StudyBot.Tests.Guides;

/// <summary>Guides from a Kubernetes ConfigMap (the chart's <c>guides.configMap</c>), laid out as the kubelet mounts one:
/// each file a symbolic link through <c>..data</c> to a timestamped folder, and an update of the ConfigMap one atomic
/// rename of <c>..data</c> — the file links themselves never change.</summary>
public sealed class ConfigMapGuidesTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Guides_mounted_from_a_configmap_load_and_an_update_of_the_configmap_is_answered_without_a_restart()
    {
        var mount = Directory.CreateTempSubdirectory("studybot-configmap-").FullName;
        try
        {
            var guides = SeedGuides.Folder;
            var files = Directory.GetFiles(guides).Select(Path.GetFileName).ToArray();
            WriteVersion(mount, "..2026_12_03_01", guides, extra: null);
            Directory.CreateSymbolicLink(Path.Combine(mount, "..data"), "..2026_12_03_01");
            foreach (var file in files)
            {
                File.CreateSymbolicLink(Path.Combine(mount, file!), Path.Combine("..data", file!));
            }

            await using var bot = await StudyBotHost.StartAsync(azurite.Settings(("Guides:Path", mount)));
            const string Question = "zanzibar quokka migration";
            Assert.True((await AskAsync(bot, "HPA 계산 공식")).GetProperty("answered").GetBoolean());
            Assert.False((await AskAsync(bot, Question)).GetProperty("answered").GetBoolean());

            // kubectl apply of the edited ConfigMap: the kubelet writes a new version and swaps ..data in one rename.
            WriteVersion(mount, "..2026_12_03_02", guides, extra: "\n\n## Zanzibar quokka migration\n\nHow quokkas migrate to Zanzibar.\n");
            Directory.CreateSymbolicLink(Path.Combine(mount, "..data_tmp"), "..2026_12_03_02");
            using (var swap = Process.Start("mv", ["-T", Path.Combine(mount, "..data_tmp"), Path.Combine(mount, "..data")]))
            {
                await swap.WaitForExitAsync(TestContext.Current.CancellationToken);
                Assert.Equal(0, swap.ExitCode);
            }

            var deadline = DateTimeOffset.UtcNow.AddSeconds(20);
            var answer = await AskAsync(bot, Question);
            while (!answer.GetProperty("answered").GetBoolean() && DateTimeOffset.UtcNow < deadline)
            {
                await Task.Delay(100, TestContext.Current.CancellationToken);
                answer = await AskAsync(bot, Question);
            }

            Assert.True(answer.GetProperty("answered").GetBoolean(), "the updated ConfigMap was never loaded");
            Assert.Equal("networking", answer.GetProperty("results")[0].GetProperty("guide").GetString());
        }
        finally
        {
            Directory.Delete(mount, recursive: true);
        }
    }

    /// <summary>One version of the ConfigMap's files, with <paramref name="extra"/> appended to networking.md.</summary>
    private static void WriteVersion(string mount, string version, string guides, string? extra)
    {
        var folder = Directory.CreateDirectory(Path.Combine(mount, version)).FullName;
        foreach (var file in Directory.GetFiles(guides))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        if (extra is not null)
        {
            File.AppendAllText(Path.Combine(folder, "networking.md"), extra);
        }
    }

    private static async Task<JsonElement> AskAsync(StudyBotHost bot, string question) =>
        await bot.Client.GetFromJsonAsync<JsonElement>("api/ask?q=" + Uri.EscapeDataString(question), TestContext.Current.CancellationToken);
}

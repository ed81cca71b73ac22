using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using StudyBot.Tests.Deploy;

namespace StudyBot.Tests.Connector.Teams;

/// <summary>The Teams app package built by <c>teams/build-package.sh</c>, checked against the app manifest schema
/// (v1.22, https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json): required
/// properties, id formats, length limits, and the icon rules (color 192×192, outline 32×32 white on transparent).</summary>
public sealed partial class TeamsPackageTests
{
    private const string BotAppId = "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d";
    private const string Domain = "studybot.example.org";

    // "required" lists of the manifest schema (top level and the objects StudyBot uses).
    private static readonly string[] RequiredTopLevel = ["manifestVersion", "version", "id", "developer", "name", "description", "icons", "accentColor"];
    private static readonly string[] RequiredDeveloper = ["name", "websiteUrl", "privacyUrl", "termsOfUseUrl"];
    private static readonly string[] RequiredDescription = ["short", "full"];
    private static readonly string[] RequiredIcons = ["outline", "color"];
    private static readonly string[] RequiredBot = ["botId", "scopes"];
    private static readonly string[] ContractCommands = ["help", "done", "undo", "progress", "checklist", "today", "ask"];

    [Fact]
    public async Task The_package_has_a_valid_manifest_and_both_icons_at_its_root()
    {
        var artifacts = Directory.CreateTempSubdirectory("studybot-teams-").FullName;
        try
        {
            var zipPath = await BuildPackageAsync(artifacts, ("MicrosoftAppId", BotAppId), ("BOT_DOMAIN", Domain));
            using var zip = ZipFile.OpenRead(zipPath);
            Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());

            using var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open());
            var root = manifest.RootElement;
            AssertRequired(root, RequiredTopLevel);
            AssertRequired(root.GetProperty("developer"), RequiredDeveloper);
            AssertRequired(root.GetProperty("name"), ["short"]);
            AssertRequired(root.GetProperty("description"), RequiredDescription);
            AssertRequired(root.GetProperty("icons"), RequiredIcons);

            Assert.Equal("1.22", root.GetProperty("manifestVersion").GetString());
            Assert.EndsWith("/v1.22/MicrosoftTeams.schema.json", root.GetProperty("$schema").GetString(), StringComparison.Ordinal);
            Assert.Matches(Guid(), root.GetProperty("id").GetString()!);
            Assert.Matches(SemVer(), root.GetProperty("version").GetString()!);
            Assert.Matches(HexColor(), root.GetProperty("accentColor").GetString()!);
            Assert.InRange(root.GetProperty("name").GetProperty("short").GetString()!.Length, 1, 30);
            Assert.InRange(root.GetProperty("name").GetProperty("full").GetString()!.Length, 1, 100);
            Assert.InRange(root.GetProperty("description").GetProperty("short").GetString()!.Length, 1, 80);
            Assert.InRange(root.GetProperty("description").GetProperty("full").GetString()!.Length, 1, 4000);
            foreach (var url in root.GetProperty("developer").EnumerateObject().Where(p => p.Name.EndsWith("Url", StringComparison.Ordinal)))
            {
                Assert.StartsWith("https://" + Domain + "/", url.Value.GetString(), StringComparison.Ordinal);
            }

            Assert.Equal([Domain], root.GetProperty("validDomains").EnumerateArray().Select(d => d.GetString()));

            var bot = Assert.Single(root.GetProperty("bots").EnumerateArray());
            AssertRequired(bot, RequiredBot);
            Assert.Equal(BotAppId, bot.GetProperty("botId").GetString());
            Assert.Equal(["groupChat", "personal", "team"], bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()).Order());
            var lists = bot.GetProperty("commandLists").EnumerateArray().ToList();
            Assert.Equal(["groupChat", "personal", "team"], lists.SelectMany(l => l.GetProperty("scopes").EnumerateArray().Select(s => s.GetString())).Order());
            foreach (var list in lists)
            {
                var commands = list.GetProperty("commands").EnumerateArray().ToList();
                Assert.InRange(commands.Count, 1, 10);
                Assert.Equal(ContractCommands.Order(), commands.Select(c => c.GetProperty("title").GetString()).Order());
                Assert.All(commands, c => Assert.InRange(c.GetProperty("title").GetString()!.Length, 1, 32));
                Assert.All(commands, c => Assert.InRange(c.GetProperty("description").GetString()!.Length, 1, 128));
            }

            Assert.Equal(await File.ReadAllBytesAsync(RepoRoot.Combine("teams", "color.png"), TestContext.Current.CancellationToken), ReadAll(zip, "color.png"));
            Assert.Equal(await File.ReadAllBytesAsync(RepoRoot.Combine("teams", "outline.png"), TestContext.Current.CancellationToken), ReadAll(zip, "outline.png"));
        }
        finally
        {
            Directory.Delete(artifacts, recursive: true);
        }
    }

    [Theory]
    [InlineData("not-a-guid", Domain)]
    [InlineData(BotAppId, "https://studybot.example.org/")]
    [InlineData(BotAppId, "")]
    public async Task The_build_refuses_a_bad_app_id_or_domain(string appId, string domain)
    {
        var artifacts = Directory.CreateTempSubdirectory("studybot-teams-").FullName;
        try
        {
            var (exitCode, _, error) = await RunAsync(artifacts, ("MicrosoftAppId", appId), ("BOT_DOMAIN", domain));
            Assert.Equal(2, exitCode);
            Assert.Contains("build-package:", error, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(artifacts, "studybot-teams.zip")));
        }
        finally
        {
            Directory.Delete(artifacts, recursive: true);
        }
    }

    [Fact]
    public void The_color_icon_is_a_192_px_full_colour_RGBA_png()
    {
        var png = PngImage.Read(File.ReadAllBytes(RepoRoot.Combine("teams", "color.png")));
        Assert.Equal((192, 192), (png.Width, png.Height));
        Assert.Equal((8, 6), (png.BitDepth, png.ColorType));

        // Full colour: the accent colour fills the icon behind the white book.
        var (r, _, b) = png.Color(96, 20);
        Assert.Equal(255, png.Alpha(96, 20));
        Assert.True(b > r + 100, "the accent colour is drawn");
        Assert.Equal(((byte)255, (byte)255, (byte)255), png.Color(60, 100));
    }

    [Fact]
    public void The_outline_icon_is_32_px_white_on_transparent()
    {
        var png = PngImage.Read(File.ReadAllBytes(RepoRoot.Combine("teams", "outline.png")));
        Assert.Equal((32, 32), (png.Width, png.Height));
        Assert.True(png.HasAlphaChannel);
        Assert.Equal((8, 6), (png.BitDepth, png.ColorType));

        var visible = 0;
        var transparent = 0;
        for (var y = 0; y < png.Height; y++)
        {
            for (var x = 0; x < png.Width; x++)
            {
                if (png.Alpha(x, y) == 0)
                {
                    transparent++;
                    continue;
                }

                visible++;
                Assert.Equal(((byte)255, (byte)255, (byte)255), png.Color(x, y)); // only white may show
            }
        }

        Assert.Equal(0, png.Alpha(0, 0)); // the background is transparent
        Assert.True(visible > 50, "the outline icon draws something");
        Assert.True(transparent > 300, "most of the outline icon is transparent");
    }

    private static async Task<string> BuildPackageAsync(string artifacts, params (string Name, string Value)[] env)
    {
        var (exitCode, output, error) = await RunAsync(artifacts, env);
        Assert.True(exitCode == 0, $"build-package.sh failed ({exitCode}): {error}");
        var zipPath = output.Trim().Split('\n').Last();
        Assert.Equal(Path.Combine(artifacts, "studybot-teams.zip"), zipPath);
        return zipPath;
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string artifacts, params (string Name, string Value)[] env)
    {
        var start = new ProcessStartInfo("bash", [RepoRoot.Combine("teams", "build-package.sh")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ARTIFACTS_DIR"] = artifacts;
        foreach (var (name, value) in env)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }

    private static byte[] ReadAll(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static void AssertRequired(JsonElement element, IEnumerable<string> required)
    {
        foreach (var name in required)
        {
            Assert.True(element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null, $"required property '{name}' is missing");
        }
    }

    [GeneratedRegex("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")]
    private static partial Regex Guid();

    [GeneratedRegex(@"^([0-9]|[1-9][0-9]*)\.([0-9]|[1-9][0-9]*)\.([0-9]|[1-9][0-9]*)$")]
    private static partial Regex SemVer();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColor();
}

using System.Diagnostics;
using System.IO.Compression;
using StudyBot.Tests.Deploy;

namespace StudyBot.Tests.Connector.Teams;

/// <summary>The Teams app package built by <c>teams/build-package.sh</c>, validated against the real app manifest schema
/// v1.22 and its localization schema, kept in <c>teams/schema/v1.22/</c> (NJsonSchema: the schemas are draft-04), plus
/// what a schema cannot say: the bot id and domain that were asked for, the contract's commands, the Korean
/// localization, and the icon rules (color 192×192, outline 32×32 white on transparent).</summary>
public sealed partial class TeamsPackageTests
{
    private const string BotAppId = "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d";
    private const string Domain = "studybot.example.org";

    private static readonly string[] Script = ["teams", "build-package.sh"];

    private static readonly string[] ContractCommands = ["help", "done", "undo", "progress", "checklist", "today", "ask"];

    [Fact]
    public async Task The_package_has_a_valid_manifest_and_both_icons_at_its_root()
    {
        var artifacts = Directory.CreateTempSubdirectory("studybot-teams-").FullName;
        try
        {
            var zipPath = await BuildPackageAsync(artifacts, ("MicrosoftAppId", BotAppId), ("BOT_DOMAIN", Domain));
            using var zip = ZipFile.OpenRead(zipPath);
            Assert.Equal(["color.png", "ko-kr.json", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());

            var manifestJson = ReadText(zip, "manifest.json");
            Assert.Empty(await SchemaErrorsAsync("MicrosoftTeams.schema.json", manifestJson));
            using var manifest = JsonDocument.Parse(manifestJson);
            var root = manifest.RootElement;
            Assert.Equal("1.22", root.GetProperty("manifestVersion").GetString());
            Assert.EndsWith("/v1.22/MicrosoftTeams.schema.json", root.GetProperty("$schema").GetString(), StringComparison.Ordinal);
            foreach (var url in root.GetProperty("developer").EnumerateObject().Where(p => p.Name.EndsWith("Url", StringComparison.Ordinal)))
            {
                Assert.StartsWith("https://" + Domain + "/", url.Value.GetString(), StringComparison.Ordinal);
            }

            Assert.Equal([Domain], root.GetProperty("validDomains").EnumerateArray().Select(d => d.GetString()));

            var bot = Assert.Single(root.GetProperty("bots").EnumerateArray());
            Assert.Equal(BotAppId, bot.GetProperty("botId").GetString());
            Assert.Equal(["groupChat", "personal", "team"], bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()).Order());
            var lists = bot.GetProperty("commandLists").EnumerateArray().ToList();
            Assert.Equal(["groupChat", "personal", "team"], lists.SelectMany(l => l.GetProperty("scopes").EnumerateArray().Select(s => s.GetString())).Order());
            foreach (var list in lists)
            {
                var commands = list.GetProperty("commands").EnumerateArray().ToList();
                Assert.Equal(ContractCommands.Order(), commands.Select(c => c.GetProperty("title").GetString()).Order());
            }

            // Korean: valid against the localization schema, names every command the manifest lists (same title,
            // Korean description), and is the file localizationInfo points at.
            var koJson = ReadText(zip, "ko-kr.json");
            Assert.Empty(await SchemaErrorsAsync("MicrosoftTeams.Localization.schema.json", koJson));
            var language = Assert.Single(root.GetProperty("localizationInfo").GetProperty("additionalLanguages").EnumerateArray());
            Assert.Equal(("ko-kr", "ko-kr.json"), (language.GetProperty("languageTag").GetString(), language.GetProperty("file").GetString()));
            using var ko = JsonDocument.Parse(koJson);
            Assert.Contains("스터디", ko.RootElement.GetProperty("name.full").GetString(), StringComparison.Ordinal);
            for (var i = 0; i < lists.Count; i++)
            {
                var commands = lists[i].GetProperty("commands").EnumerateArray().ToList();
                for (var j = 0; j < commands.Count; j++)
                {
                    Assert.Equal(commands[j].GetProperty("title").GetString(), ko.RootElement.GetProperty($"bots[0].commandLists[{i}].commands[{j}].title").GetString());
                    Assert.Matches("[가-힣]", ko.RootElement.GetProperty($"bots[0].commandLists[{i}].commands[{j}].description").GetString()!);
                }
            }

            Assert.Equal(await File.ReadAllBytesAsync(RepoRoot.Combine("teams", "color.png"), TestContext.Current.CancellationToken), ReadAll(zip, "color.png"));
            Assert.Equal(await File.ReadAllBytesAsync(RepoRoot.Combine("teams", "outline.png"), TestContext.Current.CancellationToken), ReadAll(zip, "outline.png"));
        }
        finally
        {
            Directory.Delete(artifacts, recursive: true);
        }
    }

    [Fact]
    public async Task The_kept_schema_refuses_what_teams_would_refuse()
    {
        // The validator is alive: a manifest breaking the schema's rules is reported, with the offending property.
        var valid = (await File.ReadAllTextAsync(RepoRoot.Combine("teams", "manifest.template.json"), TestContext.Current.CancellationToken))
            .Replace("${{APP_VERSION}}", "1.0.0", StringComparison.Ordinal).Replace("${{TEAMS_APP_ID}}", BotAppId, StringComparison.Ordinal)
            .Replace("${{MICROSOFT_APP_ID}}", BotAppId, StringComparison.Ordinal).Replace("${{BOT_DOMAIN}}", Domain, StringComparison.Ordinal);
        Assert.Empty(await SchemaErrorsAsync("MicrosoftTeams.schema.json", valid));

        foreach (var (broken, property) in new[]
                 {
                     (valid.Replace("\"accentColor\": \"#2B5CD6\"", "\"accentColor\": \"blue\"", StringComparison.Ordinal), "accentColor"),
                     (valid.Replace("\"short\": \"StudyBot\"", "\"short\": \"" + new string('S', 31) + "\"", StringComparison.Ordinal), "short"),
                     (valid.Replace("\"manifestVersion\": \"1.22\",", "\"manifestVersion\": \"1.22\", \"botDescription\": \"x\",", StringComparison.Ordinal), "botDescription"),
                     (valid.Replace("\"botId\": \"" + BotAppId + "\"", "\"botId\": \"studybot\"", StringComparison.Ordinal), "botId"),
                 })
        {
            Assert.NotEqual(valid, broken);
            Assert.Contains(await SchemaErrorsAsync("MicrosoftTeams.schema.json", broken), e => e.Contains(property, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("not-a-guid", Domain)]
    [InlineData(BotAppId, "https://studybot.example.org/")]
    [InlineData(BotAppId, "")]
    public Task The_build_refuses_a_bad_app_id_or_domain(string appId, string domain) =>
        RepoScript.AssertRefusesAsync(Script, "studybot-teams.zip", ("MicrosoftAppId", appId), ("BOT_DOMAIN", domain));

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

    private static Task<(int ExitCode, string Output, string Error)> RunAsync(string artifacts, params (string Name, string Value)[] env) =>
        RepoScript.RunAsync(Script, artifacts, env);

    private static byte[] ReadAll(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static string ReadText(ZipArchive zip, string name) => System.Text.Encoding.UTF8.GetString(ReadAll(zip, name));

    /// <summary>Errors of <paramref name="json"/> against a schema kept in <c>teams/schema/v1.22/</c> ("path: kind").</summary>
    private static async Task<IReadOnlyList<string>> SchemaErrorsAsync(string schemaFile, string json)
    {
        var schema = await NJsonSchema.JsonSchema.FromFileAsync(RepoRoot.Combine("teams", "schema", "v1.22", schemaFile));
        return StudyBot.Tests.Support.SchemaErrors.Of(schema, json);
    }
}

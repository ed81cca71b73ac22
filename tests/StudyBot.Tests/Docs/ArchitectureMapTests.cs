using System.Text.RegularExpressions;
using StudyBot.Tests.Deploy;

namespace StudyBot.Tests.Docs;

/// <summary>docs/ARCHITECTURE.md stays true: every folder and file it names exists, and every folder of the service is
/// on its map (a new capability folder without a line there fails here).</summary>
public sealed partial class ArchitectureMapTests
{
    private static readonly string Doc = File.ReadAllText(RepoRoot.Combine("docs", "ARCHITECTURE.md"));

    private static string[] MapLines()
    {
        var start = Doc.IndexOf("```\nsrc/StudyBot/", StringComparison.Ordinal);
        Assert.True(start >= 0, "the folder map (a fenced block starting with src/StudyBot/) is missing");
        var body = Doc[(start + 4)..];
        return body[..body.IndexOf("```", StringComparison.Ordinal)].Split('\n');
    }

    [Fact]
    public void Every_folder_on_the_map_exists_and_every_service_folder_is_on_it()
    {
        var lines = MapLines();
        var mapped = lines.Select(l => CapabilityLine().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToArray();
        var service = RepoRoot.Combine("src", "StudyBot");
        Assert.All(mapped, folder => Assert.True(Directory.Exists(Path.Combine(service, folder)), $"src/StudyBot/{folder}/ is on the map but does not exist"));

        var actual = Directory.GetDirectories(service).Select(Path.GetFileName).Where(d => d is not ("bin" or "obj")).ToArray();
        Assert.All(actual, folder => Assert.True(mapped.Contains(folder), $"src/StudyBot/{folder}/ is not on the map"));

        // Repository folders (first column) and the sub-folders a line names (Connector/ … Cards/, Teams/).
        string? context = null;
        foreach (var line in lines)
        {
            if (CapabilityLine().Match(line) is { Success: true } capability)
            {
                context = Path.Combine(service, capability.Groups[1].Value);
            }
            else if (RepoLine().Match(line) is { Success: true } repo)
            {
                var folders = repo.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                Assert.All(folders, f => Assert.True(Directory.Exists(RepoRoot.Combine(f.TrimEnd('/').Split('/'))), $"{f} is on the map but does not exist"));
                context = RepoRoot.Combine(folders[0].TrimEnd('/').Split('/'));
            }

            var description = line.TrimStart();
            description = description[Math.Max(0, description.IndexOf(' ', StringComparison.Ordinal))..]; // past the line's own folder
            foreach (Match sub in SubFolder().Matches(description))
            {
                Assert.True(context is not null && Directory.Exists(Path.Combine(context, sub.Groups[1].Value)), $"{sub.Groups[1].Value}/ (in \"{line.Trim()}\") does not exist");
            }
        }
    }

    [Fact]
    public void Every_file_the_page_names_exists()
    {
        var files = FilePath().Matches(Doc).Select(m => m.Groups[1].Value).Distinct().ToArray();
        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.True(
            File.Exists(RepoRoot.Combine("src", "StudyBot", file)) || File.Exists(RepoRoot.Combine(file)),
            $"{file} is named in docs/ARCHITECTURE.md but does not exist"));
    }

    // "  Hosting/       composition …": a folder of the service.
    [GeneratedRegex(@"^  ([A-Z][A-Za-z]+)/\s")]
    private static partial Regex CapabilityLine();

    // "tests/StudyBot.Testing/    …", "teams/ deploy/helm/studybot/ slack/   …": repository folders.
    [GeneratedRegex(@"^((?:[a-z][\w.]*(?:/[\w.]+)*/ ?)+)\s")]
    private static partial Regex RepoLine();

    // "Cards/ (Adaptive Card)", "(Connector/, Cohorts/, …)": a capitalised sub-folder named inside a line.
    [GeneratedRegex(@"(?<=[\s(,;])([A-Z][A-Za-z]+)/(?=[\s,);]|$)")]
    private static partial Regex SubFolder();

    // `Connector/BotAdapter.cs`, `Hosting/StudyBotApp.cs`: a file path in backticks (no placeholders).
    [GeneratedRegex(@"`([A-Za-z][\w.-]*(?:/[\w.-]+)+\.(?:cs|md|yaml|json|sh))`")]
    private static partial Regex FilePath();
}

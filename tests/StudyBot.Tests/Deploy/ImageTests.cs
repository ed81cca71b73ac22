using System.Text.RegularExpressions;

namespace StudyBot.Tests.Deploy;

/// <summary>The Dockerfile read as a reviewer reads it (there is no Docker engine here; docs/deploy.md measures the
/// ReadyToRun start-up on the published app): supported Node, ICU and time zone data, ReadyToRun, base images a
/// release can pin by digest, and the user and port the chart expects.</summary>
public sealed partial class ImageTests
{
    private static readonly string Dockerfile = File.ReadAllText(RepoRoot.Combine("Dockerfile"));

    [Fact]
    public void The_image_builds_on_supported_node_keeps_icu_and_time_zones_and_is_ready_to_run()
    {
        // Node's even majors are its LTS lines; 20 is out of support.
        var node = NodeImage().Match(Dockerfile);
        Assert.True(node.Success, "ARG NODE_IMAGE=node:<major>… not found");
        var major = int.Parse(node.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(major >= 22 && major % 2 == 0, $"node {major} is not a supported LTS line");

        // chiseled-extra: the distroless runtime with ICU and tzdata (Asia/Seoul cohorts, Korean collation).
        Assert.Matches(@"ARG RUNTIME_IMAGE=mcr\.microsoft\.com/dotnet/aspnet:\S*chiseled-extra", Dockerfile);
        Assert.Contains("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false", Dockerfile, StringComparison.Ordinal);
        Assert.Matches(@"dotnet publish [^\n]*(\\\n[^\n]*)*-p:PublishReadyToRun=true", Dockerfile);
    }

    [Fact]
    public void Every_base_image_is_a_build_argument_so_a_release_pins_it_by_digest()
    {
        var froms = Regex.Matches(Dockerfile, @"^FROM\s+(\S+)", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(3, froms.Count);
        Assert.All(froms, f => Assert.Matches(@"^\$\{[A-Z_]+\}$", f));
    }

    [Fact]
    public void The_image_runs_as_the_charts_non_root_user_on_the_charts_port()
    {
        var values = (Dictionary<string, object?>)HelmTemplate.ReadYaml(File.ReadAllText(RepoRoot.Combine("deploy", "helm", "studybot", "values.yaml")))!;
        var user = Regex.Match(Dockerfile, @"^USER\s+(\d+)\s*$", RegexOptions.Multiline);
        Assert.True(user.Success, "USER is numeric, so runAsNonRoot can check it");
        Assert.Equal(((Dictionary<string, object?>)values["podSecurityContext"]!)["runAsUser"], long.Parse(user.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains($"ASPNETCORE_URLS=http://+:{values["containerPort"]}", Dockerfile, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^ARG NODE_IMAGE=node:(\d+)", RegexOptions.Multiline)]
    private static partial Regex NodeImage();
}

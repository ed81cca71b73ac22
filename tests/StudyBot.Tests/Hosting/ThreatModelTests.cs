using System.Reflection;
using System.Text.RegularExpressions;
using StudyBot.Tests.Deploy;

namespace StudyBot.Tests.Hosting;

/// <summary><c>docs/threat-model.md</c> maps each threat to the tests named after it; a renamed or deleted test must not
/// leave the threat model pointing at nothing.</summary>
public sealed partial class ThreatModelTests
{
    [Fact]
    public void Every_test_the_threat_model_names_exists()
    {
        var doc = File.ReadAllText(RepoRoot.Combine("docs", "threat-model.md"));
        var named = TestReference().Matches(doc).Select(m => (Class: m.Groups[1].Value, Method: m.Groups[2].Value)).Distinct().ToArray();
        Assert.True(named.Length >= 30, $"only {named.Length} tests named");

        var methods = typeof(ThreatModelTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(m => (Class: t.Name, Method: m.Name)))
            .ToHashSet();
        var missing = named.Where(n => !methods.Contains(n)).Select(n => $"{n.Class}.{n.Method}").ToArray();
        Assert.True(missing.Length == 0, "docs/threat-model.md names tests that do not exist: " + string.Join(", ", missing));
    }

    [GeneratedRegex(@"`([A-Z][A-Za-z]*(?:Threats|Tests))\.([A-Za-z0-9_]+)`")]
    private static partial Regex TestReference();
}

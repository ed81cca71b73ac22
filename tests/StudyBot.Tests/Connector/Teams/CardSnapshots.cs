using System.Runtime.CompilerServices;

namespace StudyBot.Tests.Connector.Teams;

/// <summary>Compares JSON with a checked-in file under <c>Snapshots/</c>. A missing or changed snapshot fails the test;
/// set <c>UPDATE_SNAPSHOTS=1</c> to (re)write the files, then review the diff before committing.</summary>
internal static class CardSnapshots
{
    public static void Match(string name, string actualJson, [CallerFilePath] string callerPath = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(callerPath)!, "Snapshots", name + ".json");
        var actual = actualJson.ReplaceLineEndings("\n").TrimEnd() + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"Snapshot {path} is missing; run the tests with UPDATE_SNAPSHOTS=1 and review it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }
}

using System.Diagnostics;
using StudyBot.Tests.Deploy;

namespace StudyBot.Tests.Support;

/// <summary>Runs one of the repository's packaging scripts (<c>teams/build-package.sh</c>, <c>slack/build-manifest.sh</c>)
/// as an operator would: bash, its environment variables, <c>ARTIFACTS_DIR</c> pointed at a test folder.</summary>
internal static class RepoScript
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string[] path, string artifacts, params (string Name, string Value)[] env)
    {
        var start = new ProcessStartInfo("bash", [RepoRoot.Combine(path)])
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

    /// <summary>Runs the script in a folder of its own and holds it to how the packaging scripts refuse bad input: exit
    /// code 2, an error line naming the script, and no <paramref name="artifact"/> written.</summary>
    public static async Task AssertRefusesAsync(string[] path, string artifact, params (string Name, string Value)[] env)
    {
        var artifacts = Directory.CreateTempSubdirectory("studybot-script-").FullName;
        try
        {
            var (exitCode, _, error) = await RunAsync(path, artifacts, env);
            Assert.Equal(2, exitCode);
            Assert.Contains(Path.GetFileNameWithoutExtension(path[^1]) + ":", error, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(artifacts, artifact)));
        }
        finally
        {
            Directory.Delete(artifacts, recursive: true);
        }
    }
}

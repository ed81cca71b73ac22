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
}

namespace StudyBot.Hosting;

/// <summary>Finds the folder that holds <c>guides/</c> and <c>dialogs/</c>: the repo root (walking up from the working
/// directory, for <c>dotnet run</c>) or beside the binary (the container image).</summary>
public static class ContentPaths
{
    public static string FindContentRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (Directory.Exists(Path.Combine(dir.FullName, "dialogs")) && Directory.Exists(Path.Combine(dir.FullName, "guides")))
                {
                    return dir.FullName;
                }
            }
        }

        return AppContext.BaseDirectory;
    }

    /// <summary>Resolves a configured path (absolute, or relative to the content root).</summary>
    public static string Resolve(IHostEnvironment env, string path) =>
        Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(env.ContentRootPath, path));
}

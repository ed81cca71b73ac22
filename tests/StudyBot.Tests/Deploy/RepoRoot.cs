namespace StudyBot.Tests.Deploy;

/// <summary>The repository root (the folder holding <c>StudyBot.sln</c>), found from the test binary.</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "StudyBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("StudyBot.sln not found above " + AppContext.BaseDirectory);
    }
}

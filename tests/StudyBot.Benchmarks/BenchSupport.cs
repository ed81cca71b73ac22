using System.Diagnostics;

namespace StudyBot.Benchmarks;

/// <summary>A benchmark's command line, declared once as the record its run takes: each constructor parameter is an
/// option <c>--kebab-name value</c> (a <c>bool</c> is a bare <c>--flag</c>) with its default, and the help line is made from
/// the same parameters, so what the help lists and what the run reads cannot drift apart. An option the record does not
/// have, or a value that does not parse, stops the run: a misspelt <c>--concurency 8</c> must not quietly measure the
/// default.</summary>
public static class BenchOptions
{
    public static T Parse<T>(string[] args)
    {
        var parameters = Parameters<T>();
        var values = parameters.Select(p => p.DefaultValue).ToArray();
        for (var i = 0; i < args.Length; i++)
        {
            var at = Array.FindIndex(parameters, p => OptionName(p) == args[i]);
            if (at < 0)
            {
                throw new BenchOptionException($"unknown option '{args[i]}'");
            }

            var type = parameters[at].ParameterType;
            if (type == typeof(bool))
            {
                values[at] = true;
                continue;
            }

            if (++i == args.Length)
            {
                throw new BenchOptionException($"{args[i - 1]} needs a value");
            }

            try
            {
                values[at] = Convert.ChangeType(args[i], type, CultureInfo.InvariantCulture);
            }
            catch (FormatException)
            {
                throw new BenchOptionException($"{args[i - 1]} '{args[i]}' is not a {type.Name}");
            }
        }

        return (T)Activator.CreateInstance(typeof(T), values)!;
    }

    /// <summary>The help line's options, e.g. <c>[--requests 2000] [--no-peers]</c>.</summary>
    public static string Usage<T>() =>
        string.Join(' ', Parameters<T>().Select(p => p.ParameterType == typeof(bool) ? $"[{OptionName(p)}]" : string.Create(CultureInfo.InvariantCulture, $"[{OptionName(p)} {p.DefaultValue}]")));

    private static System.Reflection.ParameterInfo[] Parameters<T>()
    {
        var parameters = typeof(T).GetConstructors().Single().GetParameters();
        return parameters.All(p => p.HasDefaultValue) ? parameters
            : throw new InvalidOperationException($"every option of {typeof(T).FullName} needs a default value");
    }

    /// <summary><c>NoPeers</c> → <c>--no-peers</c>.</summary>
    private static string OptionName(System.Reflection.ParameterInfo parameter) =>
        "--" + string.Concat(parameter.Name!.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}

/// <summary>A command line the benchmark's options record does not accept.</summary>
public sealed class BenchOptionException(string message) : Exception(message);

/// <summary>The load loop of every benchmark: <paramref name="count"/> jobs on <paramref name="concurrency"/> workers,
/// each worker taking the next index until none is left.</summary>
public static class Workers
{
    public static Task RunAsync(int count, int concurrency, Func<int, Task> job)
    {
        var next = -1;
        return Task.WhenAll(Enumerable.Range(0, Math.Max(1, concurrency)).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                await job(i);
            }
        }));
    }
}

/// <summary>The <c>/help</c> turns of the <c>/api/messages</c> load benchmarks, serialised before the clock starts so only the
/// bot's work (and the shared HTTP stack) is measured: one conversation per worker, 64 users, replies to
/// <c>serviceUrl</c>. Post them with <see cref="TestActivities.PostAsync(HttpClient, byte[], string?, CancellationToken)"/>.</summary>
public static class HelpTurns
{
    public static (string Id, byte[] Json)[] Serialize(string serviceUrl, int count, int concurrency, string conversationPrefix) =>
        Enumerable.Range(0, count).Select(i =>
        {
            var activity = TestActivities.Message("/help", serviceUrl, conversationId: $"{conversationPrefix}-{i % concurrency}", userId: $"user-{i % 64}");
            return (activity.Id!, JsonSerializer.SerializeToUtf8Bytes(activity, BotJson.Options));
        }).ToArray();
}

/// <summary>The peer bots under <c>tests/StudyBot.Benchmarks/peers</c> (the same job on botbuilder, agents-hosting and
/// Bolt), installed with <c>npm ci</c> on first use and started with node.</summary>
public static class NodePeers
{
    public static string Folder(string name = "") => Path.Combine(ContentPaths.FindContentRoot(), "tests", "StudyBot.Benchmarks", "peers", name);

    /// <summary>Runs <c>npm ci</c> in <paramref name="folder"/> unless every package of <paramref name="packages"/> is there.</summary>
    public static async Task EnsureInstalledAsync(string folder, params string[] packages)
    {
        if (packages.All(p => Directory.Exists(Path.Combine(folder, "node_modules", p))))
        {
            return;
        }

        Console.WriteLine($"installing peer bots: npm ci in {folder}");
        using var npm = Process.Start(new ProcessStartInfo("npm", "ci --no-audit --no-fund") { WorkingDirectory = folder, UseShellExecute = false })
                        ?? throw new InvalidOperationException("npm did not start");
        await npm.WaitForExitAsync();
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm ci in {folder} failed with {npm.ExitCode}");
        }
    }

    /// <summary><c>node script</c> in <paramref name="folder"/> on a free port (<c>PORT</c>), waited for until it listens.</summary>
    public static Task<ServerProcess> StartAsync(string folder, string script, params (string Name, string Value)[] environment)
    {
        var port = AzuriteServer.FreePort();
        var start = new ProcessStartInfo("node", script) { WorkingDirectory = folder };
        start.Environment["PORT"] = port.ToString(CultureInfo.InvariantCulture);
        foreach (var (variable, value) in environment)
        {
            start.Environment[variable] = value;
        }

        return ServerProcess.StartAsync(start, port, script, TimeSpan.FromSeconds(30), echoErrors: true);
    }
}

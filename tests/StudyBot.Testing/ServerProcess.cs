using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace StudyBot.Testing;

/// <summary>A server run as a process of its own on a loopback port (Azurite, a published StudyBot, a peer bot on node):
/// started and waited for until it accepts connections; stopped as Ctrl+C stops it, or killed with its children.</summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public bool HasExited => _process.HasExited;

    /// <param name="start">The process; its arguments or environment tell it to listen on <paramref name="port"/>.</param>
    /// <param name="name">What is started, for messages.</param>
    /// <param name="patience">How long it may take to listen.</param>
    /// <param name="echoErrors">Copy its standard error to ours (a peer's failures); otherwise both outputs are drained.</param>
    public static async Task<ServerProcess> StartAsync(ProcessStartInfo start, int port, string name, TimeSpan patience, bool echoErrors = false)
    {
        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (echoErrors && e.Data is { Length: > 0 })
            {
                Console.Error.WriteLine($"  [{name}] {e.Data}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        // Polled often: the cold-start benchmark measures the time to the first answer.
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < patience)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{name} exited with {process.ExitCode} (port {port} taken?)");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return new ServerProcess(process, port);
            }
            catch (SocketException)
            {
                await Task.Delay(5);
            }
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException($"{name} did not listen on {port} within {patience.TotalSeconds:F0} s");
    }

    /// <summary>Stops the process. <paramref name="graceful"/>: as Ctrl+C does, so it can save its state first (15 s at
    /// most); otherwise, or after that, a kill of it and its children.</summary>
    public async Task StopAsync(bool graceful = false)
    {
        if (_process.HasExited)
        {
            return;
        }

        if (graceful && SendInterrupt(_process.Id) == 0)
        {
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    /// <summary>Freezes the process (SIGSTOP) or lets it run again (SIGCONT): a frozen server still accepts connections
    /// (the kernel queues them) and never answers, as a hung dependency does.</summary>
    public void Freeze(bool frozen)
    {
        if (OperatingSystem.IsWindows() || Kill(_process.Id, frozen ? 19 /* SIGSTOP */ : 18 /* SIGCONT */) != 0)
        {
            throw new PlatformNotSupportedException("freezing a process needs POSIX signals");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process.Dispose();
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private static int SendInterrupt(int pid) => OperatingSystem.IsWindows() ? -1 : Kill(pid, 2 /* SIGINT */);
}

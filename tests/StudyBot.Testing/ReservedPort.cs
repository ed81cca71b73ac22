using System.Net;
using System.Net.Sockets;

namespace StudyBot.Testing;

/// <summary>A free loopback port kept for one server until disposed: a socket bound to it (SO_REUSEADDR) that never
/// listens. While the server is down, connections are refused as on a closed port, and the kernel gives the port to no
/// other listener; the server itself can still listen on it. A port that is merely freed is handed to the next server
/// that binds port 0 — in a test run, any of the hundreds of Kestrels and fake connectors — so a stopped Azurite's
/// clients met that server, and its restart on the same port failed (outage tests: "Connection refused" after
/// storage "came back").</summary>
public sealed class ReservedPort : IDisposable
{
    private readonly Socket _socket;

    private ReservedPort(Socket socket)
    {
        _socket = socket;
        Port = ((IPEndPoint)socket.LocalEndPoint!).Port;
    }

    public int Port { get; }

    public static ReservedPort Take()
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            return new ReservedPort(socket);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public void Dispose() => _socket.Dispose();
}

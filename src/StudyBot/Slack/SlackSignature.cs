using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using StudyBot.Hosting;

namespace StudyBot.Slack;

/// <summary>Slack request signing (v0): <c>v0=</c> + lowercase hex HMAC-SHA256(secret, <c>v0:{timestamp}:{raw body}</c>).</summary>
public static class SlackSignature
{
    public const string SignatureHeader = "X-Slack-Signature";
    public const string TimestampHeader = "X-Slack-Request-Timestamp";

    /// <summary>Slack's replay window: a timestamp further than this from now is refused.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    public static string Compute(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(Encoding.UTF8.GetBytes($"v0:{timestamp}:"));
        hmac.AppendData(body);
        return "v0=" + Convert.ToHexStringLower(hmac.GetHashAndReset());
    }

    /// <summary>True when <paramref name="signature"/> signs <paramref name="body"/> at a timestamp within <see cref="Window"/> of <paramref name="now"/>.</summary>
    public static bool IsValid(string secret, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature)
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || Math.Abs(now.ToUnixTimeSeconds() - seconds) > Window.TotalSeconds)
        {
            return false;
        }

        return SecretComparison.AreEqual(signature, Compute(secret, timestamp, body));
    }
}

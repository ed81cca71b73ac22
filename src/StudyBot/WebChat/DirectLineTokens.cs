using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace StudyBot.WebChat;

/// <summary>A Direct Line token's content: one conversation, one user, an expiry.</summary>
public sealed record DirectLineToken(string ConversationId, string UserId, DateTimeOffset ExpiresAt);

public enum TokenStatus
{
    Valid,
    Missing,
    Invalid,
    Expired,
}

/// <summary>Issues and checks Direct Line tokens: <c>base64url(conversation \n user \n expiry) . base64url(HMAC-SHA256)</c>
/// with a key made at process start, so tokens die with the process (the transcripts they open are in memory too).</summary>
public sealed class DirectLineTokens(TimeProvider time, IOptions<WebChatOptions> options)
{
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    public TimeSpan Lifetime => options.Value.TokenLifetime;

    public string Issue(string conversationId, string userId)
    {
        var expires = time.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds();
        var payload = Encoding.UTF8.GetBytes($"{conversationId}\n{userId}\n{expires}");
        return WebEncoders.Base64UrlEncode(payload) + "." + WebEncoders.Base64UrlEncode(HMACSHA256.HashData(_key, payload));
    }

    /// <summary>Reads <c>Authorization: Bearer &lt;token&gt;</c>.</summary>
    public (TokenStatus Status, DirectLineToken? Token) Check(string? authorizationHeader)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader) || !authorizationHeader.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return (TokenStatus.Missing, null);
        }

        var token = authorizationHeader["Bearer ".Length..].Trim();
        var dot = token.IndexOf('.');
        if (dot <= 0 || !TryDecode(token[..dot], out var payload) || !TryDecode(token[(dot + 1)..], out var signature)
            || !CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(_key, payload)))
        {
            return (TokenStatus.Invalid, null);
        }

        var parts = Encoding.UTF8.GetString(payload).Split('\n');
        if (parts.Length != 3 || !long.TryParse(parts[2], out var expires))
        {
            return (TokenStatus.Invalid, null);
        }

        var content = new DirectLineToken(parts[0], parts[1], DateTimeOffset.FromUnixTimeSeconds(expires));
        return content.ExpiresAt <= time.GetUtcNow() ? (TokenStatus.Expired, content) : (TokenStatus.Valid, content);
    }

    private static bool TryDecode(string text, out byte[] bytes)
    {
        try
        {
            bytes = WebEncoders.Base64UrlDecode(text);
            return true;
        }
        catch (FormatException)
        {
            bytes = [];
            return false;
        }
    }
}

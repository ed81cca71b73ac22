using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
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

/// <summary>Issues and checks Direct Line tokens. A token is a JWT signed with HS256 under a key made at process start
/// (tokens die with the process, as the transcripts they open do): <c>{"conv","user","exp"}</c>. The user id is inside
/// the token, as Azure's Direct Line embeds it: Web Chat reads it from there (so it neither warns that <c>dl_</c> ids are
/// reserved nor lets the page pick another), and every activity posted with the token is from that user.</summary>
public sealed class DirectLineTokens(TimeProvider time, IOptions<WebChatOptions> options)
{
    // {"alg":"HS256","typ":"JWT"}
    private const string Header = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9";

    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    public TimeSpan Lifetime => options.Value.TokenLifetime;

    public string Issue(string conversationId, string userId)
    {
        var expires = time.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds();
        var payload = WebEncoders.Base64UrlEncode(JsonSerializer.SerializeToUtf8Bytes(new Claims(conversationId, userId, expires)));
        var signed = Header + "." + payload;
        return signed + "." + WebEncoders.Base64UrlEncode(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(signed)));
    }

    /// <summary>Reads <c>Authorization: Bearer &lt;token&gt;</c>.</summary>
    public (TokenStatus Status, DirectLineToken? Token) Check(string? authorizationHeader)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader) || !authorizationHeader.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return (TokenStatus.Missing, null);
        }

        var token = authorizationHeader["Bearer ".Length..].Trim();
        var lastDot = token.LastIndexOf('.');
        if (!token.StartsWith(Header + ".", StringComparison.Ordinal) || lastDot <= Header.Length + 1 || token.Length > 4096
            || !TryDecode(token[(lastDot + 1)..], out var signature)
            || !CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(token[..lastDot])))
            || !TryDecode(token[(Header.Length + 1)..lastDot], out var payload))
        {
            return (TokenStatus.Invalid, null);
        }

        var claims = JsonSerializer.Deserialize<Claims>(payload);
        if (claims?.Conv is null || claims.User is null)
        {
            return (TokenStatus.Invalid, null);
        }

        var content = new DirectLineToken(claims.Conv, claims.User, DateTimeOffset.FromUnixTimeSeconds(claims.Exp));
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

    /// <summary>The token's claims (short names, as JWT claims are).</summary>
    private sealed record Claims(
        [property: JsonPropertyName("conv")] string? Conv,
        [property: JsonPropertyName("user")] string? User,
        [property: JsonPropertyName("exp")] long Exp);
}

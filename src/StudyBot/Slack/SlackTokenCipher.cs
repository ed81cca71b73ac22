using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace StudyBot.Slack;

/// <summary>Encrypts workspaces' bot tokens for table storage: AES-256-GCM under <c>Slack:TokenEncryptionKey</c>, a fresh
/// 96-bit nonce per token, the row's identity as associated data (a ciphertext copied to another workspace's row does
/// not decrypt). Stored as <c>v1.{key id}.{base64(nonce | ciphertext | tag)}</c>; the key id (a hash prefix of the key)
/// says which key to use, so <c>Slack:PreviousTokenEncryptionKeys</c> still open tokens stored before a rotation.</summary>
public sealed class SlackTokenCipher
{
    private const string Version = "v1";
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    private readonly (string Id, byte[] Key)? _current;
    private readonly Dictionary<string, byte[]> _byId = new(StringComparer.Ordinal);

    public SlackTokenCipher(IOptions<SlackOptions> options)
    {
        var o = options.Value;
        if (TryKey(o.TokenEncryptionKey, out var current))
        {
            _current = (KeyId(current), current);
            _byId[KeyId(current)] = current;
        }

        foreach (var previous in o.PreviousTokenEncryptionKeys)
        {
            if (TryKey(previous, out var key))
            {
                _byId.TryAdd(KeyId(key), key);
            }
        }
    }

    /// <summary>A usable key: base64 of exactly 32 bytes.</summary>
    public static bool IsValidKey(string? base64) => TryKey(base64, out _);

    /// <summary>The id of the current key (what a freshly stored token carries).</summary>
    public string CurrentKeyId => _current?.Id ?? throw new InvalidOperationException("Slack:TokenEncryptionKey is not set");

    public string Encrypt(string token, string rowIdentity)
    {
        var (id, key) = _current ?? throw new InvalidOperationException("Slack:TokenEncryptionKey is not set");
        var plain = Encoding.UTF8.GetBytes(token);
        var sealedBytes = new byte[NonceBytes + plain.Length + TagBytes];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagBytes);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceBytes, plain.Length), sealedBytes.AsSpan(NonceBytes + plain.Length), Encoding.UTF8.GetBytes(rowIdentity));
        CryptographicOperations.ZeroMemory(plain);
        return $"{Version}.{id}.{Convert.ToBase64String(sealedBytes)}";
    }

    /// <summary>The token, or null when it was sealed under a key this instance does not have or was tampered with.</summary>
    /// <param name="keyId">The id of the key it was sealed under (compare with <see cref="CurrentKeyId"/> to re-seal).</param>
    public string? TryDecrypt(string stored, string rowIdentity, out string? keyId)
    {
        keyId = null;
        var parts = stored.Split('.', 3);
        if (parts.Length != 3 || parts[0] != Version || !_byId.TryGetValue(parts[1], out var key))
        {
            return null;
        }

        byte[] sealedBytes;
        try
        {
            sealedBytes = Convert.FromBase64String(parts[2]);
        }
        catch (FormatException)
        {
            return null;
        }

        if (sealedBytes.Length < NonceBytes + TagBytes)
        {
            return null;
        }

        var cipherLength = sealedBytes.Length - NonceBytes - TagBytes;
        var plain = new byte[cipherLength];
        try
        {
            using var aes = new AesGcm(key, TagBytes);
            aes.Decrypt(sealedBytes.AsSpan(0, NonceBytes), sealedBytes.AsSpan(NonceBytes, cipherLength), sealedBytes.AsSpan(NonceBytes + cipherLength), plain, Encoding.UTF8.GetBytes(rowIdentity));
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }

        keyId = parts[1];
        return Encoding.UTF8.GetString(plain);
    }

    private static bool TryKey(string? base64, out byte[] key)
    {
        key = [];
        if (string.IsNullOrWhiteSpace(base64))
        {
            return false;
        }

        try
        {
            key = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException)
        {
            return false;
        }

        return key.Length == 32;
    }

    private static string KeyId(byte[] key) => Convert.ToHexString(SHA256.HashData(key), 0, 4).ToLowerInvariant();
}

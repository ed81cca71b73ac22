using System.Security.Cryptography;
using System.Text;

namespace StudyBot.Hosting;

/// <summary>The one way a secret a request presents (an admin key, a signature, a nonce, a bearer secret) is compared
/// with the expected one.</summary>
public static class SecretComparison
{
    /// <summary>True when both strings are equal. Constant time over their SHA-256 hashes, so neither the secret nor its
    /// length can be guessed byte by byte from response times.</summary>
    public static bool AreEqual(string? given, string expected) =>
        given is not null
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}

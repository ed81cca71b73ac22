using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;

namespace StudyBot.Connector;

/// <summary>The signing keys an OpenID metadata document points to, with each key's Bot Framework
/// <c>endorsements</c> (the channel ids the key may sign for). One instance per fetch; cached by
/// <see cref="Microsoft.IdentityModel.Protocols.ConfigurationManager{T}"/>.</summary>
public sealed class BotSigningKeys
{
    private static readonly string[] NoEndorsements = [];

    public BotSigningKeys(IReadOnlyList<SecurityKey> keys, IReadOnlyDictionary<string, string[]> endorsements)
    {
        Keys = keys;
        Endorsements = endorsements;
    }

    public IReadOnlyList<SecurityKey> Keys { get; }

    /// <summary>Endorsements by key id (<c>kid</c>).</summary>
    public IReadOnlyDictionary<string, string[]> Endorsements { get; }

    public string[] EndorsementsOf(string? kid) =>
        kid is not null && Endorsements.TryGetValue(kid, out var e) ? e : NoEndorsements;
}

/// <summary>Fetches an OpenID metadata document, then its <c>jwks_uri</c>, and reads keys plus endorsements.
/// Both addresses must be https (or http on loopback, for tests).</summary>
public sealed class BotSigningKeysRetriever : IConfigurationRetriever<BotSigningKeys>
{
    public async Task<BotSigningKeys> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        var metadata = await retriever.GetDocumentAsync(address, cancel);
        string? jwksUri;
        using (var doc = JsonDocument.Parse(metadata))
        {
            jwksUri = doc.RootElement.TryGetProperty("jwks_uri", out var j) && j.ValueKind == JsonValueKind.String ? j.GetString() : null;
        }

        if (!BotFrameworkOptions.IsSecureOrLoopback(jwksUri))
        {
            throw new InvalidOperationException($"OpenID metadata at {address} has no usable https jwks_uri.");
        }

        var jwks = await retriever.GetDocumentAsync(jwksUri!, cancel);
        var keys = new JsonWebKeySet(jwks).GetSigningKeys();
        var endorsements = new Dictionary<string, string[]>(StringComparer.Ordinal);
        using (var doc = JsonDocument.Parse(jwks))
        {
            if (doc.RootElement.TryGetProperty("keys", out var array) && array.ValueKind == JsonValueKind.Array)
            {
                foreach (var key in array.EnumerateArray())
                {
                    if (key.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String
                        && key.TryGetProperty("endorsements", out var e) && e.ValueKind == JsonValueKind.Array)
                    {
                        endorsements[kid.GetString()!] = e.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToArray();
                    }
                }
            }
        }

        return new BotSigningKeys(keys.ToArray(), endorsements);
    }
}

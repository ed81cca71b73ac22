using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using StudyBot.Hosting;

namespace StudyBot.Cohorts.Dashboard;

/// <summary>Who may see <c>/dashboard/{cohort}</c> outside Development, without the admin key ever being in a URL (URLs
/// end up in proxy logs, browser history and referrers): an operator asks the admin API for a signed link to one
/// cohort that works for <see cref="AdminOptions.DashboardLinkLifetime"/>; opening it sets an HttpOnly, SameSite=Strict
/// cookie for that cohort's page (<see cref="AdminOptions.DashboardSessionLifetime"/>) and redirects to the clean URL.
/// Tools may send <c>X-Admin-Key</c> instead. Signatures are HMAC-SHA256 under a key derived from <c>Admin:ApiKey</c>,
/// so rotating the API key revokes every link and session.</summary>
public sealed class DashboardAccess(IConfiguration configuration, IOptions<AdminOptions> options, TimeProvider time)
{
    public const string CookieName = "studybot_dashboard";

    /// <summary>False while <c>Admin:ApiKey</c> is unset: the dashboard, like the admin API, does not exist then.</summary>
    public bool IsConfigured => !string.IsNullOrEmpty(configuration[AdminKey.ConfigKey]);

    /// <summary>The path and query of a signed link to <paramref name="cohort"/>'s dashboard, and when it stops working.</summary>
    public (string PathAndQuery, DateTimeOffset ExpiresAt) CreateLink(string cohort)
    {
        var expires = time.GetUtcNow().Add(options.Value.DashboardLinkLifetime);
        var exp = expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return ($"{PathOf(cohort)}?exp={exp}&sig={Sign("link", cohort, exp)}", expires);
    }

    /// <summary>True for an unexpired link to this cohort whose signature is ours.</summary>
    public bool IsValidLink(string cohort, string? exp, string? sig) => IsValid("link", cohort, exp, sig);

    /// <summary>Sets the session cookie a valid link opens.</summary>
    public void StartSession(HttpResponse response, string cohort)
    {
        var lifetime = options.Value.DashboardSessionLifetime;
        var exp = time.GetUtcNow().Add(lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        response.Cookies.Append(CookieName, $"{exp}.{Sign("session", cohort, exp)}", new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = response.HttpContext.Request.IsHttps,
            Path = PathOf(cohort),
            // Max-Age, not Expires: the browser counts the lifetime on its own clock, so a clock apart from ours neither
            // drops the cookie at once nor keeps it longer; the signed exp above is what we enforce.
            MaxAge = lifetime,
            IsEssential = true,
        });
    }

    /// <summary>True when the request carries an unexpired session cookie for this cohort.</summary>
    public bool HasSession(HttpRequest request, string cohort) =>
        request.Cookies.TryGetValue(CookieName, out var value) && value.Split('.') is [var exp, var sig] && IsValid("session", cohort, exp, sig);

    public static string PathOf(string cohort) => "/dashboard/" + Uri.EscapeDataString(cohort);

    private bool IsValid(string purpose, string cohort, string? exp, string? sig)
    {
        if (!IsConfigured || exp is null || sig is null || !long.TryParse(exp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds < time.GetUtcNow().ToUnixTimeSeconds())
        {
            return false;
        }

        return SecretComparison.AreEqual(sig, Sign(purpose, cohort, exp));
    }

    private string Sign(string purpose, string cohort, string exp)
    {
        // A key of its own, derived from the API key: a dashboard signature is never an API key or another signature.
        var key = HMACSHA256.HashData(Encoding.UTF8.GetBytes(configuration[AdminKey.ConfigKey] ?? string.Empty), "studybot/dashboard/v1"u8);
        return WebEncoders.Base64UrlEncode(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{purpose}\n{cohort}\n{exp}")));
    }
}

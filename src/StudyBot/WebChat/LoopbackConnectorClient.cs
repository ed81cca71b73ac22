using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using StudyBot.Connector;
using StudyBot.Hosting;

namespace StudyBot.WebChat;

/// <summary>The bot's connector calls, with one exception: a call to its own base URL (a Direct Line conversation)
/// carries the <see cref="LoopbackCredential"/> instead of a Bot Framework token, over HTTP to the loopback connector
/// routes — in anonymous mode too, where the loopback routes still require it.</summary>
internal sealed class LoopbackConnectorClient(
    IConnectorClient inner,
    ServiceBaseUrl baseUrl,
    LoopbackCredential credential,
    IHttpClientFactory httpClientFactory,
    IOptions<WebChatOptions> webChat) : IConnectorClient
{
    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        IsLoopback(serviceUrl)
            ? SendAsync(HttpMethod.Post, $"v3/conversations/{Esc(conversationId)}/activities", activity, cancellationToken)
            : inner.SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken);

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        IsLoopback(serviceUrl)
            ? SendAsync(HttpMethod.Post, $"v3/conversations/{Esc(conversationId)}/activities/{Esc(activityId)}", activity, cancellationToken)
            : inner.ReplyToActivityAsync(serviceUrl, conversationId, activityId, activity, cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        IsLoopback(serviceUrl)
            ? SendAsync(HttpMethod.Put, $"v3/conversations/{Esc(conversationId)}/activities/{Esc(activityId)}", activity, cancellationToken)
            : inner.UpdateActivityAsync(serviceUrl, conversationId, activityId, activity, cancellationToken);

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        IsLoopback(serviceUrl)
            ? SendAsync(HttpMethod.Delete, $"v3/conversations/{Esc(conversationId)}/activities/{Esc(activityId)}", null, cancellationToken)
            : inner.DeleteActivityAsync(serviceUrl, conversationId, activityId, cancellationToken);

    /// <summary>Direct Line has no bot-created conversations; the loopback channel answers 405 like a channel that
    /// does not support an operation.</summary>
    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        IsLoopback(serviceUrl)
            ? throw new ConnectorException(StatusCodes.Status405MethodNotAllowed, "NotSupported", "The built-in Direct Line channel does not create conversations.")
            : inner.CreateConversationAsync(serviceUrl, parameters, cancellationToken);

    private bool IsLoopback(string serviceUrl) => webChat.Value.Enabled == true && baseUrl.IsOwn(serviceUrl);

    private static string Esc(string id) => Uri.EscapeDataString(id);

    private async Task<ResourceResponse> SendAsync(HttpMethod method, string path, Activity? activity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(new Uri(baseUrl.Value), path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential.Token);
        if (activity is not null)
        {
            request.Content = JsonContent.Create(activity, options: BotJson.Options);
        }

        using var response = await httpClientFactory.CreateClient(DirectLineBridge.HttpClientName).SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            // The loopback routes answer errors as a connector does: {error:{code,message}}.
            string? code = null;
            try
            {
                code = (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("error").GetProperty("code").GetString();
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
            }

            throw new ConnectorException((int)response.StatusCode, code, $"the built-in Direct Line channel answered {(int)response.StatusCode}");
        }

        return method == HttpMethod.Delete ? new ResourceResponse() : await response.Content.ReadFromJsonAsync<ResourceResponse>(BotJson.Options, cancellationToken) ?? new ResourceResponse();
    }
}

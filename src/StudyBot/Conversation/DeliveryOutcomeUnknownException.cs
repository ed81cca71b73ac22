namespace StudyBot.Conversation;

/// <summary>A message was sent but no answer came back (timed out, or the connection broke after the request left): the
/// platform may or may not show it. Not retried where it was sent; a caller must not resend it as if it had surely
/// failed, nor report it as sent.</summary>
public sealed class DeliveryOutcomeUnknownException(string message, Exception inner) : Exception(message, inner);

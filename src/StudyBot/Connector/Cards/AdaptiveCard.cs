using System.Text.Json;
using System.Text.Json.Serialization;
using StudyBot.Connector;

namespace StudyBot.Connector.Cards;

/// <summary>A small typed model of Adaptive Cards schema 1.5 — only the elements StudyBot renders. Serialised with
/// System.Text.Json (<see cref="AdaptiveCard.ToJson"/>); null properties are left out so the JSON stays minimal.</summary>
public sealed class AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyOrder(-3)]
    public string Type => "AdaptiveCard";

    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-2)]
    public string Schema => SchemaUrl;

    [JsonPropertyOrder(-1)]
    public string Version { get; init; } = "1.5";

    public List<CardElement> Body { get; init; } = [];

    public List<CardAction>? Actions { get; set; }

    /// <summary>Shown by clients that cannot render the card (and in notifications).</summary>
    public string? FallbackText { get; init; }

    /// <summary>Teams extension: <c>{"width":"Full"}</c> lets the card use the whole message width.</summary>
    public TeamsCardProperties? Msteams { get; init; }

    public Attachment ToAttachment() => new() { ContentType = ContentType, Content = this };

    public string ToJson(bool indented = false) =>
        JsonSerializer.Serialize(this, indented ? IndentedOptions : BotJson.Options);

    private static readonly JsonSerializerOptions IndentedOptions = new(BotJson.Options) { WriteIndented = true };
}

public sealed record TeamsCardProperties(string Width);

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(RichTextBlock), "RichTextBlock")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
public abstract class CardElement
{
    /// <summary>Draws a line above the element (the reply model's divider).</summary>
    public bool? Separator { get; set; }

    /// <summary><c>none</c>, <c>small</c>, <c>default</c>, <c>medium</c>, <c>large</c>…</summary>
    public string? Spacing { get; set; }
}

/// <summary><c>RichTextBlock</c>: styled runs of plain text (no markdown is interpreted, so nothing can inject markup).</summary>
public sealed class RichTextBlock : CardElement
{
    public required List<TextRun> Inlines { get; init; }
}

public sealed class TextRun
{
    [JsonPropertyOrder(-1)]
    public string Type => "TextRun";

    public required string Text { get; init; }

    public string? Weight { get; init; }

    public string? Size { get; init; }

    public bool? Italic { get; init; }

    public bool? IsSubtle { get; init; }

    public string? FontType { get; init; }

    public string? Color { get; init; }

    /// <summary>Makes the run a link (<c>Action.OpenUrl</c>).</summary>
    public CardAction? SelectAction { get; init; }
}

public sealed class Container : CardElement
{
    public required List<CardElement> Items { get; init; }

    /// <summary><c>default</c>, <c>emphasis</c>, <c>good</c>, <c>attention</c>, <c>warning</c>, <c>accent</c>.</summary>
    public string? Style { get; init; }
}

public sealed class FactSet : CardElement
{
    public required List<Fact> Facts { get; init; }
}

public sealed record Fact(string Title, string Value);

public sealed class ColumnSet : CardElement
{
    public required List<Column> Columns { get; init; }
}

public sealed class Column
{
    [JsonPropertyOrder(-1)]
    public string Type => "Column";

    /// <summary><c>auto</c>, <c>stretch</c> or a weight such as <c>"2"</c>.</summary>
    public string? Width { get; init; }

    public required List<CardElement> Items { get; init; }
}

public sealed class ActionSet : CardElement
{
    public required List<CardAction> Actions { get; init; }
}

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
public abstract class CardAction
{
    public string? Title { get; init; }

    /// <summary><c>default</c>, <c>positive</c>, <c>destructive</c>.</summary>
    public string? Style { get; init; }
}

/// <summary><c>Action.Submit</c>: the client posts <see cref="Data"/> back as the message's <c>value</c>.</summary>
public sealed class SubmitAction : CardAction
{
    public required CommandData Data { get; init; }
}

/// <summary><c>Action.Execute</c> (Universal Actions): Teams sends an <c>adaptiveCard/action</c> invoke as the user who
/// pressed it, and shows the card the bot answers with in place of this one — to that user only.</summary>
public sealed class ExecuteAction : CardAction
{
    public required string Verb { get; init; }

    public required CommandData Data { get; init; }
}

public sealed class OpenUrlAction : CardAction
{
    public required string Url { get; init; }
}

/// <summary>What a StudyBot button sends back: the chat command to run. <see cref="Msteams"/> makes Teams send it as
/// <c>messageBack</c> — a message whose text is the command and whose <c>displayText</c> shows in the chat.</summary>
public sealed record CommandData(string Command, MessageBack? Msteams = null)
{
    public const string CommandProperty = "command";

    public static CommandData For(string command) =>
        new(command, new MessageBack("messageBack", command, command));
}

public sealed record MessageBack(string Type, string Text, string DisplayText);

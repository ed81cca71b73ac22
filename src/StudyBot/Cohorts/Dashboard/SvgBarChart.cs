using System.Globalization;
using System.Net;
using System.Text;

namespace StudyBot.Cohorts.Dashboard;

/// <summary>One bar: a label, a value out of a maximum (e.g. 3 of 5 learners).</summary>
public sealed record Bar(string Label, int Value, int Max, string? Detail = null);

/// <summary>A horizontal bar chart as inline SVG, rendered on the server: no script, scales to the page width, and
/// readable by screen readers (role="img" with a title and description, each bar with its own title).</summary>
public static class SvgBarChart
{
    private const int Width = 720;
    private const int LabelWidth = 280;
    private const int ValueWidth = 70;
    private const int RowHeight = 30;
    private const int BarHeight = 18;
    private const int MaxLabelChars = 38;

    public static string Render(string id, string title, IReadOnlyList<Bar> bars)
    {
        var height = Math.Max(1, bars.Count) * RowHeight;
        var barArea = Width - LabelWidth - ValueWidth;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" id=\"{id}\" role=\"img\" aria-labelledby=\"{id}-title\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Esc(title)}</title>");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = i * RowHeight;
            var fraction = bar.Max <= 0 ? 0 : Math.Clamp((double)bar.Value / bar.Max, 0, 1);
            var length = fraction * barArea;
            var value = $"{bar.Value}/{bar.Max}";
            var label = bar.Label.Length > MaxLabelChars ? bar.Label[..(MaxLabelChars - 1)] + "…" : bar.Label;
            sb.Append(CultureInfo.InvariantCulture, $"<g class=\"bar\" data-label=\"{Esc(bar.Label)}\" data-value=\"{bar.Value}\" data-max=\"{bar.Max}\">");
            sb.Append(CultureInfo.InvariantCulture, $"<title>{Esc(bar.Detail ?? bar.Label)}: {value}</title>");
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"{LabelWidth - 8}\" y=\"{y + (RowHeight / 2)}\" text-anchor=\"end\" dominant-baseline=\"middle\">{Esc(label)}</text>");
            sb.Append(CultureInfo.InvariantCulture, $"<rect class=\"track\" x=\"{LabelWidth}\" y=\"{y + ((RowHeight - BarHeight) / 2)}\" width=\"{barArea}\" height=\"{BarHeight}\" rx=\"3\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<rect class=\"fill\" x=\"{LabelWidth}\" y=\"{y + ((RowHeight - BarHeight) / 2)}\" width=\"{length:0.#}\" height=\"{BarHeight}\" rx=\"3\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{LabelWidth + barArea + 8}\" y=\"{y + (RowHeight / 2)}\" dominant-baseline=\"middle\">{value}</text>");
            sb.Append("</g>");
        }

        sb.Append("</svg>");
        return sb.ToString();
    }

    private static string Esc(string text) => WebUtility.HtmlEncode(text);
}

using AcrTemplateLint.Arm.Json;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Rules.Loading;

/// <summary>JSON as document nodes: strings are quoted scalars; numbers, booleans and null are plain ones.</summary>
internal static class JsonDocuments
{
    public static DocumentNode Convert(SourceFile file, JsonNode node)
    {
        var location = new SourceLocation(file, node.Span);
        return node switch
        {
            JsonObject obj => new DocumentMapping([.. obj.Properties.Select(p => new DocumentEntry(Scalar(file, p.Name), Convert(file, p.Value)))], location),
            JsonArray array => new DocumentSequence([.. array.Items.Select(i => Convert(file, i))], location),
            JsonString s => Scalar(file, s),
            _ => new DocumentScalar(file.GetText(node.Span), true, new JsonString(node.Span, file.GetText(node.Span)), location),
        };
    }

    private static DocumentScalar Scalar(SourceFile file, JsonString s) => new(s.Value, false, s, new SourceLocation(file, s.Span));
}

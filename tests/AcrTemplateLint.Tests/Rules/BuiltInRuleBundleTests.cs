using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Rules.Loading;
using AcrTemplateLint.Tests.Support;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Tests.Rules;

/// <summary>
/// The tool ships rules/*.yaml as one JSON bundle (rules/generated/builtin-rules.json, without test cases) so that
/// start-up needs no YAML parser. This test regenerates the bundle and fails when the shipped one is stale; run the
/// tests with UPDATE_GOLDEN=1 after editing a rule (twice: the second build embeds the new bundle).
/// </summary>
public sealed class BuiltInRuleBundleTests
{
    private static string BundlePath => Path.Combine(Repository.Root, "rules", "generated", "builtin-rules.json");

    [Test]
    public void The_bundle_is_generated_from_the_rule_files()
    {
        var generated = Generate();
        if (Golden.Updating)
        {
            File.WriteAllText(BundlePath, generated);
        }

        Assert.That(File.ReadAllText(BundlePath), Is.EqualTo(generated), "rules/generated/builtin-rules.json is stale; run the tests with UPDATE_GOLDEN=1");
    }

    private static string Generate()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var path in Directory.EnumerateFiles(Repository.Rules, "*.yaml").Order(StringComparer.Ordinal))
            {
                var file = new SourceFile(path, Path.GetFileName(path), File.ReadAllText(path));
                var root = YamlDocuments.Parse(file, new DiagnosticBag(), (at, message) => throw new InvalidOperationException($"{at}: {message}")) as DocumentMapping
                    ?? throw new InvalidOperationException($"{path} is not a mapping");
                json.WriteStartObject();
                foreach (var entry in root.Children.Where(e => e.Key.Value != "tests"))
                {
                    json.WritePropertyName(entry.Key.Value ?? "");
                    Write(json, entry.Value);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    // Plain YAML scalars keep their type (true, 12, null); every other scalar is a string, as the loader reads them.
    private static void Write(Utf8JsonWriter json, DocumentNode node)
    {
        switch (node)
        {
            case DocumentMapping mapping:
                json.WriteStartObject();
                foreach (var entry in mapping.Children)
                {
                    json.WritePropertyName(entry.Key.Value ?? "");
                    Write(json, entry.Value);
                }

                json.WriteEndObject();
                break;
            case DocumentSequence sequence:
                json.WriteStartArray();
                foreach (var item in sequence.Children)
                {
                    Write(json, item);
                }

                json.WriteEndArray();
                break;
            case DocumentScalar { IsPlain: true, Value: "true" or "True" or "TRUE" }:
                json.WriteBooleanValue(true);
                break;
            case DocumentScalar { IsPlain: true, Value: "false" or "False" or "FALSE" }:
                json.WriteBooleanValue(false);
                break;
            case DocumentScalar { IsPlain: true, Value: null or "" or "null" or "~" }:
                json.WriteNullValue();
                break;
            case DocumentScalar { IsPlain: true, Value: var text } when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number):
                json.WriteNumberValue(number);
                break;
            case DocumentScalar scalar:
                json.WriteStringValue(scalar.Value);
                break;
        }
    }
}

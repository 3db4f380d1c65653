using System.Text.RegularExpressions;
using AcrTemplateLint.Arm.Json;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Evaluation;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Arm;

/// <summary>
/// Reads a deploymentParameters.json file. Values are literal JSON; a Key Vault reference is a secret acrlint never
/// reads, so it is Unknown. So is a string holding an Azure Developer CLI placeholder ("${AZURE_LOCATION}",
/// "${USE_APIM=false}"): azd replaces it from its environment before deploying, and the environment is not known.
/// </summary>
public static partial class ArmParameterFileReader
{
    public static ParameterSet? Read(SourceFile file, JsonObject root, DiagnosticBag diagnostics)
    {
        var values = ParameterSet.EmptyValues.ToBuilder();
        if (root.GetProperty("parameters") is not { } section)
        {
            return new ParameterSet(file.DisplayPath, values.ToImmutable());
        }

        if (section.Value is not JsonObject parameters)
        {
            diagnostics.Add(ArmDiagnostics.InvalidParameterFile(new SourceLocation(file, section.Name.Span), "'parameters' must be an object"));
            return null;
        }

        foreach (var parameter in parameters.Properties)
        {
            var name = parameter.Name.Value;
            var nameLocation = new SourceLocation(file, parameter.Name.Span);
            var description = $"value of parameter '{name}' in {file.DisplayPath}";
            if (parameter.Value is JsonObject entry && entry.GetProperty("value") is { } value)
            {
                var location = new SourceLocation(file, value.Value.Span);
                values[name] = new SuppliedParameter(name, WithPlaceholders(name, file, ArmLowering.ToValue(file, value.Value)), location, description);
            }
            else if (parameter.Value is JsonObject secret && secret.GetProperty("reference") is { } reference)
            {
                var location = new SourceLocation(file, reference.Value.Span);
                var unknown = new UnknownValue($"parameter '{name}', a Key Vault secret that {file.DisplayPath} references", location) { Origin = location };
                values[name] = new SuppliedParameter(name, unknown, location, description);
            }
            else
            {
                diagnostics.Add(ArmDiagnostics.InvalidParameterFile(nameLocation, $"parameter '{name}' needs a \"value\" or a \"reference\""));
            }
        }

        return new ParameterSet(file.DisplayPath, values.ToImmutable());
    }

    private static Value WithPlaceholders(string parameter, SourceFile file, Value value) => value switch
    {
        StringValue s when AzdPlaceholder().Match(s.Value) is { Success: true } match => new UnknownValue(
            $"parameter '{parameter}', whose value in {file.DisplayPath} is the environment variable {match.Groups["name"].Value} that the Azure Developer CLI substitutes",
            s.Origin) { Origin = s.Origin },
        ArrayValue a => a with { Items = [.. a.Items.Select(item => WithPlaceholders(parameter, file, item))] },
        ObjectValue o => o with { Entries = [.. o.Entries.Select(e => e with { Value = WithPlaceholders(parameter, file, e.Value) })] },
        _ => value,
    };

    [GeneratedRegex(@"\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)(=[^}]*)?\}", RegexOptions.CultureInvariant)]
    private static partial Regex AzdPlaceholder();
}

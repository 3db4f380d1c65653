using System.Text.Json;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Graph;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Reporting;

/// <summary>
/// Writes resource graphs as JSON (`acrlint graph`): what the rules see, with Unknowns as {"$unknown": reason}.
/// Users read it to understand a verdict; the conformance tests compare it between Bicep and compiled ARM.
/// </summary>
public static class GraphWriter
{
    public static void Write(IEnumerable<ResourceGraph> graphs, Stream output)
    {
        using var json = new Utf8JsonWriter(output, JsonOutput.Settings);
        json.WriteStartArray();
        foreach (var graph in graphs)
        {
            json.WriteStartObject();
            json.WriteString("file", graph.EntryFile.DisplayPath);
            json.WriteString("parameterSet", graph.ParameterSet);
            json.WriteStartArray("resources");
            foreach (var resource in graph.Resources)
            {
                WriteResource(json, resource);
            }

            json.WriteEndArray();
            json.WriteStartArray("unresolvedModules");
            foreach (var module in graph.UnresolvedModules)
            {
                json.WriteStartObject();
                json.WriteString("reference", module.Reference);
                json.WriteString("reason", module.Reason);
                json.WriteString("location", module.Location.ToString());
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteResource(Utf8JsonWriter json, ResourceNode resource)
    {
        json.WriteStartObject();
        json.WriteString("type", resource.Type);
        json.WriteString("apiVersion", resource.ApiVersion);
        json.WritePropertyName("name");
        WriteValue(json, resource.Name);
        json.WriteString("symbolicName", resource.SymbolicName);
        if (resource.Condition is { } condition)
        {
            json.WritePropertyName("condition");
            WriteValue(json, condition);
        }

        if (resource.Copy is { } copy)
        {
            json.WriteStartObject("copy");
            json.WriteString("name", copy.LoopName);
            json.WritePropertyName("index");
            WriteValue(json, copy.Index);
            json.WritePropertyName("count");
            WriteValue(json, copy.Count);
            json.WriteEndObject();
        }

        if (resource.Parent is { } parent)
        {
            json.WriteString("parent", parent.Identity);
        }

        if (resource.IsExisting)
        {
            json.WriteBoolean("existing", true);
        }

        if (!resource.DependsOn.IsEmpty)
        {
            json.WriteStartArray("dependsOn");
            foreach (var dependency in resource.DependsOn)
            {
                WriteValue(json, dependency);
            }

            json.WriteEndArray();
        }

        if (!resource.ModuleTrace.IsEmpty)
        {
            // Outermost first: the deployments (Bicep modules) that lead from the entry file to this resource.
            json.WriteStartArray("modulePath");
            foreach (var hop in resource.ModuleTrace)
            {
                json.WriteStartObject();
                json.WriteString("via", hop.Description);
                json.WriteString("at", hop.Location.ToString());
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteString("source", resource.Declaration.ToString());
        WriteSpan(json, resource.Declaration);
        json.WritePropertyName("body");
        WriteValue(json, resource.Body);
        json.WriteEndObject();
    }

    // 1-based, end exclusive, as SARIF regions are.
    private static void WriteSpan(Utf8JsonWriter json, SourceLocation location)
    {
        json.WriteStartObject("span");
        json.WriteNumber("startLine", location.Start.Line + 1);
        json.WriteNumber("startColumn", location.Start.Character + 1);
        json.WriteNumber("endLine", location.End.Line + 1);
        json.WriteNumber("endColumn", location.End.Character + 1);
        json.WriteEndObject();
    }

    public static void WriteValue(Utf8JsonWriter json, Value value)
    {
        switch (value)
        {
            case StringValue s:
                json.WriteStringValue(s.Value);
                break;
            case IntegerValue i:
                json.WriteNumberValue(i.Value);
                break;
            case FloatValue f:
                json.WriteNumberValue(f.Value);
                break;
            case BooleanValue b:
                json.WriteBooleanValue(b.Value);
                break;
            case NullValue:
                json.WriteNullValue();
                break;
            case ArrayValue a:
                json.WriteStartArray();
                foreach (var item in a.Items)
                {
                    WriteValue(json, item);
                }

                json.WriteEndArray();
                break;
            case ObjectValue o:
                json.WriteStartObject();
                foreach (var entry in o.Entries)
                {
                    json.WritePropertyName(entry.Key);
                    WriteValue(json, entry.Value);
                }

                json.WriteEndObject();
                break;
            case ResourceIdValue id:
                json.WriteStartObject();
                json.WriteString("$resourceId", id.ResourceType);
                json.WriteString("kind", id.Kind.ToString());
                json.WriteStartArray("names");
                foreach (var name in id.Names)
                {
                    WriteValue(json, name);
                }

                json.WriteEndArray();
                if (id.Scope is { } scope)
                {
                    json.WritePropertyName("scope");
                    WriteValue(json, scope);
                }

                if (id.TryFormat() is { } text)
                {
                    json.WriteString("text", text);
                }

                json.WriteEndObject();
                break;
            case UnknownValue u:
                json.WriteStartObject();
                json.WriteString("$unknown", u.Reason);
                json.WriteEndObject();
                break;
        }
    }
}

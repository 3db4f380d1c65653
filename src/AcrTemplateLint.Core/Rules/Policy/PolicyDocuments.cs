using System.Collections.Immutable;
using AcrTemplateLint.Arm.Json;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Rules.Policy;

/// <summary>A parameter an Azure Policy definition or initiative declares.</summary>
public sealed record PolicyParameter(string Name, Value? DefaultValue, ImmutableArray<Value> AllowedValues, string? Description, SourceLocation Location);

/// <summary>What a policy file holds: a definition or an initiative (policy set), read but not yet evaluated.</summary>
public abstract record PolicyDocument(string Name, string DisplayName, string? Id, ImmutableArray<PolicyParameter> Parameters, SourceLocation Location)
{
    public SourceFile Source => Location.File;
}

/// <summary>A policy definition: its rule (if/then) stays JSON until parameter values are known.</summary>
public sealed record PolicyDefinition(
    string Name,
    string DisplayName,
    string? Id,
    ImmutableArray<PolicyParameter> Parameters,
    SourceLocation Location,
    string? Description,
    string Mode,
    string? Category,
    JsonObject If,
    JsonObject Then) : PolicyDocument(Name, DisplayName, Id, Parameters, Location);

/// <summary>An initiative and the definitions it references by name, with the parameter values it passes them.</summary>
public sealed record PolicySetDefinition(
    string Name,
    string DisplayName,
    string? Id,
    ImmutableArray<PolicyParameter> Parameters,
    SourceLocation Location,
    ImmutableArray<PolicyReference> References) : PolicyDocument(Name, DisplayName, Id, Parameters, Location);

/// <summary>One member of an initiative: policyDefinitionId's last segment, and "parameters": { name: { value } }.</summary>
public sealed record PolicyReference(string DefinitionName, string ReferenceId, ImmutableArray<(string Name, JsonNode Value)> Parameters, SourceLocation Location);

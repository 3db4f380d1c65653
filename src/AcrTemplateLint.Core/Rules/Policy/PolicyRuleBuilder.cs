using System.Collections.Immutable;
using AcrTemplateLint.Arm.Json;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Reporting;
using AcrTemplateLint.Rules.Model;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Rules.Policy;

/// <summary>
/// Turns a policy definition, with its parameter values, into a rule with one check. The effect maps as for rule
/// files (Deny → deny, Audit → audit, Modify/Append/DeployIfNotExists/Manual → info, Disabled → disabled);
/// AuditIfNotExists and DeployIfNotExists add a live-state condition, since whether the related resource exists is
/// known only in Azure; Modify and Append describe the change they would make. The type conditions at the top of the
/// "if" become the rule's resource types.
/// </summary>
internal sealed class PolicyRuleBuilder
{
    private enum PolicyEffect
    {
        Deny,
        Audit,
        Append,
        Modify,
        AuditIfNotExists,
        DeployIfNotExists,
        DenyAction,
        Manual,
        Disabled,
    }

    private readonly PolicyDefinition definition;
    private readonly ImmutableArray<RuleParameter> parameters;
    private readonly DiagnosticBag diagnostics;
    private readonly PolicyConditionReader reader;
    private readonly string title;

    public PolicyRuleBuilder(PolicyDefinition definition, ImmutableArray<RuleParameter> parameters, DiagnosticBag diagnostics)
    {
        this.definition = definition;
        this.parameters = parameters;
        this.diagnostics = diagnostics;
        reader = new PolicyConditionReader(definition.Source, diagnostics, parameters);
        title = definition.DisplayName.TrimEnd('.', ' ');
    }

    /// <summary>The rule, or null when the definition cannot be used (reported) or its mode is not for templates.</summary>
    public Rule? Build(string id)
    {
        var errors = ErrorCount();
        if (!definition.Mode.Equals("All", StringComparison.OrdinalIgnoreCase) && !definition.Mode.Equals("Indexed", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(PolicyDiagnostics.Unsupported(definition.Location,
                $"mode '{definition.Mode}' evaluates resource provider data, not template resources; '{definition.DisplayName}' is not loaded"));
            return null;
        }

        var condition = reader.Read(definition.If);
        var effect = ReadEffect();
        if (condition is null || effect is not { } chosen)
        {
            return null;
        }

        var (types, rest) = PolicyResourceTypes.Extract(condition, reader);
        var check = chosen switch
        {
            PolicyEffect.AuditIfNotExists or PolicyEffect.DeployIfNotExists => Existence(rest, chosen),
            PolicyEffect.Modify or PolicyEffect.Append => Remediation(rest, chosen),
            PolicyEffect.Manual => new RuleCheck("", rest, $"{title}: {{kind}} '{{name}}' needs a manual attestation{{evidence}}.", null),
            _ => new RuleCheck("", rest, $"{title}: {{kind}} '{{name}}' is non-compliant{{evidence}}.", null),
        };
        if (chosen == PolicyEffect.DenyAction)
        {
            diagnostics.Add(PolicyDiagnostics.Unsupported(At(definition.Then),
                $"the denyAction effect of '{definition.DisplayName}' blocks delete requests, which a template does not make; it is loaded as disabled"));
        }

        if (check is null || ErrorCount() > errors)
        {
            return null;
        }

        return new Rule
        {
            Id = id,
            Name = RuleName(),
            Title = definition.DisplayName,
            Description = definition.Description ?? definition.DisplayName,
            Effect = chosen switch
            {
                PolicyEffect.Deny => RuleEffect.Deny,
                PolicyEffect.Audit or PolicyEffect.AuditIfNotExists => RuleEffect.Audit,
                PolicyEffect.Disabled or PolicyEffect.DenyAction => RuleEffect.Disabled,
                _ => RuleEffect.Info,
            },
            Ruleset = PolicyLoader.Ruleset,
            Tags = definition.Category is { } category ? [PolicyLoader.Ruleset, category] : [PolicyLoader.Ruleset],
            PolicyId = definition.Name,
            Origin = RuleOrigin.AzurePolicy,
            HelpUri = definition.Id is { } policyId
                ? $"https://portal.azure.com/#blade/Microsoft_Azure_Policy/PolicyDetailBlade/definitionId/{Uri.EscapeDataString(policyId)}"
                : $"{ReportOptions.InformationUri}/blob/main/docs/azure-policy.md",
            ResourceTypes = types,
            Parameters = parameters,
            Checks = [check],
            Source = definition.Source,
        };
    }

    private PolicyEffect? ReadEffect()
    {
        if (definition.Then["effect"] is not { } node)
        {
            diagnostics.Add(PolicyDiagnostics.MissingKey(At(definition.Then), "effect", "'then' block"));
            return null;
        }

        switch (reader.Evaluate(reader.Lower(node)))
        {
            case StringValue text when Enum.TryParse<PolicyEffect>(text.Value, ignoreCase: true, out var effect) && !int.TryParse(text.Value, out _):
                return effect;
            case UnknownValue unknown:
                diagnostics.Add(PolicyDiagnostics.InvalidParameterValue(At(node), $"the effect depends on {unknown.Reason}"));
                return null;
            case var other:
                diagnostics.Add(PolicyDiagnostics.UnknownEffect(At(node), ValueFormatter.Display(other)));
                return null;
        }
    }

    // Whether the related resource exists is known only in Azure: when the rest holds, the verdict is indeterminate.
    private RuleCheck? Existence(Condition rest, PolicyEffect effect)
    {
        if (definition.Then["details"] is not JsonObject details || details["type"] is not JsonString type)
        {
            var at = definition.Then["details"] is { } found ? At(found) : At(definition.Then);
            diagnostics.Add(PolicyDiagnostics.MissingKey(at, "details.type", $"'then' block of an {effect} effect"));
            return null;
        }

        var remedy = effect == PolicyEffect.DeployIfNotExists ? "; if there is none, the policy deploys one" : "";
        var reason = $"whether a {type.Value} resource that satisfies the policy's existence condition exists, which only the deployed resources show{remedy}";
        var live = new LiveStateCondition("the existence condition", reason, At(details));
        return new RuleCheck("", new AllOfCondition([rest, live], rest.Location), $"{title}: {{kind}} '{{name}}' is non-compliant{{evidence}}.", null);
    }

    private RuleCheck? Remediation(Condition rest, PolicyEffect effect)
    {
        var details = definition.Then["details"];
        var operations = effect == PolicyEffect.Modify ? (details as JsonObject)?["operations"] : details;
        if (operations is not JsonArray { Items.Length: > 0 } list)
        {
            var key = effect == PolicyEffect.Modify ? "details.operations" : "details";
            diagnostics.Add(PolicyDiagnostics.MissingKey(At(details ?? definition.Then), key, $"'then' block of a {effect} effect (a non-empty array)"));
            return null;
        }

        var changes = list.Items.Select(item => Describe(item, effect)).ToList();
        if (changes.Any(c => c is null))
        {
            return null;
        }

        var text = changes.Count == 1 ? changes[0] : $"{string.Join(", ", changes.Take(changes.Count - 1))} and {changes[^1]}";
        return new RuleCheck("", rest, $"{title}: {{kind}} '{{name}}' matches the policy{{evidence}}; its {effect} effect would {text} when deployed.", null);
    }

    // One Modify operation ({ operation, field, value }) or Append entry ({ field, value }), in words.
    private string? Describe(JsonNode node, PolicyEffect effect)
    {
        if (node is not JsonObject operation || operation["field"] is not JsonString field)
        {
            diagnostics.Add(PolicyDiagnostics.MissingKey(At(node), "field", $"{effect} operation"));
            return null;
        }

        if (AliasMapper.Map(field.Value, out var error) is not { } path)
        {
            diagnostics.Add(PolicyDiagnostics.InvalidAlias(At(field), field.Value, error ?? "malformed"));
            return null;
        }

        var kind = effect == PolicyEffect.Append ? (path.HasWildcard ? "add" : "addOrReplace")
            : operation["operation"] is JsonString op ? op.Value : "";
        if (kind.Equals("remove", StringComparison.OrdinalIgnoreCase))
        {
            return $"remove {path}";
        }

        if (operation["value"] is not { } valueNode)
        {
            diagnostics.Add(PolicyDiagnostics.MissingKey(At(operation), "value", $"{effect} operation"));
            return null;
        }

        // A value that depends on a parameter without value is shown as written.
        var value = reader.Evaluate(reader.Lower(valueNode)) is not UnknownValue and var known
            ? $"'{ValueFormatter.Display(known)}'"
            : definition.Source.GetText(valueNode.Span);
        if (kind.Equals("addOrReplace", StringComparison.OrdinalIgnoreCase))
        {
            return $"set {path} to {value}";
        }

        if (kind.Equals("add", StringComparison.OrdinalIgnoreCase))
        {
            return path.HasWildcard ? $"add {value} to {path}" : $"set {path} to {value} if it is absent";
        }

        diagnostics.Add(PolicyDiagnostics.WrongType(At(operation), "operation", "addOrReplace, add or remove"));
        return null;
    }

    // SARIF wants an identifier-like name; the file name is the one users see ("ACR_AdminAccountDisabled_AuditDeny").
    private string RuleName() =>
        new([.. Path.GetFileNameWithoutExtension(definition.Source.DisplayPath).Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]);

    private int ErrorCount() => diagnostics.Items.Count(d => d.Level == DiagnosticLevel.Error);

    private SourceLocation At(JsonNode node) => new(definition.Source, node.Span);
}

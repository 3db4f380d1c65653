using System.Collections.Immutable;
using AcrTemplateLint.Evaluation.Expressions;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Rules.Model;

/// <summary>
/// A node of a rule's "if" tree. <see cref="Location"/> is its place in the YAML file. <see cref="Because"/> is an
/// optional phrase that fills a message's {detail} when this condition is what made the check fail.
/// </summary>
public abstract record Condition(SourceLocation? Location)
{
    public string? Because { get; init; }
}

public sealed record AllOfCondition(ImmutableArray<Condition> Conditions, SourceLocation? Location) : Condition(Location);

public sealed record AnyOfCondition(ImmutableArray<Condition> Conditions, SourceLocation? Location) : Condition(Location);

public sealed record NotCondition(Condition Inner, SourceLocation? Location) : Condition(Location);

/// <summary>
/// A leaf: an operand tested with one operator against an expected value. The expected value is an expression so
/// it can read rule parameters ("[parameters('allowedBypassOptions')]"); plain YAML values are literals.
/// </summary>
public sealed record LeafCondition(Operand Operand, ConditionOperator Operator, Expression Expected, SourceLocation? Location)
    : Condition(Location);

/// <summary>True when the named related resource exists and satisfies <see cref="Where"/>.</summary>
public sealed record RelatedCondition(string Related, Condition Where, SourceLocation? Location) : Condition(Location);

/// <summary>True when the resource sets a property that its apiVersion does not define, per the named data table.</summary>
public sealed record ApiVersionCondition(string Table, SourceLocation? Location) : Condition(Location);

/// <summary>
/// A question only the deployed resources can answer, such as an Azure Policy existence condition: always Unknown,
/// so the check is indeterminate whenever the rest of it holds. <see cref="Subject"/> names what is asked ("the
/// existence condition"); <see cref="Reason"/> is what it depends on.
/// </summary>
public sealed record LiveStateCondition(string Subject, string Reason, SourceLocation? Location) : Condition(Location);

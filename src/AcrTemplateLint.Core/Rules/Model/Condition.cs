using System.Collections.Immutable;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Rules.Model;

/// <summary>A node of a rule's "if" tree. <see cref="Location"/> is its place in the YAML file.</summary>
public abstract record Condition(SourceLocation? Location);

public sealed record AllOfCondition(ImmutableArray<Condition> Conditions, SourceLocation? Location) : Condition(Location);

public sealed record AnyOfCondition(ImmutableArray<Condition> Conditions, SourceLocation? Location) : Condition(Location);

public sealed record NotCondition(Condition Inner, SourceLocation? Location) : Condition(Location);

/// <summary>A leaf: an operand (field or value) tested with one operator against an expected value.</summary>
public sealed record LeafCondition(Operand Operand, ConditionOperator Operator, Evaluation.Values.Value Expected, SourceLocation? Location)
    : Condition(Location);

using AcrTemplateLint.Evaluation.Expressions;
using AcrTemplateLint.Rules.Paths;

namespace AcrTemplateLint.Rules.Model;

/// <summary>What a leaf condition tests: a field of the resource, a computed value, or a count.</summary>
public abstract record Operand;

public sealed record FieldOperand(FieldPath Path) : Operand
{
    public override string ToString() => Path.ToString();
}

public sealed record ValueOperand(Expression Expression, string Text) : Operand
{
    public override string ToString() => Text;
}

/// <summary>
/// How many elements of an array field ([*] path), or how many related resources, satisfy <see cref="Where"/>
/// (all of them when it is null).
/// </summary>
public sealed record CountOperand(FieldPath? Field, string? Related, Condition? Where) : Operand
{
    public override string ToString() => Field is not null ? $"count({Field})" : $"count({Related})";
}

using AcrTemplateLint.Evaluation.Expressions;
using AcrTemplateLint.Rules.Paths;

namespace AcrTemplateLint.Rules.Model;

/// <summary>What a leaf condition tests: a field of the resource, or a computed value.</summary>
public abstract record Operand;

public sealed record FieldOperand(FieldPath Path) : Operand
{
    public override string ToString() => Path.ToString();
}

public sealed record ValueOperand(Expression Expression, string Text) : Operand
{
    public override string ToString() => Text;
}

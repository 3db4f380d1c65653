namespace AcrTemplateLint.Evaluation.Values;

public sealed record BooleanValue(bool Value) : Value
{
    public override string TypeName => "bool";
}

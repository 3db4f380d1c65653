namespace AcrTemplateLint.Evaluation.Values;

public sealed record NullValue : Value
{
    public override string TypeName => "null";
}

namespace AcrTemplateLint.Evaluation.Values;

public sealed record StringValue(string Value) : Value
{
    public override string TypeName => "string";
}

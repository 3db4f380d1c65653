namespace AcrTemplateLint.Evaluation.Values;

/// <summary>ARM integers are 64-bit.</summary>
public sealed record IntegerValue(long Value) : Value
{
    public override string TypeName => "int";
}

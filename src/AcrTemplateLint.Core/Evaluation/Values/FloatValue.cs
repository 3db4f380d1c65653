namespace AcrTemplateLint.Evaluation.Values;

/// <summary>A JSON number with a fraction or exponent; ARM passes these through without arithmetic.</summary>
public sealed record FloatValue(double Value) : Value
{
    public override string TypeName => "float";
}

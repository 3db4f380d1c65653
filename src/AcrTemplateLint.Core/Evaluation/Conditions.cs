using AcrTemplateLint.Evaluation.Values;

namespace AcrTemplateLint.Evaluation;

/// <summary>Deployment conditions: a resource inside a conditional deployment is deployed only if both hold.</summary>
public static class Conditions
{
    /// <summary>
    /// The condition under which something inside <paramref name="outer"/> with its own <paramref name="inner"/>
    /// condition is deployed; null means unconditional. False wins over Unknown, and Unknown over true.
    /// </summary>
    public static Value? Both(Value? outer, Value? inner) => (outer, inner) switch
    {
        (null, _) => inner,
        (_, null) => outer,
        (BooleanValue { Value: false }, _) => outer,
        (_, BooleanValue { Value: false }) => inner,
        (BooleanValue, _) => inner,
        _ => outer,
    };
}

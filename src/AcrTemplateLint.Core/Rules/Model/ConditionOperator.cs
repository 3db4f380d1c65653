namespace AcrTemplateLint.Rules.Model;

/// <summary>The Azure Policy condition operators.</summary>
public enum ConditionOperator
{
    Equals,
    NotEquals,
    In,
    NotIn,
    Exists,
    Contains,
    NotContains,
    ContainsKey,
    NotContainsKey,
    Like,
    NotLike,
    Match,
    NotMatch,
    MatchInsensitively,
    NotMatchInsensitively,
    Less,
    LessOrEquals,
    Greater,
    GreaterOrEquals,
}

namespace AcrTemplateLint.Rules.Model;

/// <summary>
/// The Azure Policy condition operators, plus three IPv4 operators that ACR firewall rules need (Azure Policy has
/// ipRangeContains() as a function; a rule language for firewalls needs them as conditions).
/// </summary>
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

    /// <summary>isIpv4Range: true when the value is an IPv4 address or IPv4 CIDR range (false to test the opposite).</summary>
    IsIpv4Range,

    /// <summary>ipPrefixLengthLess: N, true for an IPv4 range whose prefix is shorter than N bits.</summary>
    IpPrefixLengthLess,

    /// <summary>ipOverlaps: [ranges], true for an IPv4 range that shares any address with one of the ranges.</summary>
    IpOverlaps,
}

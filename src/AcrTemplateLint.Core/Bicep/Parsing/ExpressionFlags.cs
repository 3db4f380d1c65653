namespace AcrTemplateLint.Bicep.Parsing;

/// <summary>What an expression may contain where it is being parsed.</summary>
[Flags]
internal enum ExpressionFlags
{
    None = 0,

    /// <summary>Object and array literals (not allowed inside string interpolation or loop variable blocks).</summary>
    AllowComplexLiterals = 1 << 0,

    /// <summary>Nested <c>resource</c> declarations inside an object (a resource body).</summary>
    AllowResourceDeclarations = 1 << 1,
}

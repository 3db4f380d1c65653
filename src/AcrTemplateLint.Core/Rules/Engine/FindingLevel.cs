namespace AcrTemplateLint.Rules.Engine;

/// <summary>SARIF's result levels. Text output writes Note as "info" for $msCompile.</summary>
public enum FindingLevel
{
    Error,
    Warning,
    Note,
    None,
}

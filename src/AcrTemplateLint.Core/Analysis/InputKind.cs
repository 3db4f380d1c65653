namespace AcrTemplateLint.Analysis;

/// <summary>What a discovered file is, decided by extension and, for JSON, by its $schema.</summary>
public enum InputKind
{
    ArmTemplate,
    ArmParameters,
    Bicep,
    BicepParameters,
}

using AcrTemplateLint.Text;

namespace AcrTemplateLint.Evaluation.Expressions;

/// <summary>
/// A Bicep resource or module used by its symbolic name: <c>acr.id</c>, <c>acrs[i].name</c>, <c>mod.outputs</c>.
/// <see cref="Index"/> picks one instance of a loop; <see cref="Member"/> is the property read (null for the whole
/// symbol). The template scope decides what it is, as the Bicep compiler does: an ID and a name known at compile
/// time, properties that only the deployment knows, a module's outputs. ARM templates never produce it.
/// </summary>
public sealed record SymbolReferenceExpression(string Symbol, Expression? Index, string? Member, SourceLocation? Origin)
    : Expression(Origin);

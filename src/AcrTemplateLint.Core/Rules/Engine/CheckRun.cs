using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Evaluation;
using AcrTemplateLint.Evaluation.Expressions;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Graph;
using AcrTemplateLint.Rules.Model;

namespace AcrTemplateLint.Rules.Engine;

/// <summary>
/// What stays fixed while one check runs on one graph: the rule, the resolver for related resources, and an
/// evaluator for the expressions in the rule (parameters('…'), field('…')). It records whether a relation had to be
/// deferred until every file is loaded.
/// </summary>
internal sealed class CheckRun
{
    private readonly RuleScope scope;
    private readonly Evaluator evaluator = new(new DiagnosticBag(), RuleFunctions.Library);

    public CheckRun(Rule rule, RuleCheck check, GraphResolver resolver, RuleScope scope)
    {
        Rule = rule;
        Check = check;
        Resolver = resolver;
        this.scope = scope;
    }

    public Rule Rule { get; }

    public RuleCheck Check { get; }

    public GraphResolver Resolver { get; }

    public bool NeedsGlobalLookup { get; set; }

    /// <summary>Evaluates a rule expression while looking at <paramref name="resource"/> (for field() and current()).</summary>
    public Value Evaluate(Expression expression, ResourceNode resource, ElementBinding? element) =>
        expression is LiteralExpression literal
            ? literal.Value
            : evaluator.Evaluate(expression, new EvaluationContext(new ResourceScope(scope, Rule, resource, element)));
}

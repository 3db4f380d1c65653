using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Evaluation;
using AcrTemplateLint.Evaluation.Expressions;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Rules.Model;

namespace AcrTemplateLint.Rules.Engine;

/// <summary>
/// What stays fixed while one check runs on one graph: the rule, the resolver for related resources, and an
/// evaluator for the expressions in the rule (parameters('…')). It records whether a relation had to be deferred
/// until every file is loaded.
/// </summary>
internal sealed class CheckRun
{
    private readonly EvaluationContext context;
    private readonly Evaluator evaluator = new(new DiagnosticBag());

    public CheckRun(Rule rule, RuleCheck check, GraphResolver resolver, RuleScope scope)
    {
        Rule = rule;
        Check = check;
        Resolver = resolver;
        context = new EvaluationContext(scope);
    }

    public Rule Rule { get; }

    public RuleCheck Check { get; }

    public GraphResolver Resolver { get; }

    public bool NeedsGlobalLookup { get; set; }

    public Value Evaluate(Expression expression) =>
        expression is LiteralExpression literal ? literal.Value : evaluator.Evaluate(expression, context);
}

using AcrTemplateLint.Evaluation.Expressions;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Evaluation.Functions;

/// <summary>
/// One invocation of a template function. Arguments are evaluated on first use, so if(), and() and or() can
/// short-circuit as ARM does and lambda arguments can stay unevaluated.
/// </summary>
public sealed class FunctionCall
{
    private readonly Value?[] arguments;

    public FunctionCall(Evaluator evaluator, CallExpression expression, EvaluationContext context)
    {
        Evaluator = evaluator;
        Expression = expression;
        Context = context;
        arguments = new Value?[expression.Arguments.Length];
    }

    public Evaluator Evaluator { get; }

    public CallExpression Expression { get; }

    public EvaluationContext Context { get; }

    public string Name => Expression.Name;

    public int Count => arguments.Length;

    public SourceLocation? Origin => Expression.Origin;

    public Value this[int index] => arguments[index] ??= Evaluator.Evaluate(Expression.Arguments[index], Context);

    public IEnumerable<Value> All()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    /// <summary>Pre-seeds an argument; used to re-run a function once per candidate of an Unknown argument.</summary>
    internal FunctionCall WithArgument(int index, Value value)
    {
        var copy = new FunctionCall(Evaluator, Expression, Context);
        Array.Copy(arguments, copy.arguments, arguments.Length);
        copy.arguments[index] = value;
        return copy;
    }

    public SourceLocation? ArgumentOrigin(int index) => Expression.Arguments[index].Origin;

    public Value Unknown(string reason) => new UnknownValue(reason, Origin) { Origin = Origin };

    /// <summary>A template error: reported, and the value becomes Unknown so analysis goes on.</summary>
    public Value Invalid(string message)
    {
        Evaluator.Diagnostics.Add(EvaluationDiagnostics.InvalidArgument(Origin, Name, message));
        return Unknown($"a failing call to {Name}() ({message})");
    }

    public Value String(string value) => new StringValue(value) { Origin = Origin };

    public Value Integer(long value) => new IntegerValue(value) { Origin = Origin };

    public Value Boolean(bool value) => new BooleanValue(value) { Origin = Origin };

    public Value Null() => new NullValue { Origin = Origin };
}

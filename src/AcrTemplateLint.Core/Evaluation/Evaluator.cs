using System.Collections.Immutable;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Evaluation.Expressions;
using AcrTemplateLint.Evaluation.Functions;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Evaluation;

/// <summary>
/// Evaluates IR to values as Azure Resource Manager would. What cannot be known becomes an
/// <see cref="UnknownValue"/> that says why; problems in the template itself become diagnostics.
/// One evaluator serves one template file on one thread.
/// </summary>
public sealed class Evaluator
{
    public const int MaxDepth = 256;

    private readonly FunctionLibrary functions;
    private readonly DiagnosticBag reported;
    private readonly HashSet<UserFunction> activeFunctions = new(ReferenceEqualityComparer.Instance);
    private int depth;
    private long steps;
    private long built;

    public Evaluator(DiagnosticBag diagnostics, FunctionLibrary? functions = null)
    {
        Diagnostics = diagnostics;
        reported = diagnostics;
        this.functions = functions ?? FunctionLibrary.Default;
    }

    /// <summary>Where problems are reported; a scratch bag while <see cref="Speculate{T}"/> runs.</summary>
    public DiagnosticBag Diagnostics { get; private set; }

    /// <summary>
    /// Evaluates something hypothetical (one candidate of an Unknown, a resource whose condition is false, which
    /// ARM does not evaluate), dropping the problems it reports.
    /// </summary>
    public T Speculate<T>(Func<T> evaluate) => ReportingTo(new DiagnosticBag(), evaluate);

    /// <inheritdoc cref="Speculate{T}"/>
    public void Speculate(Action evaluate) => ReportingTo(new DiagnosticBag(), () =>
    {
        evaluate();
        return 0;
    });

    /// <summary>The bag that is reported, also while speculating: for problems with the template's text itself.</summary>
    public DiagnosticBag Reported => reported;

    /// <summary>
    /// Evaluates something ARM evaluates whatever the context (a variable, a parameter default), so its problems
    /// are reported even when the first use is speculative.
    /// </summary>
    public T Certainly<T>(Func<T> evaluate) => ReportingTo(reported, evaluate);

    private T ReportingTo<T>(DiagnosticBag bag, Func<T> evaluate)
    {
        var saved = Diagnostics;
        Diagnostics = bag;
        try
        {
            return evaluate();
        }
        finally
        {
            Diagnostics = saved;
        }
    }

    /// <summary>
    /// Counts what is built (array items, object members, characters) against the template's budget
    /// (<see cref="EvaluationLimits.MaxBuiltSize"/>): false for a value larger than <see cref="EvaluationLimits.MaxValueSize"/>,
    /// and for everything once the budget is spent, which is reported once.
    /// </summary>
    public bool Builds(long size, SourceLocation? at)
    {
        if (size > EvaluationLimits.MaxValueSize)
        {
            // Past the step budget, which was reported, values are partly Unknown already: one report is enough.
            if (steps > EvaluationLimits.MaxEvaluationSteps)
            {
                return false;
            }

            Diagnostics.Add(EvaluationDiagnostics.BudgetExceeded(at, $"This value holds more than {EvaluationLimits.MaxValueSize:N0} values (counting shared ones each time)"));
            return false;
        }

        var before = built;
        built += size;
        if (built <= EvaluationLimits.MaxBuiltSize)
        {
            return true;
        }

        if (before <= EvaluationLimits.MaxBuiltSize)
        {
            reported.Add(EvaluationDiagnostics.BudgetExceeded(at, $"This template builds more than {EvaluationLimits.MaxBuiltSize:N0} array items, object members and characters in all"));
        }

        return false;
    }

    // A literal array or object holds what its items evaluate to: variables that each hold the one before twice build
    // values of 2^n without any function.
    private Value Counted(Value built) =>
        Builds(built.Size, built.Origin) ? built : new UnknownValue("a value past acrlint's evaluation budget, which was not kept", built.Origin) { Origin = built.Origin };

    public Value Evaluate(Expression expression, EvaluationContext context)
    {
        if (built > EvaluationLimits.MaxBuiltSize)
        {
            return new UnknownValue("an expression past acrlint's evaluation budget, which was not evaluated", expression.Origin) { Origin = expression.Origin };
        }

        if (++steps > EvaluationLimits.MaxEvaluationSteps)
        {
            if (steps == EvaluationLimits.MaxEvaluationSteps + 1)
            {
                reported.Add(EvaluationDiagnostics.LimitExceeded(expression.Origin, $"Evaluating this template takes more than {EvaluationLimits.MaxEvaluationSteps:N0} steps"));
            }

            return new UnknownValue("an expression past acrlint's evaluation budget, which was not evaluated", expression.Origin) { Origin = expression.Origin };
        }

        if (++depth > MaxDepth)
        {
            depth--;
            Diagnostics.Add(EvaluationDiagnostics.TooDeep(expression.Origin, MaxDepth));
            return new UnknownValue($"an expression nested deeper than {MaxDepth} levels, which was not evaluated", expression.Origin) { Origin = expression.Origin };
        }

        try
        {
            return expression switch
            {
                LiteralExpression literal => literal.Value,
                CallExpression call => EvaluateCall(call, context),
                PropertyAccessExpression access => EvaluateProperty(access, context),
                IndexAccessExpression index => EvaluateIndex(index, context),
                ObjectExpression obj => EvaluateObject(obj, context),
                ArrayExpression array => EvaluateArray(array, context),
                LocalReferenceExpression local => EvaluateLocal(local, context),
                SymbolReferenceExpression symbol => EvaluateSymbol(symbol, context),
                CopyExpression copy => EvaluateCopy(copy, context),
                LambdaExpression lambda => new UnknownValue("a lambda used outside map(), filter() or a similar function", lambda.Origin) { Origin = lambda.Origin },
                ErrorExpression error => new UnknownValue(error.Reason, error.Origin) { Origin = error.Origin },
                _ => throw new InvalidOperationException($"Unhandled expression {expression.GetType().Name}"),
            };
        }
        finally
        {
            depth--;
        }
    }

    // Apart from Evaluate: a lambda there would capture the context on every call, not only for arrays.
    private Value EvaluateArray(ArrayExpression array, EvaluationContext context)
    {
        var items = ImmutableArray.CreateBuilder<Value>(array.Items.Length);
        foreach (var item in array.Items)
        {
            items.Add(Evaluate(item, context));
        }

        return Counted(new ArrayValue(items.MoveToImmutable()) { Origin = array.Origin });
    }

    /// <summary>Invokes a lambda with arguments, for the higher-order functions.</summary>
    public Value Invoke(LambdaExpression lambda, EvaluationContext context, params ReadOnlySpan<Value> arguments)
    {
        var inner = context;
        for (var i = 0; i < lambda.Parameters.Length; i++)
        {
            inner = inner.WithLocal(lambda.Parameters[i], i < arguments.Length ? arguments[i] : new NullValue());
        }

        return Evaluate(lambda.Body, inner);
    }

    private Value EvaluateCall(CallExpression call, EvaluationContext context)
    {
        if (call.Namespace is not null)
        {
            return EvaluateUserFunction(call, context);
        }

        if (!functions.TryGet(call.Name, out var function))
        {
            Diagnostics.Add(EvaluationDiagnostics.UnknownFunction(call.Origin, call.Name));
            return new UnknownValue($"the function '{call.Name}', which acrlint does not support", call.Origin) { Origin = call.Origin };
        }

        return function(new FunctionCall(this, call, context));
    }

    private Value EvaluateUserFunction(CallExpression call, EvaluationContext context)
    {
        var fullName = $"{call.Namespace}.{call.Name}";
        if (context.Scope.GetFunction(call.Namespace, call.Name) is not { } function)
        {
            Diagnostics.Add(EvaluationDiagnostics.UndeclaredSymbol(call.Origin, "function", fullName));
            return new UnknownValue($"the undeclared function '{fullName}'", call.Origin) { Origin = call.Origin };
        }

        if (call.Arguments.Length != function.Parameters.Length)
        {
            Diagnostics.Add(EvaluationDiagnostics.InvalidArgument(call.Origin, fullName, $"expects {function.Parameters.Length} argument(s) but got {call.Arguments.Length}"));
            return new UnknownValue($"a failing call to {fullName}()", call.Origin) { Origin = call.Origin };
        }

        // Recursion would never end in ARM either; stopping at the first repeated call keeps evaluation linear.
        if (!activeFunctions.Add(function))
        {
            Diagnostics.Add(EvaluationDiagnostics.Recursion(call.Origin, fullName));
            return new UnknownValue($"the recursive function '{fullName}'", call.Origin) { Origin = call.Origin };
        }

        try
        {
            // A user function sees its own parameters only, never the caller's locals or copy indexes.
            var arguments = Bindings.None;
            for (var i = 0; i < function.Parameters.Length; i++)
            {
                arguments = arguments.With(function.Parameters[i], Evaluate(call.Arguments[i], context));
            }

            var inner = new EvaluationContext(new UserFunctionScope(fullName, arguments, function.Scope ?? context.Scope, Diagnostics)) { Locals = arguments };
            return Evaluate(function.Body, inner).At(call.Origin, []);
        }
        finally
        {
            activeFunctions.Remove(function);
        }
    }

    // copy: [{ name, count, input }] — count instances of input, or an Unknown array when the count is not known.
    private Value EvaluateCopy(CopyExpression copy, EvaluationContext context)
    {
        var count = Evaluate(copy.Count, context);
        switch (count)
        {
            case IntegerValue { Value: >= 0 and <= EvaluationLimits.MaxCopyCount } n:
                var items = ImmutableArray.CreateBuilder<Value>((int)n.Value);
                for (var i = 0; i < n.Value; i++)
                {
                    items.Add(Evaluate(copy.Input, context.WithCopyIndex(copy.Name, new IntegerValue(i) { Origin = copy.Origin }, unnamed: copy.Name.Length == 0)));
                }

                return new ArrayValue(items.MoveToImmutable()) { Origin = copy.Origin };
            case IntegerValue n:
                Diagnostics.Add(EvaluationDiagnostics.LimitExceeded(copy.Count.Origin, $"copy loop '{copy.Name}' has {n.Value} instances, outside 0..{EvaluationLimits.MaxCopyCount}"));
                return new UnknownValue($"copy loop '{copy.Name}', whose count {n.Value} is outside 0..{EvaluationLimits.MaxCopyCount}", copy.Count.Origin) { Origin = copy.Origin };
            case UnknownValue unknown:
                return new UnknownValue($"copy loop '{copy.Name}', whose count depends on {unknown.Reason}", unknown.DependsOn) { Origin = copy.Origin, Trace = unknown.Trace };
            default:
                Diagnostics.Add(EvaluationDiagnostics.InvalidArgument(copy.Count.Origin, "copy", $"the count of copy loop '{copy.Name}' must be an integer, not a {count.TypeName}"));
                return new UnknownValue($"copy loop '{copy.Name}', whose count is not an integer", copy.Count.Origin) { Origin = copy.Origin };
        }
    }

    private Value EvaluateSymbol(SymbolReferenceExpression symbol, EvaluationContext context)
    {
        var index = symbol.Index is null ? null : Evaluate(symbol.Index, context);
        return context.Scope.GetSymbol(symbol.Symbol, index, symbol.Member, symbol.Origin);
    }

    private Value EvaluateLocal(LocalReferenceExpression local, EvaluationContext context)
    {
        if (context.Locals.TryGetValue(local.Name, out var value))
        {
            // A loop or lambda variable holding a value that came through a parameter or variable is seen where it is
            // used, like a parameter is; where the item itself is written becomes a hop.
            if (value.Trace.IsDefaultOrEmpty || local.Origin is null || value.Origin == local.Origin)
            {
                return value;
            }

            var trace = value.Origin is { } written ? value.Trace.Add(new Hop("value defined here", written)) : value.Trace;
            return value with { Origin = local.Origin, Trace = trace };
        }

        Diagnostics.Add(EvaluationDiagnostics.UndeclaredSymbol(local.Origin, "variable", local.Name));
        return new UnknownValue($"the undeclared name '{local.Name}'", local.Origin) { Origin = local.Origin };
    }

    private Value EvaluateProperty(PropertyAccessExpression access, EvaluationContext context)
    {
        var target = Evaluate(access.Target, context);
        return GetProperty(target, access.Property, access.Origin, access.IsSafe);
    }

    /// <summary>target.name with ARM's rules: Unknown stays Unknown, a missing property is a template error.</summary>
    public Value GetProperty(Value target, string property, SourceLocation? origin, bool isSafe)
    {
        switch (target)
        {
            case UnknownValue unknown:
                // The candidates are values of the whole, not of this property.
                return unknown with { Origin = origin, Candidates = [] };
            case ObjectValue obj when obj.GetEntry(property) is { } entry:
                return Through(target, entry.Value, origin);
            case NullValue when isSafe:
                return new NullValue { Origin = origin };
            case ObjectValue when isSafe:
                return new NullValue { Origin = origin };
            case ObjectValue obj:
                Diagnostics.Add(EvaluationDiagnostics.MissingProperty(origin, property, obj.Entries.Select(e => e.Key)));
                return new UnknownValue($"the missing property '{property}'", origin) { Origin = origin };
            default:
                Diagnostics.Add(EvaluationDiagnostics.InvalidArgument(origin, "property access", $"a {target.TypeName} has no property '{property}'"));
                return new UnknownValue($"an invalid property access on a {target.TypeName}", origin) { Origin = origin };
        }
    }

    // A member of a value that came through a parameter or variable is seen at the access expression (the use
    // site), with a hop to where the member itself is written.
    internal static Value Through(Value target, Value member, SourceLocation? useSite)
    {
        if (target.Trace.IsDefaultOrEmpty || useSite is null)
        {
            return member;
        }

        var hops = member.Origin is { } defined && defined != useSite ? target.Trace.Add(new Hop("value defined here", defined)) : target.Trace;
        return member.At(useSite, hops);
    }

    private Value EvaluateIndex(IndexAccessExpression access, EvaluationContext context)
    {
        var target = Evaluate(access.Target, context);
        var index = Evaluate(access.Index, context);
        switch (target, index)
        {
            case (UnknownValue unknown, _):
                return unknown with { Origin = access.Origin, Candidates = [] };
            case (_, UnknownValue unknown):
                return unknown with { Origin = access.Origin, Candidates = [] };
            case (ObjectValue, StringValue key):
                return GetProperty(target, key.Value, access.Origin, access.IsSafe);
            case (ObjectValue, ResourceIdValue id):
                return id.TryFormat() is { } text
                    ? GetProperty(target, text, access.Origin, access.IsSafe)
                    : new UnknownValue("the subscription and resource group of a resource ID, which are known only at deployment", access.Origin) { Origin = access.Origin };
            case (ArrayValue array, IntegerValue i) when i.Value >= 0 && i.Value < array.Items.Length:
                return Through(target, array.Items[(int)i.Value], access.Origin);
            case (ArrayValue or NullValue, _) when access.IsSafe:
                return new NullValue { Origin = access.Origin };
            case (ArrayValue array, IntegerValue i):
                Diagnostics.Add(EvaluationDiagnostics.InvalidArgument(access.Origin, "index", $"index {i.Value} is outside the array of {array.Items.Length} items"));
                return new UnknownValue($"an index ({i.Value}) outside the array", access.Origin) { Origin = access.Origin };
            default:
                Diagnostics.Add(EvaluationDiagnostics.InvalidArgument(access.Origin, "index", $"a {target.TypeName} cannot be indexed by a {index.TypeName}"));
                return new UnknownValue($"an invalid index into a {target.TypeName}", access.Origin) { Origin = access.Origin };
        }
    }

    private Value EvaluateObject(ObjectExpression obj, EvaluationContext context)
    {
        var entries = ImmutableArray.CreateBuilder<ObjectEntry>(obj.Properties.Length);
        foreach (var property in obj.Properties)
        {
            var key = property.Key is LiteralExpression { Value: StringValue literal } ? literal : Evaluate(property.Key, context);
            if (key is not StringValue name)
            {
                // An object with an unknown key has unknown shape: say so rather than drop the member.
                var reason = key is UnknownValue u ? u.Reason : $"a property name that is a {key.TypeName}, not a string";
                return new UnknownValue(reason, property.KeyOrigin) { Origin = obj.Origin };
            }

            entries.Add(new ObjectEntry(name.Value, Evaluate(property.Value, context), property.KeyOrigin));
        }

        return Counted(new ObjectValue(entries.ToImmutable()) { Origin = obj.Origin });
    }
}

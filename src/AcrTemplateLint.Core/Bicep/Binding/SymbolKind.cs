namespace AcrTemplateLint.Bicep.Binding;

/// <summary>What a Bicep name stands for.</summary>
public enum SymbolKind
{
    Parameter,
    Variable,
    Resource,
    Module,
    Output,
    Type,
    Function,
    Metadata,

    /// <summary>A name brought in by <c>import { a, b as c } from 'path'</c>.</summary>
    ImportedSymbol,

    /// <summary>The alias of <c>import * as ns from 'path'</c>.</summary>
    WildcardImport,

    /// <summary>A function namespace: <c>sys</c>, <c>az</c>, or an extension alias.</summary>
    Namespace,

    /// <summary><c>param name = value</c> in a <c>.bicepparam</c> file.</summary>
    ParameterAssignment,

    Test,
    Assert,

    /// <summary>The item variable of a <c>for</c> loop.</summary>
    LoopItem,

    /// <summary>The index variable of <c>for (item, index) in …</c>.</summary>
    LoopIndex,

    LambdaParameter,

    /// <summary>A parameter of a <c>func</c> declaration.</summary>
    FunctionParameter,
}

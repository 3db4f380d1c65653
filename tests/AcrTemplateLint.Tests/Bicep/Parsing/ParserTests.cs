using AcrTemplateLint.Bicep.Lexing;
using AcrTemplateLint.Bicep.Syntax;
using AcrTemplateLint.Tests.Support;

namespace AcrTemplateLint.Tests.Bicep.Parsing;

/// <summary>The tree shape of each construct, rendered compactly by <see cref="Support.Bicep.Dump"/>, and node spans.</summary>
public sealed class ParserTests
{
    [TestCase("a ? b : c ? d : e", "TernaryOperation(VariableAccess(a) ? VariableAccess(b) : TernaryOperation(VariableAccess(c) ? VariableAccess(d) : VariableAccess(e)))")]
    [TestCase("a ?? b ?? c || d", "BinaryOperation(BinaryOperation(VariableAccess(a) ?? VariableAccess(b)) ?? BinaryOperation(VariableAccess(c) || VariableAccess(d)))")]
    [TestCase("1 + 2 * 3", "BinaryOperation(IntegerLiteral(1) + BinaryOperation(IntegerLiteral(2) * IntegerLiteral(3)))")]
    [TestCase("1 - 2 - 3", "BinaryOperation(BinaryOperation(IntegerLiteral(1) - IntegerLiteral(2)) - IntegerLiteral(3))")]
    [TestCase("a && b || c == d", "BinaryOperation(BinaryOperation(VariableAccess(a) && VariableAccess(b)) || BinaryOperation(VariableAccess(c) == VariableAccess(d)))")]
    [TestCase("a =~ b && c !~ d", "BinaryOperation(BinaryOperation(VariableAccess(a) =~ VariableAccess(b)) && BinaryOperation(VariableAccess(c) !~ VariableAccess(d)))")]
    [TestCase("a < b == c >= d", "BinaryOperation(BinaryOperation(VariableAccess(a) < VariableAccess(b)) == BinaryOperation(VariableAccess(c) >= VariableAccess(d)))")]
    [TestCase("!a.b", "UnaryOperation(! PropertyAccess(VariableAccess(a) . b))")]
    [TestCase("-1 - -2", "BinaryOperation(UnaryOperation(- IntegerLiteral(1)) - UnaryOperation(- IntegerLiteral(2)))")]
    [TestCase("a.b.c[0]::d!.e", "PropertyAccess(NonNullAssertion(ResourceAccess(ArrayAccess(PropertyAccess(PropertyAccess(VariableAccess(a) . b) . c) [ IntegerLiteral(0) ]) :: d) !) . e)")]
    [TestCase("a.?b[?c].d()", "InstanceFunctionCall(ArrayAccess(PropertyAccess(VariableAccess(a) . ? b) [ ? VariableAccess(c) ]) . d ( ))")]
    [TestCase("list[^1]", "ArrayAccess(VariableAccess(list) [ ^ IntegerLiteral(1) ])")]
    [TestCase("sys.concat(1, 2)", "InstanceFunctionCall(VariableAccess(sys) . concat ( FunctionArgument(IntegerLiteral(1)) , FunctionArgument(IntegerLiteral(2)) ))")]
    [TestCase("f(\n  1,\n  2\n)", "FunctionCall(f ( ⏎ FunctionArgument(IntegerLiteral(1)) , ⏎ FunctionArgument(IntegerLiteral(2)) ⏎ ))")]
    [TestCase("x => y => z", "Lambda(LocalVariable(x) => Lambda(LocalVariable(y) => VariableAccess(z)))")]
    [TestCase("() => 1", "Lambda(VariableBlock(( )) => IntegerLiteral(1))")]
    [TestCase("(a, b) => a + b", "Lambda(VariableBlock(( LocalVariable(a) , LocalVariable(b) )) => BinaryOperation(VariableAccess(a) + VariableAccess(b)))")]
    [TestCase("(\n  a\n) => a", "Lambda(VariableBlock(( ⏎ LocalVariable(a) ⏎ )) => VariableAccess(a))")]
    [TestCase("x =>\n  x", "Lambda(LocalVariable(x) => ⏎ VariableAccess(x))")]
    [TestCase("(1)", "ParenthesizedExpression(( IntegerLiteral(1) ))")]
    [TestCase("[for (x, i) in range(0, 2): x]", "For([ for VariableBlock(( LocalVariable(x) , LocalVariable(i) )) in FunctionCall(range ( FunctionArgument(IntegerLiteral(0)) , FunctionArgument(IntegerLiteral(2)) )) : VariableAccess(x) ])")]
    [TestCase("[for x in xs: x]", "For([ for LocalVariable(x) in VariableAccess(xs) : VariableAccess(x) ])")]
    [TestCase("[\n  for x in xs: x\n]", "For([ ⏎ for LocalVariable(x) in VariableAccess(xs) : VariableAccess(x) ⏎ ])")]
    [TestCase("{ 'a-b': 1, '${k}': 2, ...o }", "Object({ ObjectProperty(String('a-b') : IntegerLiteral(1)) , ObjectProperty(String('${ VariableAccess(k) }') : IntegerLiteral(2)) , Spread(... VariableAccess(o)) })")]
    [TestCase("{ a: 1, }", "Object({ ObjectProperty(a : IntegerLiteral(1)) , })")]
    [TestCase("[\n  1\n  2\n]", "Array([ ⏎ ArrayItem(IntegerLiteral(1)) ⏎ ArrayItem(IntegerLiteral(2)) ⏎ ])")]
    [TestCase("[1, 2\n3]", "Array([ ArrayItem(IntegerLiteral(1)) , ArrayItem(IntegerLiteral(2)) ⏎ ArrayItem(IntegerLiteral(3)) ])")]
    [TestCase("[...a, 1]", "Array([ Spread(... VariableAccess(a)) , ArrayItem(IntegerLiteral(1)) ])")]
    [TestCase("$'''${a}b'''", "String($'''${ VariableAccess(a) }b''')")]
    [TestCase("'a${'b${c}'}'", "String('a${ String('b${ VariableAccess(c) }') }')")]
    [TestCase("a < b ? [] : {}", "TernaryOperation(BinaryOperation(VariableAccess(a) < VariableAccess(b)) ? Array([ ]) : Object({ }))")]
    [TestCase("c\n  ? 1\n  : 2", "TernaryOperation(VariableAccess(c) ⏎ ? IntegerLiteral(1) ⏎ : IntegerLiteral(2))")]
    [TestCase("true && null", "BinaryOperation(BooleanLiteral(true) && NullLiteral(null))")]
    public void Parses_expressions(string expression, string expected)
    {
        var declaration = Support.Bicep.Parse($"var x = {expression}").Single<VariableDeclarationSyntax>();

        Assert.That(Support.Bicep.Dump(declaration.Value), Is.EqualTo(expected));
    }

    [TestCase("targetScope = 'subscription'", "TargetScope(targetScope = String('subscription'))")]
    [TestCase("metadata m = { a: 1 }", "MetadataDeclaration(metadata m = Object({ ObjectProperty(a : IntegerLiteral(1)) }))")]
    [TestCase("param p string", "ParameterDeclaration(param p TypeReference(string))")]
    [TestCase("param p int = 1", "ParameterDeclaration(param p TypeReference(int) ParameterDefaultValue(= IntegerLiteral(1)))")]
    [TestCase("param p resource 'A.B/c@2020-01-01'", "ParameterDeclaration(param p ResourceType(resource String('A.B/c@2020-01-01')))")]
    [TestCase("@sys.description('d')\nparam p string", "ParameterDeclaration(Decorator(@ InstanceFunctionCall(VariableAccess(sys) . description ( FunctionArgument(String('d')) ))) ⏎ param p TypeReference(string))")]
    [TestCase("@secure()\n\n@minLength(3)\nparam p string", "ParameterDeclaration(Decorator(@ FunctionCall(secure ( ))) ⏎ Decorator(@ FunctionCall(minLength ( FunctionArgument(IntegerLiteral(3)) ))) ⏎ param p TypeReference(string))")]
    [TestCase("var x string = 'a'", "VariableDeclaration(var x TypeReference(string) = String('a'))")]
    [TestCase("output o resource = r", "OutputDeclaration(output o ResourceType(resource) = VariableAccess(r))")]
    [TestCase("output o resource 'A.B/c@2020-01-01' = r", "OutputDeclaration(output o ResourceType(resource String('A.B/c@2020-01-01')) = VariableAccess(r))")]
    [TestCase("resource r 'A.B/c@2020-01-01' existing = { name: 'x' }", "ResourceDeclaration(resource r String('A.B/c@2020-01-01') existing = Object({ ObjectProperty(name : String('x')) }))")]
    [TestCase("resource r 'A.B/c@2020-01-01' = [for x in y: if (x) { name: x }]", "ResourceDeclaration(resource r String('A.B/c@2020-01-01') = For([ for LocalVariable(x) in VariableAccess(y) : IfCondition(if ParenthesizedExpression(( VariableAccess(x) )) Object({ ObjectProperty(name : VariableAccess(x)) })) ]))")]
    [TestCase("resource r 'A.B/c@2020-01-01' =\n  if (c) { name: 'x' }", "ResourceDeclaration(resource r String('A.B/c@2020-01-01') = ⏎ IfCondition(if ParenthesizedExpression(( VariableAccess(c) )) Object({ ObjectProperty(name : String('x')) })))")]
    [TestCase("resource r 'A.B/c@2020-01-01' = {\n  parent: p\n  resource c 'd' = {}\n}", "ResourceDeclaration(resource r String('A.B/c@2020-01-01') = Object({ ⏎ ObjectProperty(parent : VariableAccess(p)) ⏎ ResourceDeclaration(resource c String('d') = Object({ })) ⏎ }))")]
    [TestCase("@batchSize(2)\nmodule m 'x.bicep' = [for i in range(0, 2): { name: 'm${i}' }]", "ModuleDeclaration(Decorator(@ FunctionCall(batchSize ( FunctionArgument(IntegerLiteral(2)) ))) ⏎ module m String('x.bicep') = For([ for LocalVariable(i) in FunctionCall(range ( FunctionArgument(IntegerLiteral(0)) , FunctionArgument(IntegerLiteral(2)) )) : Object({ ObjectProperty(name : String('m${ VariableAccess(i) }')) }) ]))")]
    [TestCase("type t = (string | int)[]", "TypeDeclaration(type t = ArrayType(ParenthesizedExpression(( UnionType(TypeReference(string) | TypeReference(int)) )) [ ]))")]
    [TestCase("type t = { a: string, 'b': int? }", "TypeDeclaration(type t = ObjectType({ ObjectTypeProperty(a : TypeReference(string)) , ObjectTypeProperty(String('b') : NullableType(TypeReference(int) ?)) }))")]
    [TestCase("type t = { *: string }", "TypeDeclaration(type t = ObjectType({ ObjectTypeAdditionalProperties(* : TypeReference(string)) }))")]
    [TestCase("type t = [string, int]", "TypeDeclaration(type t = TupleType([ TupleTypeItem(TypeReference(string)) , TupleTypeItem(TypeReference(int)) ]))")]
    [TestCase("type t = sys.string", "TypeDeclaration(type t = TypePropertyAccess(TypeReference(sys) . string))")]
    [TestCase("type t = 'a' | 'b' | null", "TypeDeclaration(type t = UnionType(String('a') | String('b') | NullLiteral(null)))")]
    [TestCase("type t =\n  | 'a'\n  | 'b'", "TypeDeclaration(type t = UnionType(⏎ | String('a') ⏎ | String('b')))")]
    [TestCase("type t = -1 | !true", "TypeDeclaration(type t = UnionType(UnaryOperation(- IntegerLiteral(1)) | UnaryOperation(! BooleanLiteral(true))))")]
    [TestCase("type t = resource<'A.B/c@1'>", "TypeDeclaration(type t = ParameterizedType(resource < TypeArgument(String('A.B/c@1')) >))")]
    [TestCase("type t = sys.resourceInput<'A.B/c@1'>.properties", "TypeDeclaration(type t = TypePropertyAccess(InstanceParameterizedType(TypeReference(sys) . resourceInput < TypeArgument(String('A.B/c@1')) >) . properties))")]
    [TestCase("type t = x[*][0].*", "TypeDeclaration(type t = TypeAdditionalPropertiesAccess(TypeIndexAccess(TypeItemsAccess(TypeReference(x) [ * ]) [ IntegerLiteral(0) ]) . *))")]
    [TestCase("func f() string => 'x'", "FunctionDeclaration(func f TypedLambda(TypedVariableBlock(( )) TypeReference(string) => String('x')))")]
    [TestCase("func f(a int, b object) object => { a: a, b: b }", "FunctionDeclaration(func f TypedLambda(TypedVariableBlock(( TypedLocalVariable(a TypeReference(int)) , TypedLocalVariable(b TypeReference(object)) )) TypeReference(object) => Object({ ObjectProperty(a : VariableAccess(a)) , ObjectProperty(b : VariableAccess(b)) })))")]
    [TestCase("import 'kubernetes@1.0.0' with { namespace: 'x' } as k8s", "ExtensionDeclaration(import String('kubernetes@1.0.0') WithClause(with Object({ ObjectProperty(namespace : String('x')) })) AliasClause(as k8s))")]
    [TestCase("extension microsoftGraph as graph", "ExtensionDeclaration(extension microsoftGraph AliasClause(as graph))")]
    [TestCase("import { 'a-b' as ab, c } from 'x.bicep'", "ImportDeclaration(import ImportedSymbolsList({ ImportedSymbol(String('a-b') AliasClause(as ab)) , ImportedSymbol(c) }) FromClause(from String('x.bicep')))")]
    [TestCase("import * as ns from 'x.bicep'", "ImportDeclaration(import WildcardImport(* AliasClause(as ns)) FromClause(from String('x.bicep')))")]
    [TestCase("@export()\nvar v = 1", "VariableDeclaration(Decorator(@ FunctionCall(export ( ))) ⏎ var v = IntegerLiteral(1))")]
    [TestCase("test t 'main.bicep' = { params: {} }", "TestDeclaration(test t String('main.bicep') = Object({ ObjectProperty(params : Object({ })) }))")]
    [TestCase("assert a = 1 > 0", "AssertDeclaration(assert a = BinaryOperation(IntegerLiteral(1) > IntegerLiteral(0)))")]
    public void Parses_declarations(string text, string expected) =>
        Assert.That(Support.Bicep.Dump(Support.Bicep.Parse(text).Single<StatementSyntax>()), Is.EqualTo(expected));

    [TestCase("using './main.bicep'", "UsingDeclaration(using String('./main.bicep'))")]
    [TestCase("using none", "UsingDeclaration(using none)")]
    [TestCase("using 'main.bicep' with { mode: 'stack' }", "UsingDeclaration(using String('main.bicep') WithClause(with Object({ ObjectProperty(mode : String('stack')) })))")]
    [TestCase("extends 'base.bicepparam'", "ExtendsDeclaration(extends String('base.bicepparam'))")]
    [TestCase("param p = 'v'", "ParameterAssignment(param p = String('v'))")]
    [TestCase("var v = 1", "VariableDeclaration(var v = IntegerLiteral(1))")]
    [TestCase("type t = string", "TypeDeclaration(type t = TypeReference(string))")]
    [TestCase("import * as ns from 'x.bicep'", "ImportDeclaration(import WildcardImport(* AliasClause(as ns)) FromClause(from String('x.bicep')))")]
    [TestCase("extensionConfig k8s with { namespace: 'x' }", "ExtensionConfigAssignment(extensionConfig k8s WithClause(with Object({ ObjectProperty(namespace : String('x')) })))")]
    public void Parses_parameter_file_declarations(string text, string expected) =>
        Assert.That(Support.Bicep.Dump(Support.Bicep.Parse(text, parameterFile: true).Single<StatementSyntax>()), Is.EqualTo(expected));

    [TestCase("output o string = 'x'")]
    [TestCase("resource r 'A.B/c@1' = {}")]
    [TestCase("func f() int => 1")]
    public void Parameter_files_reject_template_declarations(string text)
    {
        var parsed = Support.Bicep.Parse(text, parameterFile: true);

        Assert.That(parsed.Diagnostics.Positions(), Is.EqualTo(new[] { "1:1 ATL1103" }));
        Assert.That(parsed.Diagnostics[0].Message, Does.Contain("using, extends, param"));
    }

    [TestCase("var x = [|a.b|]")]
    [TestCase("var x = [|a ? b : c|] // comment")]
    [TestCase("var x = [|{\n  a: 1\n}|]\n")]
    [TestCase("var x = [|'${a}'|]")]
    [TestCase("var x = [|$'''\n${a}\n'''|]")]
    [TestCase("var x = [|c\n  ? 1\n  : 2|]\nvar y = 3")]
    [TestCase("var x = /* before */ [|f(1, 2)|] /* after */")]
    public void Value_span_excludes_trivia(string markup)
    {
        var (text, span) = Markup.Parse(markup);

        var declaration = (VariableDeclarationSyntax)Support.Bicep.Parse(text).Tree.Declarations.First();

        Assert.That(declaration.Value.Span, Is.EqualTo(span));
    }

    [Test]
    public void Declaration_span_runs_from_first_decorator_to_last_token()
    {
        var (text, span) = Markup.Parse("// leading comment\n[|@description('d')\nparam p string = 'x'|] // trailing\n");

        var declaration = Support.Bicep.Parse(text).Single<ParameterDeclarationSyntax>();

        Assert.That(declaration.Span, Is.EqualTo(span));
        Assert.That(declaration.Decorators.Single().Span.Length, Is.EqualTo("@description('d')".Length));
        Assert.That(declaration.DefaultValue?.Value, Is.InstanceOf<StringSyntax>());
    }

    [Test]
    public void Strings_carry_their_decoded_segments()
    {
        var value = (StringSyntax)Support.Bicep.Parse("var x = 'a\\'b${c}d\\n'").Single<VariableDeclarationSyntax>().Value;

        Assert.That(value.SegmentValues, Is.EqualTo(new[] { "a'b", "d\n" }));
        Assert.That(value.IsInterpolated, Is.True);
        Assert.That(value.LiteralValue, Is.Null);
        Assert.That(((StringSyntax)Support.Bicep.Parse("var x = 'plain'").Single<VariableDeclarationSyntax>().Value).LiteralValue, Is.EqualTo("plain"));
    }

    [Test]
    public void Integers_carry_their_value()
    {
        var value = (IntegerLiteralSyntax)Support.Bicep.Parse("var x = 18446744073709551615").Single<VariableDeclarationSyntax>().Value;

        Assert.That(value.Value, Is.EqualTo(ulong.MaxValue));
    }

    [Test]
    public void Nested_resources_and_accessors_are_reachable()
    {
        const string text = "resource parent 'A.B/c@1' = {\n  name: 'p'\n  resource child 'd' = {\n    name: 'c'\n  }\n}\n";
        var resource = Support.Bicep.Parse(text).Single<ResourceDeclarationSyntax>();

        var body = (ObjectSyntax)resource.Value;
        Assert.That(body.Properties.Select(p => ((IdentifierSyntax)p.Key).Name), Is.EqualTo(new[] { "name" }));
        Assert.That(body.Items.OfType<ResourceDeclarationSyntax>().Single().Name.Name, Is.EqualTo("child"));
        Assert.That(resource.IsExisting, Is.False);
    }

    [Test]
    public void Pragmas_are_leading_trivia_of_the_next_statement()
    {
        var parsed = Support.Bicep.Parse("#disable-next-line ACR001 // reason\nvar x = 1\n");

        var keyword = parsed.Single<VariableDeclarationSyntax>().Keyword;
        Assert.That(keyword.LeadingTrivia, Is.Empty, "the pragma line ends with a line break token");
        var newLine = (Token)parsed.Tree.Statements[0];
        Assert.That(newLine.Kind, Is.EqualTo(TokenKind.NewLine));
        Assert.That(newLine.LeadingTrivia.Single().Pragma?.Codes.Single().Code, Is.EqualTo("ACR001"));
    }

    [Test]
    public void Empty_and_trivia_only_files_parse()
    {
        foreach (var text in new[] { "", "\n\n", "// only a comment", "/* block */\r\n", "\uFEFF" })
        {
            var parsed = Support.Bicep.Parse(text);

            Assert.That(parsed.Diagnostics, Is.Empty, text);
            Assert.That(parsed.Tree.Declarations, Is.Empty);
            Assert.That(SyntaxPrinter.Print(parsed.Tree), Is.EqualTo(text));
        }
    }
}

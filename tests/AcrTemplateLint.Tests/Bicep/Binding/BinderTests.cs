using AcrTemplateLint.Bicep.Binding;
using AcrTemplateLint.Bicep.Loading;
using AcrTemplateLint.Bicep.Syntax;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Tests.Bicep.Binding;

/// <summary>Names resolve in Bicep's scopes; what does not resolve, clashes or depends on itself is a positioned diagnostic.</summary>
public sealed class BinderTests
{
    private static SemanticModel Bind(string text, bool parameterFile = false) =>
        BicepFileCache.Parse(new SourceFile("/t/main.bicep", "main.bicep", text), parameterFile).Model;

    private static IEnumerable<string> Diagnostics(SemanticModel model) =>
        model.Diagnostics.Select(d => $"{d.Location!.Start} {d.Code} {d.Location.File.GetText(d.Location.Span)}");

    [Test]
    public void Valid_declarations_of_every_kind_bind_without_diagnostics()
    {
        var model = Bind("""
            targetScope = 'resourceGroup'
            metadata info = 'x'
            import { shared } from 'shared.bicep'
            import * as lib from 'lib.bicep'
            type sku = 'Basic' | 'Premium'
            type named = { value: sku, nested: named? }
            @description('d')
            param name string = 'acr'
            param kind sku
            var items = [for (item, i) in range(0, 3): '${item}-${i}-${name}']
            func twice(x int) int => x * 2
            resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
              name: name
              properties: {
                a: lib.helper(twice(2))
                b: map(items, x => toUpper(x))
                c: sys.concat(shared, az.resourceGroup().location)
              }
              resource task 'tasks' = {
                name: 't'
                properties: { registry: acr.name }
              }
            }
            output name string = acr::task.name
            output kind string = kind
            """);

        Assert.That(Diagnostics(model), Is.Empty);
        Assert.That(model.Resources.Select(r => r.QualifiedName), Is.EqualTo(new[] { "acr", "acr::task" }));
    }

    [Test]
    public void Undeclared_names_functions_types_and_nested_resources_point_at_the_name()
    {
        var model = Bind("""
            param p missingType
            var a = missing
            var b = noSuchFunction()
            var c = sys.noSuchFunction()
            var d = p()
            resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
              name: 'x'
            }
            var e = acr::nope.id
            """);

        Assert.That(Diagnostics(model), Is.EqualTo(new[]
        {
            "1:9 ATL1205 missingType",
            "2:9 ATL1201 missing",
            "3:9 ATL1202 noSuchFunction",
            "4:13 ATL1202 noSuchFunction",
            "5:9 ATL1207 p",
            "9:14 ATL1206 nope",
        }));
    }

    [Test]
    public void Loop_and_lambda_variables_are_visible_only_inside()
    {
        var model = Bind("""
            var a = [for x in range(0, 2): x]
            var b = x
            var c = map([1], y => y)
            var d = y
            """);

        Assert.That(Diagnostics(model), Is.EqualTo(new[] { "2:9 ATL1201 x", "4:9 ATL1201 y" }));
    }

    [Test]
    public void A_name_declared_twice_is_reported_at_each_but_outputs_may_share_a_name()
    {
        var model = Bind("""
            param location string
            var location = 'x'
            output location string = location
            """);

        Assert.That(Diagnostics(model), Is.EqualTo(new[] { "1:7 ATL1203 location", "2:5 ATL1203 location" }));
    }

    [Test]
    public void Declarations_that_depend_on_themselves_are_cycles_but_recursive_types_are_not()
    {
        var model = Bind("""
            var a = b
            var b = a
            resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
              name: 'x'
              properties: { self: acr.id }
            }
            type tree = { children: tree[] }
            """);

        Assert.That(model.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "ATL1204", "ATL1204", "ATL1204" }));
        Assert.That(model.Diagnostics[0].Message, Does.Contain("a -> b -> a").Or.Contain("b -> a -> b"));
    }


    [Test]
    public void Only_the_declarations_on_a_cycle_are_reported_however_they_are_reached()
    {
        // entry reaches the cycle c -> d -> e -> c without being on it; p and q form a second cycle; the diamond
        // (top reads left and right, which both read bottom twice) has none.
        var model = Bind("""
            var entry = c
            var c = d
            var d = concat(e, e)
            var e = c
            var p = q
            var q = p
            var top = [left, right]
            var left = bottom
            var right = '${bottom}${bottom}'
            var bottom = 1
            """);

        Assert.That(Diagnostics(model), Is.EquivalentTo(new[] { "2:9 ATL1204 d", "3:16 ATL1204 e", "4:9 ATL1204 c", "5:9 ATL1204 q", "6:9 ATL1204 p" }));
    }
    [Test]
    public void A_nested_resource_can_read_its_parent_and_siblings_without_a_cycle()
    {
        var model = Bind("""
            resource parent 'My.Rp/parents@2020-01-01' = {
              name: 'p'
              resource first 'children' = {
                name: 'a'
                properties: { parentName: parent.name, sibling: second.name }
              }
              resource second 'children' = {
                name: 'b'
              }
            }
            """);

        Assert.That(Diagnostics(model), Is.Empty);
    }

    [Test]
    public void A_parameter_file_binds_its_assignments_and_variables()
    {
        var model = Bind("""
            using 'main.bicep'
            var prefix = 'acr'
            param name = '${prefix}-1'
            param other = undefinedThing
            """, parameterFile: true);

        Assert.That(Diagnostics(model), Is.EqualTo(new[] { "4:15 ATL1201 undefinedThing" }));
        Assert.That(model.OfKind(SymbolKind.ParameterAssignment).Select(s => s.Name), Is.EqualTo(new[] { "name", "other" }));
        Assert.That(model.Program.Declarations.OfType<UsingDeclarationSyntax>(), Has.Exactly(1).Items);
    }
}
